"""Importing documents into a project: all or nothing, duplicates recognised."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.ingest import ImportRefused, read_document
from desktop.operations import documents as document_operations
from desktop.operations.documents import import_document
from desktop.progress import Cancelled, RecordingProgress
from desktop.store.documents import list_documents, list_passages
from desktop.store.index.search import search


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def content(project) -> list[str]:
    """Every row of every table, the search index's own tables included: the project as data."""
    return list(project.db.conn.iterdump())


def counts(project) -> dict[str, int]:
    tables = ("documents", "document_sources", "passages", "passages_fts")
    return {table: project.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


TEXT = "# 1. Wonen\n\nDe woningbouw wordt versneld in alle regio's.\n\n# 2. Werk\n\nIedereen doet mee naar vermogen.\n"


def test_an_imported_text_is_stored_with_passages_and_searchable(project, tmp_path: Path) -> None:
    result = import_document(project, write(tmp_path, "akkoord.md", TEXT), author="Ann")
    assert result.document.title
    passages = list_passages(project, result.document.id)
    assert [p.kind.value for p in passages][:2] == ["heading", "paragraph"]
    assert search(project, "woningbouw")[0].document_id == result.document.id


def test_the_same_file_twice_is_recognised_by_its_hash(project, tmp_path: Path) -> None:
    import_document(project, write(tmp_path, "a.md", TEXT))
    with pytest.raises(ImportRefused, match="already in the project"):
        import_document(project, write(tmp_path, "kopie-met-andere-naam.md", TEXT))
    assert len(list_documents(project)) == 1


def test_a_failure_while_storing_leaves_the_project_unchanged(project, tmp_path: Path, monkeypatch) -> None:
    import_document(project, write(tmp_path, "eerste.md", TEXT))

    monkeypatch.setattr(document_operations, "_next_passage_rowid", lambda project: 1)  # clashes: passage ids taken
    with pytest.raises(sqlite3.IntegrityError):
        import_document(project, write(tmp_path, "tweede.md", TEXT + "\nNog een alinea.\n"))
    assert len(list_documents(project)) == 1
    assert project.db.execute("SELECT count(*) FROM document_sources").fetchone()[0] == 1
    assert len(search(project, "woningbouw")) == 1


def test_a_cancelled_import_stores_nothing(project, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        import_document(project, write(tmp_path, "a.md", TEXT), progress=RecordingProgress(cancel_after=0))
    assert list_documents(project) == []


def _damaged_docx() -> bytes:
    import io

    from docx import Document

    buffer = io.BytesIO()
    document = Document()
    document.add_paragraph("De woningbouw wordt versneld. " * 50)
    document.save(buffer)
    return buffer.getvalue()[:-200]  # the ZIP's central directory cut off, as by an interrupted download


def _scanned_pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")  # an image-like page: ink, no text layer
    return bytes(pdf.output())


REFUSED = {
    "damaged.docx": _damaged_docx,
    "scan.pdf": _scanned_pdf,
    "binary.txt": lambda: bytes(range(256)) * 40,
    "empty.md": lambda: b"\n \n",
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_refused_file_leaves_the_project_as_it_was(project, tmp_path: Path, name: str) -> None:
    import_document(project, write(tmp_path, "eerste.md", TEXT))
    before, before_counts = content(project), counts(project)
    path = tmp_path / name
    path.write_bytes(REFUSED[name]())
    with pytest.raises(ImportRefused, match=name):
        import_document(project, path)
    assert counts(project) == before_counts
    assert content(project) == before


def test_a_reader_failing_halfway_leaves_the_project_as_it_was(project, tmp_path: Path, monkeypatch) -> None:
    import_document(project, write(tmp_path, "eerste.md", TEXT))
    before = content(project)

    def fails_halfway(path, data=None, progress=None):
        read_document(path, data=data, progress=progress)  # the real work, then a bug at the very end
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(document_operations, "read_document", fails_halfway)
    second = write(tmp_path, "tweede.md", TEXT + "\nNog een alinea.\n")
    with pytest.raises(RuntimeError):
        import_document(project, second)
    assert content(project) == before
    monkeypatch.undo()
    assert import_document(project, second).document.source_name == "tweede.md"  # nothing half-made in the way


@pytest.mark.parametrize("table", ["documents", "document_sources", "passages", "passages_fts"])
def test_a_write_failing_at_any_step_leaves_the_project_as_it_was(project, tmp_path: Path, table: str) -> None:
    # The authorizer refuses one INSERT, so the failure comes after every earlier write of the import.
    import_document(project, write(tmp_path, "eerste.md", TEXT))
    before = content(project)
    second = write(tmp_path, "tweede.md", TEXT + "\nNog een alinea.\n")

    def deny(action, name, *_):
        return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_INSERT and name == table else sqlite3.SQLITE_OK

    project.db.conn.set_authorizer(deny)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            import_document(project, second)
    finally:
        project.db.conn.set_authorizer(None)
    assert content(project) == before
    assert len(search(project, "alinea")) == 0
    import_document(project, second)  # the same file imports afterwards: no duplicate hash left behind
    assert len(search(project, "alinea")) == 1
