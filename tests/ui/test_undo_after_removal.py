"""Undo and redo of a step whose record was removed meanwhile (another window, a team round, a merge): the window
says so in its language and drops the step; nothing crashes and nothing else changes."""

from __future__ import annotations

import pytest

from desktop.operations.findings import add_finding, delete_findings
from desktop.store import create_project
from desktop.store.findings import get_finding, list_findings
from desktop.store.project import open_project
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "werk.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document_id = add_document(project, PARAGRAPHS)
        add_finding(project, document_id, codes["1.1"], "concern", 0, 11, note="Eerste indruk", author="Anna")
    return path


def _edit_note_then_remove_elsewhere(window, path) -> str:
    from desktop.ui.review.findings_model import COLUMNS

    table = window.docks.show_view("findingsTable")
    finding_id = table.model.row_at(0).id
    assert table.model.setData(table.model.index(0, COLUMNS.index("note")), "Toch positief")
    assert window.session.undo_stack.canUndo()
    with open_project(path) as other:  # another window on the same file deletes it
        delete_findings(other, [finding_id])
    return finding_id


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Kan niet ongedaan maken: geen bevinding met id '{id}'"),
    ("en", "Cannot undo: no finding with id '{id}'"),
])
def test_undo_of_an_edit_on_a_finding_removed_meanwhile_is_refused_and_dropped(
        main_window, project_path, language, expected) -> None:
    window = main_window(project_path, language=language)
    finding_id = _edit_note_then_remove_elsewhere(window, project_path)

    window.session.undo()

    assert window.statusBar().currentMessage() == expected.format(id=finding_id)
    assert not window.session.undo_stack.canUndo()  # the step is gone: a second Ctrl+Z does not try again
    assert list_findings(window.session.project) == []  # still removed: the undo wrote nothing
    assert get_finding(window.session.project, finding_id, include_deleted=True).note == "Toch positief"


def test_redo_of_an_edit_on_a_finding_removed_meanwhile_is_refused_in_dutch(main_window, project_path) -> None:
    from desktop.ui.review.findings_model import COLUMNS

    window = main_window(project_path, language="nl")
    table = window.docks.show_view("findingsTable")
    finding_id = table.model.row_at(0).id
    assert table.model.setData(table.model.index(0, COLUMNS.index("note")), "Toch positief")
    window.session.undo()
    assert get_finding(window.session.project, finding_id).note == "Eerste indruk"
    with open_project(project_path) as other:
        delete_findings(other, [finding_id])

    window.session.redo()

    assert window.statusBar().currentMessage() == f"Kan niet opnieuw uitvoeren: geen bevinding met id '{finding_id}'"
    assert not window.session.undo_stack.canRedo()
    assert get_finding(window.session.project, finding_id, include_deleted=True).note == "Eerste indruk"
