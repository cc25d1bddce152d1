"""Layout "speerpunten": the formal reaction per speerpunt, like the G32 reaction to the 2017 agreement.

Title page; foreword signed by name and function; contents; "1. Uitgangspunt"
with the summary table; "2. Vergelijking vanuit de speerpunten van {organisatie}" with per speerpunt a
heading numbered with its framework code (under a heading per theme when there
are several), the formulation in italics in parentheses, the bold label
"Reactie van {organisatie} op {akkoord}:" and the reaction; then
"3. Aanvullende opmerkingen" per theme, "Tot slot", and the findings appendix.
"""

from __future__ import annotations

from docx.shared import Cm

from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.wording import number_word
from exporters.docx_blocks import (
    findings_appendix,
    report_title,
    signature,
    summary_table,
    table_of_contents,
    title_page,
)
from exporters.house_style import HouseStyle
from exporters.report import Report, SpeerpuntSection, paragraphs


def build_speerpunten(report: Report, template=None, progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    labels = report.labels
    title = report_title(report)
    doc = HouseStyle(template, report.organisation, title, labels("subject"), labels.lang)
    progress.start(len(report.sections) + 2, title)

    title_page(doc, report, title)
    if report.part("foreword"):
        doc.chapter(labels("foreword"))
        doc.text_blocks(report.part("foreword"))
        signature(doc, report)
    table_of_contents(doc, report, levels=3 if _themed(report) else 2)

    chapter = 1
    doc.chapter(labels("starting_point"), f"{chapter}.")
    doc.text_blocks(report.part("introduction") or labels("default_introduction"))
    summary_table(doc, report)
    progress.advance()

    chapter += 1
    doc.chapter(labels("comparison"), f"{chapter}.")
    doc.paragraph(comparison_intro(report))
    themed = _themed(report)
    for theme in report.themes:
        if not theme.speerpunten:
            continue
        if themed:
            # Several themes: the theme groups its speerpunten, numbered with the framework's codes.
            doc.heading(theme.title, 2, theme.code)
        for section in theme.speerpunten:
            check_cancelled(progress)
            _speerpunt(doc, report, section, 3 if themed else 2)
            progress.advance()

    remarked = [theme for theme in report.themes if theme.remarks]
    if remarked:
        chapter += 1
        doc.chapter(labels("remarks"), f"{chapter}.", new_page=False)
        for number, theme in enumerate(remarked, start=1):
            doc.heading(theme.title, 2, f"{chapter}.{number}")
            _numbered_points(doc, theme.remarks)
    if report.part("closing"):
        chapter += 1
        doc.chapter(labels("closing"), f"{chapter}.", new_page=False)
        doc.text_blocks(report.part("closing"))
    if report.appendix:
        findings_appendix(doc, report)
    progress.advance()
    return doc


def _themed(report: Report) -> bool:
    return len([theme for theme in report.themes if theme.speerpunten]) > 1


def comparison_intro(report: Report) -> str:
    """"Hieronder staan de tien speerpunten van de G32, …": the count, and italics only when there are any."""
    labels = report.labels
    sections = report.sections
    with_formulation = sum(1 for section in sections if section.speerpunt.formulation.strip())
    listed = labels("listed", count=len(sections), count_word=number_word(len(sections)))
    if not with_formulation:
        formulation = ""
    elif len(sections) == 1:
        formulation = labels("formulation_one")
    else:
        formulation = labels("formulation_all" if with_formulation == len(sections) else "formulation_some")
    return labels("comparison_intro", listed=listed, formulation=formulation)


def _speerpunt(doc: HouseStyle, report: Report, section: SpeerpuntSection, level: int) -> None:
    sp = section.speerpunt
    # The framework's code is the number, as in the overview table and the appendix.
    doc.heading(sp.title, level, sp.code)
    if sp.formulation.strip():
        doc.paragraph(f"({' '.join(sp.formulation.split())})", style="Formulering")
    if not section.assessed:
        doc.paragraph(report.labels("not_assessed")).runs[0].italic = True
        return
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
