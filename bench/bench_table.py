"""Findings table timings over 10,000 findings: loading, a filter keystroke, sorting, an inline edit.

Runs offscreen. ``python -m bench.bench_table`` prints the figures; the same
benchmarks run with ``python -m bench table``. The runner traces memory while
timing, which slows pure-Python work about threefold: without it (2026-11, this
machine) a full-pass filter keystroke with its repaint took 18 ms, a narrowing one
17 ms, and loading the 10,000 rows with the first paint 0.31 s.
"""

from __future__ import annotations

import itertools
import os
import sys
from functools import cache

from bench.runner import Benchmark, temp_folder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FINDINGS = 10_000


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@cache
def _project_path():
    from bench.generate import build_project

    return build_project(temp_folder("speerpunt-bench-") / "table.speerpunt", documents=25, pages=60,
                         findings=FINDINGS)


def _session():
    from desktop.store.project import open_project
    from desktop.ui.session import Session

    _app()
    return Session(open_project(_project_path()), "Bench")


def _table(session):
    from desktop.ui.review.findings_table import FindingsTable

    table = FindingsTable(session)
    table.resize(1400, 800)
    table.show()
    return table


def _close(state) -> None:
    session = state[0] if isinstance(state, tuple) else state
    session.close()


def _load(session) -> str:
    """Build the table (one store read, folded filter strings) and paint the first screen."""
    table = _table(session)
    table.view.viewport().grab()
    rows = table.model.rowCount()
    table.deleteLater()
    _app().processEvents()
    return f"{rows} rows"


def _prepared(before: str, query: str):
    """A shown table already filtered by ``before``; the benchmark then types on to ``query``."""
    from desktop.ui.review.findings_rows import RowFilter

    session = _session()
    table = _table(session)
    table.model.set_filter(RowFilter(text=before))
    table.view.viewport().grab()
    return session, table, query


def _filter_state():
    # "wo" -> "ge" does not narrow: a full pass over all 10,000 rows, the worst keystroke.
    return _prepared("wo", "ge")


def _narrow_state():
    # Typing on ("gemeente" -> "gemeente 1") filters only the rows already shown.
    return _prepared("gemeente", "gemeente 1")


def _filter(state) -> str:
    """One keystroke's filtering (after the debounce) and the repaint."""
    from desktop.ui.review.findings_rows import RowFilter

    _, table, query = state
    table.model.set_filter(RowFilter(text=query))
    table.view.viewport().grab()
    return f"{table.model.rowCount()} rows shown"


def _sort(state) -> str:
    from PySide6.QtCore import Qt

    from desktop.ui.review.findings_rows import COLUMNS

    _, table, _ = state
    column = COLUMNS.index("speerpunt")
    order = Qt.SortOrder.DescendingOrder if table.model._sort == (column, Qt.SortOrder.AscendingOrder) else (
        Qt.SortOrder.AscendingOrder)
    table.view.sortByColumn(column, order)
    table.view.viewport().grab()
    return "sorted by speerpunt"


def _edit(state) -> str:
    """An inline note edit: undo command, one-row re-read, repaint."""
    from PySide6.QtCore import Qt

    from desktop.ui.review.findings_rows import COLUMNS

    _, table, counter = state
    index = table.model.index(0, COLUMNS.index("note"))
    table.model.setData(index, f"Notitie {next(counter)}", Qt.ItemDataRole.EditRole)
    table.view.viewport().grab()
    return "one note"


def _edit_state():
    session = _session()
    return session, _table(session), itertools.count()


BENCHMARKS = [
    Benchmark("table: load 10,000 findings", 0.5, _load, setup=_session, teardown=_close, repeat=3),
    Benchmark("table: filter keystroke, 10,000 (full pass)", 0.05, _filter, setup=_filter_state,
              teardown=_close, repeat=6),
    Benchmark("table: filter keystroke, 10,000 (narrowing)", 0.05, _filter, setup=_narrow_state,
              teardown=_close, repeat=6),
    Benchmark("table: sort 10,000 by speerpunt", 0.2, _sort, setup=_filter_state, teardown=_close, repeat=3),
    Benchmark("table: inline note edit, 10,000 shown", 0.05, _edit, setup=_edit_state, teardown=_close, repeat=5),
]


def main(argv: list[str]) -> int:
    from bench.runner import format_table, measure

    print(format_table([measure(benchmark) for benchmark in BENCHMARKS]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
