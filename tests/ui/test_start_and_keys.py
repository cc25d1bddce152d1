"""The start page's one first step for a newcomer, and the document keys inside a window of two panes."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.ui import settings


@pytest.mark.skipif(importlib.util.find_spec("desktop.ingest.text") is None, reason="no text importer")
def test_a_newcomer_gets_one_first_step_the_demo_and_enter_takes_it(main_window, qtbot):
    window = main_window()
    page = window.start_page
    assert page.newcomer and page.first_step.isVisible()
    assert page.demo_button.isDefault()
    # The large button stands apart, above New / Open, and has the keyboard.
    assert page.demo_button.geometry().bottom() < page.new_button.geometry().top()
    assert page.demo_button.height() > page.new_button.height()
    page.demo_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session is not None and all(pane.document_id for pane in window.panes)


def test_someone_with_projects_sees_them_first_and_the_demo_as_one_of_three_buttons(main_window, demo_path):
    settings.remember_project(str(demo_path))
    window = main_window()
    page = window.start_page
    assert not page.newcomer and not page.first_step.isVisible()
    assert not page.demo_button.isDefault()
    assert page.recent_list.isVisible() and page.recent_list.count() == 1
    assert page.demo_button.geometry().top() == page.new_button.geometry().top()


def _select(pane, start, length):
    cursor = pane.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


@pytest.mark.parametrize("index", [0, 1])
def test_t_tags_in_either_pane_of_the_window_and_only_there(main_window, demo_path, qtbot, index):
    window = main_window(demo_path)
    pane, other = window.panes[index], window.panes[1 - index]
    pane.view.setFocus()
    _select(pane, 400, 40)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    assert pane.tag_panel.isVisible() and pane.tag_panel.stage == "speerpunt"
    assert not other.tag_panel.isVisible()


def test_f3_moves_to_the_next_match_in_the_active_pane_of_the_window(main_window, demo_path, qtbot):
    window = main_window(demo_path)
    pane = window.panes[1]
    pane.view.setFocus()
    pane.open_find_bar()
    pane.find_bar.field.setText("gemeenten")
    qtbot.waitUntil(lambda: len(pane.find_bar.matches) > 2)
    first = pane.find_bar.current
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F3)
    assert pane.find_bar.current == (first + 1) % len(pane.find_bar.matches)
