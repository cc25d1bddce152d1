"""Reading documents and their passages from a project."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.domain.document import PassageKind, page_label_at
from desktop.reasons import Reason
from desktop.store.checks.damage import damaged_keys, loads_list
from desktop.store.ids import NotFound, resolve_prefix
from desktop.store.project import Project


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str
    kind: str
    source_name: str
    sha256: str
    pages: int | None
    imported_at: str
    date: str | None
    parties: str | None
    passages: int
    findings: int
    issuer: str | None = None
    categories: tuple[str, ...] = ()
    period: str | None = None
    short_name: str | None = None
    # SHA-256 of the newer version that replaced this one (read-only from then on), or None.
    superseded_by: str | None = None

    @property
    def superseded(self) -> bool:
        return self.superseded_by is not None

    @property
    def citation_name(self) -> str:
        """How exports cite the document: its short name, else its title."""
        return self.short_name or self.title


@dataclass(frozen=True)
class PassageRecord:
    id: int
    document_id: str
    seq: int
    kind: PassageKind
    level: int
    heading_path: tuple[str, ...]
    page: str | None  # the printed page label; None on an unnumbered page or without pages
    start: int
    end: int
    text: str
    pdf_page: int | None = None  # the page's 1-based index in the file
    # (offset, page index, label) where the passage reaches a later page
    page_breaks: tuple[tuple[int, int, str | None], ...] = ()


_DOCUMENT_COLUMNS = """
    d.id, d.title, d.kind, d.source_name, d.sha256, d.pages, d.imported_at, d.date, d.parties,
    (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages,
    (SELECT count(*) FROM findings f WHERE f.document_id = d.id AND f.deleted IS NULL) AS findings,
    d.issuer, d.categories, d.period, d.short_name, d.superseded_by
"""


def _record(row: tuple) -> DocumentRecord:
    # Details other than title and kind are read leniently (desktop.store.checks.damage): a hand-edited
    # value of another type is shown as text, never passed on to break a view or an export.
    return DocumentRecord(
        *row[:5], row[5] if isinstance(row[5], int) else None, *(_text(value) for value in row[6:9]),
        *row[9:11], _text(row[11]), tuple(str(item) for item in loads_list(row[12] or "[]") if isinstance(item, str)),
        _text(row[13]), _text(row[14]), _text(row[15]),
    )


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def list_documents(project: Project, category: str | None = None, current_only: bool = False) -> list[DocumentRecord]:
    """Live documents in import order; with ``category`` only those in that group; with ``current_only``
    without the versions a newer one superseded (what exports and comparisons cite)."""
    records = _all_documents(project)
    if current_only:
        records = [record for record in records if record.superseded_by is None]
    if category is not None:
        records = [record for record in records if category in record.categories]
    return list(records)


def _all_documents(project: Project) -> tuple[DocumentRecord, ...]:
    # Read from the index of schema version 8 (every detail but the text), with each document's
    # passage count. The window asks for the list several times while it is built: nothing changed
    # since the last call (this connection's changes, and data_version for other connections'
    # commits), the same answer.
    key = (project.db.conn.total_changes, project.db.execute("PRAGMA data_version").fetchone()[0])
    cached = getattr(project, "_listed_documents", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    rows = project.db.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.deleted IS NULL ORDER BY d.imported_at, d.title"
    ).fetchall()
    damaged = damaged_keys(project, "documents")
    records = tuple(_record(row) for row in rows if row[0] not in damaged)
    project._listed_documents = (key, records)
    return records


def finding_counts(project: Project) -> dict[str, int]:
    """document id -> its live findings, counted as ``list_documents`` counts them (documents without any left out)."""
    return dict(project.db.execute(
        "SELECT document_id, count(*) FROM findings WHERE deleted IS NULL GROUP BY document_id").fetchall())


def list_categories(project: Project) -> list[str]:
    rows = project.db.execute(
        "SELECT DISTINCT json_each.value FROM documents, json_each(documents.categories) "
        "WHERE documents.deleted IS NULL ORDER BY 1"
    ).fetchall()
    return [row[0] for row in rows]


def resolve_document_id(project: Project, ref: str) -> str:
    damaged = damaged_keys(project, "documents")
    ids = [row[0] for row in project.db.execute("SELECT id FROM documents WHERE deleted IS NULL")
           if row[0] not in damaged]
    return resolve_prefix(ids, ref, "document")


def get_document(project: Project, ref: str) -> DocumentRecord:
    document_id = resolve_document_id(project, ref)
    row = project.db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?", [document_id]).fetchone()
    return _record(row)


def current_version(project: Project, document_id: str) -> DocumentRecord:
    """The document, or the newest version that superseded it (following each newer version in turn)."""
    record = get_document(project, document_id)
    seen = {record.id}
    while record.superseded_by:
        newer = find_document_by_sha256(project, record.superseded_by)
        if newer is None or newer.id in seen:
            break  # the newer version is not in this project (a bundle told of it): this one is the newest here
        seen.add(newer.id)
        record = newer
    return record


def find_document_by_sha256(project: Project, sha256: str) -> DocumentRecord | None:
    row = project.db.execute(
        f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.sha256 = ? AND d.deleted IS NULL", [sha256]
    ).fetchone()
    return _record(row) if row and row[0] not in damaged_keys(project, "documents") else None


def document_text(project: Project, document_id: str) -> str:
    row = project.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
    if row is None:
        raise NotFound(Reason("no document with id '{id}'", id=document_id))
    if not isinstance(row[0], str):
        raise NotFound(Reason("the document '{id}' is damaged (its text is not text)", id=document_id[:8]))
    return row[0]


def document_source(project: Project, document_id: str) -> bytes:
    row = project.db.execute("SELECT data FROM document_sources WHERE document_id = ?", [document_id]).fetchone()
    if row is None:
        raise NotFound(Reason("no original file stored for document '{id}'", id=document_id))
    return row[0]


def list_passages(project: Project, document_id: str) -> list[PassageRecord]:
    rows = project.db.execute(
        'SELECT id, document_id, seq, kind, level, heading_path, page, start, "end", text, pdf_page, page_breaks '
        "FROM passages WHERE document_id = ? ORDER BY seq",
        [document_id],
    ).fetchall()
    damaged = damaged_keys(project, "passages")
    return [
        PassageRecord(
            id=row[0],
            document_id=row[1],
            seq=row[2],
            kind=PassageKind(row[3]),
            level=row[4],
            heading_path=tuple(str(part) for part in loads_list(row[5])),
            page=row[6],
            start=row[7],
            end=row[8],
            text=row[9],
            pdf_page=row[10],
            page_breaks=tuple(tuple(b) for b in json.loads(row[11] or "[]")),
        )
        for row in rows
        if row[0] not in damaged
    ]


def page_at(project: Project, document_id: str, offset: int) -> str | None:
    """The printed page ``offset`` stands on (in the passage holding it, or the nearest before it)."""
    row = project.db.execute(
        "SELECT page, page_breaks FROM passages WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
        [document_id, offset],
    ).fetchone()
    if row is None:
        return None
    return page_label_at(row[0], json.loads(row[1] or "[]"), offset)
