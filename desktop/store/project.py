"""Opening, creating and refusing project files (.speerpunt)."""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import sys
import tempfile
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.files.held_files import hold, is_held, release
from desktop.reasons import Reason, joined
from desktop.store.migrations import LATEST_VERSION, migrate
from desktop.store.schema import APPLICATION_ID

SUFFIX = ".speerpunt"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Opening waits less: a user who opens a file another program holds wants to hear so soon.
OPEN_BUSY_TIMEOUT_MS = 2_000


ROW_RULES = ("CHECK constraint failed", "NOT NULL constraint failed")


class ProjectRefused(Exception):
    """The file cannot be opened as a project; the message says why, for the user.

    Raised with a ``Reason`` (``refused`` below) the window shows in its own language (docs/I18N.md).
    """


def refused(name: str, reason: Reason) -> ProjectRefused:
    """"name: reason", as a refusal the window can translate."""
    return ProjectRefused(Reason("{name}: {reason}", name=name, reason=reason))


class Project:
    """An open project file: one sqlite-utils Database with our pragmas set."""

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self._held = hold(path)  # so this process reads the file only through SQLite while open

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            release(self._held)
            self._held = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes when another connection commits; polled to see other instances' edits."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]


@contextmanager
def immediate_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that takes the write lock at its start, waiting up to the busy timeout for it.

    sqlite-utils' ``atomic()`` begins a deferred transaction: when another
    connection writes meanwhile, its first write fails at once with "database is
    locked" instead of waiting. Long writers (a merge) use this instead.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


class ProjectDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose ``atomic()`` takes the write lock when its transaction begins.

    sqlite-utils begins a deferred transaction: it reads under a snapshot and asks for the
    write lock at its first write. When another process committed meanwhile (a `speerpunt`
    command while the window is open, a second window), SQLite cannot give the lock to a
    snapshot that is out of date and answers "database is locked" at once, without waiting:
    every operation that checks before it writes (adding a finding checks its speerpunt)
    failed within a millisecond of another program's write. ``BEGIN IMMEDIATE`` waits for
    the lock (up to the busy timeout) before reading anything, so the edit waits its turn.
    Nested blocks stay savepoints.
    """

    @contextmanager
    def atomic(self) -> Iterator[ProjectDatabase]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
        else:
            with immediate_transaction(self):
                yield self


_decode_text = functools.partial(str, encoding="utf-8", errors="replace")


def _connect(path: Path, read_only: bool = False) -> sqlite_utils.Database:
    # isolation_level=None: sqlite-utils' atomic() issues BEGIN itself, and
    # nothing is ever left in an implicit transaction.
    if read_only:
        # immutable: SQLite neither locks nor looks for -wal/-shm, so it writes nothing anywhere;
        # only for a file no one writes (desktop.store.read_only decides when).
        conn = sqlite3.connect(_read_only_uri(path), uri=True,
                               isolation_level=None, check_same_thread=False, timeout=10)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    # Text that is not valid UTF-8 (a hand edit, a damaged disk) would make every query reading
    # its row fail; shown with U+FFFD instead, it cannot stop a listing or an export.
    conn.text_factory = _decode_text
    db = ProjectDatabase(conn)
    # sqlite-utils finds out whether SQLite has upsert (3.24+, older than any Python 3.11 ships) by
    # creating and dropping a scratch table in the project, inside the user's transaction; say so instead.
    db._supports_on_conflict = sqlite3.sqlite_version_info >= (3, 24, 0)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


def _read_only_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only and immutable; any name, also a Windows share (\\\\server\\share)."""
    text = str(path.resolve()).replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/map -> /C:/map
    # "file://" + an empty authority; a share's "//server/share" stays a path ("file:////server/share").
    return "file://" + urllib.parse.quote(text, safe="/:") + "?mode=ro&immutable=1"


