"""Opening the main window on the demo project at a given screen size, for the workspace tests."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

# Title bar and borders a window manager adds around the window.
FRAME = QSize(8, 40)


def settle(qtbot, window=None) -> None:
    """The layout adapts on a zero timer after a resize; let it and the dock layout run."""
    for _ in range(5):
        qtbot.wait(20)
        QApplication.processEvents()


def open_at(main_window, screen, qtbot, project, width: int, height: int):
    """The main window on ``project``, on a screen of ``width`` × ``height``, filling it as a maximised window would."""
    screen.set(width, height)
    window = main_window(project)
    window.resize(width - FRAME.width(), height - FRAME.height())
    settle(qtbot)
    return window
