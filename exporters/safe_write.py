"""Writing an export all at once: a temporary file in the target folder, then os.replace.

A failed or cancelled export therefore never leaves a broken or half-written
file, and an existing file is only replaced by a complete one. Targets we
cannot write are refused before any work, with a message naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from exporters.errors import ExportRefused


def check_writable(target: Path) -> None:
    """Refuse a target that cannot be written, before the (possibly long) export starts."""
    folder = target.parent
    if not folder.exists():
        raise ExportRefused(f"{target}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportRefused(f"{target}: {folder} is not a folder")
    if target.is_dir():
        raise ExportRefused(f"{target}: is a folder, not a file")
    # Word keeps a lock file "~$name.docx" (long names lose their first two letters)
    # next to a document it has open; replacing the file under Word would lose
    # either our export or the user's unsaved edits.
    if any((folder / f"~${name}").exists() for name in {target.name, target.name[2:]}):
        raise ExportRefused(f"{target.name}: the file is open in Word; close it there and export again")
    if target.exists() and not _writable(target):
        raise ExportRefused(
            f"{target.name}: the file is read-only or open in another program; close it or choose another name"
        )
    if not _writable(folder) or not os.access(folder, os.X_OK):
        raise ExportRefused(f"{target.name}: no permission to write in the folder {folder}")


def _writable(path: Path) -> bool:
    # The mode bits too: an administrator may write anything, yet a file marked
    # read-only is the user's way of saying "do not replace this".
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target`` in one step."""
    target = Path(target)
    check_writable(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f"{target.suffix}.tmp", dir=target.parent)
    except OSError as error:
        raise ExportRefused(f"{target.name}: cannot write in {target.parent} ({error.strerror or error})") from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        if target.exists():
            # mkstemp makes the file private (0600); an export replacing a file keeps that file's access.
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        _discard(temporary)
        raise ExportRefused(_reason(target, error)) from error
    except BaseException:
        _discard(temporary)
        raise
    return target


def _discard(temporary: Path) -> None:
    # python-docx and openpyxl leave their ZipFile, and so the file, open after a failed
    # write until it is collected; Windows cannot delete an open file. A leftover must
    # never hide the reason the export failed.
    gc.collect()
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _reason(target: Path, error: OSError) -> str:
    # The usual cause differs by error, and so does what the user can do about it.
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"{target.name}: could not be written: the disk is full; free some space or choose another folder"
    if not target.parent.is_dir():
        return (f"{target.name}: could not be written: the folder {target.parent} is gone "
                "(removed, renamed, or a drive or network share disconnected)")
    return f"{target.name}: could not be written ({error.strerror or error}); is it open in another program?"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
