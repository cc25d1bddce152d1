"""When the app hits an error it did not expect: write it to the local crash log (desktop/crash_log.py)
and tell the user, in one short sentence, that the work is saved and where the report is.

``install()`` (from desktop/ui/application.py at start-up) sets ``sys.excepthook`` (an
exception in a slot or an event handler reaches it) and ``threading.excepthook``, and points
``faulthandler`` at the data folder for hard crashes. Nothing is sent anywhere.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.crash_log import CrashLog
from desktop.placeholders import fill


def log_folder() -> Path:
    """The app's data folder (where the demo project lives too)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def crash_log() -> CrashLog:
    return CrashLog(log_folder(), environment=[f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}"])


class CrashReporter(QObject):
    """Lives on the main thread; an error on a worker thread reaches the message through a queued signal."""

    crashed = Signal(str)  # the log file's path

    def __init__(self, log: CrashLog) -> None:
        super().__init__()
        self.log = log
        self.message: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.crashed.connect(self._show_message, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _excepthook(self, exc_type, exc, tb) -> None:
        # Still on stderr for a developer's terminal.
        self._previous_hook(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        self._report(exc_type, exc, tb, "Python exception")

    def _thread_excepthook(self, args) -> None:
        self._previous_thread_hook(args)
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, f"Exception in thread {name}")

    def _report(self, exc_type, exc, tb, kind: str) -> None:
        try:
            entry = self.log.write_exception(exc_type, exc, tb, kind)
            self.crashed.emit(str(self.log.path) if entry is not None else "")
        except Exception:  # noqa: BLE001 - the reporter must never raise from inside the hook
            pass

    @Slot(str)
    def _show_message(self, log_path: str) -> None:
        if self.message is not None and self.message.isVisible():
            return  # one message at a time: a paint error repeats on every repaint
        # Literal QCoreApplication.translate calls: lupdate does not follow an alias.
        if log_path:
            text = fill(QCoreApplication.translate(
                "CrashReporter", "Speerpunt ran into an unexpected problem. Your work up to the last completed step is "
                "saved in the project file.\n\nA report for your IT department was written to:\n%1\n\n"
                "Help → Report a problem… shows it."), log_path)
        else:
            text = QCoreApplication.translate(
                "CrashReporter", "Speerpunt ran into an unexpected problem. Your work up to the last completed step is "
                "saved in the project file.\n\nThe report could not be written to this computer's disk.")
        title = QCoreApplication.translate("CrashReporter", "Unexpected problem")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setObjectName("crashMessage")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_message)
        self.message = box
        box.open()

    @Slot()
    def _forget_message(self) -> None:
        self.message = None


_installed: CrashReporter | None = None


def install(*, fault_file: bool = True) -> CrashReporter:
    """Report uncaught errors from now on; with ``fault_file`` also hard crashes (call once, at start-up)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    log = crash_log()
    if fault_file:
        log.collect_hard_crash()
        log.enable_faulthandler()
    _installed = CrashReporter(log)
    _installed.install()
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed.log.disable_faulthandler()
        _installed = None
