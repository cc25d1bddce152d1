"""Layout "speerpunten": the formal reaction per speerpunt, like the G32 reaction to the 2017 agreement.

Title page; foreword signed by name and function; contents; "1. Uitgangspunt"
with the summary table; "2. Vergelijking vanuit {organisatie} speerpunten" with
per speerpunt a numbered heading, the formulation in italics in parentheses,
the bold label "Reactie {organisatie} op {akkoord}:" and the reaction; then
"3. Aanvullende opmerkingen" per theme, "Tot slot", and the findings appendix.
"""

from __future__ import annotations

from docx.shared import Cm

from desktop.progress import NullProgress, Progress, check_cancelled
from exporters.docx_blocks import findings_appendix, signature, summary_table, table_of_contents, title_page
from exporters.house_style import HouseStyle
from exporters.report import Report, SpeerpuntSection, paragraphs


def build_speerpunten(report: Report, template=None, progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    labels = report.labels
    title = report.part("title") or labels("reaction_title")
    doc = HouseStyle(template, report.organisation, title)
    progress.start(len(report.sections) + 2, title)

    title_page(doc, report, title)
    if report.part("foreword"):
        doc.chapter(labels("foreword"))
        doc.text_blocks(report.part("foreword"))
        signature(doc, report)
    table_of_contents(doc, report)

    chapter = 1
    doc.chapter(labels("starting_point"), f"{chapter}.")
    doc.text_blocks(report.part("introduction") or labels("default_introduction"))
    summary_table(doc, report)
    progress.advance()

    chapter += 1
    doc.chapter(labels("comparison"), f"{chapter}.")
    doc.paragraph(labels("comparison_intro"))
    for number, section in enumerate(report.sections, start=1):
        check_cancelled(progress)
        _speerpunt(doc, report, section, f"{chapter}.{number}")
        progress.advance()

    remarked = [theme for theme in report.themes if theme.remarks]
    if remarked:
        chapter += 1
        doc.chapter(labels("remarks"), f"{chapter}.")
        for number, theme in enumerate(remarked, start=1):
            doc.heading(theme.title, 2, f"{chapter}.{number}")
            _numbered_points(doc, theme.remarks)
    if report.part("closing"):
        chapter += 1
        doc.chapter(labels("closing"), f"{chapter}.")
        doc.text_blocks(report.part("closing"))
    if report.appendix:
        findings_appendix(doc, report)
    progress.advance()
    return doc


def _speerpunt(doc: HouseStyle, report: Report, section: SpeerpuntSection, number: str) -> None:
    sp = section.speerpunt
    doc.heading(sp.title, 2, number)
    if sp.formulation.strip():
        doc.paragraph(f"({' '.join(sp.formulation.split())})", style="Formulering")
    doc.paragraph(report.labels("reaction_label"), style="Reactielabel")
    if section.reaction:
        doc.text_blocks(section.reaction)
    else:
        doc.paragraph(report.labels("no_findings")).runs[0].italic = True


def _numbered_points(doc: HouseStyle, text: str) -> None:
    """Several remarks become "1)", "2)", ... with a hanging indent, as the G32 pillars show them."""
    blocks = paragraphs(text)
    if len(blocks) == 1:
        doc.paragraph(blocks[0][1])
        return
    for number, (_kind, block) in enumerate(blocks, start=1):
        paragraph = doc.paragraph(f"{number})\t{block}")
        paragraph.paragraph_format.left_indent = Cm(0.7)
        paragraph.paragraph_format.first_line_indent = Cm(-0.7)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(0.7))
