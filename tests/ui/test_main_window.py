"""The main window: start page, opening projects, panes and docks, first-start name, settings across windows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTableView, QWidget

from desktop.domain.document import DocumentKind
from desktop.domain.finding import Assessment
from desktop.store import create_project
from desktop.store.documents import get_document
from desktop.ui import settings
from desktop.ui.commands.findings import AddFinding
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


class ProjectPath(type(Path())):
    """A project file's path that also knows its document ids (``.ids``)."""


@pytest.fixture
def project_file(tmp_path):
    """A project with a position paper, an older and a newer agreement and a framework; returns its path."""
    path = ProjectPath(tmp_path / "werk.speerpunt")
    project = create_project(path)
    add_small_framework(project)
    ids = {
        "position": add_document(project, PARAGRAPHS[:2], title="Positiepaper", kind=DocumentKind.POSITION),
        "old": add_document(project, PARAGRAPHS[1:], title="Hoofdlijnenakkoord"),
        "new": add_document(project, PARAGRAPHS, title="Regeerprogramma", headings={0: "1. Wonen"}),
    }
    project.db.execute("UPDATE documents SET imported_at = '2024-01-01' WHERE id = ?", [ids["old"]])
    project.close()
    path.ids = ids
    return path


def _library(window):
    return window.findChild(QTableView, "documentLibraryView")


def _double_click(qtbot, widget, pos):
    # QTest's double click alone is not seen as one by item views; a real one starts with a click.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_without_a_project_the_start_page_offers_new_open_and_demo(main_window):
    window = main_window()
    assert window.stack.currentWidget().objectName() == "startPage"
    assert window.session is None and window.panes == []
    assert not window.menu_actions.import_documents.isEnabled()
    names = {button.objectName() for button in (window.start_page.new_button, window.start_page.open_button,
                                                 window.start_page.demo_button)}
    assert names == {"newProjectButton", "openProjectButton", "demoProjectButton"}


