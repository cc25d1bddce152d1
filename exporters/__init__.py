"""Exports of a project: Word reactions (speerpunten, analyse), the annotated agreement, CSV, XLSX and REFI-QDA.

One entry point, ``export(project, layout, out_path, options)``; nothing here imports Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.finding import Assessment
from desktop.progress import NullProgress, Progress
from desktop.reasons import Reason, message_of
from desktop.store.ids import NotFound
from exporters.errors import ExportRefused
from exporters.labels import Labels
from exporters.options import LAYOUTS, WORD_LAYOUTS, ExportOptions
from exporters.safe_write import check_writable, write_atomically

if TYPE_CHECKING:
    from desktop.store.project import Project

__all__ = ["LAYOUTS", "ExportOptions", "ExportRefused", "export"]

SUFFIXES = {"speerpunten": ".docx", "analyse": ".docx", "annotated": ".docx", "vergelijking": ".docx",
            "overzicht": ".docx", "csv": ".csv", "xlsx": ".xlsx", "qdpx": ".qdpx"}


def export(
    project: Project,
    layout: str,
    out_path: Path | str,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> dict:
    """Write ``layout`` to ``out_path`` in one step and say what went in.

    Refuses (ExportRefused) an unknown layout, a target that cannot be written
    and a project without an agreement; a failed or cancelled export leaves no
    file behind and never changes the project (exports only read it).
    """
    options = options or ExportOptions()
    progress = progress or NullProgress()
    if layout not in LAYOUTS:
        raise ExportRefused(Reason("unknown layout '{layout}' (use one of: {layouts})", layout=layout,
                                   layouts=", ".join(LAYOUTS)))
    out_path = Path(out_path)
    # Before the work, so a locked file (or the project itself) is reported at once.
    check_writable(out_path, [project.path])
    if out_path.suffix.lower() != SUFFIXES[layout]:
        raise ExportRefused(Reason("{name}: the {layout} layout writes a {suffix} file", name=out_path.name,
                                   layout=layout, suffix=SUFFIXES[layout]))
    try:
        if layout == "qdpx":
            from exporters.qdpx import export_qdpx

            return export_qdpx(project, out_path, progress)
        if layout == "vergelijking":
            return _export_comparison(project, out_path, options, progress)
        if layout == "overzicht":
            return _export_overview(project, out_path, options, progress)
        if layout in WORD_LAYOUTS:
            return _export_word(project, layout, out_path, options, progress)
        return _export_table(project, layout, out_path, options, progress)
    except (NotFound, ValueError) as error:
        raise ExportRefused(message_of(error)) from error


def _export_word(project: Project, layout: str, out_path: Path, options: ExportOptions, progress: Progress) -> dict:
    from exporters.report import build_report

    report = build_report(project, options)
    if layout == "speerpunten":
        from exporters.docx_speerpunten import build_speerpunten

        doc = build_speerpunten(report, options.template, progress)
    elif layout == "analyse":
        from exporters.docx_analyse import build_analyse

        doc = build_analyse(report, options.template, progress)
    else:
        from exporters.docx_annotated import build_annotated

        doc = build_annotated(project, report, options.template, progress)
    write_atomically(out_path, doc.save)
    from exporters.organisation_check import REACTION_LAYOUTS, check_organisation

    check = check_organisation(report)
    return {
        "path": str(out_path),
        "layout": layout,
        "document": report.agreement.title,
        "organisation": report.organisation,
        "themes": len([t for t in report.themes if t.speerpunten]),
        **report.counts(),
        "reactions_from_notes": sum(1 for s in report.sections if s.reaction_drafted),
        # False without LibreOffice: the contents then list the headings without page numbers.
        "contents_page_numbers": doc.toc_pages,
        # Reactions that would publish "onze organisatie" (drafted while no organisation was set).
        "placeholder_reactions": list(check.placeholders),
        **({"warning": check.message()} if layout in REACTION_LAYOUTS and check.message() else {}),
    }


def _export_comparison(project: Project, out_path: Path, options: ExportOptions, progress: Progress) -> dict:
    from exporters.comparison_report import build_comparison
    from exporters.docx_vergelijking import build_vergelijking

    comparison = build_comparison(project, options)
    doc = build_vergelijking(comparison, options.template, progress)
    write_atomically(out_path, doc.save)
    findings = comparison.findings
    return {
        "path": str(out_path),
        "layout": "vergelijking",
        "title": comparison.title,
        "organisation": comparison.organisation,
        "documents": len(comparison.documents),
        "categories": [heading for _name, heading, _docs in comparison.categories],
        "themes": len(comparison.themes),
        "findings": len(findings),
        **{a.value: sum(1 for f in findings if f.assessment == a.value) for a in Assessment},
        "observations": sum(1 for t in comparison.themes for c in t.categories for e in c.speerpunten
                            if e.observation),
        "quotes": comparison.quotes,
    }


def _export_overview(project: Project, out_path: Path, options: ExportOptions, progress: Progress) -> dict:
    """The national overview (Word) and beside it the full agreement-by-speerpunt matrix (NAME-matrix.xlsx)."""
    from exporters.overzicht import build_overview, build_overzicht, matrix_path
    from exporters.overzicht_matrix import write_matrix

    matrix = matrix_path(out_path)
    check_writable(matrix)
    overview = build_overview(project, options)
    doc = build_overzicht(overview, matrix.name, options.template, progress)
    write_atomically(matrix, lambda path: write_matrix(overview, path))
    write_atomically(out_path, doc.save)
    return {
        "path": str(out_path),
        "matrix": str(matrix),
        "layout": "overzicht",
        "title": overview.title,
        "documents": len(overview.agreements),
        "speerpunten": sum(len(rows) for _, rows in overview.themes),
        "categories": [heading for _name, heading, _count in overview.categories],
        "quotes": sum(len(row.quotes) for _, rows in overview.themes for row in rows),
    }


def _export_table(project: Project, layout: str, out_path: Path, options: ExportOptions, progress: Progress) -> dict:
    from exporters.tabular import finding_rows, write_csv, write_xlsx

    labels = Labels(options.lang, options.labels)
    progress.start(0, layout)
    rows = finding_rows(project, options, labels, progress.advance)
    if layout == "csv":
        write_atomically(out_path, lambda path: write_csv(rows, labels, path))
    else:
        write_atomically(out_path, lambda path: write_xlsx(rows, labels, path, labels("findings_sheet")))
    counts: dict[str, int] = {}
    for row in rows:
        counts[str(row["_assessment"])] = counts.get(str(row["_assessment"]), 0) + 1
    return {"path": str(out_path), "layout": layout, "findings": len(rows), **counts}
