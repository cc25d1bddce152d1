"""Reading a file a user names: only regular files, never more than a stated size.

A FIFO or a device (``/dev/zero``, ``/dev/stdin``) would make a plain
``read_bytes`` wait or read forever; a file far beyond any real document would
fill the memory. Both are refused in one line before any byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.reasons import Reason

MB = 1024 * 1024


class FileRefused(OSError):
    """A path that is not a regular file of acceptable size; the message says why, for the user.

    ``reason`` is the why without the file name (a translatable ``Reason``); ``str()`` is "name: reason".
    """

    def __init__(self, name: str, reason: Reason) -> None:
        super().__init__(Reason("{name}: {reason}", name=name, reason=reason))
        self.reason = reason

    def __str__(self) -> str:
        return self.args[0] if self.args else ""


def check_regular_file(path: Path | str, limit: int | None = None, what: str = "file") -> int:
    """Return the size of ``path`` once it is known to be a regular file within ``limit`` bytes."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError as error:
        raise FileRefused(path.name, Reason("no such file")) from error
    except OSError as error:
        raise FileRefused(path.name, Reason("cannot be read ({error})", error=error.strerror or str(error))) from error
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(path.name, Reason("is a folder, not a {what}", what=_noun(what)))
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(path.name, Reason("is a pipe, device or socket, not a {what}; only ordinary files are read",
                                            what=_noun(what)))
    if limit is not None and info.st_size > limit:
        raise FileRefused(path.name, Reason("{size} is larger than a {what} can be (at most {limit})",
                                            size=_size(info.st_size), what=_noun(what), limit=_size(limit)))
    return info.st_size


def read_regular_file(path: Path | str, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``, refusing anything but a regular file of at most ``limit`` bytes.

    The file is opened without blocking, checked again on the open handle (the
    name may have been swapped in between) and read to at most ``limit`` + 1 bytes.
    """
    path = Path(path)
    check_regular_file(path, limit, what)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise FileRefused(path.name, Reason("cannot be read ({error})", error=error.strerror or str(error))) from error
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise FileRefused(path.name, Reason("is a pipe, device or socket, not a {what}; only ordinary files are read",
                                            what=_noun(what)))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused(path.name, Reason("larger than a {what} can be (at most {limit})", what=_noun(what),
                                            limit=_size(limit)))
    return data


def _size(count: int) -> Reason:
    if count >= MB:
        return Reason("{megabytes} MB", megabytes=f"{count / MB:.0f}")
    return Reason("{count} bytes", count=f"{count:,}".replace(",", "."))


def _noun(what: str) -> str:
    """The kind of file a caller reads, as a translatable word (each one callers use is listed)."""
    nouns = {
        "file": Reason("file"),
        "document": Reason("document"),
        "findings bundle": Reason("findings bundle"),
        "findings bundle or project": Reason("findings bundle or project"),
        "framework file": Reason("framework file"),
    }
    return nouns.get(what, what)
