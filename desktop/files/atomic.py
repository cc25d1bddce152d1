"""Writing a file all at once: a temporary file in the target folder, flushed to disk, then renamed onto the target.

The one helper every command uses to write a file (exports, bundles, framework
files). A failed or cancelled write never leaves a broken or half-written file;
the file's data and then the folder entry are flushed (fsync) before and after the
rename, so a power cut leaves either the old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import hashlib
import os
import re
import socket
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.files.targets import OutputRefused, check_output_target
from desktop.reasons import Reason


def write_atomically(target: Path | str, write: Callable[[Path], None],
                     protected: Iterable[Path | str] = ()) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target`` in one step.

    ``protected`` are open projects the target must not be (see check_output_target).
    Raises OutputRefused with a message for the user when the file cannot be written.
    """
    target = Path(target)
    check_output_target(target, protected)
    _remove_left_overs(target)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.{_HOST}-{os.getpid()}-", suffix=f"{target.suffix}.tmp",
                                        dir=target.parent)
    except OSError as error:
        raise OutputRefused(Reason("{name}: cannot write in {folder} ({error})", name=target.name, folder=str(target.parent),
                                   error=error.strerror or str(error))) from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        if target.exists():
            # mkstemp makes the file private (0600); a file replacing another keeps that file's access.
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temporary, 0o666 & ~_umask())
        _fsync_file(temporary)
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except OSError as error:
        _discard(temporary, error)
        raise OutputRefused(_reason(target, error)) from error
    except BaseException as error:
        _discard(temporary, error)
        raise
    return target


def write_bytes_atomically(target: Path | str, data: bytes, protected: Iterable[Path | str] = ()) -> Path:
    return write_atomically(target, lambda path: path.write_bytes(data), protected)


def write_text_atomically(target: Path | str, text: str, protected: Iterable[Path | str] = ()) -> Path:
    return write_bytes_atomically(target, text.encode("utf-8"), protected)


# The temporary file's name holds this computer and process, so a later write of the same target can
# tell a file left by a process that was killed (or lost power) from one another process is still writing.
_HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]


def _remove_left_overs(target: Path) -> None:
    remove_left_overs(target.parent, re.escape(target.stem), target.suffix)


def remove_left_overs(folder: Path, stem_pattern: str, suffix: str) -> None:
    """Remove the temporary files (and a backup's SQLite journal beside one) that an earlier write left
    in ``folder`` when its process was killed; each would otherwise stay, hidden, as large as the file.

    ``stem_pattern`` is a regular expression for the target's name without ``suffix`` (the automatic
    backups give one for every backup of a project, as each has its own name).
    """
    pattern = re.compile(rf"\.(?:{stem_pattern})\.{_HOST}-(\d+)-[^.]*{re.escape(suffix)}\.tmp(-journal|-wal|-shm)?")
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
    except OSError:
        return
    for name in names:
        match = pattern.fullmatch(name)
        if match and not _running(int(match.group(1))):
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end the process there; left-overs are kept
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    # The rename lives in the folder; without this a power cut can undo it. Windows
    # cannot open a folder for fsync (and its rename is durable once it returns).
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _discard(temporary: Path, error: BaseException | None) -> None:
    # python-docx and openpyxl leave their ZipFile, and so the file, open after a failed
    # write until it is collected; Windows cannot delete an open file. A leftover must
    # never hide the reason the write failed. Collected on a full disk, such a ZipFile fails
    # to close once more, which Python would print as a traceback under the one-line reason.
    # The writer's finished frames in the error's traceback still hold that ZipFile: let go of them.
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            traceback.clear_frames(error.__traceback__)
            error = error.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook
    # A backup writes its temporary file through SQLite, which may leave its journal beside it.
    for path in (temporary, *(temporary.with_name(temporary.name + side) for side in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _reason(target: Path, error: OSError) -> Reason:
    # The usual cause differs by error, and so does what the user can do about it.
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return disk_full(target.name)
    if not target.parent.is_dir():
        return Reason("{name}: could not be written: the folder {folder} is gone "
                      "(removed, renamed, or a drive or network share disconnected)",
                      name=target.name, folder=str(target.parent))
    return Reason("{name}: could not be written ({error}); is it open in another program?",
                  name=target.name, error=error.strerror or str(error))


def disk_full(name: str) -> Reason:
    """The refusal of a write that ran out of room: what the user can do about it."""
    return Reason("{name}: could not be written: the disk is full; free some space or choose another folder", name=name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
