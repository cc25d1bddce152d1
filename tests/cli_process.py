"""The `speerpunt` command as a separate process, for tests that kill it, fill its disk or run it
beside another writer: what a user's terminal runs, with nothing shared with the test's process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import REPO


def speerpunt(*args: object, timeout: float = 120, program: str | None = None) -> subprocess.CompletedProcess:
    """Run the command with ``args``; ``program``: Python source run instead of ``-m desktop.cli`` (a
    fault hook set up before it calls ``desktop.cli.main`` with the same arguments)."""
    command = [sys.executable, "-c", program] if program else [sys.executable, "-m", "desktop.cli"]
    return subprocess.run([*command, *map(str, args)], cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          check=False)


def demo_project(folder: Path) -> Path:
    """The demo project made by the command itself in ``folder`` (werk.speerpunt)."""
    path = folder / "werk.speerpunt"
    assert speerpunt("demo", path).returncode == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder``/klein for the test's length; skips without root."""
    mount = folder / "klein"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                                           capture_output=True, check=False).returncode:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)
