"""File → Save a copy… (a consistent copy of the open project) and the notice about damaged rows on opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop.files.targets import OutputRefused
from desktop.placeholders import fill
from desktop.store.checks.damage import damage_lines
from desktop.store.exchange.backup import copy_project
from desktop.store.project import SUFFIX, Project
from desktop.ui.i18n import refusal_text
from desktop.ui.window_menu import WindowMenu


def ask_copy_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ProjectCopy", "Save a copy of the project"), str(suggested),
        fill(QCoreApplication.translate("ProjectCopy", "Speerpunt projects (*%1)"), SUFFIX))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(SUFFIX)


class ProjectCopyMenu(WindowMenu):
    """Adds File → Save a copy… to the window; wiring: ``ProjectCopyMenu(window)`` once the menus exist.

    A plain file copy of an open project can miss the changes SQLite still holds
    in ``-wal``; the copy here uses SQLite's online backup, so it holds every
    committed change. ``ask_path`` is replaceable so tests never block on a dialog.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.ask_path = ask_copy_path
        self.save_copy = self._action("saveCopyAction", self.save)
        actions = window.menu_actions
        actions.file_menu.insertAction(actions.close_project, self.save_copy)
        self._update_when_shown(actions.file_menu)
        self._ready()

    def retranslate_ui(self) -> None:
        self.save_copy.setText(self.tr("Save a &copy…"))
        self.save_copy.setStatusTip(self.tr("Write a complete copy of the open project, also while it is in use"))

    def save(self) -> Path | None:
        """Ask where, write the copy, say so in the status bar; a refusal is shown, never raised."""
        session = self._session()
        if session is None:
            return None
        project = session.project
        target = self.ask_path(self.window, project.path.with_name(f"{project.path.stem}-kopie{SUFFIX}"))
        if target is None:
            return None
        try:
            copy = copy_project(project, target)
        except OutputRefused as refusal:
            self.window.show_error(self.tr("Cannot save a copy"), refusal_text(refusal))
            return None
        self.window.statusBar().showMessage(fill(self.tr("Copy saved as %1"), str(copy)), 10000)
        return copy


def notify_damaged_rows(window: QMainWindow, project: Project) -> QMessageBox | None:
    """Say (without blocking) which damaged rows the opened project holds; they are not shown, and not changed."""
    lines = damage_lines(project)
    if not lines:
        return None
    title = QCoreApplication.translate("ProjectCopy", "Damaged rows skipped")
    text = QCoreApplication.translate(
        "ProjectCopy", "Some rows of %1 are damaged (an older version or a hand edit) and are not shown. They are "
        "left in the file unchanged; a backup or a colleague's bundle can bring a sound version back.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, fill(text, project.path.name),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("damagedRowsMessage")
    box.setDetailedText("\n".join(lines))
    window.statusBar().showMessage(lines[0], 15000)
    box.open()
    return box
