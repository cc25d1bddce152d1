"""Collection timings: a batch import of 25 agreements, the speerpunt view and the matrix over 25 documents.

Runs offscreen; ``python -m bench collection`` runs just these.
"""

from __future__ import annotations

import os
import random
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, temp_folder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCUMENTS = 25
PAGES = 40
FINDINGS = 2_000
CATEGORIES = ("G4", "G40", "middelgroot", "platteland")


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@cache
def _agreement_files() -> list[Path]:
    """25 agreements of 40 pages as files, alternately DOCX and PDF (PDF once its reader has landed)."""
    from bench.documents import write_docx, write_pdf
    from bench.generate import agreement_blocks

    try:
        import desktop.ingest.pdf  # noqa: F401
        has_pdf = True
    except ImportError:
        has_pdf = False
    folder = temp_folder("speerpunt-bench-batch-")
    files = []
    for number in range(DOCUMENTS):
        pdf = has_pdf and number % 2 == 1
        writer = write_pdf if pdf else write_docx
        name = f"gemeente-{number + 1:02d}-coalitieakkoord-2026-2030{'.pdf' if pdf else '.docx'}"
        files.append(writer(agreement_blocks(PAGES, seed=100 + number), folder / name))
    return files


def _batch_state():
    from desktop.store.project import create_project
    from desktop.ui.session import Session

    _app()
    files = _agreement_files()
    project = create_project(temp_folder() / "batch.speerpunt")
    return Session(project, "Bench"), files


def _batch_import(state) -> str:
    """The whole batch as the analyst starts it: worker thread, one progress bar, summary at the end."""
    from PySide6.QtCore import QEventLoop

    from desktop.ui.documents.batch_import import BatchImport

    session, files = state
    batch = BatchImport(session, files, "agreement")
    loop = QEventLoop()
    batch.show_summary = lambda outcome: loop.quit()
    batch.start()
    loop.exec()
    outcome = batch.outcome
    kinds = sorted({path.suffix for path in files})
    return f"{len(outcome.imported)} imported ({'/'.join(kinds)}), {len(outcome.refused)} refused"


def _close_batch(state) -> None:
    session, _files = state
    session.close()


@cache
def _collection_path() -> Path:
    """25 agreements of 40 pages in four categories with 2,000 findings."""
    from bench.generate import CHAPTERS, OBJECTS, store_generated_document
    from desktop.domain.framework import Framework, Speerpunt, Theme
    from desktop.operations.documents import update_document
    from desktop.operations.frameworks import add_framework
    from desktop.store.frameworks import list_speerpunten
    from desktop.store.ids import new_id, now
    from desktop.store.project import create_project

    rng = random.Random(4)
    path = temp_folder() / "collection.speerpunt"
    project = create_project(path)
    add_framework(project, Framework(name="Vergelijking", themes=[
        Theme(title=title, code=str(t + 1), speerpunten=[
            Speerpunt(code=f"{t + 1}.{n + 1}", title=OBJECTS[(t * 5 + n) % len(OBJECTS)].capitalize())
            for n in range(5)]) for t, title in enumerate(CHAPTERS[:6])]))
    codes = [sp.id for sp in list_speerpunten(project)]  # six themes of five, as in the 25-agreement study
    texts = {}
    for number in range(DOCUMENTS):
        document_id = store_generated_document(project, PAGES, 200 + number, f"Coalitieakkoord gemeente {number + 1}")
        update_document(project, document_id, short_name=f"Gemeente {number + 1:02d}",
                        categories=[CATEGORIES[number % len(CATEGORIES)]])
        texts[document_id] = project.db.execute("SELECT text, sha256 FROM documents WHERE id = ?",
                                                [document_id]).fetchone()
    rows = []
    for _ in range(FINDINGS):
        document_id = rng.choice(list(texts))
        text, sha = texts[document_id]
        start = rng.randrange(0, len(text) - 300)
        stamp = now()
        rows.append((new_id(), document_id, sha, rng.choice(codes), rng.choice(["positive", "concern", "missing"]),
                     start, start + rng.randrange(40, 300), text[start:start + 60], "Notitie", "Bench", stamp, stamp))
    with project.db.atomic():
        project.db.conn.executemany(
            'INSERT INTO findings (id, document_id, document_sha256, speerpunt_id, assessment, start, "end", '
            "quote, note, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    project.close()
    return path


def _session():
    from desktop.store.project import open_project
    from desktop.ui.session import Session

    _app()
    return Session(open_project(_collection_path()), "Bench")


def _open_speerpunt_view(session) -> str:
    """Build the view, show the first theme (half the findings) and paint it."""
    from desktop.ui.review.speerpunt_view import SpeerpuntView

    view = SpeerpuntView(session)
    view.resize(1200, 800)
    view.show()
    view.show_theme(view.combo.itemData(0).split(":", 1)[1])
    view.tree.viewport().grab()
    shown = len(view.model.passages())
    view.deleteLater()
    return f"{shown} passages of one theme"


def _matrix_state():
    from desktop.store.frameworks import list_speerpunten
    from desktop.ui.review.matrix_view import MatrixView

    session = _session()
    view = MatrixView(session)
    view.resize(1400, 800)
    view.set_mode("speerpunt", "document")
    view.show()
    view.table.viewport().grab()
    document_id = session.project.db.execute("SELECT id FROM documents LIMIT 1").fetchone()[0]
    return session, view, document_id, list_speerpunten(session.project)[0].id


def _matrix_after_finding(state) -> str:
    """A new finding through its undo command, the matrix recomputed (on session.changed) and repainted."""
    from desktop.ui.commands.findings import AddFinding

    session, view, document_id, speerpunt_id = state
    session.push(AddFinding(session, document_id, speerpunt_id, "positive", 500, 620))
    view.table.viewport().grab()
    return f"{view.model.rowCount()} x {view.model.columnCount()} cells"


def _close_matrix(state) -> None:
    session, view, _document_id, _speerpunt_id = state
    view.deleteLater()
    session.close()


BENCHMARKS = [
    Benchmark(f"batch import {DOCUMENTS} agreements x {PAGES} p", 20.0, _batch_import, setup=_batch_state,
              teardown=_close_batch, repeat=1, quick_repeat=1, in_quick=False),
    Benchmark(f"speerpunt view, {DOCUMENTS} docs {FINDINGS} findings", 0.3, _open_speerpunt_view, setup=_session,
              teardown=lambda session: session.close(), repeat=5),
    Benchmark("matrix recomputed after a new finding", 0.1, _matrix_after_finding, setup=_matrix_state,
              teardown=_close_matrix, repeat=5),
]
