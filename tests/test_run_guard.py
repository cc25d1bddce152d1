"""The test run's guard finds what a run leaves behind (tests/run_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO
from tests.run_guard import MARK, marked_processes, stop_left_over

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_an_orphan_started_by_the_run_is_named_and_stopped() -> None:
    # A shell that starts a sleeper in the background and ends: the sleeper is nobody's child of ours any more.
    subprocess.run(["sh", "-c", "sleep 300 > /dev/null 2>&1 &"], check=True)
    mark = os.environ[MARK]
    deadline = time.monotonic() + 10
    while not any("sleep 300" in command for _, command in marked_processes(mark)):
        assert time.monotonic() < deadline, "the orphan was not found"
        time.sleep(0.05)
    reported: list[str] = []

    stopped = stop_left_over(mark, reported.append)

    sleeper = next(pid for pid, command in stopped if "sleep 300" in command)
    assert any("sleep 300" in line for line in reported)
    deadline = time.monotonic() + 10
    while any(pid == sleeper for pid, _ in marked_processes(mark)):
        assert time.monotonic() < deadline, "the orphan was not stopped"
        time.sleep(0.05)


def test_a_process_of_another_run_is_left_alone() -> None:
    other = subprocess.Popen(["sleep", "300"], env={**os.environ, MARK: "another-run"})
    try:
        assert other.pid not in [pid for pid, _ in marked_processes(os.environ[MARK])]
    finally:
        other.kill()
        other.wait()


def test_a_run_that_does_not_end_prints_its_threads_and_ends_with_its_status() -> None:
    program = (
        "import threading, time\n"
        "from tests import run_guard\n"
        "run_guard._status['exit'] = 3\n"
        "def waiting_forever(): time.sleep(3600)\n"
        "threading.Thread(target=waiting_forever, name='stuck').start()\n"
        "threading.Thread(target=run_guard._end_anyway, args=(0.5,), daemon=True).start()\n"
    )
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert time.monotonic() - started < 30
    assert "had not ended" in result.stderr and "waiting_forever" in result.stderr
