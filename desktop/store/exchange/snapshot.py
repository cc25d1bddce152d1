"""A project's shareable rows as plain data, keyed the same way in every copy.

Documents are keyed by their SHA-256 (ids differ between copies of the same
file), everything else by its UUID; references to documents are written as
hashes, so a snapshot of one project can be compared with another's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desktop.store.project import Project


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: str
    columns: tuple[str, ...]
    # column -> the documents column whose sha256 it refers to (id in the file, hash in a snapshot)
    document_refs: tuple[str, ...] = ()


TABLES: tuple[TableSpec, ...] = (
    TableSpec("documents", "sha256", ("title", "kind", "source_name", "pages", "date", "parties", "author",
                                      "issuer", "categories", "period", "short_name", "modified", "deleted",
                                      "superseded_by")),
    TableSpec("frameworks", "id", ("name", "description", "author", "modified", "deleted")),
    TableSpec("themes", "id", ("framework_id", "code", "title", "colour", "position", "author", "modified",
                               "deleted")),
    TableSpec("speerpunten", "id", ("theme_id", "code", "title", "formulation", "colour", "position", "author",
                                    "modified", "deleted")),
    TableSpec("findings", "id", ("document_id", "document_sha256", "speerpunt_id", "assessment", "start", "end", "quote", "prefix",
                                 "suffix", "note", "source_document_id", "source_start", "source_end", "author",
                                 "created", "modified", "deleted", "anchor", "anchor_score"),
              document_refs=("document_id", "source_document_id")),
    TableSpec("reactions", "id", ("speerpunt_id", "document_id", "text", "drafted_from", "author", "created",
                                  "modified", "deleted"), document_refs=("document_id",)),
    TableSpec("project_settings", "key", ("value", "author", "modified")),
)
SPECS = {spec.name: spec for spec in TABLES}

# Columns added after bundle version 1 (schema 6: revised agreements). A bundle without them is read with
# NULL, and a NULL in them is left out of the content hash, so a row hashes as it did before the column
# existed and upgrading a project never turns every row into a "changed on both sides" conflict.
LATER_COLUMNS: dict[str, tuple[str, ...]] = {"documents": ("superseded_by",), "findings": ("anchor", "anchor_score")}
_LATER = frozenset(column for columns in LATER_COLUMNS.values() for column in columns)


def with_later_columns(table: str, row: dict) -> dict:
    """``row`` with the columns added after bundle version 1 filled in as NULL where absent."""
    return {**{column: None for column in LATER_COLUMNS.get(table, ())}, **row}


def content_hash(row: dict) -> str:
    row = {key: value for key, value in row.items() if value is not None or key not in _LATER}
    # default=repr: a damaged row (bytes where text belongs) still hashes instead of failing the merge.
    canonical = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=repr)
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


@dataclass
class Snapshot:
    """rows[table][key] = the synced columns (document references as hashes)."""

    rows: dict[str, dict[str, dict]] = field(default_factory=dict)
    shared: dict[str, dict[str, str | None]] = field(default_factory=dict)
    authors: set[str] = field(default_factory=set)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, {}))


def _quoted(column: str) -> str:
    return f'"{column}"'


def _selected(db, spec: TableSpec, columns: str, keys) -> Iterator[tuple]:
    """Every row of the table, or (with ``keys``) only those, a chunk of keys per query."""
    if keys is None:
        yield from db.execute(f"SELECT {columns} FROM {spec.name}")
        return
    keys = list(keys)
    for begin in range(0, len(keys), 500):
        chunk = keys[begin:begin + 500]
        marks = ", ".join("?" for _ in chunk)
        yield from db.execute(f"SELECT {columns} FROM {spec.name} WHERE {_quoted(spec.key)} IN ({marks})", chunk)


def read_snapshot(project: Project, only: dict[str, Iterable[str]] | None = None) -> Snapshot:
    """The project's shared rows; with ``only`` just the given keys per table (a table not named: none)."""
    db = project.db
    sha_of = dict(db.execute("SELECT id, sha256 FROM documents").fetchall())
    snapshot = Snapshot()
    for spec in TABLES:
        columns = ", ".join(_quoted(c) for c in (spec.key, *spec.columns, "shared_hash"))
        rows: dict[str, dict] = {}
        shared: dict[str, str | None] = {}
        keys = None if only is None else only.get(spec.name, ())
        for values in _selected(db, spec, columns, keys):
            row = dict(zip(spec.columns, values[1:-1], strict=True))
            for ref in spec.document_refs:
                if row[ref] is not None:
                    # A reference to a document that is not there (a damaged row) stays as it is;
                    # the merge's checks name it.
                    row[ref] = sha_of.get(row[ref], row[ref])
            rows[values[0]] = row
            shared[values[0]] = values[-1]
        snapshot.rows[spec.name] = rows
        snapshot.shared[spec.name] = shared
    snapshot.authors = {name for (name,) in db.execute("SELECT name FROM authors")}
    return snapshot
