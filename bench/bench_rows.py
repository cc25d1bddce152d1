"""What writing rows through sqlite-utils' table API costs next to hand SQL (docs/ARCHITECTURE.md, "Writing rows").

Table.update() reads the row back before it writes (to raise NotFoundError), so a loop over
thousands of rows pays that read each time; these figures decide where hand SQL stays.
"""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, temp_folder

FINDINGS = 1_000
_SPANS = itertools.count(1)  # each rejection needs a span of its own (UNIQUE)


@cache
def _project_file() -> Path:
    from desktop.operations.findings import add_finding
    from desktop.store import create_project
    from desktop.store.documents import list_passages
    from tests.builders import add_document, add_small_framework

    path = temp_folder("speerpunt-bench-rows-") / "rows.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document = add_document(project, [f"Alinea {n} over wonen, werk en zorg in de gemeente." for n in range(200)])
        passages = list_passages(project, document)
        with project.db.atomic():
            for n in range(FINDINGS):
                passage = passages[n % len(passages)]
                add_finding(project, document, codes["1.1"], "positive", passage.start, passage.end, author="Ann")
    return path


def _open():
    from desktop.store import open_project

    project = open_project(_project_file())
    ids = [row[0] for row in project.db.execute("SELECT id FROM findings ORDER BY rowid")]
    return project, ids


def _close(state) -> None:
    state[0].close()


def _table_api(state) -> str:
    project, ids = state
    table = project.db.table("findings")
    with project.db.atomic():
        for finding_id in ids:
            table.update(finding_id, {"anchor": "moved", "anchor_score": 90.0, "modified": "2026-01-01T00:00:00Z"})
    return f"{len(ids)} rows"


def _hand_sql(state) -> str:
    project, ids = state
    with project.db.atomic():
        for finding_id in ids:
            project.db.execute("UPDATE findings SET anchor = ?, anchor_score = ?, modified = ? WHERE id = ?",
                               ["moved", 90.0, "2026-01-01T00:00:00Z", finding_id])
    return f"{len(ids)} rows"


def _insert_one(state) -> str:
    from desktop.store.ids import new_id, now

    project, _ = state
    with project.db.atomic():
        project.db.table("suggestion_rejections").insert({
            "id": new_id(), "document_id": project.db.execute("SELECT id FROM documents").fetchone()[0],
            "speerpunt_id": project.db.execute("SELECT id FROM speerpunten").fetchone()[0], "start": 0,
            "end": next(_SPANS),
            "author": None, "created": now()})
    return "1 row"


def _insert_one_floor(state) -> str:
    from desktop.store.ids import new_id, now

    project, _ = state
    with project.db.atomic():
        project.db.execute(
            'INSERT INTO suggestion_rejections (id, document_id, speerpunt_id, start, "end", author, created) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_id(), project.db.execute("SELECT id FROM documents").fetchone()[0],
             project.db.execute("SELECT id FROM speerpunten").fetchone()[0], 0, next(_SPANS), None, now()])
    return "1 row"


BENCHMARKS = [
    Benchmark(f"rows: update {FINDINGS:,} findings, table API", 1.0, _table_api, setup=_open, teardown=_close),
    Benchmark(f"rows: update {FINDINGS:,} findings, hand UPDATE (floor)", 1.0, _hand_sql, setup=_open,
              teardown=_close),
    Benchmark("rows: insert one row, table API", 0.05, _insert_one, setup=_open, teardown=_close),
    Benchmark("rows: insert one row, hand INSERT (floor)", 0.05, _insert_one_floor, setup=_open, teardown=_close),
]
