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

from desktop.store.checks.row_checks import COLUMN_KINDS, PASSAGE_KINDS, REFERENCES, SPANS, short_key
from desktop.store.project import Project
from desktop.store.schema import UNSOUND_PASSAGE

# A document is left out only when what every view needs is broken; its other details
# (categories, dates, pages) are read leniently, as leaving out a document hides all its findings.
ESSENTIAL = {"documents": ("title", "kind", "source_name")}
_TABLE_KEYS = {"documents": "id", "frameworks": "id", "themes": "id", "speerpunten": "id", "findings": "id",
               "reactions": "id", "project_settings": "key"}

# The length of each document's text in characters. With the index of schema version 8 it is read
# from that index (SQLite keeps it right on every change, hand edits too); without it (a file whose
# index was dropped) from the texts themselves, which reads every agreement.
_LENGTHS_INDEXED = "SELECT id, length(text) AS length FROM documents INDEXED BY documents_text_length"
_LENGTHS_READ = "SELECT id, length(text) AS length FROM documents"

# The checks of one passage, in SQL: a hand-edited offset or kind in any of tens of thousands of rows.
_PASSAGE_PROBLEM = f"""
      CASE
        WHEN typeof(p.start) != 'integer' OR typeof(p."end") != 'integer' THEN 'start or end is not a whole number'
        WHEN p.start < 0 OR p."end" < p.start OR p."end" > t.length THEN 'start or end lies outside the text'
        WHEN p.kind NOT IN ({", ".join(f"'{kind}'" for kind in PASSAGE_KINDS)}) THEN 'kind is not a passage kind'
        WHEN typeof(p.text) != 'text' THEN 'text is not text'
        WHEN typeof(p.seq) != 'integer' OR typeof(p.level) != 'integer' THEN 'seq or level is not a whole number'
        WHEN p.page IS NOT NULL AND typeof(p.page) != 'text' THEN 'page is not a page label'
        WHEN p.pdf_page IS NOT NULL AND typeof(p.pdf_page) != 'integer' THEN 'pdf page is not a whole number'
        WHEN NOT json_valid(p.page_breaks) OR json_type(p.page_breaks) != 'array' THEN 'page breaks are not a list'
        WHEN NOT json_valid(p.heading_path) OR json_type(p.heading_path) != 'array' THEN 'heading path is not a list'
      END AS problem"""

# Every passage read: what a file without the indexes of version 8 needs. The text lengths are
# computed once per document (a join would count a 1 MB text once per passage).
_BAD_PASSAGES = f"""
    WITH text_lengths AS MATERIALIZED ({_LENGTHS_READ})
    SELECT p.id, p.document_id, {_PASSAGE_PROBLEM}
    FROM passages p JOIN text_lengths t ON t.id = p.document_id
    WHERE problem IS NOT NULL
"""

# The same answer from the indexes of version 8, at a cost that does not grow with the passages:
# the candidates are the passages in the partial index of unsound ones (normally none) and every
# passage of a document whose furthest passage end lies past its text (one look-up per document).
_BAD_PASSAGES_INDEXED = f"""
    WITH text_lengths AS MATERIALIZED ({_LENGTHS_INDEXED}),
    candidates AS (
        SELECT id FROM passages INDEXED BY passages_unsound WHERE {UNSOUND_PASSAGE}
        UNION
        SELECT p.id FROM text_lengths t JOIN passages p ON p.document_id = t.id
        WHERE (SELECT max("end") FROM passages e WHERE e.document_id = t.id) > t.length
    )
    SELECT p.id, p.document_id, {_PASSAGE_PROBLEM}
    FROM passages p JOIN text_lengths t ON t.id = p.document_id
    WHERE p.id IN candidates AND problem IS NOT NULL
"""

# One document's passages (a colleague's project file, before its document is copied).
_DOCUMENT_PASSAGE_PROBLEM = f"""
    WITH text_lengths AS MATERIALIZED (SELECT id, length(text) AS length FROM documents WHERE id = :document)
    SELECT problem FROM (SELECT {_PASSAGE_PROBLEM}
        FROM passages p JOIN text_lengths t ON t.id = p.document_id WHERE p.document_id = :document)
    WHERE problem IS NOT NULL LIMIT 1
"""

_V8_INDEXES = ("documents_text_length", "passages_ends", "passages_unsound")


