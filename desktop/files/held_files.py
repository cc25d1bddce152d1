"""Files this process has open in SQLite (projects), so nothing opens and closes them behind SQLite's back.

On Linux and macOS SQLite guards a project with POSIX advisory locks (fcntl), and those belong to
the process and the file, not to a handle: closing *any* handle this process has on the file
drops every lock the process holds on it, SQLite's included. Reading a project's header with a
plain ``open()`` while the window has the project open (a second connection for the tagging
suggestions, the export preview, an import or a merge opens it again) therefore left the window
without locks; a ``speerpunt`` command run meanwhile took itself for the last user, deleted the
-wal and -shm files, and the window went on writing into deleted files: its later edits were lost
and the command's were overwritten when it closed. SQLite's own connections do not have this
problem (it keeps a closed connection's handle until no connection of the process holds a lock),
so a file held here is only ever read through SQLite.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

FileKey = tuple[int, int]

_held: Counter[FileKey] = Counter()
_lock = threading.Lock()


def file_key(path: Path | str) -> FileKey | None:
    """The file's identity (device and inode), the same through any name or link; None when it is gone."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(path: Path | str) -> FileKey | None:
    """Count one more SQLite connection of this process on ``path``; give the key to ``release``."""
    key = file_key(path)
    if key is not None:
        with _lock:
            _held[key] += 1
    return key


def release(key: FileKey | None) -> None:
    if key is None:
        return
    with _lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def is_held(path: Path | str) -> bool:
    """True when a connection of this process has ``path`` open: then never open it with ``open()``."""
    key = file_key(path)
    with _lock:
        return key is not None and _held[key] > 0
