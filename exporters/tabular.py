"""Findings as a table, one row per finding: CSV for any program, XLSX for Excel.

CSV dialect, chosen for Dutch Excel (which reads a list separator of ";"
because the comma is its decimal sign): ";" between fields, fields quoted with
'"' only when needed (a note may hold ";", quotes or line breaks), CRLF line
ends, UTF-8 with a byte-order mark so Excel reads é and ë rightly. A text
starting with "=", "+", "-" or "@" gets a leading "'" so Excel never runs it as
a formula. Times are local, "YYYY-MM-DD HH:MM".
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.domain.finding import Finding
from desktop.domain.timestamps import parse_stamp
from desktop.store.documents import current_version, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten
from desktop.store.pages import page_lookup
from desktop.store.project import Project
from exporters.labels import Labels
from exporters.options import ExportOptions

# "start"/"end" (the span in the document's text, in characters) come last: they let `tag --from` put
# each finding back exactly where it was, also when its quote occurs twice or Excel mangled it.
COLUMNS = ("document", "page", "quote", "speerpunt_code", "speerpunt_title", "theme", "assessment", "note",
           "author", "created", "modified", "start", "end")
WIDTHS = {"document": 22, "page": 7, "quote": 60, "speerpunt_code": 9, "speerpunt_title": 28, "theme": 20,
          "assessment": 12, "note": 60, "author": 18, "created": 17, "modified": 17, "start": 8, "end": 8}
WRAPPED = ("quote", "note", "speerpunt_title")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list for CSV injection


def _local_time(stamp: str) -> datetime | str:
    moment = parse_stamp(stamp)
    return moment.astimezone().replace(tzinfo=None, microsecond=0) if moment else stamp


def finding_rows(project: Project, options: ExportOptions, labels: Labels,
                 progress_advance: Callable[[], None] = lambda: None) -> list[dict[str, object]]:
    """The table's rows: the chosen document's findings, or every document's when none is chosen."""
    documents = {d.id: d for d in list_documents(project)}
    if options.document_id:
        chosen = current_version(project, options.document_id)
        findings = list_findings(project, document_id=chosen.id)
    else:
        findings = [f for f in list_findings(project) if f.document_id in documents]
    speerpunten = {sp.id: sp for sp in list_speerpunten(project)}
    page = page_lookup(project, {f.document_id for f in findings})
    rows = []
    for finding in findings:
        sp = speerpunten.get(finding.speerpunt_id)
        if sp is None or not _selected(sp, options):
            continue
        rows.append(_row(finding, sp, documents[finding.document_id].citation_name, page(finding), labels))
        progress_advance()
    return rows


def _selected(sp, options: ExportOptions) -> bool:
    if options.theme_ids is not None and sp.theme_id not in options.theme_ids:
        return False
    return options.speerpunt_ids is None or sp.id in options.speerpunt_ids


def _row(finding: Finding, sp, document: str, page: str | None, labels: Labels) -> dict[str, object]:
    return {
        "document": document,
        # The printed page label; a plain number stays a number, so a spreadsheet sorts it as one.
        "page": int(page) if page and page.isdigit() else page,
        "quote": " ".join(finding.quote.split()),
        "speerpunt_code": sp.code,
        "speerpunt_title": sp.title,
        "theme": sp.theme_title,
        "assessment": labels.assessment(finding.assessment),
        "_assessment": finding.assessment.value,
        "note": finding.note.strip(),
        "author": finding.author,
        "created": _local_time(finding.created),
        "modified": _local_time(finding.modified),
        "start": finding.start,
        "end": finding.end,
    }


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(rows: list[dict[str, object]], labels: Labels, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([labels(column) for column in COLUMNS])
        for row in rows:
            writer.writerow([_csv_cell(row[column]) for column in COLUMNS])


def write_xlsx(rows: list[dict[str, object]], labels: Labels, path: Path, sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    sheet.append([labels(column) for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E7E9EE")
        cell.alignment = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for number, row in enumerate(rows, start=2):
        for column_number, column in enumerate(COLUMNS, start=1):
            value = row[column]
            if isinstance(value, str):
                # A control character pasted into a note (or in a project from an older version)
                # makes openpyxl refuse the whole file; the reader never saw it anyway.
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=number, column=column_number, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            cell.alignment = wrap if column in WRAPPED else top
    for column_number, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column_number)].width = WIDTHS[column]
    for number, row in enumerate(rows, start=2):
        sheet.row_dimensions[number].height = row_height(row)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(len(rows) + 1, 1)}"
    _print_setup(sheet)
    workbook.save(path)


LINE_HEIGHT = 15.0  # points per line of 11-point Calibri, Excel's default row height
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide (Excel wraps at words)."""
    per_line = max(int(width * 1.1), 1)  # a column width counts "0"s; average Dutch text is a little narrower
    lines = 0
    for paragraph in text.split("\n"):
        length = 0
        lines += 1
        for word in paragraph.split():
            if length and length + 1 + len(word) > per_line:
                lines += 1
                length = len(word)
            else:
                length += len(word) + (1 if length else 0)
            while length > per_line:  # a word longer than the column breaks anywhere
                lines += 1
                length -= per_line
    return max(lines, 1)


def row_height(row: dict[str, object]) -> float:
    """A row tall enough to show its wrapped quote and note: Excel does not grow rows it reads from a file."""
    lines = max(wrapped_lines(str(row[column] or ""), WIDTHS[column]) for column in WRAPPED)
    return min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT)


def _print_setup(sheet) -> None:
    """Printed, the table fits the width of a landscape A4 and repeats its header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = "&P / &N"
