"""View → "Colour findings by analyst": fill highlights in each analyst's colour instead of the assessment's."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


class AuthorHighlighting(QObject):
    """A checkable View action applied to every document pane; the underline keeps showing the
    assessment, the fill shows who tagged it (desktop/ui/author_colours.py).

    Wiring in the main window: ``self.author_highlighting = AuthorHighlighting(self)`` after the menus.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("colourByAnalystAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.toggled.connect(self.apply)
        window.addAction(self.action)
        window.menu_actions.view_menu.insertAction(window.menu_actions.docks_separator, self.action)
        # Panes come and go with projects and the third pane: new ones take the current choice.
        self.watch = QTimer(self)
        self.watch.setInterval(1000)
        self.watch.timeout.connect(self.apply_to_new_panes)
        self.watch.start()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Colour findings by &analyst"))
        self.action.setToolTip(self.tr("Fill each finding in its analyst's colour; the underline still shows "
                                       "the assessment"))

    def apply(self, enabled: bool) -> None:
        for pane in self.window.panes:
            pane.set_colour_by_author(enabled)

    def apply_to_new_panes(self) -> None:
        wanted = self.action.isChecked()
        for pane in self.window.panes:
            if pane.colours_by_author != wanted:
                pane.set_colour_by_author(wanted)
