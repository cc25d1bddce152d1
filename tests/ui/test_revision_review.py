"""Document → Import new version… and the review: both versions with the differences, accept, re-point, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QTextCursor

from desktop.operations.findings import add_finding
from desktop.operations.revisions import import_revision
from desktop.store.documents import document_text, get_document
from desktop.store.findings import get_finding
from desktop.store.revisions import revision_of
from tests.ui.conftest import PARAGRAPHS

# The new version: the first paragraph kept, the second lightly rephrased, the third deleted, one new.
NEW_VERSION = (
    f"1. Wonen\n\n{PARAGRAPHS[0]}\n\n"
    "Gemeenten krijgen meer ruimte voor eigen maatwerk in het sociaal domein, maar de financiële kaders blijven krap.\n\n"
    "2. Werk\n\nHet kabinet investeert in scholing van werkzoekenden in alle regio's.\n"
)


@pytest.fixture
def carried(session, tmp_path: Path):
    project, document = session.project, session.document_id
    text = document_text(project, document)
    findings = {}
    for key, quote in (("kept", "100.000 woningen per jaar"), ("changed", "meer ruimte voor maatwerk"),
                       ("orphan", "De bijstand wordt vereenvoudigd")):
        start = text.index(quote)
        findings[key] = add_finding(project, document, session.codes["1.1"], "concern", start, start + len(quote),
                                    note=f"Over {quote}", author="Ann").id
    path = tmp_path / "definitief.txt"
    path.write_text(NEW_VERSION, encoding="utf-8")
    return findings, path


def _review(session):
    from desktop.ui.documents.revision_review import RevisionReview

    revision = revision_of(session.project, session.document_id)
    return RevisionReview(session, revision)


def test_the_review_shows_both_versions_with_the_differences_and_each_finding_in_both(session, carried, qtbot) -> None:
    findings, path = carried
    report = import_revision(session.project, path, session.document_id, author="Ann")
    dialog = _review(session)
    qtbot.addWidget(dialog)
    assert dialog.old_view.toPlainText() == document_text(session.project, session.document_id)
    assert dialog.new_view.toPlainText() == document_text(session.project, report.new_document.id)
    # The deleted paragraph is marked in the old version, the new one in the new version.
    removed = {" ".join(dialog.old_text[s:e].split()) for s, e in _spans(dialog, dialog._diff_old)}
    inserted = {" ".join(dialog.new_text[s:e].split()) for s, e in _spans(dialog, dialog._diff_new, new=True)}
    assert any("bijstand wordt vereenvoudigd" in text for text in removed)
    assert any("scholing van werkzoekenden" in text for text in inserted)
    assert "eigen" in inserted
    # Only the findings to review are listed: the orphan first, then the changed one.
    assert [row.finding_id for row in dialog.rows] == [findings["orphan"], findings["changed"]]
    assert dialog.model.index(0, 0).data() == "orphaned" and dialog.model.index(1, 0).data() == "changed"
    dialog.select_finding(findings["changed"])
    old_marks, new_marks = dialog.old_view.extraSelections(), dialog.new_view.extraSelections()
    old_focus, new_focus = old_marks[-1].cursor.selectedText(), new_marks[-1].cursor.selectedText()
    assert (old_focus, new_focus) == ("meer ruimte voor maatwerk", "meer ruimte voor eigen maatwerk")
    dialog.only_to_review.setChecked(False)
    assert findings["kept"] in {row.finding_id for row in dialog.rows}


def _spans(dialog, marks, new: bool = False):
    offsets = dialog.new_offsets if new else dialog.old_offsets
    return [(offsets.to_core(m.cursor.selectionStart()), offsets.to_core(m.cursor.selectionEnd())) for m in marks]


def test_accept_accept_above_and_re_point_are_each_one_undo_step(session, carried, qtbot) -> None:
    findings, path = carried
    import_revision(session.project, path, session.document_id, author="Ann")
    dialog = _review(session)
    qtbot.addWidget(dialog)
    stack = session.undo_stack
    dialog.select_finding(findings["changed"])
    dialog.accept_button.click()
    assert get_finding(session.project, findings["changed"]).anchor == "confirmed"
    assert stack.undoText() == "Accept new place"
    dialog.undo_button.click()
    assert get_finding(session.project, findings["changed"]).anchor == "changed"
    dialog.minimum.setValue(100)
    dialog.accept_all_button.click()
    assert get_finding(session.project, findings["changed"]).anchor == "changed"  # its score is below 100
    dialog.minimum.setValue(70)
    dialog.accept_all_button.click()
    assert get_finding(session.project, findings["changed"]).anchor == "confirmed"
    stack.undo()
    # The orphan is re-pointed by selecting new text.
    dialog.select_finding(findings["orphan"])
    assert not dialog.repoint_button.isEnabled()
    new_text = dialog.new_text
    start = new_text.index("scholing van werkzoekenden")
    cursor = QTextCursor(dialog.new_view.document())
    cursor.setPosition(dialog.new_offsets.to_qt(start))
    cursor.setPosition(dialog.new_offsets.to_qt(start + len("scholing van werkzoekenden")), QTextCursor.MoveMode.KeepAnchor)
    dialog.new_view.setTextCursor(cursor)
    assert dialog.repoint_button.isEnabled()
    dialog.repoint_button.click()
    finding = get_finding(session.project, findings["orphan"])
    assert (finding.anchor, finding.quote, finding.note) == ("confirmed", "scholing van werkzoekenden",
                                                             "Over De bijstand wordt vereenvoudigd")
    assert stack.undoText() == "Re-point finding"
    stack.undo()
    finding = get_finding(session.project, findings["orphan"])
    assert (finding.anchor, finding.start, finding.quote) == ("orphaned", None, "De bijstand wordt vereenvoudigd")
    stack.redo()
    assert get_finding(session.project, findings["orphan"]).anchor == "confirmed"


def test_document_menu_imports_the_new_version_in_place_of_the_old(main_window, project, carried, monkeypatch,
                                                                   qtbot) -> None:
    from desktop.ui import background

    monkeypatch.setattr(background, "run_inline", True)
    findings, path = carried
    old_id = get_finding(project, findings["kept"]).document_id
    project_path = project.path
    project.close()
    window = main_window(project_path)
    pane_index = next(i for i, pane in enumerate(window.panes) if pane.document_id == old_id)
    window.pane_area.set_active(pane_index)
    shown = []
    menu = window.revision_menu
    menu.show_review = shown.append
    assert menu.menu.title() == "&Document" and menu.import_version.isEnabled()
    assert menu.import_new_version(path)
    [dialog] = shown
    new_id = window.panes[pane_index].document_id
    assert new_id != old_id and get_document(window.session.project, old_id).superseded
    assert dialog.revision.new_document_id == new_id
    assert get_finding(window.session.project, findings["kept"]).document_id == new_id
    library = window.docks.library.model
    titles = [library.index(row, 0).data() for row in range(library.rowCount())]
    assert sorted(titles) == sorted(["Akkoord (superseded)", get_document(window.session.project, new_id).title])
    # A superseded document cannot be given a second new version.
    window.open_document(old_id, pane_index)
    messages = []
    menu.show_message = lambda title, text: messages.append(text)
    assert not menu.import_new_version(path)
    assert "already been replaced" in messages[0]
    dialog.close()


def test_a_file_dropped_on_a_document_in_the_library_becomes_its_new_version(main_window, project, carried,
                                                                            monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from desktop.ui import background

    monkeypatch.setattr(background, "run_inline", True)
    findings, path = carried
    old_id = get_finding(project, findings["kept"]).document_id
    project_path = project.path
    project.close()
    window = main_window(project_path)
    shown = []
    window.revision_menu.show_review = shown.append
    library = window.docks.library
    row = library.document_ids().index(old_id)
    point = library.view.visualRect(library.model.index(row, 0)).center()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(library.view.viewport(), enter)
    assert enter.isAccepted()  # the row takes the file, not the window (which would import a new document)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(library.view.viewport(), drop)
    [dialog] = shown
    assert get_document(window.session.project, old_id).superseded
    assert get_finding(window.session.project, findings["kept"]).document_id == dialog.revision.new_document_id
    dialog.close()


def test_importing_a_new_version_is_one_undo_step_in_the_window(main_window, project, carried, monkeypatch,
                                                                 tmp_path: Path) -> None:
    from desktop.ui import background
    from tests.operations.test_revision_undo import dump

    monkeypatch.setattr(background, "run_inline", True)
    findings, path = carried
    old_id = get_finding(project, findings["kept"]).document_id
    project_path = project.path
    project.close()
    window = main_window(project_path)
    session = window.session
    before = dump(session.project)
    pane_index = next(i for i, pane in enumerate(window.panes) if pane.document_id == old_id)
    window.pane_area.set_active(pane_index)
    shown = []
    window.revision_menu.show_review = shown.append
    assert window.revision_menu.import_new_version(path)
    [dialog] = shown
    dialog.show()
    # Its buttons under the table within reach on a low screen too (it asked for 900 pixels before).
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    new_id = dialog.revision.new_document_id
    imported = dump(session.project)
    assert session.undo_stack.undoText() == "Import new version of “Akkoord”"
    assert dialog.select_finding(findings["changed"])
    dialog.accept_button.click()
    assert get_finding(session.project, findings["changed"]).anchor == "confirmed"
    assert dialog.focusWidget() is dialog.table  # not the score box, whose Ctrl+Z would undo typing
    dialog.undo_button.click()  # the acceptance
    assert dialog.isVisible()
    reviewed = dump(session.project)  # as imported, but for the modified times the acceptance and its undo set
    assert {table: rows for table, rows in reviewed.items() if table != "findings"} == \
        {table: rows for table, rows in imported.items() if table != "findings"}
    dialog.undo_button.click()  # the import itself: nothing left to review
    assert not dialog.isVisible()
    assert dump(session.project) == before
    assert window.panes[pane_index].document_id == old_id
    library = window.docks.library
    assert library.document_ids() == [old_id]
    assert window.docks.library.model.index(0, 0).data() == "Akkoord"
    path.write_text("Intussen veranderd op schijf.", encoding="utf-8")  # redo keeps what it imported
    assert {QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")} <= set(window.menu_actions.redo.shortcuts())
    session.redo()
    assert dump(session.project) == reviewed
    assert window.panes[pane_index].document_id == new_id
    assert get_finding(session.project, findings["changed"]).anchor == "changed"
    session.redo()
    assert get_finding(session.project, findings["changed"]).anchor == "confirmed"


def test_an_undo_the_project_no_longer_allows_says_why_and_changes_nothing(main_window, project, carried,
                                                                          monkeypatch) -> None:
    from desktop.ui import background
    from tests.operations.test_revision_undo import dump

    monkeypatch.setattr(background, "run_inline", True)
    findings, path = carried
    old_id = get_finding(project, findings["kept"]).document_id
    project_path = project.path
    project.close()
    window = main_window(project_path)
    session, menu = window.session, window.revision_menu
    shown, messages = [], []
    menu.show_review = shown.append
    menu.show_message = lambda title, text: messages.append((title, text))
    window.pane_area.set_active(next(i for i, pane in enumerate(window.panes) if pane.document_id == old_id))
    assert menu.import_new_version(path)
    new_id = shown[0].revision.new_document_id
    text = document_text(session.project, new_id)
    start = text.index("scholing")
    # Another program (a second window on the file) tags the new version: not on this undo stack.
    add_finding(session.project, new_id, session.project.db.execute(
        "SELECT id FROM speerpunten LIMIT 1").fetchone()[0], "positive", start, start + 8, author="Bob")
    unchanged = dump(session.project)
    session.undo()
    assert messages == [("Not undone", messages[0][1])] and "1 finding(s) were made on the new version" in messages[0][1]
    assert dump(session.project) == unchanged
    assert not session.undo_stack.canUndo()  # the step is dropped, not left to fail again
