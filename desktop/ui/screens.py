"""The screen a window is on: its available geometry, and fitting windows and dialogs into it.

Tests replace ``available_geometry`` (the offscreen platform's screen is 800×800), so callers look it
up on this module at the moment they need it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

# What a window manager adds beyond the style's title bar height: a taller title bar and borders.
DECORATION = 16
BORDER = 4


def available_geometry(widget: QWidget | None = None, around: QRect | None = None) -> QRect:
    """The available geometry (without task bars) of the screen holding ``around``'s centre, else the widget's
    screen, else the primary screen."""
    screen = QGuiApplication.screenAt(around.center()) if around is not None else None
    if screen is None and widget is not None:
        screen = widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved (as little as possible) to lie inside it."""
    width, height = min(rect.width(), available.width()), min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.left() + available.width() - width)
    y = min(max(rect.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def keep_on_screen(window: QWidget, available: QRect) -> None:
    """Move and shrink ``window`` (frame included) into ``available``; a maximised window is left alone."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    left, top = inner.x() - frame.x(), inner.y() - frame.y()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    target = fit_rect(frame, available)
    if target != frame:
        window.setGeometry(target.x() + left, target.y() + top, target.width() - extra_w, target.height() - extra_h)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but never larger than its screen leaves room for (title bar included)."""
    available = available_geometry(widget, widget.parentWidget().window().frameGeometry()
                                   if widget.parentWidget() is not None else None)
    # The style's title bar height is a guess at the window manager's; theirs is often taller, with borders.
    frame = max(widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight), 0) + DECORATION
    widget.resize(min(width, available.width() - 2 * BORDER), min(height, available.height() - frame))
