"""Hand edits of a project's rows for the fuzz tests: any SQLite value in any column, no rules checked."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

TIMES = ["2026-03-01T10:00:00.000000Z", "2030-01-01T00:00:00Z", "2026-03-01", "gisteren", "", "2026-13-45T99:99"]

# Any value SQLite can hold, including text that is not UTF-8 and numbers beyond 64 bits as floats.
SQL_VALUES = (st.none() | st.integers(-(2**63), 2**63 - 1) | st.integers(-3, 400) | st.floats()
              | st.text(max_size=12) | st.binary(max_size=6) | st.sampled_from(TIMES)
              | st.sampled_from(["positive", "poem", "[", "{}", '["G40"]', "\x00\x01"])
              | st.binary(min_size=1, max_size=4).map(lambda b: ("not-utf8", b + b"\xff")))
TABLES = ["documents", "passages", "frameworks", "themes", "speerpunten", "findings", "reactions",
          "project_settings", "conflicts", "authors"]
ROW_EDIT = st.tuples(st.sampled_from(TABLES), st.integers(0, 50), st.integers(0, 30), SQL_VALUES)


def hand_edit(path: Path, edits: list[tuple]) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("PRAGMA foreign_keys = OFF")
        for table, row_index, column_index, value in edits:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            rowids = [row[0] for row in connection.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
            if not rowids:
                continue
            column = columns[column_index % len(columns)]
            expression = "?"
            if isinstance(value, tuple):  # bytes stored as TEXT: not valid UTF-8
                expression, value = "CAST(? AS TEXT)", value[1]
            # A UNIQUE or NOT NULL rule SQLite keeps even now: that edit cannot happen.
            with contextlib.suppress(sqlite3.IntegrityError):
                connection.execute(f'UPDATE {table} SET "{column}" = {expression} WHERE rowid = ?',
                                   [value, rowids[row_index % len(rowids)]])
        connection.commit()
    finally:
        connection.close()


