"""The open project as the Qt layer sees it: project, analyst, undo stack, change signal."""

from __future__ import annotations

import sqlite3
import types
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

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
    # A change could not be written because the project file no longer can be (made read-only,
    # its medium removed); the reason from SQLite. Nothing of the change was saved.
    write_failed = Signal(str)
    # An edit made in place (a table cell, a tree item) was refused by the core; why, in the window's
    # language. The cell shows its old value again; the window says why (docs/WORKSPACE.md).
    edit_refused = Signal(str)
    # A step whose record was removed meanwhile (another window, a team round, a merge) was refused: "do" (its
    # first run), "undo" or "redo", and why: the store's refusal (an exception, desktop.ui.i18n.refusal_text
    # says it in the window's language) or the text the command kept. The step is dropped; nothing was written.
    step_refused = Signal(str, object)

    def __init__(self, project: Project, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.author = author
        self.undo_stack = QUndoStack(self)
        self.write_blocked = ""  # why the last write failed, once one did
        self._failure = ""
        self._refusal: BaseException | None = None
        self._kept_error = ""
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
        """Run ``command`` (its redo) and keep it for undo; it is saved the moment it runs.

        When the project file can no longer be written the step is dropped (it did not happen:
        no "Undo …" for a change that is not in the file) and ``write_failed`` says so.
        """
        self._guard(command)
        self.undo_stack.push(command)
        self._report_failure()
        self._kept_error = ""  # a refusal the command kept as its ``error``: its first run's caller shows it
        if self._refusal is not None:
            self.step_refused.emit("do", self._take_refusal())

    def undo(self) -> None:
        self.undo_stack.undo()
        self._report_failure()
        if self._refusal is not None or self._kept_error:
            self.step_refused.emit("undo", self._take_refusal())

    def redo(self) -> None:
        self.undo_stack.redo()
        self._report_failure()
        if self._refusal is not None or self._kept_error:
            self.step_refused.emit("redo", self._take_refusal())

    def _take_refusal(self) -> BaseException | str:
        refusal = self._refusal if self._refusal is not None else self._kept_error
        self._refusal, self._kept_error = None, ""
        return refusal

    def _guard(self, command: QUndoCommand) -> None:
        """Catch a write refused by the file inside the command's redo() and undo().

        Caught in Python, where it happens: an error crossing the undo stack's C++ is reported
        elsewhere by PySide when a slot runs meanwhile, and push() returns as if all went well.
        A failed step marks itself obsolete, so the stack drops it, as commands refused by the
        operations do. So does a step whose record is gone (the store's lookup refuses: another
        window, a team round or a merge removed it meanwhile); the window is told why.
        """
        for name in ("redo", "undo"):
            step = getattr(command, name)

            def guarded(instance: QUndoCommand, step: Callable[[], None] = step) -> None:
                try:
                    step()
                except sqlite3.OperationalError as error:
                    if not cannot_write(error):
                        raise
                    self._failure = str(error)
                    instance.setObsolete(True)
                except LookupError as error:
                    self._refusal = error
                    instance.setObsolete(True)
                else:
                    # Commands that catch their own refusal keep it as ``error`` and make themselves obsolete.
                    if instance.isObsolete() and getattr(instance, "error", ""):
                        self._kept_error = instance.error

            setattr(command, name, types.MethodType(guarded, command))

    def _report_failure(self) -> None:
        failure, self._failure = self._failure, ""
        if failure:
            self.write_blocked = failure
            self.write_failed.emit(failure)

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self._after_start = []  # work waiting for the window's start is not started for a closed project
        self.closing.emit()
        self.undo_stack.clear()
        self.project.close()


def cannot_write(error: sqlite3.OperationalError) -> bool:
    """True for SQLite's ways of saying the file cannot be written now (not a bug in a query)."""
    text = str(error).lower()
    return any(words in text for words in ("readonly database", "read-only", "disk i/o error",
                                           "unable to open database file", "database or disk is full"))


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo key first, then Ctrl+Shift+Z and Ctrl+Y (each once): analysts use either."""
    keys = [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    return list(dict.fromkeys(keys))
