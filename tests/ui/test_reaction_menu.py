"""The reaction in the main window: its dock, the Reaction menu's keys, File → Export, saving on close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.store import create_project, open_project
from desktop.store.frameworks import list_speerpunten
from desktop.ui.window.help_dialogs import action_shortcuts
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


def make_project(tmp_path):
    path = tmp_path / "reactie.speerpunt"
    project = create_project(path)
    add_small_framework(project)
    add_document(project, PARAGRAPHS, title="Regeerprogramma")
    project.close()
    return path


def test_reaction_dock_keys_and_export(main_window, tmp_path, qtbot):
    window = main_window(make_project(tmp_path))
    panel = window.docks.widgets["reactionPanel"]
    dock = window.docks.docks["reactionPanel"]
    assert not dock.isVisible()  # room for the documents until the analyst writes
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible()
    editor = panel.editor
    qtbot.waitUntil(editor.text.hasFocus)
    assert editor.speerpunt.code == "1.1"
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.speerpunt.code == "1.2"
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.speerpunt.code == "1.1"

    rows = dict((name, keys) for keys, name in action_shortcuts(window.menu_actions.all_actions()))
    assert rows["Export"] == "Ctrl+E"
    assert rows["Next speerpunt"] == "Ctrl+PgDown"
    assert rows["Draft from findings"] == "Ctrl+Shift+D"

    shown = []

    class FakeDialog:
        def exec(self):
            shown.append(True)

        def deleteLater(self):
            pass

    window.reaction_menu.make_export_dialog = FakeDialog
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert shown == [True]


def test_typed_text_is_saved_when_the_project_closes(main_window, tmp_path, qtbot):
    path = make_project(tmp_path)
    window = main_window(path)
    editor = window.docks.widgets["reactionPanel"].editor
    editor.autosave._timer.setInterval(60_000)  # only the close may save
    window.reaction_menu.show_editor()
    qtbot.keyClicks(editor.text, "Net op tijd")
    window.close_project()
    project = open_project(path)
    try:
        first = list_speerpunten(project)[0].id
        assert list(project.db.execute("SELECT speerpunt_id, text FROM reactions")) == [(first, "Net op tijd")]
    finally:
        project.close()
