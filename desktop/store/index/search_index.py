"""Writing the full-text index (FTS5 table ``passages_fts``): one row per passage, keyed by its id.

The index holds a passage's folded words and their Dutch stems (see desktop.store.index.words),
not its raw text: bare query words match stems ("gemeente" finds "gemeenten"), quoted
phrases and prefixes match the folded words, and FTS5 and the code that finds each
matched word's place agree because both read the same tokenisation.
"""

from __future__ import annotations

import sqlite_utils

from desktop.store.index.words import index_columns


def index_document(db: sqlite_utils.Database, document_id: str) -> None:
    """Index every passage of ``document_id`` (inside the caller's transaction)."""
    rows = db.execute("SELECT id, text FROM passages WHERE document_id = ?", [document_id]).fetchall()
    _insert(db, rows)


def insert_index_rows(db: sqlite_utils.Database, passage_ids: list[int], rows: list[tuple[str, str]]) -> None:
    """Store index rows made by ``index_rows`` for these passages (inside the caller's transaction)."""
    db.conn.executemany("INSERT INTO passages_fts (rowid, words, stems) VALUES (?, ?, ?)",
                        ((passage_id, *row) for passage_id, row in zip(passage_ids, rows, strict=True)))


def rebuild_index(db: sqlite_utils.Database) -> None:
    """Index every passage afresh (inside the caller's transaction)."""
    db.execute("DELETE FROM passages_fts")
    _insert(db, db.execute("SELECT id, text FROM passages").fetchall())


def _insert(db: sqlite_utils.Database, rows: list[tuple[int, str]]) -> None:
    # Hand SQL: sqlite-utils' table API does not write to FTS5 tables by rowid.
    db.conn.executemany(
        "INSERT INTO passages_fts (rowid, words, stems) VALUES (?, ?, ?)",
        ((passage_id, *index_columns(text)) for passage_id, text in rows),
    )
