"""The reader processes' part of an import: read, segment and index one file into plain rows.

Runs in the batch import's worker processes (desktop.operations.batch), which start by importing
this module alone: it needs the readers (desktop.ingest) and the search index's words, never
the project file, so a reader starts without SQLite's wrapper and the command line (about 0.35 s
of CPU less per reader; docs/PERFORMANCE.md). The writer stores what it returns.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.document import ImportedDocument
from desktop.ingest import ImportRefused, read_document, read_source
from desktop.reasons import Reason
from desktop.store.index.words import index_rows

# A passage as its row in the passages table (without its id and document): seq, kind, level, heading
# path (JSON), page, pdf_page, page breaks (JSON), start, end.
PassageRow = tuple[int, str, int, str, str | None, int | None, str, int, int]


def passage_rows(imported: ImportedDocument) -> list[PassageRow]:
    """The rows ``store_rows`` writes for the passages of ``imported``; pure, so a worker process can make
    them (plain tuples cross to the writer at a tenth of the cost of ``Passage`` objects)."""
    paths: dict[tuple[str, ...], str] = {}  # a document's passages share few heading paths: each written once

    def path_json(path: tuple[str, ...]) -> str:
        written = paths.get(path)
        if written is None:
            written = paths[path] = json.dumps(list(path), ensure_ascii=False)
        return written

    return [
        (passage.seq, passage.kind.value, passage.level, path_json(passage.heading_path), passage.page,
         passage.pdf_page,
         json.dumps([list(b) for b in passage.page_breaks], ensure_ascii=False) if passage.page_breaks else "[]",
         passage.start, passage.end)
        for passage in imported.passages
    ]


@dataclass(frozen=True)
class ReadResult:
    """What a worker hands back for one file: the document as the writer stores it and its bytes, or the refusal.

    Plain strings and tuples only: they cross from the reader process to the writer (pickled there
    and back) at a fraction of the cost of the reader's ``Passage`` objects.
    """

    name: str
    data: bytes = b""
    sha256: str = ""
    refusal: str = ""
    title: str = ""
    text: str = ""
    pages: int | None = None
    warnings: tuple[str, ...] = ()
    passages: list[PassageRow] = field(default_factory=list)  # rows for the passages table (``passage_rows``)
    index: list[tuple[str, str]] = field(default_factory=list)  # the passages' search-index rows


def read_for_import(path: Path) -> ReadResult:
    """The worker's part (runs in another process): read, hash, extract and segment one file."""
    with collector_paused():
        return _read(Path(path))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while one file is read, on again after (if it was on).

    Reading a file makes hundreds of thousands of small objects that live until the file is
    done (lines, pieces, blocks) and hold no cycles; the collector walked them again and again
    as they piled up (3% of reading). Whatever cycles a read leaves are collected once it is on again.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read(path: Path) -> ReadResult:
    try:
        try:
            # Only a regular file, within its type's size cap: a pipe or device is refused at once.
            data = read_source(path)
        except OSError as error:
            raise ImportRefused(path.name, Reason("cannot be read: {error}", error=error.strerror or str(error))) from error
        document = read_document(path, data=data)
        index = index_rows([document.text[p.start:p.end] for p in document.passages])
        rows = passage_rows(document)
    except ImportRefused as refusal:
        return ReadResult(path.name, refusal=refusal.reason)
    except MemoryError:
        return ReadResult(path.name, refusal=Reason("too large to read"))
    except Exception as error:  # noqa: BLE001 - a hostile file must not stop the batch
        return ReadResult(path.name, refusal=Reason("cannot be read ({error})", error=type(error).__name__))
    return ReadResult(path.name, data, hashlib.sha256(data).hexdigest(), title=document.title, text=document.text,
                      pages=document.pages, warnings=tuple(document.warnings), passages=rows, index=index)
