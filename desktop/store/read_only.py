"""Reading a project Speerpunt may not write, without writing a byte in or beside it.

The app refuses such a project and offers a copy (docs/RELIABILITY.md, section "A read-only
project"); the command line reads it, because a reading command cannot leave an edit that
looks saved and is not. What "may not write" means is ``desktop.files.project_copy.read_only_reason``
(the mode bits count, also for an administrator). SQLite would write beside the project to
open it normally (``-wal``, ``-shm``), and a left-over ``-wal`` would be folded into the file, so:

- no ``-wal`` with changes beside it: the file is opened ``mode=ro&immutable=1``; SQLite
  takes no lock and makes no side file;
- a ``-wal`` left by an unclean shutdown holds committed changes the file lacks: the
  project and its log are copied to a temporary folder, folded together there
  (``copy_closed_project``) and read from that copy, which is removed on close;
- a project from an older Speerpunt would need its migration written first: refused.
"""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import tempfile
from pathlib import Path

import sqlite_utils

from desktop.files.project_copy import READ_ONLY_FOLDER, READ_ONLY_MEDIA, copy_closed_project, read_only_reason
from desktop.files.targets import OutputRefused
from desktop.reasons import Reason
from desktop.store.migrations import LATEST_VERSION
from desktop.store.project import (
    Project,
    ProjectRefused,
    _check_on_open,
    _connect,
    open_project,
    project_version,
    refused,
)

_WHY = {
    READ_ONLY_MEDIA: "it is on a read-only medium (a CD, a locked USB stick, a share mounted read-only)",
    READ_ONLY_FOLDER: "its folder is read-only",
}


def not_writable(path: Path | str) -> str | None:
    """Why the project at ``path`` may not be written, in words; None when it may (or is not there)."""
    path = Path(path)
    if not path.is_file():
        return None  # opening says what is wrong with it
    reason = read_only_reason(path)
    if reason is None:
        return None
    return _WHY.get(reason, "the file is marked read-only")


def read_only_refusal(path: Path | str, why: str) -> ProjectRefused:
    """The one line a writing command gives for a project it may not write."""
    path = Path(path)
    return ProjectRefused(f"{path.name} is read-only: {why}; "
                          f"copy it first (speerpunt backup {shlex.quote(str(path))} --out COPY)")


def refuse_if_read_only(path: Path | str) -> None:
    """Raise the read-only refusal when the project may not be written; before anything else is done."""
    why = not_writable(path)
    if why:
        raise read_only_refusal(path, why)


def open_for_reading(path: Path | str, full_check: bool = False) -> Project:
    """Open a project for a command that only reads: in place when it may be written, else read-only."""
    path = Path(path)
    why = not_writable(path)
    return open_project(path, full_check) if why is None else open_read_only(path, why, full_check)


class ReadOnlyProject(Project):
    """A project opened read-only; ``path`` is the user's file, ``scratch`` a folded copy to remove on close."""

    def __init__(self, path: Path, db: sqlite_utils.Database, scratch: Path | None) -> None:
        super().__init__(path, db)
        self.scratch = scratch

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.scratch is not None:
                shutil.rmtree(self.scratch, ignore_errors=True)
                self.scratch = None


def open_read_only(path: Path, why: str, full_check: bool = False) -> ReadOnlyProject:
    """Open ``path`` without writing in or beside it (see the module's docstring)."""
    version = project_version(path)
    if version < LATEST_VERSION:
        raise ProjectRefused(
            f"{path.name} is read-only: {why}, and it was made by an older Speerpunt (project version {version}), "
            f"which this version must update before reading it; copy it first "
            f"(speerpunt backup {shlex.quote(str(path))} --out COPY)")
    real = path.resolve()  # SQLite keeps the log beside the file a symbolic link points to
    log = real.with_name(real.name + "-wal")
    scratch = None
    source = path
    if log.exists() and log.stat().st_size > 0:
        scratch = Path(tempfile.mkdtemp(prefix="speerpunt-read-"))
        try:
            source = copy_closed_project(path, scratch / path.name)
        except (OutputRefused, OSError) as error:
            shutil.rmtree(scratch, ignore_errors=True)
            raise ProjectRefused(f"{path.name} is read-only: {why}, and the changes left in its -wal "
                                 f"could not be read ({error}); copy it first "
                                 f"(speerpunt backup {shlex.quote(str(path))} --out COPY)") from error
    try:
        db = _connect(source, read_only=True)
    except sqlite3.Error as error:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise refused(path.name, Reason("the project file cannot be opened ({error})", error=str(error))) from error
    project = ReadOnlyProject(path, db, scratch)
    try:
        _check_on_open(db, source, full_check)
    except ProjectRefused:
        project.close()
        raise
    except sqlite3.DatabaseError as error:
        project.close()
        raise refused(path.name, Reason("the project file is damaged ({error})", error=str(error))) from error
    return project
