"""Pieces the Word reactions share: title page, signature, contents, summary table, findings appendix."""

from __future__ import annotations

import re
from datetime import date

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from desktop.domain.finding import Assessment
from desktop.reasons import Reason
from exporters.docx_fields import cell_margins, repeat_header_row, shade_cell, xml_safe
from exporters.errors import ExportRefused
from exporters.house_style import HouseStyle
from exporters.labels import SYMBOLS
from exporters.report import Report

ASSESSMENTS = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)


MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def written_date(value: str, lang: str) -> str:
    """"2026-02-23" as a reader writes it ("23 februari 2026"); any other text stays as typed.

    A date in that form that is not in the calendar ("2026-02-31") is refused: printed out in
    words it would look right on the title page of a formal reaction.
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ExportRefused(Reason("the report date '{date}' is not a day in the calendar; correct it",
                                   date=value.strip())) from None
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def report_title(report: Report) -> str:
    """The typed title, else "Reactie van de G32 op het Coalitieakkoord 2021-2025" (without organisation:
    "Reactie op …")."""
    if report.part("title"):
        return report.part("title")
    return report.labels("reaction_title" if report.organisation else "reaction_title_anonymous")


def title_page(doc: HouseStyle, report: Report, title: str) -> None:
    doc.paragraph(title, style="Title")
    if report.organisation:
        doc.paragraph(report.organisation, style="Subtitle")
    if report.part("date"):
        doc.paragraph(written_date(report.part("date"), report.labels.lang), style="Subtitle")


def signature(doc: HouseStyle, report: Report) -> None:
    name, function = report.part("signatory_name"), report.part("signatory_function")
    if not (name or function):
        return
    doc.paragraph()
    if name:
        doc.paragraph(name, style="Ondertekening").runs[0].bold = True
    if function:
        doc.paragraph(function, style="Ondertekening")


def table_of_contents(doc: HouseStyle, report: Report, levels: int = 2) -> None:
    """A real TOC field, filled with the headings (see docx_toc)."""
    doc.chapter(report.labels("contents"), style="TOC Heading")
    doc.contents(report.labels("contents_hint"), levels)


def _cell(doc: HouseStyle, cell, text: str, bold: bool = False, centre: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    doc.apply_style(paragraph, "Tabeltekst")
    run = paragraph.add_run(xml_safe(text))
    if bold:
        run.bold = True
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _widths(table, widths) -> None:
    """Fixed column widths, in the grid (LibreOffice reads these) and in every cell (Word reads those)."""
    table.autofit = False
    cell_margins(table)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def summary_table(doc: HouseStyle, report: Report) -> None:
    """Speerpunt × assessment counts, grouped by theme, with symbols that print in black and white."""
    labels = report.labels
    doc.paragraph(labels("summary"), style="Caption")
    table = doc.document.add_table(rows=1, cols=5)
    table.style = "Table Grid" if "Table Grid" in {s.name for s in doc.document.styles} else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    repeat_header_row(header)
    _cell(doc, header.cells[0], labels("speerpunt"), bold=True)
    for cell, assessment in zip(header.cells[1:4], ASSESSMENTS, strict=True):
        _cell(doc, cell, f"{SYMBOLS[assessment]} {labels.assessment(assessment)}", bold=True, centre=True)
    _cell(doc, header.cells[4], labels("total"), bold=True, centre=True)
    for cell in header.cells:
        shade_cell(cell)
    multiple_themes = len([t for t in report.themes if t.speerpunten]) > 1
    for theme in report.themes:
        if not theme.speerpunten:
            continue
        if multiple_themes:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[4])
            _cell(doc, merged, theme.title, bold=True)
            shade_cell(merged, "F3F4F7")
        for section in theme.speerpunten:
            row = table.add_row().cells
            sp = section.speerpunt
            _cell(doc, row[0], f"{sp.code} {sp.title}".strip())
            for cell, assessment in zip(row[1:4], ASSESSMENTS, strict=True):
                count = section.count(assessment)
                # The symbol repeats next to the count so a photocopy still says which column is which.
                _cell(doc, cell, f"{SYMBOLS[assessment]} {count}" if count else "", centre=True)
            _cell(doc, row[4], str(len(section.findings)), centre=True)
    _widths(table, (Cm(7.7), Cm(2.2), Cm(2.2), Cm(2.4), Cm(1.5)))
    doc.paragraph(labels("legend"), style="Legenda")


def findings_appendix(doc: HouseStyle, report: Report) -> None:
    """Every finding in one table: quote, page, speerpunt, assessment, note (and author, for internal use)."""
    labels = report.labels
    # A wide table of six columns reads best across the page: the appendix gets a landscape section.
    section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.different_first_page_header_footer = False  # only the title page goes without page number
    heading = doc.heading(labels("appendix"), 1)
    heading.paragraph_format.page_break_before = False  # the section already starts a page
    # Analysts' names are for internal exports only: a published reaction speaks for the organisation.
    columns = ("quote", "page", "speerpunt", "assessment", "note", "author")[:6 if report.authors else 5]
    table = doc.document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid" if "Table Grid" in {s.name for s in doc.document.styles} else None
    repeat_header_row(table.rows[0])
    for cell, key in zip(table.rows[0].cells, columns, strict=True):
        _cell(doc, cell, labels(key), bold=True)
        shade_cell(cell)
    for section in report.sections:
        sp = section.speerpunt
        for finding in section.findings:
            page = report.page(finding)
            values = (
                " ".join(finding.quote.split()) or "—",
                str(page) if page else "",
                f"{sp.code} {sp.title}".strip(),
                f"{SYMBOLS[finding.assessment]} {labels.assessment(finding.assessment)}",
                " ".join(finding.note.split()),
                finding.author,
            )[:len(columns)]
            for cell, value in zip(table.add_row().cells, values, strict=True):
                _cell(doc, cell, value)
    widths = (Cm(7.4), Cm(1.6), Cm(4.2), Cm(2.4), Cm(7.0), Cm(2.1)) if report.authors else \
        (Cm(8.0), Cm(1.6), Cm(4.6), Cm(2.4), Cm(8.1))
    _widths(table, widths)
