"""The main window's reaction entries: File → Export…, and a Reaction menu (draft, next/previous speerpunt)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.ui.session import Session


class ReactionMenu(QObject):
    """Wiring in the main window (two lines)::

        self.reaction_menu = ReactionMenu(self)        # after the menus exist
        self.reaction_menu.attach(self.session)        # each time a project is opened

    It finds the editor as ``window.docks.widgets["reactionPanel"]``; ``make_export_dialog``
    is replaceable so tests can keep the dialog instead of running it.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.make_export_dialog = self._make_export_dialog
        actions = window.menu_actions
        self.export = self._action("exportAction", "Ctrl+E", self.show_export)
        # Right after Import: bring documents in, send the reaction out.
        file_actions = actions.file_menu.actions()
        after = file_actions.index(actions.import_documents) + 1
        actions.file_menu.insertAction(file_actions[after] if after < len(file_actions) else None, self.export)
        self.menu = QMenu(window)
        self.menu.setObjectName("reactionMenu")
        self.write = self._action("writeReactionAction", "Ctrl+R", self.show_editor)
        self.draft = self._action("draftFromFindingsAction", "Ctrl+Shift+D", lambda: self._editor_call("draft"))
        self.previous = self._action("previousSpeerpuntAction", "Ctrl+PgUp", lambda: self._editor_call("step", -1))
        self.next = self._action("nextSpeerpuntAction", "Ctrl+PgDown", lambda: self._editor_call("step", +1))
        self.menu.addActions([self.write, self.draft])
        self.menu.addSeparator()
        self.menu.addActions([self.previous, self.next])
        self.menu.addSeparator()
        self.menu.addAction(self.export)
        window.menuBar().insertMenu(actions.help_menu.menuAction(), self.menu)
        self._set_enabled(False)
        window.installEventFilter(self)
        self.retranslate_ui()

    def _action(self, name: str, keys: str, slot) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Reaction"))
        self.export.setText(self.tr("&Export…"))
        self.write.setText(self.tr("&Write the reaction"))
        self.draft.setText(self.tr("&Draft from findings"))
        self.previous.setText(self.tr("&Previous speerpunt"))
        self.next.setText(self.tr("&Next speerpunt"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def attach(self, session: Session) -> None:
        self._set_enabled(True)
        session.destroyed.connect(self._session_gone)

    def _session_gone(self) -> None:
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.export, self.write, self.draft, self.previous, self.next):
            # The window may be tearing down its actions as its last session goes.
            if shiboken6.isValid(action):
                action.setEnabled(enabled)

    def panel(self):
        docks = getattr(self.window, "docks", None)
        return docks.widgets.get("reactionPanel") if docks is not None else None

    def _show_panel(self):
        panel = self.panel()
        if panel is not None:
            dock = self.window.docks.docks["reactionPanel"]
            dock.show()
            dock.raise_()
            panel.setCurrentWidget(panel.editor)
        return panel

    def show_editor(self) -> None:
        """Show the reaction dock and put the cursor in the text."""
        panel = self._show_panel()
        if panel is not None:
            panel.editor.text.setFocus()

    def _editor_call(self, name: str, *args) -> None:
        panel = self._show_panel()
        if panel is not None:
            getattr(panel.editor, name)(*args)

    def _make_export_dialog(self):
        from desktop.ui.reaction.export_dialog import ExportDialog

        return ExportDialog(self.window.session, self.window)

    def show_export(self) -> None:
        if getattr(self.window, "session", None) is None:
            return
        panel = self.panel()
        if panel is not None:
            panel.finish_editing()  # the export reads the project: what is typed must be in it
        dialog = self.make_export_dialog()
        dialog.exec()
        dialog.deleteLater()
