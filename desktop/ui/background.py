"""Run slow work off the main thread and deliver its result, or its error, on the main thread; show its progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Lives on the main thread; a signal emitted from the worker reaches it queued."""

    finished = Signal(object, object)  # result, error

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _RUNNING.discard(self)
        if error is not None:
            self._on_error(error)  # type: ignore[arg-type]
        else:
            self._on_done(result)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the caller
            self._relay.finished.emit(None, error)
        else:
            self._relay.finished.emit(result, None)


# Relays of jobs not yet delivered; keeps them alive until their result arrives.
_RUNNING: set[_Relay] = set()
# Two lanes of one thread each. WORKER: imports, exports, suggestions, anything that may take minutes
# and may write (through its own connection); such work queues behind itself instead of fighting over
# locks. PREVIEW: short reads an analyst is watching (the export dialog's outline); they run on their
# own connection beside a long WORKER job instead of waiting minutes behind it, and a reader never
# blocks a writer in a WAL-mode project file.
WORKER, PREVIEW = "worker", "preview"
_POOLS: dict[str, QThreadPool] = {}
_LOCK = threading.Lock()
# Tests set this to run every job at once on the calling thread.
run_inline = False


def _pool(lane: str = WORKER) -> QThreadPool:
    with _LOCK:
        pool = _POOLS.get(lane)
        if pool is None:
            pool = _POOLS[lane] = QThreadPool()
            pool.setMaxThreadCount(1)
        return pool


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    lane: str = WORKER,
) -> None:
    """Call ``work()`` on the ``lane``'s thread, then ``on_done(result)`` or ``on_error(error)`` on the main thread.

    ``work`` must not touch widgets or the session's project connection; it opens its own. Jobs of one
    lane run one after the other, in the order given.
    """
    relay = _Relay(on_done, on_error)
    if run_inline:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001
            relay._deliver(None, error)
        else:
            relay._deliver(result, None)
        return
    _RUNNING.add(relay)
    _pool(lane).start(_Job(work, relay))


def pending() -> int:
    """How many jobs have not delivered their result yet."""
    return len(_RUNNING)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every lane is idle (on quit, and in tests that must leave no thread running)."""
    with _LOCK:
        pools = list(_POOLS.values())
    return all(pool.waitForDone(timeout_ms) for pool in pools)


class QtProgress(QObject):
    """A desktop.progress.Progress for the worker thread; its signals reach the dialog on the main thread."""

    started = Signal(int, str)
    advanced = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, total: int, label: str = "") -> None:
        self.started.emit(total, label)

    def advance(self, steps: int = 1) -> None:
        self.advanced.emit(steps)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def progress_dialog(parent: QWidget, progress: QtProgress, title: str, label: str, cancel: str) -> QProgressDialog:
    """A window-modal dialog following ``progress`` from the worker; its Cancel button cancels it."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setCancelButtonText(cancel)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Quick work never shows the dialog: it appears only once the work takes a while.
    dialog.setMinimumDuration(400)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setRange(0, 0)
    progress.started.connect(lambda total, _label: dialog.setRange(0, max(total, 0)))
    progress.advanced.connect(lambda steps: dialog.setValue(min(dialog.value() + steps, dialog.maximum())))
    dialog.canceled.connect(progress.cancel)
    return dialog
