"""Rows of an open project that are not sound (from an older version or a hand edit): found, reported, skipped.

``damaged_keys(project, table)`` is what the readers (list_findings,
list_documents, list_speerpunten, …) leave out, so such a row can never stop the
app from opening, a listing or an export; ``damage_lines(project)`` says which
rows were left out and why, one line each, for the command line and the window.
The project itself is never changed: a later merge may bring a sound version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.store.project import Project
from desktop.store.row_checks import COLUMN_KINDS, PASSAGE_KINDS, REFERENCES, row_problem, short_key, value_problem

# A document is left out only when what every view needs is broken; its other details
# (categories, dates, pages) are read leniently, as leaving out a document hides all its findings.
ESSENTIAL = {"documents": ("title", "kind", "source_name")}
_TABLE_KEYS = {"documents": "id", "frameworks": "id", "themes": "id", "speerpunten": "id", "findings": "id",
               "reactions": "id", "project_settings": "key"}

# One query for the passages: a hand-edited offset or kind in any of tens of thousands of rows.
_BAD_PASSAGES = f"""
    SELECT p.id, p.document_id,
      CASE
        WHEN typeof(p.start) != 'integer' OR typeof(p."end") != 'integer' THEN 'start or end is not a whole number'
        WHEN p.start < 0 OR p."end" < p.start OR p."end" > length(d.text) THEN 'start or end lies outside the text'
        WHEN p.kind NOT IN ({", ".join(f"'{kind}'" for kind in PASSAGE_KINDS)}) THEN 'kind is not a passage kind'
        WHEN typeof(p.text) != 'text' THEN 'text is not text'
        WHEN typeof(p.seq) != 'integer' OR typeof(p.level) != 'integer' THEN 'seq or level is not a whole number'
        WHEN p.page IS NOT NULL AND typeof(p.page) != 'integer' THEN 'page is not a whole number'
        WHEN NOT json_valid(p.heading_path) OR json_type(p.heading_path) != 'array' THEN 'heading path is not a list'
      END AS problem
    FROM passages p JOIN documents d ON d.id = p.document_id
    WHERE problem IS NOT NULL
"""


@dataclass(frozen=True)
class DamagedRow:
    table: str
    key: object  # as stored: readers compare it with the key they read
    problem: str

    def line(self) -> str:
        return f"{self.table} row {short_key(self.key)}: {self.problem}"


def find_damaged_rows(project: Project) -> list[DamagedRow]:
    """Every unsound row of the shared tables and the passages, in table order."""
    db = project.db
    damaged: list[DamagedRow] = []
    lengths: dict[str, int] = {}
    for document_id, kind, length in db.execute("SELECT id, typeof(text), length(text) FROM documents"):
        if kind == "text":
            lengths[document_id] = length
        else:
            damaged.append(DamagedRow("documents", document_id, "its text is not text"))
    for table, kinds in COLUMN_KINDS.items():
        key_column = _TABLE_KEYS[table]
        columns = ", ".join(f'"{column}"' for column in (key_column, *kinds))
        for values in db.execute(f"SELECT {columns} FROM {table}"):
            key, row = values[0], dict(zip(kinds, values[1:], strict=True))
            problem = None if isinstance(key, str) else f"its key {key!r} is not an id"
            if table in ESSENTIAL:
                problem = problem or next(filter(None, (value_problem(column, kinds[column], row[column])
                                                        for column in ESSENTIAL[table])), None)
            else:
                problem = problem or row_problem(table, row, lengths)
            if problem is None:
                problem = _reference_problem(db, table, row)
            if problem:
                damaged.append(DamagedRow(table, key, problem))
    for passage_id, document_id, problem in db.execute(_BAD_PASSAGES):
        damaged.append(DamagedRow("passages", passage_id, f"(document {short_key(document_id)}) {problem}"))
    return damaged


def _reference_problem(db, table: str, row: dict) -> str | None:
    for (source, column), target in REFERENCES.items():
        if source != table or row[column] is None:
            continue
        if db.execute(f"SELECT 1 FROM {target} WHERE id = ?", [row[column]]).fetchone() is None:
            return f"{column} {short_key(row[column])} points to nothing"
    return None


def damage(project: Project) -> list[DamagedRow]:
    """The project's damaged rows, found once per open project (an import or edit never makes one)."""
    found = getattr(project, "_damage", None)
    if found is None:
        found = find_damaged_rows(project)
        project._damage = found
    return found


def damaged_keys(project: Project, table: str) -> frozenset:
    """Keys of ``table``'s damaged rows as stored (passages: their integer ids), for readers to leave out."""
    cache = getattr(project, "_damaged_keys", None)
    if cache is None:
        cache = {}
        for row in damage(project):
            cache.setdefault(row.table, set()).add(row.key)
        cache = {name: frozenset(keys) for name, keys in cache.items()}
        project._damaged_keys = cache
    return cache.get(table, frozenset())


def damaged_json(project: Project, table: str) -> str:
    """The damaged keys of ``table`` as a JSON list, for ``NOT IN (SELECT value FROM json_each(?))`` in SQL."""
    return json.dumps(sorted((key for key in damaged_keys(project, table) if isinstance(key, str | int)), key=str))


def damage_lines(project: Project, limit: int = 5) -> list[str]:
    """One summary line and up to ``limit`` rows, for stderr or a message box; empty when all is sound."""
    rows = damage(project)
    if not rows:
        return []
    lines = [f"{len(rows)} damaged row{'s' if len(rows) != 1 else ''} skipped (left in the file unchanged; "
             "a backup or a colleague's bundle can replace them):"]
    lines += [row.line() for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"… and {len(rows) - limit} more")
    return lines


def stored_document_problem(project: Project, sha256: str) -> str | None:
    """Why the document with ``sha256`` in ``project`` cannot be copied into another project, or None."""
    row = project.db.execute("SELECT id, typeof(text) FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return "not in the file"
    if row[1] != "text":
        return "its text is not text"
    bad = project.db.execute(f"SELECT problem FROM ({_BAD_PASSAGES}) WHERE document_id = ? LIMIT 1",
                             [row[0]]).fetchone()
    return f"a passage: {bad[0]}" if bad else None


def loads_list(value: object) -> list:
    """A JSON list column read leniently: anything else is an empty list."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        return []
    return data if isinstance(data, list) else []
