"""Progress of long commands on a terminal: done/total, the current file and the time left, on stderr.

Only when stderr is a terminal and the output is not ``--json``: in pipes, scripts and
CI logs the commands stay quiet. The line is redrawn in place and cleared at the end.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class TerminalProgress:
    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._shown = False

    def line(self, current: str) -> str:
        text = f"{self.done}/{self.total}"
        if self.done and self.done < self.total:
            left = (time.monotonic() - self.started) / self.done * (self.total - self.done)
            text += f", {_clock(left)} left"
        return f"{text}  {current}"

    def show(self, current: str) -> None:
        if not self.enabled:
            return
        width = max(20, shutil.get_terminal_size((80, 20)).columns - 1)
        self.stream.write("\r" + self.line(current)[:width].ljust(width))
        self.stream.flush()
        self._shown = True

    def step(self, current: str = "") -> None:
        self.done += 1
        self.show(current)

    def clear(self) -> None:
        """Remove the progress line, so what is printed next starts on a clean line."""
        if self.enabled and self._shown:
            width = max(20, shutil.get_terminal_size((80, 20)).columns - 1)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._shown = False

    def say(self, message: str) -> None:
        """Print a line (a refusal) above the progress line."""
        self.clear()
        print(message, file=self.stream, flush=True)
