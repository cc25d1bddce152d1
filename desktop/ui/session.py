"""The open project as the Qt layer sees it: project, analyst, undo stack, change signal."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
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
        # While the main window is being built, background work (learning the tagging suggestions
        # over every agreement) waits here until the window shows, so the start does not share its
        # time with it; a session without a main window (a test, a dialog) starts it at once.
        self._after_start: list[tuple[QObject, Callable[[], None]]] | None = None

    def hold_background_work(self) -> None:
        """Until ``start_background_work``, work passed to ``after_start`` waits."""
        if self._after_start is None:
            self._after_start = []

    def after_start(self, owner: QObject, work: Callable[[], None]) -> None:
        """Run ``work`` now, or once the window has shown when it is still being built (not when
        ``owner`` is gone by then: a project closed at once)."""
        if self._after_start is None:
            work()
        else:
            self._after_start.append((owner, work))

    def start_background_work(self) -> None:
        waiting, self._after_start = self._after_start or [], None
        for owner, work in waiting:
            if shiboken6.isValid(owner):
                work()

    def push(self, command: QUndoCommand) -> None:
        """Run ``command`` (its redo) and keep it for undo; it is saved the moment it runs."""
        self.undo_stack.push(command)

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self._after_start = []  # work waiting for the window's start is not started for a closed project
        self.closing.emit()
        self.undo_stack.clear()
        self.project.close()
