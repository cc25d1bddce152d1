"""New projects use 16 KB pages (and merge index segments by eight); a project made before, with SQLite's 4 KB pages, keeps working as it is."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
from desktop.operations.documents import store_document
from desktop.store import project as project_module
from desktop.store.documents import list_documents
from desktop.store.index.search import search
from desktop.store.project import create_project, open_project


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def _store(project, name: str, words: str) -> None:
    blocks = [Block(PassageKind.PARAGRAPH, f"Alinea {n}: {words} in gemeente {n}.") for n in range(400)]
    store_document(project, assemble(name, blocks), name.encode(), name, f"{name}.txt", DocumentKind.AGREEMENT)


def test_a_project_made_with_small_pages_opens_and_grows_as_it_is(tmp_path, monkeypatch):
    path = tmp_path / "oud.speerpunt"
    monkeypatch.setattr(project_module, "NEW_PAGE_SIZE", 4096)  # as every project was made before
    with create_project(path) as project:
        _store(project, "Assen", "woningbouw en armoede")
    monkeypatch.undo()
    assert _page_size(path) == 4096
    with open_project(path, full_check=True) as project:
        _store(project, "Emmen", "energietransitie en woningen")
        assert sorted(document.title for document in list_documents(project)) == ["Assen", "Emmen"]
        assert len(search(project, "woningbouw", limit=1000)) == 400
        assert len(search(project, "woning", limit=1000)) == 400  # stems: "woningen" in Emmen only
    with open_project(path, full_check=True) as project:
        assert len(list_documents(project)) == 2
    assert _page_size(path) == 4096


def test_a_new_project_has_large_pages_and_answers_the_same(tmp_path):
    path = tmp_path / "nieuw.speerpunt"
    with create_project(path) as project:
        _store(project, "Assen", "woningbouw en armoede")
        _store(project, "Emmen", "energietransitie en woningen")
    assert _page_size(path) == 16384
    with open_project(path, full_check=True) as project:
        assert len(search(project, "woningbouw", limit=1000)) == 400
        assert len(search(project, "woning", limit=1000)) == 400
