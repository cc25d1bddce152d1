"""The scan for damaged passages reads the indexes of version 8 instead of every passage, and finds the same rows."""

from __future__ import annotations

import shutil

import pytest

from desktop.store.checks.damage import find_damaged_rows
from desktop.store.documents import document_text, list_documents, list_passages
from desktop.store.project import open_project
from tests.builders import add_document

# (SQL that damages the second passage of the first document, the problem the scan must name)
EDITS = [
    ('UPDATE passages SET "end" = {length} + 1', "start or end lies outside the text"),
    ('UPDATE passages SET "end" = {length} + 500000', "start or end lies outside the text"),
    ("UPDATE passages SET start = -1", "start or end lies outside the text"),
    ('UPDATE passages SET start = "end" + 1', "start or end lies outside the text"),
    ("UPDATE passages SET start = 'twaalf'", "start or end is not a whole number"),
    ('UPDATE passages SET "end" = 4.5', "start or end is not a whole number"),
    ("UPDATE passages SET \"end\" = x'01'", "start or end is not a whole number"),
    ("UPDATE passages SET kind = 'chapter'", "kind is not a passage kind"),
    ("UPDATE passages SET text = x'00ff'", "text is not text"),
    ("UPDATE passages SET seq = 'twee'", "seq or level is not a whole number"),
    ("UPDATE passages SET page = x'03'", "page is not a page label"),
    ("UPDATE passages SET pdf_page = 'drie'", "pdf page is not a whole number"),
    ("UPDATE passages SET page_breaks = '[1, 2'", "page breaks are not a list"),
    ("UPDATE passages SET page_breaks = '{{}}'", "page breaks are not a list"),
    ("UPDATE passages SET heading_path = 'Wonen'", "heading path is not a list"),
    # The text shortened below the passages' ends: every passage after the cut reaches past it.
    ("UPDATE documents SET text = substr(text, 1, 30) WHERE id = '{document}' --", "start or end lies outside the text"),
]


def _damaged_project(tmp_path, edit: str):
    path = tmp_path / "land.speerpunt"
    with open_project(_create(path)) as project:
        first = list_documents(project)[0]
        second = list_passages(project, first.id)[1]
        length = len(document_text(project, first.id))
        project.db.execute("PRAGMA ignore_check_constraints = ON")
        project.db.execute(edit.format(length=length, document=first.id) + f" WHERE id = {second.id}")
    return path, first.id, second.id


def _create(path):
    from desktop.store import create_project

    with create_project(path) as project:
        add_document(project, ["Assen bouwt woningen voor starters.", "Assen kiest voor werk en inkomen.",
                               "Assen investeert in de binnenstad."], title="Assen")
        add_document(project, ["Emmen bouwt ook.", "Emmen heeft een tweede bladzijde."], title="Emmen")
    return path


def _found(path) -> list[tuple[str, object, str]]:
    with open_project(path) as project:
        return sorted((row.table, row.key, row.problem) for row in find_damaged_rows(project))


@pytest.mark.parametrize(("edit", "problem"), EDITS, ids=[problem + " " + str(n) for n, (_e, problem) in enumerate(EDITS)])
def test_a_hand_edited_passage_is_found_with_or_without_the_indexes(tmp_path, edit, problem):
    path, document_id, passage_id = _damaged_project(tmp_path, edit)
    found = _found(path)
    assert ("passages", passage_id, f"(document {document_id[:8]}) {problem}") in found
    assert {table for table, _key, _problem in found} == {"passages"}
    assert all(document_id[:8] in message for _table, _key, message in found), "the other document is sound"
    # The same file without the indexes (dropped by hand): the scan reads every passage and agrees.
    copy = tmp_path / "zonder.speerpunt"
    shutil.copy(path, copy)
    with open_project(copy) as project:
        for name in ("documents_text_length", "passages_ends", "passages_unsound"):
            project.db.execute(f"DROP INDEX {name}")
    assert _found(copy) == found
    with open_project(copy) as project:
        assert passage_id not in {p.id for p in list_passages(project, document_id)}, "a damaged passage is skipped"


def test_a_sound_project_has_no_damaged_passages(tmp_path):
    assert _found(_create(tmp_path / "land.speerpunt")) == []


def test_the_partial_index_knows_every_passage_kind_the_importers_write():
    """A kind missing from the index's list would make every sound passage of that kind a candidate; an extra one
    would hide a damaged passage from the cheap scan."""
    from desktop.domain.document import PassageKind
    from desktop.store.schema import PASSAGE_KIND_NAMES

    assert sorted(PASSAGE_KIND_NAMES) == sorted(kind.value for kind in PassageKind)