def _indexed(project: Project) -> bool:
    """True when the file has the indexes of schema version 8 the cheap checks read (sqlite_master is in memory)."""
    names = {row[0] for row in project.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (?, ?, ?)", _V8_INDEXES)}
    return names == set(_V8_INDEXES)


@dataclass(frozen=True)
class DamagedRow:
    table: str
    key: object  # as stored: readers compare it with the key they read
    problem: str

    def line(self) -> str:
        return f"{self.table} row {short_key(self.key)}: {self.problem}"


def find_damaged_rows(project: Project) -> list[DamagedRow]:
    """Every unsound row of the shared tables and the passages, in table order.

    The checks run in SQL (``typeof``, ``julianday``, joins): checking 10,000
    findings value by value in Python took a second, this takes a few
    milliseconds (bench: "damaged-row scan"). They are the checks of
    desktop.store.checks.row_checks, which bundles get value by value.
    """
    db = project.db
    indexed = _indexed(project)
    damaged = [DamagedRow("documents", key, "its text is not text")
               for (key,) in db.execute("SELECT id FROM documents WHERE typeof(text) != 'text'")]
    for table in COLUMN_KINDS:
        for key, problem in db.execute(_table_sql(table, indexed)):
            damaged.append(DamagedRow(table, key, problem))
        # A key that is not valid UTF-8 is read with U+FFFD and then matches nothing; SQL cannot tell.
        key_column = _quoted(_TABLE_KEYS[table])
        for key, raw in db.execute(f"SELECT {key_column}, hex({key_column}) FROM {table} "
                                   f"WHERE typeof({key_column}) = 'text'"):
            if "\ufffd" in key and not _is_utf8(raw):
                damaged.append(DamagedRow(table, key, "its key is not valid text"))
    for passage_id, document_id, problem in db.execute(_BAD_PASSAGES_INDEXED if indexed else _BAD_PASSAGES):
        damaged.append(DamagedRow("passages", passage_id, f"(document {short_key(document_id)}) {problem}"))
    return damaged


def _is_utf8(hex_text: str) -> bool:
    try:
        bytes.fromhex(hex_text).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _quoted(column: str) -> str:
    return f'"{column}"'


def _value_sql(column: str, kind: object) -> list[tuple[str, str]]:
    """(condition, message) pairs in SQL that flag a value not of ``kind`` (see row_checks.value_problem)."""
    c = _quoted(column)
    shown = f"'{column} is ' || substr(quote({c}), 1, 40)"
    optional = isinstance(kind, str) and kind.endswith("?")
    kind = kind[:-1] if optional else kind
    guard = f"{c} IS NOT NULL AND " if optional else ""
    if isinstance(kind, tuple):
        named = [choice for choice in kind if choice is not None]  # None among the choices: may be empty
        choices = ", ".join(f"'{choice}'" for choice in named)
        empty = "" if None in kind else f"{c} IS NULL OR "
        return [(f"{guard}({empty}{c} NOT IN ({choices}))",
                 f"{shown} || ', not one of {', '.join(named)}'")]
    if kind == "score":
        return [(f"{guard}(typeof({c}) NOT IN ('integer', 'real') OR {c} < 0 OR {c} > 100)",
                 f"{shown} || ', not a score from 0 to 100'")]
    if kind in ("text", "key"):
        empty = f" OR {c} = ''" if kind == "key" else ""
        return [(f"{guard}(typeof({c}) != 'text'{empty})", f"{shown} || ', not {'an id' if kind == 'key' else 'text'}'")]
    if kind == "time":
        return [(f"{guard}(typeof({c}) != 'text' OR julianday({c}) IS NULL)", f"{shown} || ', not a date and time'")]
    if kind in ("integer", "count"):
        pairs = [(f"{guard}typeof({c}) != 'integer'", f"{shown} || ', not a whole number'")]
        if kind == "count":
            pairs.append((f"{guard}{c} < 0", f"{shown} || ', a negative number'"))
        return pairs
    return []  # categories: read leniently (loads_list)


def _table_sql(table: str, indexed: bool = False) -> str:
    kinds = COLUMN_KINDS[table]
    key = _quoted(_TABLE_KEYS[table])
    columns = ESSENTIAL.get(table, tuple(kinds))
    pairs = [(f"typeof({key}) != 'text'", "'its key ' || quote(" + key + ") || ' is not an id'")]
    for column in columns:
        pairs += _value_sql(column, kinds[column])
    if table == "findings":
        for start, end, document in SPANS:
            s, e = _quoted(start), _quoted(end)
            pairs += [
                (f"({s} IS NULL) != ({e} IS NULL)", f"'{start} and {end} must both be given or both be empty'"),
                (f"{s} > {e}", f"'{start} ' || {s} || ' lies after {end} ' || {e}"),
                (f"{e} > (SELECT length FROM text_lengths WHERE id = {_quoted(document)})",
                 f"'{end} ' || {e} || ' lies outside the document'"),
            ]
    for (source, column), target in REFERENCES.items():
        if source == table:
            c = _quoted(column)
            pairs.append((f"{c} IS NOT NULL AND {c} NOT IN (SELECT id FROM {target})",
                          f"'{column} ' || substr({c}, 1, 8) || ' points to nothing'"))
    cases = "\n".join(f"        WHEN {condition} THEN {message}" for condition, message in pairs)
    lengths = f"WITH text_lengths AS MATERIALIZED ({_LENGTHS_INDEXED if indexed else _LENGTHS_READ}) " \
        if table == "findings" else ""
    return f"{lengths}SELECT {key}, CASE\n{cases}\n    END AS problem FROM {table} WHERE problem IS NOT NULL"


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
    bad = project.db.execute(_DOCUMENT_PASSAGE_PROBLEM, {"document": row[0]}).fetchone()
    return f"a passage: {bad[0]}" if bad else None


def loads_list(value: object) -> list:
    """A JSON list column read leniently: anything else is an empty list."""
    try:
        data = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        return []
    return data if isinstance(data, list) else []
