"""Helpers for the collaboration tests: a colleague's copy of the session's project."""

from __future__ import annotations

from pathlib import Path

from desktop.store.exchange.backup import backup_project
from desktop.store.project import Project, open_project


def colleague_copy(project: Project, folder: Path, name: str = "collega.speerpunt") -> Path:
    """A copy of ``project`` as a colleague would have it after receiving the file."""
    copied = backup_project(project, reason="copy")
    target = folder / name
    copied.replace(target)
    return target


def in_copy(path: Path):
    """Open the colleague's copy (a context manager closing it again)."""
    return open_project(path)
