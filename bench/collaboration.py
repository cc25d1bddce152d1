"""Benchmarks of working together: merging two 10,000-finding projects, agreement figures."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, temp_folder


@cache
def _pair() -> tuple[Path, Path]:
    """Two copies of one project, each with 10,000 findings of its own (so 10,000 added each way)."""
    from bench.generate import build_project
    from desktop.store import open_project
    from desktop.store.ids import new_id

    folder = temp_folder("speerpunt-bench-merge-")
    base = build_project(folder / "basis.speerpunt", documents=5, pages=40, findings=10_000, seed=3)
    theirs = folder / "theirs.speerpunt"
    shutil.copyfile(base, theirs)
    with open_project(theirs) as project, project.db.atomic():
        # Their copy: every finding re-keyed (their own work) and a tenth of them edited.
        project.db.execute("UPDATE findings SET id = id || '-b'")
        project.db.execute("UPDATE findings SET note = 'Hun notitie', modified = strftime('%Y-%m-%dT%H:%M:%fZ') "
                           "WHERE rowid % 10 = 0")
        project.db.execute("INSERT INTO authors (id, name, created) VALUES (?, 'Analist Z', '2026-01-01')",
                           [new_id()])
    return base, theirs


def _merge_setup():
    from desktop.store import open_project

    base, theirs = _pair()
    mine = base.with_name("mine-run.speerpunt")
    shutil.copyfile(base, mine)
    return open_project(mine), theirs


def _merge(state) -> str:
    from desktop.operations.merge import merge_into

    project, theirs = state
    summary = merge_into(project, theirs, backup=False)
    return f"added {summary.total('added')}, unchanged {summary.total('unchanged')}"


def _merge_teardown(state) -> None:
    state[0].close()


@cache
def _two_analysts() -> Path:
    """One 100-page agreement with 2,000 findings by two analysts on overlapping passages."""
    import random

    from bench.generate import build_project
    from desktop.store import open_project

    folder = temp_folder("speerpunt-bench-agreement-")
    path = build_project(folder / "agreement.speerpunt", documents=1, pages=100, findings=2000, authors=2, seed=5)
    rng = random.Random(5)
    with open_project(path) as project, project.db.atomic():
        passages = project.db.execute('SELECT start, "end" FROM passages WHERE kind = ?', ["paragraph"]).fetchall()
        for (finding_id,) in project.db.execute("SELECT id FROM findings").fetchall():
            start, end = rng.choice(passages)
            project.db.execute('UPDATE findings SET start = ?, "end" = ?, assessment = ? WHERE id = ?',
                               [start, end, rng.choice(["positive", "concern"]), finding_id])
    return path


def _open_agreement():
    from desktop.store import open_project

    project = open_project(_two_analysts())
    return project, project.db.execute("SELECT id FROM documents").fetchone()[0]


def _agreement(state) -> str:
    from desktop.store.analysis.agreement import agreement_report

    report = agreement_report(*state)
    return f"{report['units']} passages, alpha {report['overall']['krippendorff_alpha']}"


BENCHMARKS = [
    Benchmark("merge two 10,000-finding projects", 2.0, _merge, setup=_merge_setup, teardown=_merge_teardown,
              repeat=3),
    Benchmark("agreement figures, 2,000 findings", 0.5, _agreement, setup=_open_agreement,
              teardown=lambda state: state[0].close()),
]
