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
    from desktop.store.index.search import search

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


@cache
def _long_paragraph() -> Path:
    """A project whose agreement is one 2 MB paragraph without line breaks, "wonen" in it 100,000 times."""
    from desktop.store import create_project
    from tests.builders import add_document

    path = temp_folder("speerpunt-bench-") / "lang.speerpunt"
    with create_project(path) as project:
        add_document(project, ["gemeente wonen zorg " * 100_000, "Een gewone alinea over wonen."])
    return path


def _open_long():
    from desktop.store import open_project

    return open_project(_long_paragraph())


def _search_long(project) -> str:
    from desktop.store.index.search import search

    hits = search(project, "wonen", limit=20)
    return f"{len(hits)} hits, snippet {len(hits[0].snippet)} characters"


def _search_long_floor(project) -> str:
    # The floor: FTS5 finding and ranking the same hits, without any snippet.
    rows = project.db.execute(
        "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH '\"wonen\"' "
        "ORDER BY bm25(passages_fts) LIMIT 20").fetchall()
    return f"{len(rows)} hits (floor: MATCH and bm25 only)"


def _scan_damage(project) -> str:
    from desktop.store.checks.damage import find_damaged_rows

    return f"{len(find_damaged_rows(project))} damaged rows"


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
    Benchmark("search a 2 MB paragraph, 100,000 matches", 0.5, _search_long, setup=_open_long,
              teardown=lambda p: p.close()),
    Benchmark("floor: FTS5 match on the 2 MB paragraph", 0.5, _search_long_floor, setup=_open_long,
              teardown=lambda p: p.close()),
    Benchmark("damaged-row scan on first read (25 x 60 p, 10k findings)", 0.3, _scan_damage,
              setup=_open_for_search, teardown=lambda p: p.close()),
]
