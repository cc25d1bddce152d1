"""The comparison matrix as XLSX: names with control characters or a leading '=' stay plain text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import load_workbook

from desktop.store.analysis.collection import Matrix
from exporters.matrix_xlsx import write_matrix_xlsx


def test_awkward_names_are_written_as_plain_text(tmp_path: Path) -> None:
    matrix = Matrix(rows=[("s1", "1.1 Wonen\x01 en werk"), ("s2", "=SUM(A1:A9)")],
                    columns=[("d1", "Venlo\x07"), ("d2", "Zutphen")],
                    cells={("s1", "d1"): Counter(positive=2, missing=1), ("s2", "d2"): Counter(concern=3)})
    path = write_matrix_xlsx(matrix, tmp_path / "matrix.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A3"].value == "1.1 Wonen en werk"
    assert sheet["A4"].value == "=SUM(A1:A9)" and sheet["A4"].data_type == "s"
    assert sheet["B1"].value == "Venlo"
    assert [sheet.cell(row=3, column=c).value for c in (2, 3, 4)] == [2, 0, 1]
    assert [sheet.cell(row=4, column=c).value for c in (5, 6, 7)] == [0, 3, 0]
    assert [p.name for p in tmp_path.iterdir()] == ["matrix.xlsx"]
