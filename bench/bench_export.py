"""Export timings: each layout of one 60-page agreement with 500 findings (target < 3 s each).

``python -m bench.bench_export`` prints the figures; the same benchmarks run
with ``python -m bench export``. Every Word layout includes the findings
appendix, so all 500 findings are written in each.
"""

from __future__ import annotations

import sys
from functools import cache

from bench.runner import Benchmark, temp_folder

FINDINGS = 500
TARGET_S = 3.0


@cache
def _project_path():
    from bench.generate import build_project
    from desktop.operations.reactions import set_reaction, set_report_parts
    from desktop.store.frameworks import list_speerpunten
    from desktop.store.project import open_project

    path = build_project(temp_folder("speerpunt-bench-") / "export.speerpunt", documents=1, pages=60,
                         findings=FINDINGS)
    with open_project(path) as project:
        document_id = project.db.execute("SELECT id FROM documents").fetchone()[0]
        # Half the speerpunten have a written reaction, the other half fall back on their notes.
        for number, sp in enumerate(list_speerpunten(project)):
            if number % 2 == 0:
                set_reaction(project, sp.id, "De G40 is verheugd over deze passage.\n\nWel zijn er zorgen over de "
                             "uitvoering.\n\n- financiering\n- regionale ruimte", document_id=document_id)
        set_report_parts(project, {"organisation": "G40", "agreement_name": "Coalitieakkoord",
                                   "foreword": "Het akkoord biedt kansen.", "signatory_name": "Voorzitter G40"})
    return path


def _open():
    from desktop.store.project import open_project

    return open_project(_project_path())


def _export(layout: str, suffix: str):
    def run(project) -> str:
        from exporters import ExportOptions, export

        summary = export(project, layout, temp_folder("speerpunt-bench-") / f"out{suffix}",
                         ExportOptions(appendix=True))
        return f"{summary['findings']} findings"

    return run


BENCHMARKS = [
    Benchmark(f"export: {layout}, {FINDINGS} findings", TARGET_S, _export(layout, suffix), setup=_open,
              teardown=lambda project: project.close(), repeat=3)
    for layout, suffix in (("speerpunten", ".docx"), ("analyse", ".docx"), ("annotated", ".docx"),
                           ("csv", ".csv"), ("xlsx", ".xlsx"))
]


def main(argv: list[str]) -> int:
    from bench.runner import format_table, measure

    print(format_table([measure(benchmark) for benchmark in BENCHMARKS]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
