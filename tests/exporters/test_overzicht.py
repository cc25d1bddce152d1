"""Layout "overzicht": per speerpunt how many agreements treat it, by category, quotes naming the municipality,
and the full agreement-by-speerpunt matrix beside it as XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.operations.frameworks import add_framework
from desktop.store.documents import document_text
from desktop.store.frameworks import list_speerpunten
from exporters import ExportOptions, ExportRefused, export
from tests.builders import add_document, add_small_framework

# Five municipalities, written by hand; the counts below are counted from this table by hand.
MUNICIPALITIES = {
    "Amsterdam": ("G4", "Amsterdam bouwt tienduizend betaalbare woningen voor starters en middeninkomens."),
    "Venlo": ("G40", "Venlo maakt de wijken leefbaarder met meer groen en speelplekken."),
    "Zwolle": ("G40", "Zwolle helpt werkzoekenden met een baangarantie voor jongeren."),
    "Assen": ("middelgroot", "Assen bouwt woningen maar de huren stijgen verder."),
    "Hoorn": (None, "Hoorn zegt weinig over wonen of werk."),
}


def _tag(project, ids, codes, town, code, assessment, quote=None):
    text = document_text(project, ids[town])
    start, end = (text.index(quote), text.index(quote) + len(quote)) if quote else (None, None)
    add_finding(project, ids[town], codes[code], assessment, start=start, end=end, note="")


@pytest.fixture
def national(project):
    codes = add_small_framework(project)  # 1.1 Betaalbaar wonen, 1.2 Leefbare wijken, 2.1 Iedereen aan het werk
    ids = {}
    for town, (category, text) in MUNICIPALITIES.items():
        ids[town] = add_document(project, [text], title=f"Coalitieakkoord {town}")
        update_document(project, ids[town], short_name=town, categories=category or "")
    _tag(project, ids, codes, "Amsterdam", "1.1", "positive", "tienduizend betaalbare woningen")
    _tag(project, ids, codes, "Assen", "1.1", "positive", "Assen bouwt woningen")
    _tag(project, ids, codes, "Assen", "1.1", "concern", "de huren stijgen verder")
    _tag(project, ids, codes, "Venlo", "1.2", "positive", "meer groen en speelplekken")
    _tag(project, ids, codes, "Zwolle", "2.1", "positive", "een baangarantie voor jongeren")
    _tag(project, ids, codes, "Hoorn", "1.1", "missing")
    _tag(project, ids, codes, "Venlo", "1.1", "missing")
    return project, ids


def _cells(path: Path) -> list[list[str]]:
    table_rows = []
    for table in Document(str(path)).tables:
        # The word joiner after each sign only keeps "+2" on one line; the reader sees "+2".
        table_rows += [[cell.text.replace("\u2060", "") for cell in row.cells] for row in table.rows]
    return table_rows


def test_the_overview_counts_agreements_per_speerpunt_and_category(national, tmp_path):
    project, _ids = national
    out = tmp_path / "overzicht.docx"
    result = export(project, "overzicht", out, ExportOptions(organisation="G40-stedennetwerk"))
    assert result["documents"] == 5 and result["matrix"] == str(tmp_path / "overzicht-matrix.xlsx")
    assert result["categories"] == ["G4", "G40", "middelgroot", "Zonder categorie"]
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Landelijk overzicht van 5 akkoorden" in texts
    assert "Dit overzicht zet 5 akkoorden naast 3 speerpunten van G40-stedennetwerk." in texts
    assert ("De akkoorden per categorie: G4 (1 akkoord); G40 (2 akkoorden); middelgroot (1 akkoord); "
            "Zonder categorie (1 akkoord).") in texts
    rows = _cells(out)
    header = rows[0]
    assert header == ["Speerpunt", "Alle\n(5)", "G4\n(1)", "G40\n(2)", "middelgroot\n(1)", "Zonder categorie\n(1)"]
    wonen = next(row for row in rows if row[0] == "1.1 Betaalbaar wonen")
    # 1.1: Amsterdam +, Assen + and ±, Hoorn –, Venlo –: four agreements treat it.
    assert wonen[1] == "4 van 5\n+2 ±1 –2"
    assert wonen[2] == "1 van 1\n+1 ±0 –0"
    assert wonen[3] == "1 van 2\n+0 ±0 –1"
    assert wonen[4] == "1 van 1\n+1 ±1 –0"
    assert wonen[5] == "1 van 1\n+0 ±0 –1"
    werk = next(row for row in rows if row[0] == "2.1 Iedereen aan het werk")
    assert werk[1] == "1 van 5\n+1 ±0 –0" and werk[2] == "0 van 1"


def test_quotes_name_their_municipality_and_the_matrix_holds_every_agreement(national, tmp_path):
    project, _ids = national
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    # "p." and its number are held together by a no-break space; a reader sees "p. 1".
    quotes = [t.replace("\u00a0", " ") for t in texts if t.startswith(("+ “", "± “"))]
    assert all(", p.\u00a01)" in t for t in texts if t.startswith(("+ “", "± “")))
    assert "+ “tienduizend betaalbare woningen” (Amsterdam, p. 1)" in quotes
    assert "+ “een baangarantie voor jongeren” (Zwolle, p. 1)" in quotes
    assert len(quotes) == 4  # a municipality is quoted once per speerpunt: Assen's concern gives way
    sheet = load_workbook(tmp_path / "overzicht-matrix.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Akkoord", "Categorieën", "1.1 Betaalbaar wonen", "1.2 Leefbare wijken",
                       "2.1 Iedereen aan het werk"]
    assert rows[1:] == [
        ["Amsterdam", "G4", "+", None, None],
        ["Assen", "middelgroot", "+ ±", None, None],
        ["Hoorn", None, "–", None, None],
        ["Venlo", "G40", "–", "+", None],
        ["Zwolle", "G40", None, None, "+"],
    ]


def test_the_matrix_is_a_sheet_to_filter_with_names_in_view(national, tmp_path):
    project, _ids = national
    export(project, "overzicht", tmp_path / "overzicht.docx")
    workbook = load_workbook(tmp_path / "overzicht-matrix.xlsx")
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "C2"  # the heading row and the agreement's name stay in view
    assert sheet.auto_filter.ref == "A1:E6"  # a filter on every column, every agreement
    assert all(cell.font.bold and cell.alignment.wrap_text for cell in sheet[1])
    assert sheet.column_dimensions["A"].width >= len("Amsterdam") and sheet.column_dimensions["B"].width >= 12
    assert all(sheet.column_dimensions[c].width >= 10 for c in "CDE")
    # The heading row is tall enough for the longest title wrapped in its column.
    assert sheet.row_dimensions[1].height >= 2 * 15
    legend = [[cell.value for cell in row] for row in workbook.worksheets[1].iter_rows()]
    assert legend[0][0] == "+ positief, ± zorg, – ontbreekt; leeg: geen bevinding"
    assert legend[2:] == [["Code", "Speerpunt", "Thema"], ["1.1", "Betaalbaar wonen", "1. Wonen"],
                          ["1.2", "Leefbare wijken", "1. Wonen"], ["2.1", "Iedereen aan het werk", "2. Werk"]]


def test_a_name_that_reads_as_a_formula_stays_text_in_the_matrix(project, tmp_path):
    add_small_framework(project)
    document = add_document(project, ["Een akkoord."], title="Coalitieakkoord")
    update_document(project, document, short_name="=HYPERLINK(\"http://x\")")
    export(project, "overzicht", tmp_path / "overzicht.docx")
    cell = load_workbook(tmp_path / "overzicht-matrix.xlsx").active["A2"]
    assert cell.value == "=HYPERLINK(\"http://x\")" and cell.data_type == "s"


def test_one_agreement_is_named_in_the_singular_and_english_reads_right(project, tmp_path):
    add_small_framework(project)
    add_document(project, ["Een akkoord over wonen."], title="Coalitieakkoord Urk")
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Landelijk overzicht van 1 akkoord" in texts
    assert "Dit overzicht zet 1 akkoord naast 3 speerpunten." in texts
    english = tmp_path / "overview.docx"
    export(project, "overzicht", english, ExportOptions(lang="en"))
    assert "This overview sets 1 agreement against 3 priorities." in [p.text for p in Document(str(english)).paragraphs]


def test_a_project_without_agreements_is_refused_and_writes_nothing(project, tmp_path):
    add_small_framework(project)
    with pytest.raises(ExportRefused, match="no agreements"):
        export(project, "overzicht", tmp_path / "overzicht.docx")
    assert not list(tmp_path.glob("overzicht*"))


# Seven speerpunten in three themes, one with a letter code as the G40 agenda has ("F", "R").
WIDE = Framework(name="Agenda", themes=[
    Theme(title="Wonen", code="1", speerpunten=[Speerpunt(code="1.1", title="Betaalbaar wonen"),
                                                Speerpunt(code="1.2", title="Leefbare wijken"),
                                                Speerpunt(code="1.3", title="Dakloosheid")]),
    Theme(title="Werk", code="2", speerpunten=[Speerpunt(code="2.1", title="Iedereen aan het werk"),
                                               Speerpunt(code="2.2", title="Scholing")]),
    Theme(title="Voldoende financiële slagkracht", code="F", speerpunten=[
        Speerpunt(code="F.1", title="Toereikende budgetten"), Speerpunt(code="F.2", title="Minder regels")]),
])
TOWNS = {"Amsterdam": "G4", "Rotterdam": "G4", "Venlo": "G40", "Zwolle": "G40", "Assen": "middelgroot",
         "Ameland": "klein, Waddengemeente", "Urk": "klein"}
# Treated by (by hand): 1.1 by 6, 2.1 by 4, 1.2 by 3, F.1 by 2, 2.2 by 1, 1.3 and F.2 by none.
# Seven speerpunten: two shown as most and two as least treated; the untreated two named apart.
TAGS = {"1.1": ["Amsterdam", "Rotterdam", "Venlo", "Zwolle", "Assen", "Urk"], "2.1": ["Amsterdam", "Venlo", "Assen",
        "Ameland"], "1.2": ["Rotterdam", "Zwolle", "Urk"], "F.1": ["Venlo", "Ameland"], "2.2": ["Urk"]}


@pytest.fixture
def wide(project):
    add_framework(project, WIDE, author="Test")
    codes = {sp.code: sp.id for sp in list_speerpunten(project)}
    ids = {}
    for town, categories in TOWNS.items():
        ids[town] = add_document(project, [f"{town} zet in op wonen en werk voor iedereen in de gemeente."],
                                 title=f"Coalitieakkoord {town}")
        update_document(project, ids[town], short_name=town, categories=categories)
    for code, towns in TAGS.items():
        for town in towns:
            add_finding(project, ids[town], codes[code], "missing", note="")
    return project, ids, codes


def test_the_overview_opens_with_the_most_and_least_treated_speerpunten(wide, tmp_path):
    project, _ids, _codes = wide
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    most, least = texts.index("Het vaakst behandeld:"), texts.index("Het minst behandeld:")
    assert texts[most + 1:most + 3] == ["1.1 Betaalbaar wonen: 6 van 7 akkoorden",
                                        "2.1 Iedereen aan het werk: 4 van 7 akkoorden"]
    assert texts[least + 1:least + 3] == ["2.2 Scholing: 1 van 7 akkoorden", "F.1 Toereikende budgetten: 2 van 7 akkoorden"]
    assert "Door geen enkel akkoord behandeld (2 speerpunten): 1.3 Dakloosheid; F.2 Minder regels." in texts
    # A category of one member in the singular; Ameland counts in both its categories, and the text says so.
    assert ("De akkoorden per categorie: G4 (2 akkoorden); G40 (2 akkoorden); middelgroot (1 akkoord); "
            "klein (2 akkoorden); Waddengemeente (1 akkoord). Een akkoord in meer categorieën telt in elk ervan mee."
            ) in texts
    assert "F. Voldoende financiële slagkracht" in texts and "1. Wonen" in texts


def test_theme_tables_fit_the_page_and_are_never_cut_over_two_pages(wide, tmp_path):
    project, _ids, _codes = wide
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    document = Document(str(out))
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    for table in document.tables:
        widths = [cell.width for cell in table.rows[0].cells]
        assert sum(widths) <= text_width * 1.001
        headings = [cell.text for cell in table.rows[0].cells]
        # The longest word gets the widest category column; the number sits on a line of its own.
        assert widths[headings.index("Waddengemeente\n(1)")] > widths[headings.index("G4\n(2)")]
        for number, row in enumerate(table.rows):
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            keep = {p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs}
            assert keep == {number < len(table.rows) - 1}


def test_representative_quotes_prefer_sentences_to_rows_of_figures(project, tmp_path):
    codes = add_small_framework(project)
    texts = {"Assen": "Tabel 3: 2.450 2.610 2.780 woningen 2026 2027 2028 (x 1.000 euro) 12,5 13,1",
             "Emmen": "Emmen bouwt de komende vier jaar elk jaar vijfhonderd woningen voor starters.",
             "Hoorn": "Hoorn maakt samen met de corporaties afspraken over betaalbare huur.",
             "Zwolle": "Zwolle geeft jongeren voorrang bij sociale huurwoningen in de binnenstad."}
    for town, text in texts.items():
        document = add_document(project, [text], title=f"Coalitieakkoord {town}")
        update_document(project, document, short_name=town, categories="G40")
        add_finding(project, document, codes["1.1"], "positive", start=0, end=len(text), note="")
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    quoted = [p.text for p in Document(str(out)).paragraphs if p.text.startswith("+ “")]
    assert len(quoted) == 3 and not any("Assen" in line for line in quoted)


def test_the_matrix_lists_municipalities_in_dutch_alphabetical_order(project, tmp_path):
    add_small_framework(project)
    for town in ("Zwolle", "'s-Hertogenbosch", "Groningen", "'s-Gravenhage", "Almere"):
        update_document(project, add_document(project, [f"Akkoord van {town}."], title=f"Akkoord {town}"), short_name=town)
    export(project, "overzicht", tmp_path / "overzicht.docx")
    names = [row[0].value for row in load_workbook(tmp_path / "overzicht-matrix.xlsx").active.iter_rows(min_row=2)]
    assert names == ["Almere", "'s-Gravenhage", "Groningen", "'s-Hertogenbosch", "Zwolle"]


def test_one_untreated_speerpunt_is_named_in_the_singular(wide, tmp_path):
    project, ids, codes = wide
    add_finding(project, ids["Urk"], codes["1.3"], "missing", note="")
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    assert "Door geen enkel akkoord behandeld (1 speerpunt): F.2 Minder regels." in \
        [p.text for p in Document(str(out)).paragraphs]


def test_a_theme_without_quotes_has_no_empty_quotes_heading(wide, tmp_path):
    project, _ids, _codes = wide  # only "missing" findings: nothing to quote
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Uit de akkoorden" not in texts
    assert texts.count("Geen citaten bij dit thema.") == 3  # one line under each theme's table


def test_categories_chosen_in_any_case_and_an_unknown_one_refused(wide, tmp_path):
    project, _ids, _codes = wide
    out = tmp_path / "overzicht.docx"
    result = export(project, "overzicht", out, ExportOptions(categories=["g4", "KLEIN"]))
    assert result["categories"] == ["G4", "klein"] and result["documents"] == 4  # Amsterdam, Rotterdam, Ameland, Urk
    with pytest.raises(ExportRefused, match="no agreement is in the category 'G5'"):
        export(project, "overzicht", tmp_path / "ander.docx", ExportOptions(categories=["G5"]))
