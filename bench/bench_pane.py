"""Document pane timings: opening a 100-page agreement with 1,000 findings, a new finding's highlight.

Runs offscreen. ``python -m bench.bench_pane`` prints the figures; the same
benchmarks run with ``python -m bench pane``. With ``--corpus`` it also opens
the 138-page Regeerprogramma once the PDF importer can read it.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

from bench.runner import Benchmark, Skip, temp_folder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGES = 100
FINDINGS = 1_000


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _tagged_project(pages: int = PAGES, findings: int = FINDINGS):
    """A session over a fresh project: one generated agreement and ``findings`` findings on it."""
    from bench.generate import store_generated_document
    from desktop.operations.findings import add_finding
    from desktop.store.documents import document_text
    from desktop.store.project import create_project
    from desktop.ui.session import Session
    from tests.builders import add_small_framework

    _app()
    project = create_project(temp_folder() / "pane.speerpunt")
    codes = list(add_small_framework(project).values())
    document_id = store_generated_document(project, pages, 7, "Coalitieakkoord")
    length = len(document_text(project, document_id))
    rng = random.Random(3)
    for _ in range(findings):
        start = rng.randrange(0, length - 400)
        add_finding(project, document_id, rng.choice(codes), rng.choice(["positive", "concern", "missing"]),
                    start, start + rng.randrange(20, 400), note="Notitie", author="Bench")
    session = Session(project, "Bench")
    return session, document_id, codes


def _pane(session):
    from desktop.ui.panes.document_pane import DocumentPane

    pane = DocumentPane(session)
    pane.resize(1200, 900)
    pane.show()
    return pane


def _open_state():
    session, document_id, _ = _tagged_project()
    return session, document_id


def _open(state) -> str:
    """Open and paint the first screen, as the analyst sees it."""
    session, document_id = state
    pane = _pane(session)
    pane.open_document(document_id)
    pane.view.viewport().grab()
    shown = len(pane.view.extraSelections())
    pane.deleteLater()
    return f"{shown} highlights"


def _long_state():
    # As long as the 138-page Regeerprogramma (about 450,000 characters) or longer.
    session, document_id, _ = _tagged_project(pages=150, findings=FINDINGS)
    return session, document_id


def _add_state():
    session, document_id, codes = _tagged_project()
    pane = _pane(session)
    pane.open_document(document_id)
    _app().processEvents()
    return session, document_id, codes, pane


def _add(state) -> str:
    """Push AddFinding and repaint: the time until the highlight is on screen."""
    from desktop.ui.commands.findings import AddFinding

    session, document_id, codes, pane = state
    first, last = pane.view.visible_range()
    start = pane.offsets.to_core(first) + 10
    command = AddFinding(session, document_id, codes[0], "concern", start, start + 60)
    session.push(command)
    pane.view.viewport().grab()
    if pane.view.highlights.get(command.finding_id) is None:
        raise AssertionError("the new finding is not highlighted")
    return f"{len(pane.view.extraSelections())} highlights"


def _corpus_state():
    from pathlib import Path

    from desktop.operations.documents import import_document
    from desktop.store.project import create_project
    from desktop.ui.session import Session

    _app()
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "nl-regeerprogramma-2024.pdf"
    if not path.is_file():
        raise Skip("../shared/corpus is absent")
    project = create_project(temp_folder() / "rp.speerpunt")
    try:
        result = import_document(project, path)
    except Exception as error:  # the PDF importer may not be there yet
        raise Skip(f"cannot import the PDF yet: {error}") from error
    return Session(project, "Bench"), result.document.id


def _scroll(state) -> str:
    """Page through the whole text, painting each screen (what fluent scrolling needs)."""
    session, document_id = state
    pane = _pane(session)
    pane.open_document(document_id)
    bar = pane.view.verticalScrollBar()
    steps = 40
    times = []
    for step in range(steps + 1):
        began = time.perf_counter()
        bar.setValue(bar.maximum() * step // steps)
        pane.view.viewport().grab()  # offscreen, repaint() may skip the painting
        times.append(time.perf_counter() - began)
    pane.deleteLater()
    return f"paint per screen median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms"


BENCHMARKS = [
    Benchmark("pane: open 100 p agreement, 1,000 findings", 0.3, _open, setup=_open_state, repeat=3),
    Benchmark("pane: open 150 p (516k chars), 1,000 findings", 0.3, _open, setup=_long_state, repeat=3,
              in_quick=False),
    Benchmark("pane: new finding highlighted (1,000 shown)", 0.05, _add, setup=_add_state, repeat=3),
    Benchmark("pane: scroll 100 p agreement, 1,000 findings", 2.0, _scroll, setup=_open_state, repeat=2,
              in_quick=False),
    Benchmark("pane: open regeerprogramma 2024 (138 p)", 0.3, _open, setup=_corpus_state, repeat=3, in_quick=False),
]


def main(argv: list[str]) -> int:
    from bench.runner import format_table, measure

    chosen = [b for b in BENCHMARKS if "--corpus" in argv or "regeerprogramma" not in b.name]
    print(format_table([measure(benchmark) for benchmark in chosen]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
