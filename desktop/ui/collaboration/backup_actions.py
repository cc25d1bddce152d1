"""Backups while editing: at most one copy of the project per few minutes of changes, and one more on close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store.exchange.backup import AutoBackup
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session

# Long enough that a busy tagging session does not fill the rotation (ten kept) in
# a quarter of an hour, short enough that a wrong merge or deletion costs little.
INTERVAL_S = 300.0


class EditingBackups(QObject):
    """Watches one session: every change counts as editing; a timer catches edits followed by a pause.

    Lives as long as the session (its child) and writes the pending backup when the
    session closes. A backup that cannot be written (full disk, read-only folder)
    is reported through ``failed`` and never stops the edit that caused it.
    """

    made = Signal(Path)
    failed = Signal(str)

    def __init__(self, session: Session, interval_s: float = INTERVAL_S, clock=None) -> None:
        super().__init__(session)
        self.session = session
        self.auto = AutoBackup(session.project, interval=interval_s, clock=clock)
        self.timer = QTimer(self)
        self.timer.setInterval(max(int(interval_s * 1000 / 4), 1000))
        self.timer.timeout.connect(lambda: self._run(self.auto.due))
        self.timer.start()
        session.changed.connect(lambda _changes: self._run(self.auto.edited))
        session.closing.connect(self.flush)

    def flush(self) -> None:
        """Back up now if anything changed since the last backup."""
        self.timer.stop()
        self._run(self.auto.flush)

    def _run(self, step) -> None:
        try:
            path = step()
        except (OSError, sqlite3.Error) as error:
            self.failed.emit(refusal_text(error))
            return
        if path is not None:
            self.made.emit(path)
