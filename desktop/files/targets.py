"""Checks on a path a command is about to write: never the project, its -wal/-shm, a link to it, or a read-only file.

Every command that writes a file (exports, bundles, framework files, copies of a
project) calls ``check_output_target`` before any work, so a mistyped ``--out``
is refused in one line instead of replacing a week's work.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from desktop.files.held_files import is_held
from desktop.reasons import Reason

SQLITE_MAGIC = b"SQLite format 3\x00"
# The files SQLite keeps next to a database while it is open or after a crash.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class OutputRefused(OSError):
    """A file that must not (or cannot) be written; the message names it and says why.

    An OSError, so code that already reports a failed write (automatic backups, dialogs) reports this too.
    """

    def __str__(self) -> str:
        return self.args[0] if self.args else ""


def side_files(project: Path) -> list[Path]:
    """The project file and the files SQLite keeps next to it."""
    return [project, *(project.with_name(project.name + suffix) for suffix in SIDE_SUFFIXES)]


def check_output_target(target: Path | str, protected: Iterable[Path | str] = ()) -> None:
    """Refuse ``target`` when writing it could destroy a project or a file the user protects.

    ``protected`` are open projects: the target may be none of them, none of their
    side files, and no hard or symbolic link to any of them. Any other Speerpunt
    (SQLite) file and its side files are refused as well: an export never replaces a project.
    """
    target = Path(target)
    folder = target.parent
    if not folder.exists():
        raise OutputRefused(Reason("{target}: the folder {folder} does not exist", target=str(target), folder=str(folder)))
    if not folder.is_dir():
        raise OutputRefused(Reason("{target}: {folder} is not a folder", target=str(target), folder=str(folder)))
    if target.is_dir():
        raise OutputRefused(Reason("{target}: is a folder, not a file", target=str(target)))
    for project in protected:
        for kept in side_files(Path(project)):
            if _same_file(target, kept):
                what = Reason("the open project") if kept == Path(project) else Reason(
                    "the open project's {suffix} file", suffix=kept.name[len(Path(project).name):])
                raise OutputRefused(Reason("{name}: is {what} ({project}); choose another file name",
                                           name=target.name, what=what, project=Path(project).name))
    if _is_database(target):
        raise OutputRefused(Reason("{name}: is a Speerpunt project or another database; choose another file name",
                                   name=target.name))
    for suffix in SIDE_SUFFIXES:
        if target.name.endswith(suffix) and _is_database(target.with_name(target.name.removesuffix(suffix))):
            raise OutputRefused(Reason("{name}: belongs to the database next to it; choose another file name",
                                       name=target.name))
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise OutputRefused(Reason("{name}: is a link, device or pipe, not a plain file; choose another file name",
                                   name=target.name))
    # Word keeps a lock file "~$name.docx" (long names lose their first two letters)
    # next to a document it has open; replacing the file under Word would lose
    # either our export or the user's unsaved edits.
    if any((folder / f"~${name}").exists() for name in {target.name, target.name[2:]}):
        raise OutputRefused(Reason("{name}: the file is open in Word; close it there and export again", name=target.name))
    if target.exists() and not _writable(target):
        raise OutputRefused(Reason(
            "{name}: the file is read-only or open in another program; close it or choose another name",
            name=target.name))
    if not _writable(folder) or not os.access(folder, os.X_OK):
        raise OutputRefused(Reason("{name}: no permission to write in the folder {folder}", name=target.name,
                                   folder=str(folder)))


def _same_file(target: Path, kept: Path) -> bool:
    # samefile follows symbolic links and sees hard links (same inode); the names
    # compare too, for a side file that does not exist yet but will.
    try:
        if os.path.samefile(target, kept):
            return True
    except OSError:
        pass
    try:
        return target.resolve() == kept.resolve()
    except (OSError, RuntimeError):
        return False


def _is_database(path: Path) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        if is_held(path):
            return True  # a project open in this process; open() and close() would drop its locks
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _writable(path: Path) -> bool:
    # The mode bits too: an administrator may write anything, yet a file marked
    # read-only is the user's way of saying "do not replace this".
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
