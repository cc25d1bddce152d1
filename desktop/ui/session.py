"""The open project as the Qt layer sees it: project, analyst, undo stack, change signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.operations.changes import Changes
from desktop.store.project import Project


class Session(QObject):
    """Shared by every widget of one main window.

    Widgets read through desktop.store with ``session.project`` and change
    things only by pushing an undo command (desktop.ui.commands), whose
    redo()/undo() call desktop.operations and then ``notify`` with the
    Changes, so each view refreshes just what it shows.
    """

    changed = Signal(object)  # Changes
    closing = Signal()  # the project is still open: last chance to read or back it up

    def __init__(self, project: Project, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.author = author
        self.undo_stack = QUndoStack(self)

    def push(self, command: QUndoCommand) -> None:
        """Run ``command`` (its redo) and keep it for undo; it is saved the moment it runs."""
        self.undo_stack.push(command)

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.project.close()
