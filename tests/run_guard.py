"""What a test run leaves behind: processes it started and lost, and an end that does not come.

CI waits for every process that holds its output, and gives a run 90 minutes. A run whose
last test has passed can still keep it waiting: a reader process, a LibreOffice or a
command a test started and lost (an orphan, adopted by init, still holding the run's
output), or a thread or exit handler that keeps the interpreter from ending. Both are
reported here with what is needed to find the cause, instead of a silent wait:

- every process the run starts carries a mark in its environment; at the run's end every
  process that still has it (orphans included) is named and stopped;
- if the interpreter has not ended some time after the last test, every thread's stack is
  printed and the run ends with the status pytest gave it.

``tests/conftest.py`` takes these hooks in.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

# Inherited by every process the run starts, unless a test gives one an environment of its own.
MARK = "SPEERPUNT_TEST_RUN"
# Enough for Qt, SQLite and the process pools to close; far less than what is left of CI's time.
END_GRACE_SECONDS = 120
# Started by multiprocessing on our behalf; it ends when this process does.
KNOWN_HELPERS = ("multiprocessing.resource_tracker", "multiprocessing.forkserver")

_status = {"exit": 0}


def mark_this_run() -> str:
    """Mark this process's environment, and so every process it starts, as this run's."""
    os.environ[MARK] = f"{os.getpid()}-{time.time_ns()}"
    return os.environ[MARK]


def marked_processes(mark: str) -> list[tuple[int, str]]:
    """(pid, command line) of every live process but this one whose environment carries ``mark``."""
    needle = f"{MARK}={mark}".encode()
    found = []
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        if state != "Z":
            found.append((int(entry.name), command))
    return found


def stop_left_over(mark: str, report=print) -> list[tuple[int, str]]:
    """Stop every process of this run still running, except multiprocessing's own helpers; return them."""
    left = [(pid, command) for pid, command in marked_processes(mark)
            if not any(helper in command for helper in KNOWN_HELPERS)]
    for pid, command in left:
        report(f"run guard: a test left process {pid} running, now stopped: {command[:300]}")
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    return left


def _end_anyway(grace: float) -> None:
    time.sleep(grace)
    stream = sys.__stderr__
    stream.write(f"\nrun guard: the run had not ended {grace:.0f} s after its last test; every thread's stack:\n")
    stream.flush()
    faulthandler.dump_traceback(file=stream, all_threads=True)
    stream.write(f"run guard: ending it with pytest's own status {_status['exit']}\n")
    stream.flush()
    os._exit(_status["exit"])


def pytest_sessionstart(session: pytest.Session) -> None:
    mark_this_run()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _status["exit"] = int(exitstatus)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    stop_left_over(os.environ[MARK], reporter.write_line if reporter is not None else print)


def pytest_unconfigure(config: pytest.Config) -> None:
    threading.Thread(target=_end_anyway, args=(END_GRACE_SECONDS,), name="run-guard", daemon=True).start()
