"""The local crash log: what went wrong, written to a file in the app's data folder so IT can read it.

Nothing leaves the machine. An entry holds when, which versions (Speerpunt, Python, the
system, and what the caller adds, e.g. Qt), and the traceback: never the locals of a frame,
the project's path, document text or notes beyond what an exception's own message holds.

The log is capped: when ``crash.log`` would grow past ``max_bytes`` it becomes
``crash.log.1`` (replacing the older one) and a new ``crash.log`` starts, so the two files
together never hold much more than twice the cap. One very long entry is cut in the middle
(the top of the traceback and the error at its end stay).

Hard crashes (a segmentation fault in Qt or PDFium) cannot run Python code: ``faulthandler``
writes their stack into ``faults.log`` as the process dies; the next start moves that text into
the crash log (``collect_hard_crash``). Writing the log never raises: a broken log must not
take the app down with it.
"""

from __future__ import annotations

import faulthandler
import platform
import sys
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

import desktop

LOG_NAME = "crash.log"
OLD_LOG_NAME = "crash.log.1"
FAULT_NAME = "faults.log"
MAX_BYTES = 256 * 1024
MAX_ENTRY_CHARS = 32 * 1024
# A line that starts an entry; a body line that happens to start so is indented when written.
MARKER = "=== Speerpunt problem report · "
_END = " ==="


@dataclass(frozen=True)
class Entry:
    when: str  # "2026-12-02 00:10:05 UTC"
    kind: str  # "Python exception", "Exception in thread …", "Hard crash (earlier session)"
    text: str  # the whole entry as written, header line included


def environment_lines(extra: Iterable[str] = ()) -> str:
    """One line naming the versions a report needs: Speerpunt, Python, the system, and ``extra``."""
    parts = [f"Speerpunt {desktop.__version__}", f"Python {platform.python_version()}",
             platform.platform(), *extra]
    if getattr(sys, "frozen", False):
        parts.append("bundled app")
    return " · ".join(parts)


class CrashLog:
    def __init__(self, folder: Path, *, max_bytes: int = MAX_BYTES, environment: Iterable[str] = ()) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.environment = list(environment)
        self._lock = threading.Lock()
        self._fault_file: IO[str] | None = None
        self._last: tuple[str, str, Entry] | None = None  # kind, body and entry of the last write

    @property
    def path(self) -> Path:
        return self.folder / LOG_NAME

    @property
    def old_path(self) -> Path:
        return self.folder / OLD_LOG_NAME

    @property
    def fault_path(self) -> Path:
        return self.folder / FAULT_NAME

    # Writing

    def write_exception(self, exc_type: type[BaseException], exc: BaseException | None,
                        tb: TracebackType | None, kind: str = "Python exception") -> Entry | None:
        """Append an entry for an uncaught exception; None when the log could not be written."""
        lines = traceback.format_exception(exc_type, exc, tb)
        return self.write(kind, "".join(lines))

    def write(self, kind: str, body: str, when: datetime | None = None) -> Entry | None:
        """Append an entry; the same error again straight after (a paint event failing on every
        repaint) gives back the entry already written instead of filling the log with copies."""
        if self._last is not None and self._last[:2] == (kind, body):
            return self._last[2]
        stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        text = self._entry_text(stamp, kind, body)
        try:
            with self._lock:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._make_room(len(text.encode("utf-8")))
                with self.path.open("a", encoding="utf-8", newline="\n") as log:
                    log.write(text)
        except OSError:
            return None
        entry = Entry(stamp, kind, text)
        self._last = (kind, body, entry)
        return entry

    def _entry_text(self, stamp: str, kind: str, body: str) -> str:
        if len(body) > MAX_ENTRY_CHARS:
            head, tail = MAX_ENTRY_CHARS // 4, MAX_ENTRY_CHARS * 3 // 4
            left_out = len(body) - head - tail
            body = f"{body[:head]}\n… ({left_out} characters left out) …\n{body[-tail:]}"
        safe = [(" " + line if line.startswith(MARKER) else line) for line in body.rstrip("\n").split("\n")]
        header = f"{MARKER}{stamp} · {kind}{_END}"
        return "\n".join([header, environment_lines(self.environment), *safe, "", ""])

    def _make_room(self, size: int) -> None:
        try:
            current = self.path.stat().st_size
        except FileNotFoundError:
            return
        if current and current + size > self.max_bytes:
            self.path.replace(self.old_path)

    # Hard crashes

    def collect_hard_crash(self) -> Entry | None:
        """Move what faulthandler wrote in an earlier session into the log (call before ``enable_faulthandler``)."""
        try:
            text = self.fault_path.read_text(encoding="utf-8", errors="replace")
            if not text.strip():
                return None
            when = datetime.fromtimestamp(self.fault_path.stat().st_mtime, UTC)
            entry = self.write("Hard crash (earlier session)", text, when)
            if entry is not None:
                self.fault_path.write_text("", encoding="utf-8")
            return entry
        except OSError:
            return None

    def enable_faulthandler(self) -> bool:
        """From now on a fatal error (segmentation fault, abort) writes the Python stack into ``faults.log``."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Append: a second Speerpunt running at the same time keeps its own crash's lines.
            self._fault_file = self.fault_path.open("a", encoding="utf-8")
            faulthandler.enable(self._fault_file, all_threads=True)
        except (OSError, ValueError, RuntimeError):
            return False
        return True

    def disable_faulthandler(self) -> None:
        """Stop writing fatal errors into ``faults.log`` (when ``enable_faulthandler`` started it)."""
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    # Reading

    def entries(self, limit: int | None = None) -> list[Entry]:
        """The entries of both files, newest first (at most ``limit``)."""
        found: list[Entry] = []
        for path in (self.old_path, self.path):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            found.extend(parse(text))
        found.reverse()
        return found if limit is None else found[:limit]


def parse(text: str) -> list[Entry]:
    """The entries in one log file's text, oldest first; text before the first header is skipped."""
    entries: list[Entry] = []
    header: tuple[str, str] | None = None
    lines: list[str] = []

    def close() -> None:
        if header is not None:
            entries.append(Entry(header[0], header[1], "\n".join(lines).rstrip("\n") + "\n"))

    for line in text.split("\n"):
        if line.startswith(MARKER) and line.endswith(_END):
            close()
            stamp, _, kind = line[len(MARKER):-len(_END)].partition(" · ")
            header = (stamp, kind)
            lines = [line]
        elif header is not None:
            lines.append(line)
    close()
    return entries
