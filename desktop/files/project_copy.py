"""A project file that Speerpunt may not write: why not, and a complete copy of it somewhere else.

Speerpunt saves every change the moment it is made, and SQLite writes beside the project
(``-wal``, ``-shm``) while it is open; so a read-only project is never opened in place
(docs/RELIABILITY.md, section "A read-only project"). The copy is made without opening
the project where it is: the file, and a write-ahead log left beside it, are copied and
the log is folded into the copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from desktop.files.atomic import write_atomically
from desktop.files.targets import OutputRefused
from desktop.reasons import Reason

# Why a project cannot be written where it is.
READ_ONLY_MEDIA = "media"  # a CD/DVD, a locked USB stick, a share mounted read-only
READ_ONLY_FILE = "file"  # the file is marked read-only (or this user may not write it)
READ_ONLY_FOLDER = "folder"  # the folder is: SQLite cannot make its side files there


def read_only_reason(path: Path | str) -> str | None:
    """READ_ONLY_MEDIA, READ_ONLY_FILE, READ_ONLY_FOLDER, or None when the project can be written.

    The mode bits count too, as in desktop.files.targets: an administrator may write
    anything, yet a file marked read-only is its owner's way of saying "do not change this".
    """
    path = Path(path)
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return READ_ONLY_MEDIA
    except (AttributeError, OSError):
        pass  # no statvfs (Windows): the checks below see read-only media as a read-only file
    try:
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            return READ_ONLY_FILE
        if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
            return READ_ONLY_FOLDER
    except OSError:
        return None  # gone or unreadable: opening it says so
    return None


def copy_closed_project(source: Path | str, target: Path | str) -> Path:
    """Write a complete, writable copy of the project ``source`` (not open) to ``target``.

    A ``-wal`` left beside the source holds committed changes; it is copied along and
    folded into the copy, so the copy holds every change. Raises OutputRefused with a
    message for the user when the copy cannot be written (``target`` an existing project,
    a read-only folder, a full disk).
    """
    source = Path(source)
    real = source.resolve()  # SQLite keeps the log beside the file a symbolic link points to
    log = real.with_name(real.name + "-wal")

    def write(temporary: Path) -> None:
        shutil.copyfile(source, temporary)
        if log.exists() and log.stat().st_size > 0:
            shutil.copyfile(log, temporary.with_name(temporary.name + "-wal"))
        connection = sqlite3.connect(temporary)
        try:
            # Folds the log in and leaves one file; also reads every page header, so a copy
            # that is not a database fails here and is not left behind.
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
        for suffix in ("-wal", "-shm"):
            side = temporary.with_name(temporary.name + suffix)
            if side.exists():
                side.unlink()

    try:
        return write_atomically(target, write, protected=[source])
    except sqlite3.Error as error:
        raise OutputRefused(Reason("{name}: the copy could not be written ({error})", name=Path(target).name,
                                   error=str(error))) from error
