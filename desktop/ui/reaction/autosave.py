"""Save a text field as it is typed: shortly after typing stops, and at once when the field loses focus.

Data is sacred: a crash loses at most the keystrokes of the last half second.
Each save goes straight to desktop.operations (through the ``save`` callback);
the undo step for a whole editing session is reported afterwards with
``session_finished(key, old, new)``, so the caller can push one command
whose first redo does nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

SAVE_DELAY_MS = 500


class AutosavedText(QObject):
    """Watches one QPlainTextEdit or QLineEdit showing the text stored under ``key``.

    ``load(key, text)`` shows a stored text without saving it; ``flush()`` saves a
    pending edit now; ``finish()`` saves and ends the editing session.
    Signals: ``saved(key)``, ``failed(key, message)``, ``session_finished(key, old, new)``.
    """

    saved = Signal(object)
    failed = Signal(object, str)
    session_finished = Signal(object, str, str)

    def __init__(self, widget: QPlainTextEdit | QLineEdit, save: Callable[[object, str], None],
                 delay_ms: int = SAVE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self._save = save
        self.key: object | None = None
        self._baseline = ""  # the stored text when this editing session began
        self._pending = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        else:
            widget.textEdited.connect(self._edited)
        widget.installEventFilter(self)

    def text(self) -> str:
        widget = self.widget
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    @property
    def pending(self) -> bool:
        return self._pending

    def load(self, key: object, text: str) -> None:
        """Show ``text`` (stored under ``key``); an edit in progress is saved and its session ended first."""
        if key == self.key and text == self.text():
            return  # our own save coming back, or nothing new: the editing session goes on
        self.finish()
        if self._pending and key == self.key:
            return  # the save failed: keep the typed text on screen rather than the older stored one
        self.key = key
        self._baseline = text
        self._loading = True
        try:
            if isinstance(self.widget, QPlainTextEdit):
                self.widget.setPlainText(text)
            else:
                self.widget.setText(text)
                self.widget.setCursorPosition(0)
        finally:
            self._loading = False

    def _edited(self, *_args) -> None:
        if self._loading or self.key is None:
            return
        self._pending = True
        self._timer.start()

    def flush(self) -> bool:
        """Save a pending edit now; False when the save failed (the edit stays pending)."""
        self._timer.stop()
        if not self._pending or self.key is None:
            return True
        # Cleared before saving: the save's change notice may come back here to read the text.
        self._pending = False
        try:
            self._save(self.key, self.text())
        except (sqlite3.Error, OSError) as error:
            # Keep the edit pending: the next keystroke or focus change tries again.
            self._pending = True
            self.failed.emit(self.key, str(error))
            return False
        self.saved.emit(self.key)
        return True

    def finish(self) -> None:
        """Save, and report the editing session (old and new text) if it changed anything."""
        if not self.flush() or self.key is None:
            return
        new = self.text()
        if new != self._baseline:
            old, self._baseline = self._baseline, new
            self.session_finished.emit(self.key, old, new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            popup = QApplication.activePopupWidget()
            own_menu = (event.reason() == Qt.FocusReason.PopupFocusReason and popup is not None
                        and (popup.parent() is self.widget or self.widget.isAncestorOf(popup)))
            # The field's own context menu (cut, paste) does not end the editing session; anything else does,
            # so an Undo chosen from the menu bar already finds this session on the stack.
            if own_menu:
                self.flush()
            else:
                self.finish()
        return False
