"""The national overview's matrix beside it: every agreement by every speerpunt, as an XLSX to filter."""

from __future__ import annotations

from pathlib import Path

from exporters.labels import SYMBOLS
from exporters.overzicht import ORDER, Overview


def write_matrix(overview: Overview, path: Path) -> None:
    """Every agreement by every speerpunt: "+", "±", "–" (several joined), empty where nothing was found.

    One heading row (code and title of each speerpunt, wrapped) with a filter on every column, so an
    analyst filters on a category or a speerpunt; agreement and categories stay in view while scrolling
    (frozen panes). The legend and the speerpunten with their themes on a second sheet.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def safe(value: object) -> object:
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = overview.text("matrix_sheet")[:31]
    speerpunten = [(heading, row.speerpunt) for heading, rows in overview.themes for row in rows]
    headings = [overview.text("agreement"), overview.text("categories"),
                *(f"{sp.code} {sp.title}".strip() for _theme, sp in speerpunten)]
    sheet.append([safe(value) for value in headings])
    for document in overview.agreements:
        marks = []
        for _theme, sp in speerpunten:
            found = overview.cells.get((document.id, sp.id), set())
            marks.append(" ".join(SYMBOLS[a] for a in ORDER if a.value in found) or None)
        sheet.append([safe(document.citation_name), safe(", ".join(document.categories)) or None, *marks])
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a name starting with "=" is text, not a formula
    grey = PatternFill("solid", fgColor="E7E9EE")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = grey
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if cell.column <= 2 else "center")
    centre = Alignment(horizontal="center", vertical="top")
    for line in sheet.iter_rows(min_row=2, min_col=3):
        for cell in line:
            cell.alignment = centre
    mark_width = 14
    sheet.column_dimensions["A"].width = min(40, max(12, *(len(d.citation_name) + 2 for d in overview.agreements)))
    sheet.column_dimensions["B"].width = min(30, max(14, *(len(", ".join(d.categories)) + 2
                                                          for d in overview.agreements)))
    for index in range(3, len(headings) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = mark_width
    lines = max(_wrapped_lines(heading, mark_width) for heading in headings[2:]) if speerpunten else 1
    sheet.row_dimensions[1].height = min(409, 15 * lines + 4)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(overview.agreements) + 1}"
    legend = workbook.create_sheet(overview.text("legend_sheet")[:31])
    legend.append([overview.text("legend")])
    legend.append([])
    legend.append([overview.text("code"), overview.text("speerpunt"), overview.text("theme")])
    for theme, sp in speerpunten:
        legend.append([safe(sp.code), safe(sp.title), safe(theme)])
    for cell in legend[3]:
        cell.font = Font(bold=True)
    for column, width in zip("ABC", (8, 60, 50), strict=True):
        legend.column_dimensions[column].width = width
    workbook.save(path)


def _wrapped_lines(text: str, width: int) -> int:
    """Lines a heading takes in a column ``width`` characters wide, broken between words as Excel does."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines
