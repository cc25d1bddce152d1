"""Benchmarks of the core: import, opening a project, search, saving a finding."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, Skip, temp_folder

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


@cache
def _collection() -> Path:
    """25 agreements of 60 pages with 10,000 findings, built once per run."""
    from bench.generate import build_project

    folder = temp_folder("speerpunt-bench-")
    return build_project(folder / "collection.speerpunt", documents=25, pages=60, findings=10_000)


def _fresh_project():
    from desktop.store import create_project

    folder = temp_folder("speerpunt-bench-")
    return create_project(folder / "import.speerpunt")


def _close(project) -> None:
    project.close()
    shutil.rmtree(project.path.parent, ignore_errors=True)


def _import_corpus(name: str):
    def run(project) -> str:
        from desktop.operations.documents import import_document

        path = CORPUS / name
        if not path.exists():
            raise Skip(f"{path} is absent")
        result = import_document(project, path)
        return f"{result.document.pages} pages, {result.document.passages} passages"

    return run


@cache
def _generated(suffix: str) -> Path:
    from bench.documents import write_docx, write_pdf
    from bench.generate import agreement_blocks

    folder = temp_folder("speerpunt-bench-")
    writer = write_pdf if suffix == ".pdf" else write_docx
    return writer(agreement_blocks(100, seed=11), folder / f"akkoord-100p{suffix}")


def _import_generated(suffix: str):
    def run(project) -> str:
        from desktop.operations.documents import import_document

        result = import_document(project, _generated(suffix))
        return f"{result.document.pages or '-'} pages, {result.document.passages} passages"

    return run


def _open_collection(_state) -> str:
    from desktop.store import open_project
    from desktop.store.documents import list_documents

    with open_project(_collection()) as project:
        documents = list_documents(project)
    return f"{len(documents)} documents"


def _search_collection(project) -> str:
    from desktop.store.search import search

    hits = 0
    for query in ("schuldhulpverlening", "financiele positie", "woning*", '"sociaal domein"'):
        hits += len(search(project, query, limit=50))
    return f"{hits} hits over 4 queries (time is per query x4)"


def _open_for_search():
    from desktop.store import open_project

    return open_project(_collection())


def _save_finding(project) -> None:
    from desktop.operations.findings import add_finding
    from desktop.store.frameworks import list_speerpunten

    document_id = project.db.execute("SELECT id FROM documents LIMIT 1").fetchone()[0]
    speerpunt_id = list_speerpunten(project)[0].id
    add_finding(project, document_id, speerpunt_id, "concern", 1000, 1100, note="Zorgpunt", author="Bench")


BENCHMARKS = [
    Benchmark("import regeerprogramma 2024 PDF (138 p)", 1.5, _import_corpus("nl-regeerprogramma-2024.pdf"),
              setup=_fresh_project, teardown=_close, repeat=3),
    Benchmark("import coalitieakkoord 2021 PDF (50 p)", 1.0, _import_corpus("nl-coalitieakkoord-2021-2025.pdf"),
              setup=_fresh_project, teardown=_close, repeat=3),
    Benchmark("import generated 100-page PDF", 1.5, _import_generated(".pdf"),
              setup=lambda: (_generated(".pdf"), _fresh_project())[1], teardown=_close, repeat=3),
    Benchmark("import generated 100-page DOCX", 1.5, _import_generated(".docx"),
              setup=lambda: (_generated(".docx"), _fresh_project())[1], teardown=_close, repeat=3),
    Benchmark("open project (25 x 60 p, 10k findings)", 0.5, _open_collection, setup=_collection),
    Benchmark("corpus search, 4 queries (25 x 60 p)", 0.08, _search_collection, setup=_open_for_search,
              teardown=lambda p: p.close()),
    Benchmark("save a finding (10k findings)", 0.05, _save_finding, setup=_open_for_search,
              teardown=lambda p: p.close()),
]
