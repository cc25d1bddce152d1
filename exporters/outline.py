"""What an export will hold, without writing a file: the headings of a Word layout, the columns of a table."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.store.project import Project
from exporters.labels import Labels
from exporters.options import WORD_LAYOUTS, ExportOptions
from exporters.organisation_check import REACTION_LAYOUTS, OrganisationCheck, check_organisation


@dataclass(frozen=True)
class Outline:
    """``headings`` as (level, text): level 0 is the document's title, 1-3 the Word heading levels.

    For CSV/XLSX the headings are the sheet (level 1) and its columns (level 2); ``rows`` counts the findings.
    """

    headings: list[tuple[int, str]]
    rows: int = 0
    # For the reaction layouts: whether it names its organisation and which reactions say "onze organisatie".
    organisation: OrganisationCheck | None = None


def export_outline(project: Project, layout: str, options: ExportOptions | None = None,
                   progress: Progress | None = None) -> Outline:
    """Build the export in memory exactly as ``exporters.export`` does and read back its headings.

    Sharing the layout code means the preview cannot drift from the file. Raises
    ExportRefused as ``export`` would (no agreement, unreadable template), and Cancelled once
    ``progress`` is cancelled (a newer preview supersedes this one).
    """
    options = options or ExportOptions()
    progress = progress or NullProgress()
    if layout == "vergelijking":
        from exporters.comparison_report import build_comparison
        from exporters.docx_vergelijking import build_vergelijking

        comparison = build_comparison(project, options)
        doc = build_vergelijking(comparison, options.template)
        return Outline([(0, comparison.title), *((level, text) for level, text, _mark in doc.headings)],
                       len(comparison.findings))
    if layout == "overzicht":
        from exporters.overzicht import build_overview, build_overzicht

        overview = build_overview(project, options)
        check_cancelled(progress)
        doc = build_overzicht(overview, "", options.template, progress)
        return Outline([(0, overview.title), *((level, text) for level, text, _mark in doc.headings)],
                       overview.findings)
    if layout in WORD_LAYOUTS:
        from exporters.report import build_report

        report = build_report(project, options)
        check_cancelled(progress)
        if layout == "speerpunten":
            from exporters.docx_speerpunten import build_speerpunten as build
        elif layout == "analyse":
            from exporters.docx_analyse import build_analyse as build
        else:
            from exporters.docx_annotated import build_annotated

            def build(report, template):
                return build_annotated(project, report, template)

        doc = build(report, options.template)
        title = doc.document.core_properties.title
        return Outline([(0, title), *((level, text) for level, text, _mark in doc.headings)],
                       len(report.findings), check_organisation(report) if layout in REACTION_LAYOUTS else None)

    from exporters.tabular import COLUMNS, finding_rows

    labels = Labels(options.lang, options.labels)
    rows = finding_rows(project, options, labels)
    return Outline([(1, labels("findings_sheet")), *((2, labels(column)) for column in COLUMNS)], len(rows))
