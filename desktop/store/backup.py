"""Copies of a project file made with SQLite's online backup, kept in rotation."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.store.project import Project

KEEP = 10


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(f"{project_path.stem}-backups")


def backup_project(project: Project, reason: str = "auto", keep: int = KEEP) -> Path:
    """Write a consistent copy of the open project and drop the oldest beyond ``keep``.

    The online backup API copies a consistent state even while other
    connections write, and never touches the source file.
    """
    folder = backup_folder(project.path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{project.path.stem}-{stamp}-{reason}.speerpunt"
    destination = sqlite3.connect(target)
    try:
        project.db.conn.backup(destination)
    finally:
        destination.close()
    for old in list_backups(project.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(project_path: Path) -> list[Path]:
    """Backups of ``project_path``, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{project_path.stem}-*.speerpunt"), reverse=True)
