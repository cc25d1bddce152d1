"""Search: building the stemmed index and searching it, each beside the floor of a bare FTS5 call on the same text.

The floors are what SQLite alone costs: a plain ``unicode61`` FTS5 table over the raw
passage text, queried with ``bm25()`` and ``snippet()``, as Speerpunt did before stems.
``python -m bench search`` runs just these.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from bench.core import CORPUS
from bench.runner import Benchmark, Skip

QUERIES = ("schuldhulpverlening", "financiele positie", "woning*", '"sociaal domein"')
BARE_QUERIES = ("schuldhulpverlening", "financiele positie", '"woning"*', '"sociaal domein"')
SENTENCE = "De gemeente investeert in woningen en zorg voor iedereen die het nodig heeft "


@cache
def _generated_passages() -> list[str]:
    from bench.generate import agreement_blocks
    from desktop.domain.document import assemble

    imported = assemble("akkoord", agreement_blocks(100, seed=11))
    return [imported.passage_text(p) for p in imported.passages]


@cache
def _corpus_passages(name: str) -> list[str]:
    from desktop.ingest import read_document

    path = CORPUS / name
    if not path.exists():
        raise Skip(f"{path} is absent")
    imported = read_document(path)
    return [imported.passage_text(p) for p in imported.passages]


def _ours(passages) -> object:
    def run(_state) -> str:
        from desktop.store.index.words import index_columns

        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE f USING fts5(words, stems, tokenize='unicode61 remove_diacritics 0')")
        texts = passages()
        db.executemany("INSERT INTO f (rowid, words, stems) VALUES (?, ?, ?)",
                       ((n, *index_columns(text)) for n, text in enumerate(texts)))
        db.commit()
        return f"{len(texts)} passages, {sum(map(len, texts)) // 1000} k chars"

    return run


def _bare(passages) -> object:
    def run(_state) -> str:
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
        texts = passages()
        db.executemany("INSERT INTO f (rowid, text) VALUES (?, ?)", enumerate(texts))
        db.commit()
        return f"{len(texts)} passages (floor)"

    return run


def _collection_project():
    from bench.core import _open_for_search

    return _open_for_search()


def _search_ours(project) -> str:
    from desktop.store.index.search import search

    hits = sum(len(search(project, query, limit=50)) for query in QUERIES)
    return f"{hits} hits over 4 queries"


@cache
def _bare_collection() -> sqlite3.Connection:
    """The collection's passages in a plain FTS5 table (the floor), built once."""
    from bench.core import _collection

    source = sqlite3.connect(_collection())
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO f (rowid, text) VALUES (?, ?)", source.execute("SELECT id, text FROM passages"))
    db.commit()
    source.close()
    return db


def _search_bare(db: sqlite3.Connection) -> str:
    hits = 0
    for query in BARE_QUERIES:
        hits += len(db.execute("SELECT rowid, snippet(f, 0, '[', ']', '…', 16), bm25(f) AS rank FROM f "
                               "WHERE f MATCH ? ORDER BY rank LIMIT 50", [query]).fetchall())
    return f"{hits} hits over 4 queries (floor)"


def _huge_project():
    from bench.runner import temp_folder
    from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
    from desktop.operations.documents import store_document
    from desktop.store import create_project

    project = create_project(temp_folder() / "huge.speerpunt")
    text = SENTENCE * (2_000_000 // len(SENTENCE))  # one paragraph, no line breaks
    imported = assemble("Lang", [Block(PassageKind.PARAGRAPH, text)])
    store_document(project, imported, text.encode(), "huge", "lang.txt", DocumentKind.AGREEMENT)
    return project


def _search_huge(project) -> str:
    from desktop.store.index.search import search

    [hit] = search(project, "gemeente zorg")
    return f"{len(hit.matches)} matched words in one 2 MB passage"


def _bare_huge(chars: int, with_snippet: bool):
    def setup() -> sqlite3.Connection:
        db = sqlite3.connect(":memory:")
        db.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
        db.execute("INSERT INTO f (rowid, text) VALUES (1, ?)", [SENTENCE * (chars // len(SENTENCE))])
        return db

    def run(db: sqlite3.Connection) -> str:
        columns = "snippet(f, 0, '[', ']', '…', 16), bm25(f)" if with_snippet else "bm25(f)"
        db.execute(f"SELECT {columns} FROM f WHERE f MATCH 'gemeente AND zorg'").fetchall()
        return "bare FTS5 " + ("snippet() + bm25()" if with_snippet else "bm25() (floor)")

    return setup, run


_huge_bm25 = _bare_huge(2_000_000, with_snippet=False)
_snippet_200k = _bare_huge(200_000, with_snippet=True)

BENCHMARKS = [
    Benchmark("search index: generated 100-page agreement", 0.5, _ours(_generated_passages)),
    Benchmark("search index: generated 100-page agreement, bare FTS5 (floor)", 0.5, _bare(_generated_passages)),
    Benchmark("search index: regeerprogramma 2024 (138 p)", 0.5, _ours(lambda: _corpus_passages(
        "nl-regeerprogramma-2024.pdf"))),
    Benchmark("search index: regeerprogramma 2024, bare FTS5 (floor)", 0.5, _bare(lambda: _corpus_passages(
        "nl-regeerprogramma-2024.pdf"))),
    Benchmark("search 4 queries (25 x 60 p), with matches + snippets", 0.08, _search_ours,
              setup=_collection_project, teardown=lambda p: p.close()),
    Benchmark("search 4 queries (25 x 60 p), bare FTS5 bm25 + snippet (floor)", 0.08, _search_bare,
              setup=_bare_collection),
    Benchmark("search a 2 MB passage (issue 10), with matches + snippet", 2.0, _search_huge,
              setup=_huge_project, teardown=lambda p: p.close(), repeat=3),
    Benchmark("search a 2 MB passage, bare FTS5 bm25 (floor)", 2.0, _huge_bm25[1], setup=_huge_bm25[0], repeat=3),
    Benchmark("bare FTS5 snippet() on a 0.2 MB passage (what 2 MB cost before)", 2.0, _snippet_200k[1],
              setup=_snippet_200k[0], repeat=1, quick_repeat=1, in_quick=False),
]
