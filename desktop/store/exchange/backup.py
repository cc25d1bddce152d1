"""Copies of a project file made with SQLite's online backup, kept in rotation."""

from __future__ import annotations

import contextlib
import glob
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.files.atomic import disk_full, remove_left_overs, write_atomically
from desktop.files.targets import OutputRefused
from desktop.reasons import Reason
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
    made_folder = not folder.exists()
    folder.mkdir(exist_ok=True)
    try:
        target = _write_backup(project, folder, reason)
    except BaseException:
        if made_folder:  # a first backup that failed (a full disk) leaves no empty folder behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    for old in list_backups(project.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def _write_backup(project: Project, folder: Path, reason: str) -> Path:
    # Each backup has its own name, so a write does not find the temporary file of one killed earlier.
    remove_left_overs(folder, re.escape(f"{project.path.stem}-") + ".*", ".speerpunt")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{project.path.stem}-{stamp}-{reason}.speerpunt"
    # Through the one atomic write: a backup cut short (a full disk, a crash) is never listed as one.
    write_atomically(target, lambda temporary: _back_up_into(project, temporary), protected=[project.path])
    return target


def copy_project(project: Project, target: Path | str) -> Path:
    """Write a consistent copy of the open project to ``target`` (File → Save a copy…, ``speerpunt backup``).

    SQLite's online backup reads the project together with its WAL, so the copy
    holds every committed change even while other windows write; a plain ``cp``
    of an open project can miss the changes still in ``-wal``. The copy is made
    in a temporary file and moved onto ``target`` in one step; the project, its
    side files and any other database are refused as targets (OutputRefused).
    """

    target = Path(target)
    try:
        return write_atomically(target, lambda temporary: _back_up_into(project, temporary),
                                protected=[project.path])
    except sqlite3.Error as error:
        if "full" in str(error):
            raise OutputRefused(disk_full(target.name)) from error
        raise OutputRefused(Reason("{name}: the copy could not be written ({error})", name=target.name,
                                   error=str(error))) from error


def _back_up_into(project: Project, temporary: Path) -> None:
    destination = sqlite3.connect(temporary)
    try:
        project.db.conn.backup(destination)
        # A copy on its own: one file, no -wal beside it.
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def list_backups(project_path: Path) -> list[Path]:
    """Backups of ``project_path``, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    # The name is escaped: "akkoord [concept]" is a character class to glob and matched nothing.
    return sorted(folder.glob(f"{glob.escape(project_path.stem)}-*.speerpunt"), reverse=True)


def restore_backup(project: Project, backup: Path) -> Path:
    """Replace the open project's content with ``backup``; the current state is backed up first.

    Uses the online backup API in reverse, so the project file is rewritten in
    one SQLite transaction and open connections see the restored content.
    Returns the path of the safety backup made just before.
    """
    from desktop.reasons import Reason
    from desktop.store.project import ProjectRefused, open_project

    try:
        source = open_project(backup)
    except ProjectRefused as error:
        why = error.args[0] if len(error.args) == 1 else str(error)  # a Reason when open_project raised it
        raise ProjectRefused(Reason("cannot restore from {backup}: {error}", backup=backup.name, error=why)) from error
    safety = backup_project(project, reason="before-restore")
    try:
        source.db.conn.backup(project.db.conn)
    finally:
        source.close()
    return safety


class AutoBackup:
    """At most one backup per ``interval`` seconds of editing: call ``edited()`` after each change."""

    def __init__(self, project: Project, interval: float = 300.0, clock=None) -> None:
        import time

        self.project = project
        self.interval = interval
        self._clock = clock or time.monotonic
        self._last = self._clock()
        self._dirty = False

    def edited(self) -> Path | None:
        self._dirty = True
        if self._clock() - self._last >= self.interval:
            return self.flush()
        return None

    def due(self) -> Path | None:
        """Back up edits still waiting once the interval has passed: for a timer, so a pause backs up too."""
        if self._dirty and self._clock() - self._last >= self.interval:
            return self.flush()
        return None

    def flush(self) -> Path | None:
        """Write a backup now if anything changed since the last one."""
        if not self._dirty:
            return None
        self._dirty = False
        self._last = self._clock()
        return backup_project(self.project)
