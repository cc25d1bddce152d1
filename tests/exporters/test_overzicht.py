"""Layout "overzicht": per speerpunt how many agreements treat it, by category, quotes naming the municipality,
and the full agreement-by-speerpunt matrix beside it as XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.store.documents import document_text
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
        table_rows += [[cell.text for cell in row.cells] for row in table.rows]
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
    assert header == ["Speerpunt", "Alle (5)", "G4 (1)", "G40 (2)", "middelgroot (1)", "Zonder categorie (1)"]
    wonen = next(row for row in rows if row[0] == "1.1 Betaalbaar wonen")
    # 1.1: Amsterdam +, Assen + and ±, Hoorn –, Venlo –: four agreements treat it.
    assert wonen[1] == "4 van 5\n+2  ±1  –2"
    assert wonen[2] == "1 van 1\n+1  ±0  –0"
    assert wonen[3] == "1 van 2\n+0  ±0  –1"
    assert wonen[4] == "1 van 1\n+1  ±1  –0"
    assert wonen[5] == "1 van 1\n+0  ±0  –1"
    werk = next(row for row in rows if row[0] == "2.1 Iedereen aan het werk")
    assert werk[1] == "1 van 5\n+1  ±0  –0" and werk[2] == "0 van 1"


def test_quotes_name_their_municipality_and_the_matrix_holds_every_agreement(national, tmp_path):
    project, _ids = national
    out = tmp_path / "overzicht.docx"
    export(project, "overzicht", out)
    texts = [p.text for p in Document(str(out)).paragraphs]
    quotes = [t for t in texts if t.startswith(("+ “", "± “"))]
    assert "+ “tienduizend betaalbare woningen” (Amsterdam, p. 1)" in quotes
    assert "+ “een baangarantie voor jongeren” (Zwolle, p. 1)" in quotes
    assert len(quotes) == 4  # a municipality is quoted once per speerpunt: Assen's concern gives way
    sheet = load_workbook(tmp_path / "overzicht-matrix.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Akkoord", "Categorieën", "1.1", "1.2", "2.1"]
    assert rows[2:] == [
        ["Amsterdam", "G4", "+", None, None],
        ["Assen", "middelgroot", "+ ±", None, None],
        ["Hoorn", None, "–", None, None],
        ["Venlo", "G40", "–", "+", None],
        ["Zwolle", "G40", None, None, "+"],
    ]


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
