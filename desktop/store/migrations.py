"""Forward migrations of the project file, one transaction per version step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from desktop.store.index.search_index import rebuild_index
from desktop.store.page_relabel import relabel_pages
from desktop.store.schema import (
    APPLICATION_ID,
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
    SCHEMA_V8,
)


def _to_v1(db: sqlite_utils.Database) -> None:
    _run_script(db, SCHEMA_V1)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _to_v2(db: sqlite_utils.Database) -> None:
    _run_script(db, SCHEMA_V2)


def _to_v3(db: sqlite_utils.Database) -> None:
    _run_script(db, SCHEMA_V3)


def _to_v4(db: sqlite_utils.Database) -> None:
    _run_script(db, SCHEMA_V4)
    db["passages"].transform(types={"page": str})
    relabel_pages(db)


def _to_v5(db: sqlite_utils.Database) -> None:
    # The stemmed index replaces the raw-text one; every passage is indexed afresh.
    _run_script(db, SCHEMA_V5)
    rebuild_index(db)


def _to_v6(db: sqlite_utils.Database) -> None:
    # Revised agreements: superseded documents, anchor status and score, the carry-over reports.
    _run_script(db, SCHEMA_V6)


def _to_v7(db: sqlite_utils.Database) -> None:
    # Rejected tagging suggestions, local to this file.
    _run_script(db, SCHEMA_V7)


def _to_v8(db: sqlite_utils.Database) -> None:
    # Indexes only, so that opening and listing cost the same for 1 or 342 agreements (schema.py).
    _run_script(db, SCHEMA_V8)


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    # executescript() would COMMIT the open transaction first; run statement by
    # statement instead so a failing step rolls back whole.
    for statement in _split_statements(script):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


# MIGRATIONS[n] brings a file from version n to version n + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_to_v1, _to_v2, _to_v3, _to_v4, _to_v5, _to_v6, _to_v7, _to_v8]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> int:
    """Bring ``db`` up to ``target``; each step and its version number commit together."""
    version = schema_version(db)
    while version < target:
        with db.atomic():
            MIGRATIONS[version](db)
            version += 1
            db.execute(f"PRAGMA user_version = {version}")
    return version
