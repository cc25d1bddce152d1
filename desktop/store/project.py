"""Opening, creating and refusing project files (.speerpunt)."""

from __future__ import annotations

import functools
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop.files.held_files import hold, is_held, release
from desktop.store.migrations import LATEST_VERSION, migrate
from desktop.store.schema import APPLICATION_ID

SUFFIX = ".speerpunt"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Opening waits less: a user who opens a file another program holds wants to hear so soon.
OPEN_BUSY_TIMEOUT_MS = 2_000


ROW_RULES = ("CHECK constraint failed", "NOT NULL constraint failed")


class ProjectRefused(Exception):
    """The file cannot be opened as a project; the message says why, for the user."""


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
    db = sqlite_utils.Database(conn)
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
        raise ProjectRefused(f"{path.name}: cannot be read ({error.strerror or error})") from error
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectRefused(f"{path.name}: not a Speerpunt project (the file is not a SQLite database)")
    if len(header) < 100:
        raise ProjectRefused(f"{path.name}: the project file is damaged (truncated header)")
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
        raise ProjectRefused(f"{path.name}: the project file cannot be opened ({error})") from error


def project_version(path: Path) -> int:
    """The project's version, read from its header; refuse anything that is not a project this program reads."""
    if not path.exists():
        raise ProjectRefused(f"{path.name}: no such project file")
    if path.is_dir():
        raise ProjectRefused(f"{path.name}: is a folder, not a project file")
    if not path.is_file():
        raise ProjectRefused(f"{path.name}: is a pipe, device or socket, not a project file")
    application_id, user_version = _inspect(path)
    if application_id != APPLICATION_ID:
        raise ProjectRefused(f"{path.name}: a SQLite database of another program, not a Speerpunt project")
    if user_version > LATEST_VERSION:
        raise ProjectRefused(
            f"{path.name}: made by a newer version of Speerpunt (project version {user_version}, "
            f"this program reads up to {LATEST_VERSION}); please update Speerpunt"
        )
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
            raise ProjectRefused(
                f"{path.name}: the project is locked by another program; close it there and try again"
            ) from error
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            raise ProjectRefused(
                f"{path.name}: the project or its folder is read-only, and SQLite must write beside the project; "
                "copy it to a folder you can write to"
            ) from error
        raise ProjectRefused(f"{path.name}: the project file cannot be opened ({error})") from error
    except sqlite3.DatabaseError as error:
        db.close()
        raise ProjectRefused(f"{path.name}: the project file is damaged ({error})") from error
    except ProjectRefused:
        db.close()
        raise
    return Project(path, db)


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
    for suffix in ("-wal", "-journal"):
        journal = path.with_name(path.name + suffix)
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
        raise ProjectRefused(f"{path.name}: the project file is damaged ({error})") from error
    # A row that breaks a CHECK or NOT NULL rule (a hand edit, an older version) is not a damaged
    # file: the project opens and desktop.store.checks.damage reports and skips that row.
    damage = [result for result in results if result != "ok" and not result.startswith(ROW_RULES)]
    if damage:
        raise ProjectRefused(f"{path.name}: the project file is damaged ({_first_problem(damage)})")


NEW_PAGE_SIZE = 16384  # bytes a page of a project created now
NEW_AUTOMERGE = 8  # index segments at one level that FTS5 merges, in a project created now


def create_project(path: Path | str) -> Project:
    """Create a new, empty project; never overwrites an existing file."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise ProjectRefused(f"{path.name}: a file with this name already exists")
    if path.name.endswith(("-wal", "-shm", "-journal")):
        # SQLite would take such a file for the side file of the project next to it.
        raise ProjectRefused(f"{path.name}: a project name cannot end in -wal, -shm or -journal")
    if not path.parent.exists():
        raise ProjectRefused(f"{path.parent}: no such folder")
    try:
        db = _connect(path)
    except sqlite3.Error as error:
        raise ProjectRefused(f"{path.name}: cannot be created ({error})") from error
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
        path.unlink(missing_ok=True)
        raise
    return Project(path, db)


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
