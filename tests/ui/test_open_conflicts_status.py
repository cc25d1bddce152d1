"""Open conflicts wait in the status bar: after `speerpunt merge` with the window closed, after a merge while it
is open, until the analyst has chosen; a click lists them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.operations.changes import Changes
from desktop.operations.findings import add_finding, update_finding
from desktop.operations.merge import merge_into
from desktop.store import create_project, open_project
from tests.builders import add_document, add_small_framework
from tests.ui.collab_helpers import colleague_copy
from tests.ui.conftest import PARAGRAPHS


def _project_with_a_colleague(tmp_path):
    """A project with one finding and a colleague's copy of it, in which the colleague wrote another note."""
    path = tmp_path / "reactie.speerpunt"
    project = create_project(path)
    codes = add_small_framework(project)
    document_id = add_document(project, PARAGRAPHS)
    finding = add_finding(project, document_id, codes["1.1"], "positive", 0, 20, note="Goed", author="Anna")
    theirs = colleague_copy(project, tmp_path)
    update_finding(project, finding.id, note="Goed, maar te laat")
    project.close()
    with open_project(theirs) as copy:
        update_finding(copy, finding.id, note="Prima plan", author="Bob")
    return path, theirs, finding.id


def test_a_conflict_merged_while_the_window_was_closed_is_shown_when_the_project_opens(main_window, tmp_path,
                                                                                      qtbot) -> None:
    path, theirs, _ = _project_with_a_colleague(tmp_path)
    with open_project(path) as project:
        merge_into(project, theirs, backup=False)  # as `speerpunt merge` does
    window = main_window(path, language="nl")
    status = window.collaboration.open_conflicts
    assert status.isVisible() and status.text() == "1 openstaand conflict"

    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    dialog = window.collaboration._conflicts
    assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.resolve_selected(keep_other=False) == 1  # keep my version: no record changes
    assert not status.isVisible()


def test_a_merge_while_the_project_is_open_shows_its_conflicts_in_english_too(main_window, tmp_path) -> None:
    path, theirs, _ = _project_with_a_colleague(tmp_path)
    window = main_window(path, language="en")
    status = window.collaboration.open_conflicts
    assert not status.isVisible()
    merge_into(window.session.project, theirs, backup=False)
    window.session.notify(Changes.everything())  # what the merge dialog and the live refresh say after a merge
    assert status.isVisible() and status.text() == "1 open conflict"