def _answer_organisation(typed: str | None, seen: list[str]) -> None:
    """When the organisation question comes up: note what it offers, then type ``typed`` and press Enter
    (None: press Escape)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.textValue())
        if typed is None:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_new_project_asks_the_organisation_offering_the_last_one(main_window, tmp_path, monkeypatch, qtbot):
    from desktop.store import open_project
    from desktop.store.reactions import report_parts

    settings.put(settings.LAST_ORGANISATION, "G40")
    monkeypatch.setattr("desktop.ui.project_files.ask_new_project_path", lambda parent: tmp_path / "a.speerpunt")
    window = main_window()
    seen: list[str] = []
    _answer_organisation("Gemeente Utrecht", seen)
    window.start_page.new_button.click()
    assert seen == ["G40"]
    project = open_project(tmp_path / "a.speerpunt")
    assert report_parts(project)["organisation"] == "Gemeente Utrecht"
    project.close()
    assert settings.get(settings.LAST_ORGANISATION) == "Gemeente Utrecht"


def test_cancelling_the_organisation_question_makes_no_project(main_window, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop.ui.project_files.ask_new_project_path", lambda parent: tmp_path / "b.speerpunt")
    window = main_window()
    _answer_organisation(None, [])
    window.start_page.new_button.click()
    assert not (tmp_path / "b.speerpunt").exists() and window.session is None


def test_new_project_button_creates_the_file_and_shows_the_workspace(main_window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr("desktop.ui.project_files.ask_new_project_path",
                        lambda parent: tmp_path / "Reactie G40.speerpunt")
    window = main_window()
    _answer_organisation("G40", [])
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "Reactie G40.speerpunt").exists()
    assert window.session is not None and window.session.author == "Testanalist"
    assert window.findChild(QDockWidget, "documentLibraryDock").isVisible()
    assert window.menu_actions.import_documents.isEnabled()
    assert "Reactie G40" in window.windowTitle()
    assert settings.get(settings.RECENT_PROJECTS)[0] == str(tmp_path / "Reactie G40.speerpunt")


def test_a_refused_project_file_is_explained_and_the_start_page_stays(main_window, tmp_path, monkeypatch):
    not_ours = tmp_path / "notities.speerpunt"
    not_ours.write_text("geen database")
    monkeypatch.setattr("desktop.ui.project_files.ask_open_project_path", lambda parent: not_ours)
    window = main_window()
    window.start_page.open_button.click()
    assert window.session is None
    assert window.errors and "not a Speerpunt project" in window.errors[0][1]


@pytest.mark.skipif(importlib.util.find_spec("desktop.ingest.text") is None,
                    reason="the text importer has not landed yet")
def test_the_demo_project_is_built_once_and_opened(main_window, settings_isolated, qtbot):
    window = main_window()
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert (settings_isolated / "data" / "demo.speerpunt").exists()
    assert window.session is not None
    kinds = {get_document(window.session.project, pane.document_id).kind for pane in window.panes}
    assert kinds == {"position", "agreement"}


def test_opening_a_project_lists_its_documents_and_shows_position_paper_left_newest_agreement_right(
        main_window, project_file):
    window = main_window(project_file)
    library = _library(window)
    titles = [library.model().index(row, 0).data() for row in range(library.model().rowCount())]
    assert sorted(titles) == ["Hoofdlijnenakkoord", "Positiepaper", "Regeerprogramma"]
    assert titles[0] == "Positiepaper"
    assert [pane.document_id for pane in window.panes] == [project_file.ids["position"], project_file.ids["new"]]
    assert window.active_pane() is window.panes[1]
    assert window.pane_area.frames[1].header.text().startswith("Regeerprogramma")
    for name in ("documentLibrary", "frameworkTree", "findingsTable", "searchPanel", "coverageView"):
        if name in window.docks.widgets:
            assert window.findChild(QDockWidget, f"{name}Dock").findChild(QWidget, name) is window.docks.widgets[name]


def test_double_click_in_the_library_opens_the_document_in_the_active_pane(main_window, project_file, qtbot):
    window = main_window(project_file)
    window.focus_pane(0)
    library = _library(window)
    row = next(r for r in range(library.model().rowCount())
               if library.model().index(r, 0).data() == "Hoofdlijnenakkoord")
    rect = library.visualRect(library.model().index(row, 0))
    _double_click(qtbot, library.viewport(), rect.center())
    assert window.panes[0].document_id == project_file.ids["old"]
    assert window.pane_area.frames[0].header.text().startswith("Hoofdlijnenakkoord")


def test_library_context_menu_opens_right_and_properties_change_title_with_undo(main_window, project_file,
                                                                               monkeypatch):
    window = main_window(project_file)
    library = window.docks.library
    menu = library.build_context_menu(project_file.ids["old"])
    [left, right, _separator, *_new_version, properties] = menu.actions()
    assert [left.text(), right.text()] == ["Open &left", "Open &right"]
    right.trigger()
    assert window.panes[1].document_id == project_file.ids["old"]
    from desktop.ui.documents.document_properties import DocumentPropertiesDialog

    def retitle(dialog):
        # The full details dialog, as the analyst would fill it in and press OK.
        assert "issuer" in dialog.detail_fields and "categories" in dialog.detail_fields
        dialog.title_field.setText("Hoofdlijnenakkoord 2024")
        return DocumentPropertiesDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentPropertiesDialog, "exec", retitle)
    properties.trigger()
    assert get_document(window.session.project, project_file.ids["old"]).title == "Hoofdlijnenakkoord 2024"
    assert window.pane_area.frames[1].header.text().startswith("Hoofdlijnenakkoord 2024")
    assert window.menu_actions.undo.text() == "&Undo: Change document details"
    window.menu_actions.undo.trigger()
    assert get_document(window.session.project, project_file.ids["old"]).title == "Hoofdlijnenakkoord"


def test_the_pane_header_names_the_document_as_the_library_does_with_its_title_in_the_tooltip(
        main_window, project_file):
    """A municipality's agreement is "Deventer" in the library, so in the header above its text too."""
    from desktop.ui.commands.documents import EditDocument

    window = main_window(project_file)
    header = window.pane_area.frames[1].header
    window.session.push(EditDocument(window.session, project_file.ids["new"], short_name="Regeerprogramma 2024"))
    assert header.text() == "Regeerprogramma 2024  ·  Agreement"  # the tests run in English
    title = get_document(window.session.project, project_file.ids["new"]).title
    assert title in header.toolTip() and "Regeerprogramma 2024" not in header.toolTip().replace(title, "")
    window.menu_actions.undo.trigger()
    assert header.text() == f"{title}  ·  Agreement"


def test_undo_menu_names_the_last_action_and_undoes_it(main_window, project_file):
    window = main_window(project_file)
    session = window.session
    codes = {sp.code: sp.id for sp in __import__("desktop.store.frameworks", fromlist=["x"]).list_speerpunten(
        session.project)}
    assert not window.menu_actions.undo.isEnabled()
    session.push(AddFinding(session, project_file.ids["new"], codes["1.1"], Assessment.POSITIVE, 0, 8))
    assert window.menu_actions.undo.isEnabled()
    assert window.menu_actions.undo.text() == "&Undo: Add finding"
    window.menu_actions.undo.trigger()
    assert window.menu_actions.redo.text() == "&Redo: Add finding"
    assert not window.menu_actions.undo.isEnabled()