def _inspect(path: Path) -> tuple[int, int]:
    """Read application_id and user_version without writing a byte; refuse what is not ours."""
    if is_held(path):
        return _inspect_through_sqlite(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise refused(path.name, Reason("cannot be read ({error})", error=error.strerror or str(error))) from error
    if not header.startswith(SQLITE_MAGIC):
        raise refused(path.name, Reason("not a Speerpunt project (the file is not a SQLite database)"))
    if len(header) < 100:
        raise refused(path.name, Reason("the project file is damaged (truncated header)"))
    application_id = int.from_bytes(header[68:72], "big")
    user_version = int.from_bytes(header[60:64], "big")
    return application_id, user_version


def _inspect_through_sqlite(path: Path) -> tuple[int, int]:
    """The same, for a file this process already has open as a project (see ``desktop.files.held_files``):
    a plain open() and close() would drop the open project's locks; SQLite's own handle does not."""
    try:
        connection = sqlite3.connect(_read_only_uri(path).replace("&immutable=1", ""), uri=True)
        try:
            return (connection.execute("PRAGMA application_id").fetchone()[0],
                    connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise refused(path.name, Reason("the project file cannot be opened ({error})", error=str(error))) from error


def project_version(path: Path) -> int:
    """The project's version, read from its header; refuse anything that is not a project this program reads."""
    if not path.exists():
        raise refused(path.name, Reason("no such project file"))
    if path.is_dir():
        raise refused(path.name, Reason("is a folder, not a project file"))
    if not path.is_file():
        raise refused(path.name, Reason("is a pipe, device or socket, not a project file"))
    application_id, user_version = _inspect(path)
    if application_id != APPLICATION_ID:
        raise refused(path.name, Reason("a SQLite database of another program, not a Speerpunt project"))
    if user_version > LATEST_VERSION:
        raise refused(path.name, Reason("made by a newer version of Speerpunt (project version {found}, this program "
                                        "reads up to {latest}); please update Speerpunt",
                                        found=user_version, latest=LATEST_VERSION))
    return user_version


def open_project(path: Path | str, full_check: bool = False) -> Project:
    """Open an existing project, migrating it forward; refuse anything else untouched.

    Every check reads the file header first, so a file that is not ours (or is
    from a newer Speerpunt) is refused before SQLite could write to it. The
    whole file is read only when ``full_check`` or something suggests damage
    (see ``_check_on_open``), so opening costs the same for 1 or 342 agreements.
    """
    path = Path(path)
    project_version(path)
    check_left_over_logs(path)
    db = _connect(path)
    try:
        db.execute(f"PRAGMA busy_timeout = {OPEN_BUSY_TIMEOUT_MS}")
        _check_on_open(db, path, full_check)
        db.execute("PRAGMA journal_mode = WAL")
        migrate(db)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.OperationalError as error:
        db.close()
        if "locked" in str(error) or "busy" in str(error):
            raise refused(path.name, Reason("the project is locked by another program; close it there and try again")
                          ) from error
        if disk_is_full(error, path):
            raise refused(path.name, Reason("the disk is full; nothing was changed")) from error
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            raise refused(path.name, Reason("the project or its folder is read-only, and SQLite must write beside the "
                                            "project; copy it to a folder you can write to")) from error
        raise refused(path.name, Reason("the project file cannot be opened ({error})", error=str(error))) from error
    except sqlite3.DatabaseError as error:
        db.close()
        raise refused(path.name, Reason("the project file is damaged ({error})", error=str(error))) from error
    except ProjectRefused:
        db.close()
        raise
    return Project(path, db)


# SQLite's names for a write that found no room: the file, or the -shm it maps (SQLite calls the
# latter a "disk I/O error"); a write or sync that failed otherwise is one when the disk is nearly full.
_NO_ROOM = {"SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"}
_MAYBE_NO_ROOM = {"SQLITE_IOERR", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_TRUNCATE"}
NEARLY_FULL_BYTES = 1024 * 1024


def disk_is_full(error: sqlite3.Error, path: Path | str) -> bool:
    """True when ``error`` on the project at ``path`` came from a full disk."""
    name = getattr(error, "sqlite_errorname", "")
    if name in _NO_ROOM or "database or disk is full" in str(error):
        return True
    if name not in _MAYBE_NO_ROOM:
        return False
    try:
        status = os.statvfs(Path(path).parent)
    except (AttributeError, OSError):
        return False
    return status.f_bavail * status.f_frsize < NEARLY_FULL_BYTES


def _check_on_open(db: sqlite_utils.Database, path: Path, full_check: bool) -> None:
    """Cheap checks on every open; the whole file only when asked or when something suggests damage.

    Always: the header (already read by ``_inspect``), the file's size against the page
    count the header records, and the schema (sqlite_master parsed). The whole file
    (``PRAGMA quick_check``) when ``full_check`` (``speerpunt check``), when a write-ahead
    log or rollback journal is left beside the file (an unclean shutdown, or another
    program has the project open), or when a cheap check fails.
    """
    if full_check or _suggests_damage(path):
        _check_integrity(db, path)
        return
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        _check_integrity(db, path)


def _suggests_damage(path: Path) -> bool:
    """True when the header's page count does not fit the file, or a journal was left behind.

    Not for a file this process has open already: the -wal beside it is then its own, and
    reading the header with open() would drop the open project's locks."""
    if is_held(path):
        return False
    real = path.resolve()
    for suffix in ("-wal", "-journal"):
        journal = real.with_name(real.name + suffix)
        if journal.exists() and journal.stat().st_size > 0:
            return True
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or size % page_size:
        return True
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    pages = int.from_bytes(header[28:32], "big")
    return valid_for == change_counter and pages * page_size != size


def check_left_over_logs(path: Path) -> None:
    """Refuse, untouched, a project whose left-over ``-wal`` or ``-journal`` would damage it.

    SQLite folds a ``-wal`` left by an unclean shutdown into the file (and rolls a left-over
    ``-journal`` back into it) the moment it opens the file, and a log carries nothing that
    ties it to its file: one from another project or another copy (a backup copied over the
    project while the log of a crash lay beside it) is folded in all the same and the project
    is destroyed, even by a command that only reads. So such a log is first tried on a copy of
    the file in a temporary folder: when the two do not make a sound project there, the project
    is refused and neither file is changed. Not done while another program has the project
    open (its log is then live, not left over) nor for a file this process holds.
    """
    real = path.resolve()  # SQLite keeps the logs beside the file a symbolic link points to
    for side in _side_files(real):
        if (side.exists() or side.is_symlink()) and not side.is_file():
            # SQLite would wait forever reading a pipe named -journal, and fail obscurely on a folder.
            raise refused(path.name, Reason("{side} beside it is not a file (a folder, pipe, device or broken link); "
                                                "move it away and open the project again", side=side.name))
    logs = [log for log in (real.with_name(real.name + "-wal"), real.with_name(real.name + "-journal"))
            if _has_content(log)]
    if not logs or is_held(real) or _in_use_elsewhere(real):
        return
    scratch = None
    try:
        scratch = Path(tempfile.mkdtemp(prefix="speerpunt-log-check-"))
        trial = scratch / real.name
        shutil.copyfile(real, trial)
        for log in logs:
            shutil.copyfile(log, trial.with_name(trial.name + log.name[len(real.name):]))
        problem = _trial_problem(trial)
        if problem and not _trial_problem(real, immutable=True):
            names = joined([log.name if real == path.absolute() else str(log) for log in logs])
            raise refused(path.name, Reason(
                "the {names} beside it does not belong to this project or is damaged ({problem}); "
                "nothing was changed; move {names} to another folder and open the project again",
                names=names, problem=problem))
        if problem:
            raise refused(path.name, Reason("the project file is damaged ({error})", error=problem))
    except OSError as error:
        raise refused(path.name, Reason(
            "changes left by an unclean shutdown must be checked on a copy before the project opens, "
            "and the copy could not be made ({error}); free some space and try again",
            error=error.strerror or str(error))) from error
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _trial_problem(path: Path, immutable: bool = False) -> str:
    """What is wrong with the project at ``path`` (empty when it is sound); opened immutable, nothing is written."""
    try:
        connection = sqlite3.connect(_read_only_uri(path) if immutable else str(path), uri=immutable)
        try:
            connection.text_factory = _decode_text
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return "it is not a Speerpunt project with it"
            results = [row[0] for row in connection.execute("PRAGMA integrity_check(20)").fetchall()]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    damage = [result for result in results if result != "ok" and not result.startswith(ROW_RULES)]
    return _first_problem(damage) if damage else ""


# SQLite's POSIX locks (unix VFS): the shared range of a database file, and the -shm byte every
# open connection keeps a read lock on. A lock there means another process has the project open.
_DATABASE_LOCKS = (0x40000000, 512)
_SHM_DMS_LOCK = (128, 1)


def _in_use_elsewhere(path: Path) -> bool:
    """True when another process has the project open (so its -wal is live), as far as POSIX locks tell.

    Only asks (F_GETLK), takes no lock. Where POSIX locks are not SQLite's (Windows) a log is
    taken as live: the check on a copy is then not made.
    """
    try:
        import fcntl
    except ImportError:
        return True
    for file, (start, length) in ((path, _DATABASE_LOCKS), (path.with_name(path.name + "-shm"), _SHM_DMS_LOCK)):
        try:
            descriptor = os.open(file, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _lock_holder(fcntl, descriptor, start, length):
                return True
        finally:
            os.close(descriptor)
    return False


def _lock_holder(fcntl, descriptor: int, start: int, length: int) -> bool:
    import struct

    if sys.platform.startswith("linux"):
        layout, fields = "hhqqi", ("type", "whence", "start", "length", "pid")
    elif sys.platform == "darwin":
        layout, fields = "qqihh", ("start", "length", "pid", "type", "whence")
    else:
        return True
    values = {"type": fcntl.F_WRLCK, "whence": os.SEEK_SET, "start": start, "length": length, "pid": 0}
    request = struct.pack(layout, *(values[name] for name in fields)) + bytes(32)
    answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, request)
    result = dict(zip(fields, struct.unpack_from(layout, answer), strict=True))
    return result["type"] != fcntl.F_UNLCK


def _check_integrity(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a damaged file; a lock held elsewhere is not damage and passes up as OperationalError."""
    # quick_check reads every page but costs little next to a user's trust;
    # it turns a truncated file into a clear refusal instead of a later crash.
    _refuse_damage(db, path, "PRAGMA quick_check")


def _refuse_damage(db: sqlite_utils.Database, path: Path, pragma: str) -> None:
    """Run an integrity pragma and refuse the file on what it finds; a lock held elsewhere is not
    damage and passes up as OperationalError."""
    try:
        results = [row[0] for row in db.execute(pragma).fetchall()]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        raise refused(path.name, Reason("the project file is damaged ({error})", error=str(error))) from error
    # A row that breaks a CHECK or NOT NULL rule (a hand edit, an older version) is not a damaged
    # file: the project opens and desktop.store.checks.damage reports and skips that row.
    damage = [result for result in results if result != "ok" and not result.startswith(ROW_RULES)]
    if damage:
        raise refused(path.name, Reason("the project file is damaged ({error})", error=_first_problem(damage)))


NEW_PAGE_SIZE = 16384  # bytes a page of a project created now
NEW_AUTOMERGE = 8  # index segments at one level that FTS5 merges, in a project created now


def create_project(path: Path | str) -> Project:
    """Create a new, empty project; never overwrites an existing file."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise refused(path.name, Reason("a file with this name already exists"))
    if path.name.endswith(("-wal", "-shm", "-journal")):
        # SQLite would take such a file for the side file of the project next to it.
        raise refused(path.name, Reason("a project name cannot end in -wal, -shm or -journal"))
    if not path.parent.exists():
        raise refused(str(path.parent), Reason("no such folder"))
    left = [side.name for side in _side_files(path) if side.exists() or side.is_symlink()]
    if left:
        # SQLite would fold a left-over -wal or -journal into the new file: another project's pages.
        raise refused(path.name, Reason("{files} of an earlier file with this name lies beside it; move it away or "
                                        "choose another name", files=joined(left)))
    try:
        db = _connect(path)
    except sqlite3.Error as error:
        discard_new_project(path)
        raise refused(path.name, Reason("cannot be created ({error})", error=str(error))) from error
    try:
        # 16 KB pages (SQLite's default is 4 KB): an agreement's text, passages and search index
        # take a quarter of the pages, and storing the 342 agreements of a national import costs
        # 10% less CPU (docs/PERFORMANCE.md). Only for new files: the page size is the file's own,
        # so projects made before open and grow as they are.
        db.execute(f"PRAGMA page_size = {NEW_PAGE_SIZE}")
        db.execute("PRAGMA journal_mode = WAL")
        migrate(db)
        # FTS5 merges its index segments once NEW_AUTOMERGE of them stand at one level (its default is 4):
        # at 8 storing 342 agreements costs 0.5 s less CPU and searches answer the same, as fast
        # (docs/PERFORMANCE.md). A setting of the file's index; projects made before keep 4.
        db.execute("INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', ?)", [NEW_AUTOMERGE])
        # Move the new header (application_id) from the WAL into the file, so a
        # second Speerpunt opening it at once does not refuse it as foreign.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.close()
        discard_new_project(path)
        raise
    return Project(path, db)


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def discard_new_project(path: Path | str) -> None:
    """Remove a project this process just created and could not finish (a full disk), side files too.

    Only for a file ``create_project`` made (it refuses a name with side files already beside it),
    so nothing of anyone else's is removed; a -wal left alone would be folded into the next file of
    that name.
    """
    path = Path(path)
    for file in (path, *_side_files(path)):
        file.unlink(missing_ok=True)


def check_project(path: Path | str) -> dict[str, int]:
    """Read the whole file (``PRAGMA integrity_check``: every page, index and constraint); refuse if damaged.

    What `speerpunt check PROJECT` runs; opening alone checks only what is cheap. A project
    that may not be written is checked read-only (desktop.store.read_only).
    Returns the file's size and page count for the report.
    """
    from desktop.store.read_only import open_for_reading

    path = Path(path)
    project = open_for_reading(path, full_check=True)
    try:
        _refuse_damage(project.db, path, "PRAGMA integrity_check(20)")
        pages = project.db.execute("PRAGMA page_count").fetchone()[0]
    finally:
        project.close()
    return {"bytes": path.stat().st_size, "pages": pages}


def _first_problem(rows: list[str]) -> str:
    """SQLite's report in one line: the first problem, and how many more."""
    lines = [line for row in rows for line in row.splitlines() if line.strip() and not line.startswith("***")]
    first = lines[0] if lines else "unknown problem"
    return first + (f"; {len(lines) - 1} more problems" if len(lines) > 1 else "")
