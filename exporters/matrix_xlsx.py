"""The comparison matrix (themes or speerpunten x agreements or categories) as an Excel workbook.

Layout: row 1 names each column group (a document or a category, then the
total) merged over its three assessment columns; row 2 names the assessments
(positief, zorg, ontbreekt); from row 3 one row per speerpunt or theme with
plain numbers, so an analyst can sum, filter and chart in Excel. Panes are
frozen below the headers and right of the row labels.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from desktop.domain.finding import Assessment
from desktop.store.analysis.collection import Matrix
from exporters.labels import Labels
from exporters.safe_write import write_atomically

ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)
# Okabe-Ito, as on screen; the header text names the assessment, so the colour is only a help.
FILLS = {Assessment.POSITIVE: "D5EFE6", Assessment.CONCERN: "F7DFCC", Assessment.MISSING: "E5E5E5"}


def matrix_table(matrix: Matrix, labels: Labels, row_header: str,
                 totals: dict[str, Counter] | None = None) -> list[list[object]]:
    """The sheet as a list of rows (two header rows, then one row per matrix row), without styling.

    ``totals`` per row id count each finding once; without them a row's total is the sum of
    its cells, which counts a document in two categories twice.
    """
    groups = [name for _, name in matrix.columns] + [labels("total")]
    first = [row_header]
    for name in groups:
        first += [name, None, None]
    second = [None] + [labels.assessment(a) for _ in groups for a in ORDER]
    table: list[list[object]] = [first, second]
    for row_id, row_label in matrix.rows:
        line: list[object] = [row_label]
        for column_id, _ in matrix.columns:
            counts = matrix.cell(row_id, column_id)
            line += [counts.get(a.value, 0) for a in ORDER]
        total = (totals or {}).get(row_id) or matrix.row_total(row_id)
        line += [total.get(a.value, 0) for a in ORDER]
        table.append(line)
    return table


def write_matrix_xlsx(matrix: Matrix, path: Path | str, labels: Labels | None = None,
                      row_header: str | None = None, sheet_title: str = "",
                      totals: dict[str, Counter] | None = None) -> Path:
    """Write ``matrix`` to ``path`` in one step (temporary file, then os.replace)."""
    labels = labels or Labels("nl")
    table = matrix_table(matrix, labels, row_header or labels("speerpunt"), totals)
    return write_atomically(Path(path), lambda temporary: _write(table, temporary, sheet_title or "Matrix"))


def _write(table: list[list[object]], path: Path, sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    for row in table:
        # A control character in a title or document name makes openpyxl refuse the whole file.
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value for value in row])
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a name starting with "=" is text, not a formula
    groups = (len(table[0]) - 1) // 3
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="E7E9EE")
    left_edge = Border(left=Side(style="thin", color="9AA0A6"))
    for column in range(1, len(table[0]) + 1):
        for row in (1, 2):
            cell = sheet.cell(row=row, column=column)
            cell.font = bold
            cell.fill = grey
            cell.alignment = Alignment(horizontal="center" if column > 1 else "left", vertical="center",
                                       wrap_text=row == 1)
    for group in range(groups):
        start = 2 + group * 3
        sheet.merge_cells(start_row=1, start_column=start, end_row=1, end_column=start + 2)
        for offset, assessment in enumerate(ORDER):
            sheet.cell(row=2, column=start + offset).fill = PatternFill("solid", fgColor=FILLS[assessment])
            sheet.column_dimensions[get_column_letter(start + offset)].width = 6.5
        # A line before each group so the eye keeps the three numbers of one agreement together.
        for row in range(1, len(table) + 1):
            sheet.cell(row=row, column=start).border = left_edge
    sheet.column_dimensions["A"].width = min(60, max(18, *(len(str(row[0] or "")) for row in table)))
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "B3"
    workbook.save(path)
