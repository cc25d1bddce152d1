"""CSV and XLSX read back: one row per finding, Dutch Excel's dialect, a usable sheet."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from exporters import ExportOptions, export

HEADER = ["Document", "Pagina", "Citaat", "Code", "Speerpunt", "Thema", "Oordeel", "Toelichting", "Auteur",
          "Gemaakt", "Gewijzigd", "Begin", "Einde"]


def test_csv_is_semicolon_separated_utf8_with_bom_one_row_per_finding(reaction_project, tmp_path) -> None:
    reaction_project.tag("1.2", "concern", "middelgrote steden", "Let op; dit is \"vaag\"\nen breed.")
    out = tmp_path / "bevindingen.csv"
    summary = export(reaction_project.project, "csv", out, ExportOptions())
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADER
    assert len(rows) == 1 + 6 == 1 + summary["findings"]
    row = next(r for r in rows if r[2] == "middelgrote steden")
    assert row[0] == "Coalitieakkoord 2026" and row[1] == "1"
    assert row[3:8] == ["1.2", "Leefbare wijken", "Wonen", "zorg", "Let op; dit is \"vaag\"\nen breed."]
    assert len(row[9]) == len("2026-01-01 12:00")
    missing = next(r for r in rows if r[6] == "ontbreekt")
    assert missing[1] == "" and missing[2] == ""


def test_csv_text_that_excel_would_run_as_a_formula_is_neutralised(reaction_project, tmp_path) -> None:
    reaction_project.tag("1.2", "concern", "middelgrote steden", "=HYPERLINK(\"http://x\")")
    out = tmp_path / "bevindingen.csv"
    export(reaction_project.project, "csv", out, ExportOptions())
    with open(out, encoding="utf-8-sig", newline="") as handle:
        notes = [row[7] for row in csv.reader(handle, delimiter=";")]
    assert "'=HYPERLINK(\"http://x\")" in notes


def test_xlsx_has_a_bold_frozen_filtered_header_and_wrapped_text(reaction_project, tmp_path) -> None:
    reaction_project.tag("1.2", "concern", "middelgrote steden", "=1+1")
    out = tmp_path / "bevindingen.xlsx"
    export(reaction_project.project, "xlsx", out, ExportOptions(lang="nl"))
    sheet = load_workbook(out).active
    assert sheet.title == "Bevindingen"
    assert [cell.value for cell in sheet[1]] == HEADER
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M7"
    assert sheet.column_dimensions["C"].width >= 40 and sheet.column_dimensions["H"].width >= 40
    assert sheet["C2"].alignment.wrap_text and sheet["H2"].alignment.wrap_text
    notes = [row[7].value for row in sheet.iter_rows(min_row=2)]
    assert "=1+1" in notes  # stored as text, not as a formula
    formula_cell = next(row[7] for row in sheet.iter_rows(min_row=2) if row[7].value == "=1+1")
    assert formula_cell.data_type == "s"
    assert sheet.max_row == 7


def test_xlsx_export_of_a_note_with_control_characters_is_written_without_them(reaction_project, tmp_path) -> None:
    reaction_project.tag("1.2", "concern", "middelgrote steden", "Geplakt\x01 uit\x1b[0m een terminal")
    out = tmp_path / "bevindingen.xlsx"
    export(reaction_project.project, "xlsx", out, ExportOptions())
    notes = [row[7].value for row in load_workbook(out).active.iter_rows(min_row=2)]
    assert "Geplakt uit[0m een terminal" in notes


def test_table_follows_the_chosen_document_and_selection(reaction_project, tmp_path) -> None:
    out = tmp_path / "bevindingen.xlsx"
    codes = reaction_project.codes
    summary = export(reaction_project.project, "xlsx", out,
                     ExportOptions(document_id=reaction_project.document_id, speerpunt_ids={codes["1.1"]}, lang="en"))
    sheet = load_workbook(out).active
    assert sheet["G1"].value == "Assessment"
    assert {row[3].value for row in sheet.iter_rows(min_row=2)} == {"1.1"}
    assert summary == {"path": str(out), "layout": "xlsx", "findings": 2, "positive": 1, "concern": 1}


def test_xlsx_prints_landscape_fitted_to_width_with_the_header_on_every_page(reaction_project, tmp_path) -> None:
    long_note = ("Deze toelichting is zo lang dat zij in een kolom van zestig tekens over meerdere regels "
                 "loopt, zodat een lezer haar in Excel pas helemaal ziet als de rij hoog genoeg is. ") * 3
    reaction_project.tag("1.2", "concern", "middelgrote steden", long_note)
    out = tmp_path / "bevindingen.xlsx"
    export(reaction_project.project, "xlsx", out, ExportOptions())
    sheet = load_workbook(out).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$1"
    notes = [cell.value for cell in sheet["H"]]
    row = notes.index(long_note.strip()) + 1
    # 60-character column: a 500-character note needs at least 8 lines of 15 points.
    assert len(long_note) > 480 and sheet.row_dimensions[row].height >= 8 * 15
    short = notes.index("Blijft vaag.") + 1
    assert sheet.row_dimensions[short].height == 15
