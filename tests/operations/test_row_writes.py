"""Rows written through sqlite-utils' table API stay inside the caller's transaction: a failing
operation leaves nothing half-written, and writing never changes the project's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.operations.authors import list_authors
from desktop.operations.findings import add_finding, delete_findings, restore_findings
from desktop.operations.reactions import restore_reaction, set_reaction, set_report_parts
from desktop.store import open_project
from desktop.store.findings import get_finding
from desktop.store.reactions import list_reactions, report_parts
from tests.builders import add_document, add_small_framework


class Boom(Exception):
    pass


def _schema_version(project) -> int:
    return project.db.execute("PRAGMA schema_version").fetchone()[0]


def test_a_failure_after_table_writes_rolls_the_whole_operation_back(project) -> None:
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt meer woningen."])
    with pytest.raises(Boom), project.db.atomic():
        add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Nieuwe Analist")
        set_reaction(project, codes["1.1"], "Goed plan.", author="Nieuwe Analist")
        set_report_parts(project, {"title": "Reactie"})
        raise Boom
    assert project.db.execute("SELECT count(*) FROM findings").fetchone()[0] == 0
    assert list_reactions(project) == {}
    assert "title" not in report_parts(project)
    assert "Nieuwe Analist" not in list_authors(project)


def test_a_refused_row_leaves_the_earlier_rows_of_the_operation_unwritten(project) -> None:
    codes = add_small_framework(project)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), project.db.atomic():
        set_reaction(project, codes["1.1"], "Eerste tekst.", author="Ann")
        # the speerpunt does not exist: the foreign key refuses this row, and the first goes too
        project.db.table("reactions").insert({"id": "x", "speerpunt_id": "nope", "text": "", "created": "t",
                                              "modified": "t"})
    assert list_reactions(project) == {}


def test_writing_rows_does_not_touch_the_schema(tmp_path: Path, project) -> None:
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt meer woningen."])
    before = _schema_version(project)
    set_report_parts(project, {"title": "Reactie", "organisation": "Gemeente"})
    set_report_parts(project, {"title": "Reactie 2"})
    finding = add_finding(project, document, codes["1.1"], "concern", 0, 20, author="Ann")
    delete_findings(project, [finding.id])
    restore_findings(project, [finding.id])
    assert _schema_version(project) == before
    assert report_parts(project)["title"] == "Reactie 2"
    assert report_parts(project)["organisation"] == "Gemeente"


def test_a_reaction_keeps_its_draft_source_until_undo_clears_it(project) -> None:
    codes = add_small_framework(project)
    set_reaction(project, codes["1.1"], "Concept.", drafted_from="findings:abc")
    set_reaction(project, codes["1.1"], "Herschreven.")
    assert list_reactions(project)[codes["1.1"]].drafted_from == "findings:abc"
    restore_reaction(project, codes["1.1"], "Oud.", None)
    reaction = list_reactions(project)[codes["1.1"]]
    assert (reaction.text, reaction.drafted_from) == ("Oud.", None)


def test_delete_and_restore_move_the_modified_time_only_when_the_state_changes(project) -> None:
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt meer woningen."])
    finding = add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Ann")
    restore_findings(project, [finding.id])  # not deleted: nothing to restore
    assert get_finding(project, finding.id).modified == finding.modified
    delete_findings(project, [finding.id])
    deleted = project.db.execute("SELECT deleted, modified FROM findings WHERE id = ?", [finding.id]).fetchone()
    delete_findings(project, [finding.id])  # already deleted: untouched
    assert project.db.execute("SELECT deleted, modified FROM findings WHERE id = ?", [finding.id]).fetchone() == deleted
    path = project.path
    project.close()
    with open_project(path) as reopened:
        assert reopened.db.execute("SELECT deleted FROM findings").fetchone()[0] == deleted[0]


def test_keeping_the_other_version_of_a_document_finds_it_by_its_hash(tmp_path: Path) -> None:
    import shutil

    from desktop.operations.conflicts import list_conflicts, resolve_conflict
    from desktop.operations.documents import update_document
    from desktop.operations.merge import merge_into
    from desktop.store import create_project
    from desktop.store.documents import get_document

    mine_path, theirs_path = tmp_path / "mijn.speerpunt", tmp_path / "hun.speerpunt"
    with create_project(mine_path) as mine:
        document = add_document(mine, ["Het kabinet bouwt meer woningen."], title="Akkoord")
    shutil.copyfile(mine_path, theirs_path)
    with open_project(theirs_path) as theirs:
        update_document(theirs, document, title="Hun titel")
    with open_project(mine_path) as mine:
        update_document(mine, document, title="Mijn titel")
    with open_project(theirs_path) as theirs:
        merge_into(theirs, mine_path, backup=False)
        [conflict] = list_conflicts(theirs)
        # the later edit (mine) wins the merge; theirs is the other version
        assert (conflict.table, conflict.data["title"]) == ("documents", "Hun titel")
        assert get_document(theirs, document).title == "Mijn titel"
        resolve_conflict(theirs, conflict.id, keep_other=True)
        assert get_document(theirs, document).title == "Hun titel"
        assert list_conflicts(theirs) == []
        assert list_conflicts(theirs, include_resolved=True)[0].resolution == "kept the other version"
