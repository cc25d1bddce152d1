"""The workspace on laptop screens: the window fits the screen, the documents get the width, reading mode,
and nothing that opens (tag panel, search, hit walker, reaction, dialogs) pushes the window past the screen.

The demo project is the ground truth for widths: real titles, a real framework, real findings. The offscreen
platform has no real screen, so each test sets the screen (``screen`` fixture) and the window size itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget

from desktop.ui.screens import fit_rect
from desktop.ui.window.workspace_layout import TEXT_MIN
from tests.ui.workspace_helpers import FRAME, open_at, settle

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]




def _text_widths(window):
    return [frame.pane.view.viewport().width() for frame in window.pane_area.frames if frame.isVisible()]


def _fits(size: QSize, width: int, height: int) -> bool:
    return size.width() + FRAME.width() <= width and size.height() + FRAME.height() <= height


def _select_in_agreement(window, qtbot, start=1200, length=60):
    pane = window.panes[1]
    pane.view.setFocus()
    cursor = pane.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.view.show_selection()
    settle(qtbot, window)
    assert pane.view.selection_in_sight()
    return pane


# The window and the screen -------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_first_window_fits_the_available_screen(main_window, screen, width, height):
    screen.set(width, height)
    window = main_window()
    assert QRect(0, 0, width, height).contains(window.frameGeometry())
    # and uses it: a laptop screen is not left half empty
    assert window.width() >= min(width, 1600) * 0.9
    # On a large screen a border is left around it.
    if width >= 1920:
        assert window.frameGeometry().left() > 0 and window.frameGeometry().right() < width - 1


def test_a_remembered_window_from_a_larger_monitor_comes_back_onto_the_laptop_screen(main_window, screen, qtbot):
    screen.set(2560, 1440, x=1920)
    big = main_window()
    big.setGeometry(2100, 100, 2300, 1300)
    big.close()  # remembers its geometry
    screen.set(1280, 720)
    window = main_window()
    qtbot.wait(20)
    assert QRect(0, 0, 1280, 720).contains(window.frameGeometry())


def test_a_remembered_window_that_fits_stays_where_it_was(main_window, screen, qtbot):
    screen.set(1366, 768)
    first = main_window()
    first.setGeometry(100, 60, 640, 480)
    first.close()
    window = main_window()
    qtbot.wait(20)
    assert window.geometry() == QRect(100, 60, 640, 480)


def test_fit_rect_moves_and_shrinks_only_as_much_as_needed():
    screen = QRect(0, 0, 1280, 720)
    assert fit_rect(QRect(1920, 100, 800, 600), screen) == QRect(480, 100, 800, 600)
    assert fit_rect(QRect(-50, -20, 1500, 950), screen) == QRect(0, 0, 1280, 720)
    assert fit_rect(QRect(10, 10, 300, 200), screen) == QRect(10, 10, 300, 200)


# The documents come first --------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_two_documents_get_most_of_the_width(main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    texts = _text_widths(window)
    assert len(texts) == 2
    assert min(texts) >= TEXT_MIN, texts
    assert sum(texts) >= 0.55 * window.width(), (texts, window.width())
    # The document list and the speerpunten stay at hand beside them.
    for name in ("documentLibrary", "frameworkTree"):
        assert window.docks.docks[name].isVisible()
    # The pane headers name the documents in one line, never wider than the pane.
    for frame in window.pane_area.frames:
        assert frame.header.minimumSizeHint().width() <= frame.width()
        assert frame.header.height() < 2.2 * frame.header.fontMetrics().height() + 10


def test_outlines_fold_away_on_a_laptop_and_show_on_a_large_screen(main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    assert window.menu_actions.outline.isChecked()
    assert not any(pane.outline.isVisible() for pane in window.panes)
    screen.set(1920, 1080)  # the window goes to a larger monitor
    window.resize(1920 - FRAME.width(), 1080 - FRAME.height())
    settle(qtbot, window)
    assert all(pane.outline.isVisible() for pane in window.panes)
    assert min(_text_widths(window)) >= TEXT_MIN
    # Switched off by the analyst, it stays off however wide the window.
    window.menu_actions.outline.trigger()
    settle(qtbot, window)
    assert not any(pane.outline.isVisible() for pane in window.panes)


def test_a_layout_remembered_on_a_large_screen_is_made_readable_on_the_laptop(main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1920, 1080)
    window.resizeDocks([window.docks.docks["documentLibrary"]], [520], Qt.Orientation.Horizontal)
    settle(qtbot, window)
    window.close()  # remembers geometry, docks and splitter
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    assert min(_text_widths(window)) >= TEXT_MIN
    assert QRect(0, 0, 1280, 720).contains(window.frameGeometry())


# Reading mode -----------------------------------------------------------------------------------------


def test_one_key_gives_the_active_document_the_whole_width_and_another_puts_both_back(
        main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    pane = _select_in_agreement(window, qtbot)
    before = window.size()
    qtbot.keyClick(pane.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert window.workspace_layout.reading
    assert [frame.isVisible() for frame in window.pane_area.frames] == [False, True]
    assert window.pane_area.frames[1].width() >= window.width() - 10
    assert not window.docks.docks["documentLibrary"].isVisible()
    assert not window.docks.docks["frameworkTree"].isVisible()
    assert pane.view.selection_in_sight()
    assert window.size() == before
    # Ctrl+1 in reading mode shows the other document, still alone.
    qtbot.keyClick(pane.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert [frame.isVisible() for frame in window.pane_area.frames] == [True, False]
    qtbot.keyClick(window.panes[0].view, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert not window.workspace_layout.reading
    assert all(frame.isVisible() for frame in window.pane_area.frames)
    assert window.docks.docks["documentLibrary"].isVisible() and window.docks.docks["frameworkTree"].isVisible()
    assert min(_text_widths(window)) >= TEXT_MIN
    assert window.size() == before


def test_reading_mode_is_not_remembered_as_a_layout_without_docks(main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1366, 768)
    window.menu_actions.reading_mode.trigger()
    window.close()
    window = open_at(main_window, screen, qtbot, demo_path, 1366, 768)
    assert not window.workspace_layout.reading
    assert window.docks.docks["documentLibrary"].isVisible()
    assert all(frame.isVisible() for frame in window.pane_area.frames)


# Nothing that opens resizes the window or covers the selection ----------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_tagging_with_a_long_speerpunt_title_keeps_the_window_and_the_selection(
        main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    before = window.size()
    pane = _select_in_agreement(window, qtbot)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    settle(qtbot, window)
    panel = pane.tag_panel
    assert panel.isVisible() and panel.stage == "speerpunt"
    longest = max(panel.list_model.rows, key=lambda row: len(row.speerpunt.title)).speerpunt
    panel.choose_speerpunt(longest.id)
    settle(qtbot, window)
    assert panel.stage == "assessment" and longest.title in panel.chosen.text()
    assert window.size() == before
    assert _fits(window.minimumSizeHint(), width, height)
    assert pane.view.selection_in_sight()
    assert panel.geometry().top() >= pane.view.geometry().bottom()  # below the text, never over it


@pytest.mark.parametrize("name", ["searchPanel", "hitWalker", "findingsTable", "coverageView", "speerpuntView",
                                  "matrixView", "collectionTable"])
def test_every_view_below_opens_without_resizing_the_window_or_hiding_the_selection(
        main_window, screen, qtbot, demo_path, name):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    before = window.size()
    pane = _select_in_agreement(window, qtbot)
    assert window.docks.show_view(name) is not None
    settle(qtbot, window)
    assert window.size() == before
    assert _fits(window.minimumSizeHint(), 1280, 720)
    assert pane.view.selection_in_sight()
    assert min(_text_widths(window)) >= TEXT_MIN


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_reaction_editor_opens_beside_the_documents_without_resizing_the_window(
        main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    before = window.size()
    pane = _select_in_agreement(window, qtbot)
    window.reaction_menu.show_editor()
    settle(qtbot, window)
    reaction = window.docks.docks["reactionPanel"]
    assert reaction.isVisible() and reaction.width() >= 420
    assert window.size() == before
    assert pane.view.selection_in_sight()
    # Both documents stay readable beside it; where the left column would squeeze them it makes way.
    assert len(_text_widths(window)) == 2 and min(_text_widths(window)) >= 300
    if window.docks.docks["frameworkTree"].isVisible():
        assert min(_text_widths(window)) >= TEXT_MIN
    else:
        assert width < 1920
    reaction.close()
    settle(qtbot, window)
    assert window.docks.docks["frameworkTree"].isVisible()
    assert min(_text_widths(window)) >= TEXT_MIN


def test_no_dock_or_pane_state_can_push_the_window_past_a_1280_by_720_screen(main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    before = window.size()
    window.menu_actions.third_pane.trigger()
    pane = window.panes[0]
    pane.open_find_bar()
    window.reaction_menu.show_editor()
    for dock in window.findChildren(QDockWidget):
        dock.show()
    # The widest views moved beside the documents, one above the other: they scroll instead of growing the window.
    for name in ("matrixView", "hitWalker", "findingsTable"):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.docks.docks[name])
    settle(qtbot, window)
    assert window.size() == before
    assert _fits(window.minimumSizeHint(), 1280, 720), window.minimumSizeHint()


def test_every_dialog_fits_a_1280_by_720_screen(main_window, screen, qtbot, demo_path):
    from desktop.store.documents import list_documents
    from desktop.store.frameworks import list_speerpunten
    from desktop.ui.collaboration.conflicts_dialog import ConflictsDialog
    from desktop.ui.collaboration.merge_dialog import MergeDialog
    from desktop.ui.collaboration.restore_backup_dialog import RestoreBackupDialog
    from desktop.ui.documents.document_properties import DocumentPropertiesDialog
    from desktop.ui.documents.import_flow import ImportKindDialog
    from desktop.ui.reaction.export_dialog import ExportDialog
    from desktop.ui.review.framework_dialogs import ReassignDialog
    from desktop.ui.review.missing_dialog import MissingDialog
    from desktop.ui.window.help_dialogs import ShortcutsDialog, action_shortcuts, document_shortcuts
    from desktop.ui.window.preferences import NamePrompt, PreferencesDialog

    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    session = window.session
    documents = list_documents(session.project)
    speerpunt = max(list_speerpunten(session.project), key=lambda sp: len(sp.title))
    rows = action_shortcuts(window.menu_actions.all_actions()) + document_shortcuts()
    dialogs = {
        "shortcuts": ShortcutsDialog(rows, window),
        "preferences": PreferencesDialog("Fatima el Amrani", "nl", 0, window),
        "name": NamePrompt(window),
        "properties": DocumentPropertiesDialog(documents[0].title, documents[0].kind, window),
        "import kind": ImportKindDialog([demo_path.with_name(d.title + ".pdf") for d in documents], window),
        "export": ExportDialog(session, window),
        "merge": MergeDialog(session, window),
        "backups": RestoreBackupDialog(session, window),
        "conflicts": ConflictsDialog(session, window),
        "missing": MissingDialog(session, speerpunt.id, documents[-1].id, window),
        "reassign": ReassignDialog(session, speerpunt.id, 3, window),
    }
    from desktop.ui.collaboration.review_view import open_review_window

    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.wait(10)
        # As it opens: a dialog taller than the screen hides its buttons below the task bar.
        assert _fits(dialog.size(), 1280, 720), (name, dialog.size())
        assert _fits(dialog.minimumSizeHint(), 1280, 720), (name, dialog.minimumSizeHint())
        assert _fits(dialog.sizeHint().boundedTo(dialog.maximumSize()), 1280, 720), (name, dialog.sizeHint())
        dialog.close()
        dialog.deleteLater()
    review = open_review_window(session, window)
    assert _fits(review.size(), 1280, 720), review.size()
    review.close()



@pytest.mark.corpus
@pytest.mark.slow
def test_a_real_pdf_with_page_numbers_beside_the_paper_gets_an_equal_readable_column(
        main_window, screen, qtbot, demo_path, corpus_dir):
    from desktop.domain.document import DocumentKind
    from desktop.operations.documents import import_document
    from desktop.store import open_project

    project = open_project(demo_path)
    import_document(project, corpus_dir / "nl-regeerprogramma-2024.pdf", kind=DocumentKind.AGREEMENT, author="T")
    project.close()
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 720)
    # The newest agreement opens right: its pane has a page-number margin the Markdown paper lacks.
    assert window.panes[1].view.margin.page_numbers
    texts = _text_widths(window)
    assert min(texts) >= TEXT_MIN and max(texts) - min(texts) <= 4, texts
    window.reaction_menu.show_editor()
    settle(qtbot, window)
    texts = _text_widths(window)
    assert min(texts) >= 300 and max(texts) - min(texts) <= 4, texts