def test_a_range_from_a_review_widget_opens_in_the_pane_already_showing_that_document(main_window, project_file):
    window = main_window(project_file)
    window.focus_pane(1)
    window.docks.open_requested.emit(project_file.ids["position"], 0, 12, ["kabinet"])
    assert window.panes[0].document_id == project_file.ids["position"]
    assert window.active_pane() is window.panes[0]
    window.docks.open_requested.emit(project_file.ids["old"], 0, 5, [])
    assert window.panes[0].document_id == project_file.ids["old"]


def test_the_name_is_asked_at_first_start_and_recorded_as_author(main_window, project_file, monkeypatch):
    asked = []
    monkeypatch.setattr("desktop.ui.window.main_window.ask_name", lambda parent: asked.append(1) or "Fatima el Amrani")
    window = main_window(project_file, name=None)
    assert asked == [1]
    assert window.session.author == "Fatima el Amrani"
    assert settings.get(settings.ANALYST_NAME) == "Fatima el Amrani"
    window.close_project()
    window.open_project_file(project_file)
    assert asked == [1]  # asked once, not per project


def test_layout_documents_and_third_pane_are_restored_in_a_second_window(main_window, project_file, qtbot):
    first = main_window(project_file)
    first.menu_actions.third_pane.setChecked(True)
    first.open_document(project_file.ids["old"], 0)
    first.open_document(project_file.ids["new"], 2)
    first.findChild(QDockWidget, "documentLibraryDock").hide()
    first.resize(760, 560)
    QApplication.processEvents()
    size = first.size()
    first.close()
    assert settings.get(settings.LAST_PROJECT) == str(project_file)

    second = main_window(project_file)
    assert len(second.panes) == 3 and second.menu_actions.third_pane.isChecked()
    assert [pane.document_id for pane in second.panes] == [
        project_file.ids["old"], project_file.ids["new"], project_file.ids["new"]]
    assert not second.findChild(QDockWidget, "documentLibraryDock").isVisible()
    assert second.size() == size


def test_view_menu_adds_and_removes_the_third_pane_and_keys_move_between_panes(main_window, project_file, qtbot):
    window = main_window(project_file)
    assert not window.menu_actions.focus_panes[2].isEnabled()
    window.menu_actions.third_pane.trigger()
    assert len(window.panes) == 3 and window.menu_actions.focus_panes[2].isEnabled()
    window.panes[2].open_document(project_file.ids["old"])
    qtbot.keyClick(window.panes[1].view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.active_pane() is window.panes[2]
    qtbot.keyClick(window.panes[2].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panes[2].find_bar.isVisible()
    qtbot.keyClick(window.panes[1].view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.active_pane() is window.panes[0]
    window.menu_actions.third_pane.trigger()
    assert len(window.panes) == 2


def test_find_in_the_edit_menu_opens_the_find_bar_of_the_active_pane(main_window, project_file, qtbot):
    window = main_window(project_file)
    window.focus_pane(0)
    window.menu_actions.find.trigger()
    assert window.panes[0].find_bar.isVisible() and not window.panes[1].find_bar.isVisible()


def test_ctrl_f_in_a_pane_is_not_an_ambiguous_shortcut(main_window, project_file, qtbot):
    window = main_window(project_file)
    window.focus_pane(1)
    QApplication.processEvents()
    qtbot.keyClick(window.panes[1].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.panes[1].find_bar.isVisible()


def test_closing_the_project_returns_to_the_start_page_listing_it(main_window, project_file, qtbot):
    window = main_window(project_file)
    window.menu_actions.close_project.trigger()
    assert window.session is None and window.stack.currentWidget() is window.start_page
    items = window.start_page.recent_list
    assert items.count() == 1 and items.item(0).toolTip() == str(project_file)
    rect = items.visualItemRect(items.item(0))
    _double_click(qtbot, items.viewport(), rect.center())
    assert window.session is not None and window.session.project.path == project_file


def test_the_shortcuts_overview_lists_every_menu_shortcut(main_window, project_file, monkeypatch):
    from desktop.ui.window.help_dialogs import action_shortcuts, document_shortcuts

    window = main_window(project_file)
    rows = action_shortcuts(window.menu_actions.all_actions()) + document_shortcuts()
    keys = [key for key, _ in rows]
    for action in window.menu_actions.all_actions():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in keys, action.objectName()
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    assert ("Ctrl+Shift+W", "Close project") in rows
