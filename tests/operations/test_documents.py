"""Importing documents into a project: all or nothing, duplicates recognised."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.ingest import ImportRefused
from desktop.operations import documents as document_operations
from desktop.operations.documents import import_document
from desktop.progress import Cancelled, RecordingProgress
from desktop.store.documents import list_documents, list_passages
from desktop.store.search import search


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


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
