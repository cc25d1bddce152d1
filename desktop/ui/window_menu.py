"""WindowMenu: what every feature's entries in the main window's menus share (actions, language, project)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.session import Session


class WindowMenu(QObject):
    """A feature's entries in the main window's menus; a subclass says only what is its own.

    The subclass makes its entries with ``_action`` and ``_menu`` (each named, so tests and the
    shortcuts dialog find it), puts them where they belong, writes their texts in
    ``retranslate_ui`` and ends its ``__init__`` with ``_ready()``. Entries made with
    ``needs_project`` are enabled only while a project is open: checked when one of the menus
    passed to ``_update_when_shown`` opens, and when a project is attached or closed.
    Texts follow a language change of the window.

    The main window calls ``attach(session)`` each time a project is opened; a subclass that
    needs the session overrides ``_attached`` and ``_session_gone``. ``_session_gone`` runs when
    the attached session is deleted, and only for the session attached last: opening another
    project deletes the old session later, from the event loop, after the new one is attached.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._project_entries: list[QAction | QMenu] = []
        self._attached_token: object | None = None
        window.installEventFilter(self)

    def _action(self, name: str, slot: Callable[[], object] | None = None, *,
                needs_project: bool = True, shortcut: str = "") -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        # On the window, so its shortcut works while the menu is closed.
        self.window.addAction(action)
        if needs_project:
            self._project_entries.append(action)
        return action

    def _menu(self, name: str, *, needs_project: bool = False) -> QMenu:
        menu = QMenu(self.window)
        menu.setObjectName(name)
        if needs_project:
            self._project_entries.append(menu)
        return menu

    def _update_when_shown(self, *menus: QMenu) -> None:
        for menu in menus:
            menu.aboutToShow.connect(self._update_actions)

    def _ready(self) -> None:
        self.retranslate_ui()
        self._update_actions()

    def retranslate_ui(self) -> None:
        """Set every text; called at construction and on a language change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _session(self) -> Session | None:
        return getattr(self.window, "session", None)

    def _update_actions(self) -> None:
        has_project = self._session() is not None
        for entry in self._project_entries:
            # The window may be tearing down its actions as its last session goes.
            if shiboken6.isValid(entry):
                entry.setEnabled(has_project)

    def attach(self, session: Session) -> None:
        """A project was opened in the window."""
        token = self._attached_token = object()
        self._attached(session)
        session.destroyed.connect(lambda *_args: self._gone(token))
        self._update_actions()

    def _gone(self, token: object) -> None:
        if shiboken6.isValid(self) and token is self._attached_token:
            self._attached_token = None
            self._session_gone()

    def _attached(self, session: Session) -> None:
        """What this feature starts for an opened project."""

    def _session_gone(self) -> None:
        """The project's session was deleted: let go of what belonged to it."""
        self._update_actions()
