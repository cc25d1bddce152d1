"""The main window's menus and actions, with their shortcuts and translated texts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.placeholders import fill
from desktop.ui.session import redo_keys

Key = QKeySequence.StandardKey


class MainActions(QObject):
    """Creates every menu action once; the window connects them and enables them per state.

    Action object names (for tests and the shortcuts overview) end in "Action".
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = self._menu(bar.addMenu(""), "fileMenu")
        self.new_project = self._action("newProjectAction", Key.New)
        self.open_project = self._action("openProjectAction", Key.Open)
        self.recent_menu = self._menu(QMenu(window), "recentMenu")
        self.import_documents = self._action("importAction", "Ctrl+I")
        self.import_folder = self._action("importFolderAction", "Ctrl+Shift+I")
        self.close_project = self._action("closeProjectAction", "Ctrl+Shift+W")
        self.quit = self._action("quitAction", "Ctrl+Q")
        self.file_menu.addActions([self.new_project, self.open_project])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_documents, self.import_folder])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_project, self.quit])

        self.edit_menu = self._menu(bar.addMenu(""), "editMenu")
        self.undo = self._action("undoAction", Key.Undo)
        self.redo = self._action("redoAction", Key.Redo)
        self.redo.setShortcuts(redo_keys())  # Ctrl+Shift+Z and Ctrl+Y, whatever the desktop's first choice
        self.find = self._action("findAction", Key.Find)
        self.tag = self._action("tagAction", "Ctrl+T")
        self.suggestions = self._action("suggestionsAction", "Ctrl+Shift+G")
        self.preferences = self._action("preferencesAction", "Ctrl+,")
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find, self.tag, self.suggestions])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences)

        self.view_menu = self._menu(bar.addMenu(""), "viewMenu")
        self.third_pane = self._action("thirdPaneAction", "Ctrl+Shift+3")
        self.third_pane.setCheckable(True)
        self.focus_panes = [self._action(f"focusPane{n}Action", f"Ctrl+{n}") for n in (1, 2, 3)]
        self.outline = self._action("outlineAction", "Ctrl+Shift+O")
        self.outline.setCheckable(True)
        # One document across the whole width, and back: Ctrl+Shift+1 / 2 / 3 = one, two, three documents.
        self.reading_mode = self._action("readingModeAction", "Ctrl+Shift+1")
        self.side_by_side = self._action("sideBySideAction", "Ctrl+Shift+2")
        self.view_menu.addActions([self.reading_mode, self.side_by_side, self.third_pane, self.outline])
        self.view_menu.addSeparator()
        self.view_menu.addActions(self.focus_panes)
        self.view_menu.addSeparator()
        self.docks_separator = self.view_menu.addSeparator()

        self.help_menu = self._menu(bar.addMenu(""), "helpMenu")
        self.shortcuts = self._action("shortcutsAction", "F1")
        self.report_problem = self._action("reportProblemAction")
        self.about = self._action("aboutAction")
        self.help_menu.addActions([self.shortcuts, self.report_problem])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.retranslate_ui()

    def _menu(self, menu: QMenu, name: str) -> QMenu:
        menu.setObjectName(name)
        return menu

    def _action(self, name: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Menu actions must also work when the menu bar is hidden or native.
        self.window.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_project.setText(self.tr("&New project…"))
        self.open_project.setText(self.tr("&Open project…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.import_documents.setText(self.tr("&Import documents…"))
        self.import_folder.setText(self.tr("Import &folder…"))
        self.close_project.setText(self.tr("&Close project"))
        self.quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find.setText(self.tr("&Find in document…"))
        self.tag.setText(self.tr("&Tag selection…"))
        self.suggestions.setText(self.tr("Tagging &suggestions…"))
        self.preferences.setText(self.tr("&Preferences…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reading_mode.setText(self.tr("&Reading mode: this document alone"))
        self.side_by_side.setText(self.tr("&Side by side: documents next to each other"))
        self.third_pane.setText(self.tr("&Third document pane"))
        self.outline.setText(self.tr("&Outline beside each document"))
        for number, action in enumerate(self.focus_panes, start=1):
            action.setText(fill(self.tr("Go to document pane &%1"), str(number)))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.report_problem.setText(self.tr("&Report a problem…"))
        self.about.setText(self.tr("&About Speerpunt"))
        self.update_undo_texts("", "")

    def update_undo_texts(self, undo_text: str, redo_text: str) -> None:
        """Menu text "Undo: <action>" from the command on the stack (Dutch: "Ongedaan maken: …")."""
        self.undo.setText(fill(self.tr("&Undo: %1"), undo_text) if undo_text else self.tr("&Undo"))
        self.redo.setText(fill(self.tr("&Redo: %1"), redo_text) if redo_text else self.tr("&Redo"))

    def project_actions(self) -> list[QAction]:
        """Actions that need an open project."""
        return [self.import_documents, self.import_folder, self.close_project, self.find, self.tag, self.suggestions, self.third_pane, self.outline,
                self.reading_mode, self.side_by_side, *self.focus_panes]

    def all_actions(self) -> list[QAction]:
        return [action for action in self.window.actions() if action.objectName().endswith("Action")]

