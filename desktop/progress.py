"""Progress reporting as a plain object, so long work never needs to know about Qt."""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop it."""


class Progress(Protocol):
    def start(self, total: int, label: str = "") -> None: ...

    def advance(self, steps: int = 1) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """The reporter used when nobody is watching."""

    cancelled = False

    def start(self, total: int, label: str = "") -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


class StoppableProgress(NullProgress):
    """Reports to nobody, but can be told to stop from another thread (a superseded preview)."""

    def __init__(self) -> None:
        self._stop = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


class RecordingProgress:
    """Keeps every call; used by tests and by the command line's quiet mode."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.total = 0
        self.done = 0
        self.labels: list[str] = []
        self._cancel_after = cancel_after

    def start(self, total: int, label: str = "") -> None:
        self.total = total
        self.done = 0
        self.labels.append(label)

    def advance(self, steps: int = 1) -> None:
        self.done += steps

    @property
    def cancelled(self) -> bool:
        return self._cancel_after is not None and self.done >= self._cancel_after


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled:
        raise Cancelled("cancelled by the user")
