"""Notice when another program (a second Speerpunt, the command line) changed the open project.

SQLite's ``PRAGMA data_version`` changes on a connection whenever another
connection commits, and stays put for its own commits; polling it once a
second costs a few microseconds and needs no file watching.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.operations.changes import Changes
from desktop.store.record_ids import all_record_ids
from desktop.ui.session import Session


class LiveRefresh(QObject):
    """Reloads every view when the project file was changed elsewhere.

    Wiring (main window, once per opened project)::

        self.live_refresh = LiveRefresh(session, parent=session)
        self.live_refresh.start()
        # optional: self.live_refresh.refreshed.connect(lambda: status_bar.showMessage(...))

    On a change it calls ``session.notify(Changes.everything(...))`` (every id
    listed, ``everything_changed`` set), so views need no extra code; then it
    emits ``refreshed``. Background work that writes through its own
    connection (a merge) also shows up here, which is harmless: one more reload.
    """

    refreshed = Signal()

    def __init__(self, session: Session, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveRefresh")
        self.session = session
        self._timer = QTimer(self)
        self._timer.setObjectName("liveRefreshTimer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        self._version = self._read_version()

    def start(self) -> None:
        self._version = self._read_version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> bool:
        """Look once; True (and views reloaded) when another connection committed since the last look."""
        version = self._read_version()
        if version is None or version == self._version:
            return False
        self._version = version
        self.session.notify(Changes.everything(**all_record_ids(self.session.project)))
        self.refreshed.emit()
        return True

    def _read_version(self) -> int | None:
        try:
            return self.session.project.data_version()
        except sqlite3.Error:
            # A closed project (the window is shutting down) or a moment's lock:
            # skip this tick, the next one looks again.
            return None
