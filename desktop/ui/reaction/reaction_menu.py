"""The main window's reaction entries: File → Export…, and a Reaction menu (draft, next/previous speerpunt)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from desktop.ui.window_menu import WindowMenu


class ReactionMenu(WindowMenu):
    """Wiring in the main window (two lines)::

        self.reaction_menu = ReactionMenu(self)        # after the menus exist
        self.reaction_menu.attach(self.session)        # each time a project is opened

    It finds the editor as ``window.docks.widgets["reactionPanel"]``; ``make_export_dialog``
    is replaceable so tests can keep the dialog instead of running it.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.make_export_dialog = self._make_export_dialog
        actions = window.menu_actions
        self.export = self._action("exportAction", self.show_export, shortcut="Ctrl+E")
        # Right after the imports (documents, a folder): bring documents in, send the reaction out.
        file_actions = actions.file_menu.actions()
        after = file_actions.index(actions.import_folder) + 1
        actions.file_menu.insertAction(file_actions[after] if after < len(file_actions) else None, self.export)
        self.menu = self._menu("reactionMenu")
        self.write = self._action("writeReactionAction", self.show_editor, shortcut="Ctrl+R")
        self.draft = self._action("draftFromFindingsAction", lambda: self._editor_call("draft"),
                                  shortcut="Ctrl+Shift+D")
        self.previous = self._action("previousSpeerpuntAction", lambda: self._editor_call("step", -1),
                                     shortcut="Ctrl+PgUp")
        self.next = self._action("nextSpeerpuntAction", lambda: self._editor_call("step", +1),
                                 shortcut="Ctrl+PgDown")
        self.menu.addActions([self.write, self.draft])
        self.menu.addSeparator()
        self.menu.addActions([self.previous, self.next])
        self.menu.addSeparator()
        self.menu.addAction(self.export)
        window.menuBar().insertMenu(actions.help_menu.menuAction(), self.menu)
        self._ready()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Reaction"))
        self.export.setText(self.tr("&Export…"))
        self.write.setText(self.tr("&Write the reaction"))
        self.draft.setText(self.tr("&Draft from findings"))
        self.previous.setText(self.tr("&Previous speerpunt"))
        self.next.setText(self.tr("&Next speerpunt"))

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
