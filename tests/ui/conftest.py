"""Fixtures for Qt tests: a session over a fresh project with a document and a framework."""

from __future__ import annotations

import pytest

from tests.builders import add_document, add_small_framework

PARAGRAPHS = [
    "Het kabinet bouwt 100.000 woningen per jaar 🏗️ en investeert € 1 miljard in betaalbare huur.",
    "Gemeenten krijgen meer ruimte voor maatwerk in het sociaal domein, maar de financiële kaders blijven krap.",
    "De bijstand wordt vereenvoudigd zodat iedereen mee kan doen naar vermogen.",
]


@pytest.fixture
def session(project, qtbot):
    from desktop.ui.session import Session

    codes = add_small_framework(project)
    document_id = add_document(project, PARAGRAPHS, headings={0: "1. Wonen", 2: "2. Werk"})
    opened = Session(project, author="Testanalist")
    opened.codes = codes  # type: ignore[attr-defined]  # code -> speerpunt id, for tests
    opened.document_id = document_id  # type: ignore[attr-defined]
    yield opened
    opened.undo_stack.clear()


@pytest.fixture
def demo_path(tmp_path):
    """The demo project (a position paper, an agreement, findings), made afresh for the test."""
    from desktop.demo import build_demo_project

    path = tmp_path / "demo.speerpunt"
    build_demo_project(path)
    return path


@pytest.fixture
def pane(session, qtbot):
    """A document pane on the session's agreement, shown at 1000×700."""
    from desktop.ui.panes.document_pane import DocumentPane

    widget = DocumentPane(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.open_document(session.document_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(autouse=True)
def settings_isolated(tmp_path_factory, monkeypatch):
    """Every Qt test gets its own settings file and data folder; real settings are never touched."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setattr("desktop.ui.project_files.demo_project_path", lambda: folder / "data" / "demo.speerpunt")
    monkeypatch.setattr("desktop.ui.window.crash_reporter.log_folder", lambda: folder / "data")
    yield folder
    import gc

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.ui import background, i18n

    assert background.wait_for_all(10_000), "a background job was left running"
    # Widgets a test left behind (over a project now closed) go now, not when a later
    # test's language change reaches them.
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for widget in [w for w in QApplication.topLevelWidgets() if isinstance(w, QWidget) and w.parentWidget() is None]:
        if shiboken6.isValid(widget):
            shiboken6.delete(widget)
    if i18n._installed:
        # Tests after this one expect the English source texts.
        i18n.install_language("en")


@pytest.fixture(autouse=True)
def screen(monkeypatch):
    """The screen windows open on: the offscreen platform's own is 800×800, which no analyst has.

    ``screen.set(width, height)`` gives another available geometry (what is left beside task bars).
    """
    from PySide6.QtCore import QRect

    class Screen:
        available = QRect(0, 0, 1920, 1080)

        def set(self, width: int, height: int, x: int = 0, y: int = 0) -> None:
            self.available = QRect(x, y, width, height)

    chosen = Screen()
    monkeypatch.setattr("desktop.ui.screens.available_geometry",
                        lambda widget=None, around=None: QRect(chosen.available))
    return chosen


@pytest.fixture
def main_window(qtbot):
    """Factory: ``main_window(project_path=None, name="Testanalist", language="en")`` gives a shown main window.

    Error boxes are recorded in ``window.errors`` instead of shown; the window is closed
    (saving its settings) at the end of the test.
    """
    from desktop.app import create_main_window
    from desktop.ui import settings

    def make(project_path=None, name: str | None = "Testanalist", language: str = "en"):
        if name:
            settings.put(settings.ANALYST_NAME, name)
        settings.put(settings.LANGUAGE, language)
        window = create_main_window(project_path)
        window.errors = []
        window.show_error = lambda title, text: window.errors.append((title, text))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Window shortcuts and focus (which decides the active pane) need an active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def choose_speerpunt_for_selection(pane, qtbot, start: int, end: int, code: str) -> None:
    """Select [start, end) of the pane's document, press T and choose speerpunt ``code`` in the tag panel."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.offsets.to_qt(start))
    cursor.setPosition(pane.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    qtbot.keyClicks(pane.tag_panel.filter, code)
    qtbot.keyClick(pane.tag_panel.filter, Qt.Key.Key_Return)
