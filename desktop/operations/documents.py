"""Bringing documents into a project and changing their details."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.document import EDITABLE_FIELDS, DocumentKind, ImportedDocument
from desktop.domain.metadata import metadata_from_filename
from desktop.domain.text import clean_line
from desktop.ingest import ImportRefused, already_imported, read_document, read_source
from desktop.operations.changes import Changes
from desktop.operations.import_reader import PassageRow, passage_rows
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason
from desktop.store.documents import DocumentRecord, find_document_by_sha256, get_document
from desktop.store.ids import new_id, now
from desktop.store.index.search_index import index_document, insert_index_rows
from desktop.store.project import Project


@dataclass(frozen=True)
class ImportResult:
    document: DocumentRecord
    changes: Changes
    warnings: tuple[str, ...] = ()


def import_document(
    project: Project,
    path: Path | str,
    kind: DocumentKind | str = DocumentKind.AGREEMENT,
    title: str | None = None,
    author: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read ``path`` and store it with its passages and search index, all or nothing.

    The file is read and segmented before the transaction opens, so a refusal
    or a cancel leaves the project exactly as it was.
    """
    path = Path(path)
    progress = progress or NullProgress()
    kind = DocumentKind(kind)
    data = read_source(path)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = find_document_by_sha256(project, sha256)
    if existing is not None:
        raise ImportRefused(path.name, already_imported(existing.title, existing.id))
    imported = read_document(path, data=data, progress=progress)
    check_cancelled(progress)
    document_id = store_document(project, imported, data, sha256, path.name, kind, title, author,
                                 metadata=metadata_from_filename(path.name))
    return ImportResult(
        document=get_document(project, document_id),
        changes=Changes(documents={document_id}),
        warnings=tuple(imported.warnings),
    )


def store_document(
    project: Project,
    imported: ImportedDocument,
    data: bytes,
    sha256: str,
    source_name: str,
    kind: DocumentKind,
    title: str | None = None,
    author: str | None = None,
    metadata: dict[str, str] | None = None,
    index: list[tuple[str, str]] | None = None,
) -> str:
    """Store a read document in one transaction; ``index``: its passages' index rows, made ahead by a worker."""
    return store_rows(project, imported.title, imported.text, imported.pages, passage_rows(imported), data, sha256,
                      source_name, kind, title, author, metadata, index)


def store_rows(
    project: Project,
    read_title: str,
    text: str,
    pages: int | None,
    rows: list[PassageRow],
    data: bytes,
    sha256: str,
    source_name: str,
    kind: DocumentKind,
    title: str | None = None,
    author: str | None = None,
    metadata: dict[str, str] | None = None,
    index: list[tuple[str, str]] | None = None,
) -> str:
    """``store_document`` for a document read as its passages' rows (``passage_rows``), in one transaction."""
    document_id = new_id()
    metadata = metadata or {}
    stamp = now()
    db = project.db
    with db.atomic():
        db.execute(
            "INSERT INTO documents (id, title, kind, source_name, sha256, pages, imported_at, text, author, modified, "
            "short_name, issuer, period, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                document_id,
                (title or read_title or Path(source_name).stem).strip(),
                kind.value,
                source_name,
                sha256,
                pages,
                stamp,
                text,
                author,
                stamp,
                metadata.get("short_name"),
                metadata.get("issuer"),
                metadata.get("period"),
                metadata.get("date"),
            ],
        )
        db.execute("INSERT INTO document_sources (document_id, data) VALUES (?, ?)", [document_id, data])
        first_rowid = _next_passage_rowid(project)
        db.conn.executemany(
            "INSERT INTO passages (id, document_id, seq, kind, level, heading_path, page, pdf_page, page_breaks, start, "
            '"end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [(first_rowid + number, document_id, *row, text[row[7] : row[8]]) for number, row in enumerate(rows)],
        )
        if index is not None and len(index) == len(rows):
            insert_index_rows(db, [first_rowid + i for i in range(len(index))], index)
        else:
            index_document(db, document_id)
    return document_id


def _next_passage_rowid(project: Project) -> int:
    return (project.db.execute("SELECT max(id) FROM passages").fetchone()[0] or 0) + 1


def update_document(project: Project, document_id: str, **fields: object) -> Changes:
    """Change a document's details: title, kind, date, parties, issuer, categories, period, short name.

    ``categories`` is a list of group names, or a comma-separated string.
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a document; "
                         f"choose from {', '.join(EDITABLE_FIELDS)}")
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name == "kind":
            value = DocumentKind(value).value
        elif name == "categories":
            items = value.split(",") if isinstance(value, str) else list(value or [])
            value = json.dumps(sorted({clean_line(str(item)) for item in items if clean_line(str(item))}),
                               ensure_ascii=False)
        elif name == "title" and not clean_line(str(value or "")):
            raise ValueError(Reason("a document needs a title"))
        elif isinstance(value, str):
            value = clean_line(value) or None
        values[name] = value
    if not values:
        return Changes()
    with project.db.atomic():
        project.db.table("documents").update(document_id, {**values, "modified": now()})
    return Changes(documents={document_id})


def copy_document_content(project: Project, other: Project, sha256: str) -> str:
    """Copy the document with ``sha256`` from ``other`` (text, bytes, passages, index), inside the caller's
    transaction; its shared columns are written by the merge afterwards."""
    source_db = other.db
    row = source_db.execute(
        "SELECT id, title, kind, source_name, pages, imported_at, text, modified FROM documents WHERE sha256 = ?",
        [sha256],
    ).fetchone()
    document_id = row[0]
    if project.db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone():
        document_id = new_id()
    project.db.execute(
        "INSERT INTO documents (id, title, kind, source_name, sha256, pages, imported_at, text, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [document_id, row[1], row[2], row[3], sha256, row[4], row[5], row[6], row[7]],
    )
    data = source_db.execute("SELECT data FROM document_sources WHERE document_id = ?", [row[0]]).fetchone()
    if data is not None:
        project.db.execute("INSERT INTO document_sources (document_id, data) VALUES (?, ?)", [document_id, data[0]])
    first_rowid = _next_passage_rowid(project)
    passages = source_db.execute(
        'SELECT seq, kind, level, heading_path, page, pdf_page, page_breaks, start, "end", text FROM passages '
        "WHERE document_id = ? ORDER BY seq",
        [row[0]],
    ).fetchall()
    project.db.conn.executemany(
        "INSERT INTO passages (id, document_id, seq, kind, level, heading_path, page, pdf_page, page_breaks, start, "
        '"end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(first_rowid + index, document_id, *passage) for index, passage in enumerate(passages)],
    )
    index_document(project.db, document_id)
    return document_id
