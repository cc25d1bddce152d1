"""Export timings: each layout of one 60-page agreement with 500 findings (target < 3 s each),
and the comparison (vergelijking) of 25 agreements holding 500 findings between them.

``python -m bench.bench_export`` prints the figures; the same benchmarks run
with ``python -m bench export``. Every Word layout includes the findings
appendix, so all 500 findings are written in each.

The layout timings are our own code (LibreOffice's layout pass switched off).
Where LibreOffice is installed, the speerpunten export with its layout pass runs
next to the floor: a bare LibreOffice conversion of the same document to PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from functools import cache

from bench.runner import Benchmark, temp_folder

FINDINGS = 500
TARGET_S = 3.0
LAYOUT_PASS_TARGET_S = 15.0  # a one-off before publishing: LibreOffice lays out some 60 pages


@contextmanager
def _layout_pass(program: str) -> object:
    before = os.environ.get("SPEERPUNT_LIBREOFFICE")
    os.environ["SPEERPUNT_LIBREOFFICE"] = program
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SPEERPUNT_LIBREOFFICE", None)
        else:
            os.environ["SPEERPUNT_LIBREOFFICE"] = before


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

        with _layout_pass("none"):
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


GROUPS = ("G4", "G40-steden", "Middelgrote gemeenten", "Plattelandsgemeenten")


@cache
def _collection_path():
    """25 agreements of 20 pages in four groups, 500 findings, an observation per speerpunt and group."""
    from bench.generate import build_project
    from desktop.operations.documents import update_document
    from desktop.operations.observations import set_observation, set_theme_intro
    from desktop.store.frameworks import list_speerpunten
    from desktop.store.project import open_project

    path = build_project(temp_folder("speerpunt-bench-") / "collection.speerpunt", documents=25, pages=20,
                         findings=FINDINGS)
    with open_project(path) as project:
        ids = [row[0] for row in project.db.execute("SELECT id FROM documents ORDER BY title")]
        for number, document_id in enumerate(ids):
            update_document(project, document_id, short_name=f"Gemeente {number + 1}",
                            categories=[GROUPS[number % len(GROUPS)]])
        for sp in list_speerpunten(project):
            set_theme_intro(project, sp.theme_id, "In bijna alle akkoorden komt dit thema terug.")
            for group in GROUPS:
                set_observation(project, sp.id, group, "De akkoorden in deze groep kiezen voor preventie.")
    return path


def _compare(project) -> str:
    from exporters import ExportOptions, export

    with _layout_pass("none"):
        summary = export(project, "vergelijking", temp_folder("speerpunt-bench-") / "vergelijking.docx",
                         ExportOptions(quotes=True))
    return f"{summary['findings']} findings, {summary['documents']} agreements"


def _open_collection():
    from desktop.store.project import open_project

    return open_project(_collection_path())


BENCHMARKS.append(Benchmark(f"export: vergelijking, {FINDINGS} findings", TARGET_S, _compare, setup=_open_collection,
                            teardown=lambda project: project.close(), repeat=3))

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _with_layout_pass(project) -> str:
    from exporters import ExportOptions, export

    with _layout_pass(LIBREOFFICE):
        summary = export(project, "speerpunten", temp_folder("speerpunt-bench-") / "genummerd.docx",
                         ExportOptions(appendix=True))
    return f"contents numbered: {summary['contents_page_numbers']}"


def _bare_conversion(project) -> str:
    """The floor: the same document, already written, converted once by LibreOffice itself."""
    folder = temp_folder("speerpunt-bench-")
    source = folder / "kaal.docx"
    if not source.exists():
        from exporters import ExportOptions, export

        with _layout_pass("none"):
            export(project, "speerpunten", source, ExportOptions(appendix=True))
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation={(folder / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)], capture_output=True, check=True)
    return "bare soffice --convert-to pdf"


if LIBREOFFICE:
    BENCHMARKS.append(Benchmark(f"export: speerpunten + LibreOffice layout pass, {FINDINGS} findings",
                                LAYOUT_PASS_TARGET_S, _with_layout_pass, setup=_open,
                                teardown=lambda project: project.close(), repeat=3, in_quick=False))
    BENCHMARKS.append(Benchmark("floor: LibreOffice converts the same .docx to PDF", LAYOUT_PASS_TARGET_S,
                                _bare_conversion, setup=_open, teardown=lambda project: project.close(),
                                repeat=3, in_quick=False))


def main(argv: list[str]) -> int:
    from bench.runner import format_table, measure

    print(format_table([measure(benchmark) for benchmark in BENCHMARKS]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
