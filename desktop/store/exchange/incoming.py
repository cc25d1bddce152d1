"""Checking another analyst's rows (a bundle or a project file) before a merge may touch ours.

Every row of every table, every conflict entry, the author list and the
references between rows are checked before the merge's transaction opens; the
first problem is returned as one line naming the table, the row and what is
wrong, and the merge is refused with the project untouched.
"""

from __future__ import annotations

from desktop.store.checks.row_checks import (
    COLUMN_KINDS,
    MAX_KEY,
    REFERENCES,
    clean_row,
    conflict_problem,
    describe,
    is_text,
    row_problem,
    setting_problem,
    short_key,
)
from desktop.store.exchange.snapshot import Snapshot

# A findings bundle of a real project holds thousands of rows, not millions.
MAX_ROWS = 1_000_000


def snapshot_problem(snapshot: Snapshot, conflicts: object, lengths: dict[str, int] | None = None,
                     known: dict[str, set[str]] | None = None) -> str | None:
    """The first problem in ``snapshot`` and ``conflicts``, or None when every row is sound.

    ``lengths`` maps document hashes to text lengths (spans must lie inside);
    ``known`` maps table names to keys the receiving project already has, so a
    reference may point there as well as into the snapshot.
    """
    if not isinstance(snapshot.rows, dict) or not isinstance(snapshot.shared, dict):
        return "rows and shared must be tables"
    unknown = sorted(str(name) for name in set(snapshot.rows) | set(snapshot.shared) if name not in COLUMN_KINDS)
    if unknown:
        return f"unknown table {describe(unknown[0])}"
    total = 0
    for table in COLUMN_KINDS:
        rows = snapshot.rows.get(table, {})
        shared = snapshot.shared.get(table, {})
        if not isinstance(rows, dict) or not isinstance(shared, dict):
            return f"{table}: not a table of rows"
        total += len(rows)
        if total > MAX_ROWS:
            return f"more than {MAX_ROWS:,} rows".replace(",", ".")
        for key, row in rows.items():
            if not is_text(key, MAX_KEY) or not key:
                return f"{table}: a row has the key {describe(key)}, not an id"
            problem = row_problem(table, row, lengths)
            if problem is None and table == "project_settings":
                problem = setting_problem(key, row["value"])
            if problem:
                return f"{table} row {short_key(key)}: {problem}"
        for key, value in shared.items():
            if not (value is None or is_text(value, MAX_KEY)):
                return f"{table} row {short_key(key)}: shared hash {describe(value)} is not a hash"
    if not all(is_text(name, MAX_KEY) for name in snapshot.authors):
        bad = next(name for name in snapshot.authors if not is_text(name, MAX_KEY))
        return f"author {describe(bad)} is not a name"
    if not isinstance(conflicts, list):
        return "the conflict list is not a list"
    for index, conflict in enumerate(conflicts, 1):
        problem = conflict_problem(conflict)
        if problem:
            return f"conflict entry {index}: {problem}"
    return _reference_problem(snapshot, known or {})


def _reference_problem(snapshot: Snapshot, known: dict[str, set[str]]) -> str | None:
    for (table, column), target in REFERENCES.items():
        if target == "documents":
            continue  # documents travel by hash; missing ones are refused by name in the merge
        available = set(snapshot.rows.get(target, {})) | known.get(target, set())
        for key, row in snapshot.rows.get(table, {}).items():
            if row[column] is not None and row[column] not in available:
                return f"{table} row {short_key(key)}: {column} {short_key(row[column])} is in neither project"
    return None


def cleaned(snapshot: Snapshot) -> Snapshot:
    """The snapshot with control characters taken out of its text (checked rows only)."""
    return Snapshot(
        rows={table: {key: clean_row(table, row) for key, row in rows.items()} for table, rows in snapshot.rows.items()},
        shared=snapshot.shared,
        authors=snapshot.authors,
    )
