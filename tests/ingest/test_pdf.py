"""The PDF reader: paragraphs, hyphenation, furniture, footnotes, columns, headings, lists, and refusals."""

from __future__ import annotations

import os

import pytest
from fpdf import FPDF

from desktop.domain.document import ImportedDocument, PassageKind
from desktop.ingest import read_document
from desktop.ingest.errors import ImportRefused
from desktop.ingest.pdf import read_pdf
from desktop.progress import Cancelled, NullProgress, RecordingProgress
from tests.builders import protected_pdf, scanned_pdf
from tests.ingest.conftest import furniture, lines, new_pdf

H, P, L, F = PassageKind.HEADING, PassageKind.PARAGRAPH, PassageKind.LIST_ITEM, PassageKind.FOOTNOTE


def read(data: bytes) -> ImportedDocument:
    return read_pdf(data, "akkoord.pdf", NullProgress())


def passages(document: ImportedDocument, kind: PassageKind | None = None) -> list[str]:
    return [document.passage_text(p) for p in document.passages if kind is None or p.kind is kind]


def sample() -> bytes:
    pdf = new_pdf()
    pages = 3
    # Page 1: chapter heading, a paragraph with a broken word and a real hyphen, a footnote.
    pdf.add_page()
    furniture(pdf, 1, pages)
    lines(pdf, 90, ["1. Wonen en leefbaarheid"], size=16, style="B")
    y = lines(pdf, 125, [
        "De gemeenten krijgen meer ruimte om te bouwen. Het kabinet heeft hiervoor geld ge-",
        "investeerd in Oost-Nederland en in de Randstad. Samen met de provincies maken ge-",
        "meenten afspraken over de financiële ruimte en de politiek-ideologische keuzes.1",
    ])
    y = lines(pdf, y + 12, [
        "Een tweede alinea begint na witruimte. Zij gaat over de woningbouw in de regio en",
        "loopt door over twee regels.",
    ])
    lines(pdf, 760, ["1 Bron: Centraal Bureau voor de Statistiek, 2025."], size=8)
    pdf.add_page()
    furniture(pdf, 2, pages)
    lines(pdf, 90, ["1.1 Betaalbare huur"], size=13, style="B")
    y = lines(pdf, 120, [
        "We maken de volgende afspraken met de woningcorporaties:",
    ])
    y = lines(pdf, y + 4, ["-   De huur stijgt niet harder dan de inflatie in de komende vier jaar, ook",
                           "    niet voor huishoudens met een middeninkomen."])
    y = lines(pdf, y, ["-   Er komen 900 sociale huurwoningen bij in de wijken Noord en Oost."])
    y = lines(pdf, y + 12, ["Daarnaast zetten we in op doorstroming. Het geld is goed geïnvesteerd in de stad."])
    lines(pdf, y + 20, ["Thema 2: Bereikbaarheid"], size=13, style="B")
    # Page 3: two columns, lines of both columns written side by side as some generators do.
    pdf.add_page()
    furniture(pdf, 3, pages)
    left = ["De linkerkolom gaat over het openbaar", "vervoer in de stad. Bussen rijden vaker", "en later op de avond.",
            "", "Een nieuwe alinea in links sluit de", "kolom af met een zin."]
    right = ["De rechterkolom gaat over de fiets. Er", "komen meer stallingen bij de stations", "en bredere fietspaden.",
             "", "Ook hier een tweede alinea die de", "kolom afsluit."]
    pdf.set_font("helvetica", "", 11)
    for index, (a, b) in enumerate(zip(left, right, strict=True)):
        if a:
            pdf.text(60, 100 + index * 15, a)
        if b:
            pdf.text(320, 100 + index * 15, b)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def document() -> ImportedDocument:
    return read(sample())


def test_paragraphs_are_joined_and_broken_words_rejoined(document: ImportedDocument) -> None:
    texts = passages(document, P)
    assert texts[0] == (
        "De gemeenten krijgen meer ruimte om te bouwen. Het kabinet heeft hiervoor geld geïnvesteerd in "
        "Oost-Nederland en in de Randstad. Samen met de provincies maken gemeenten afspraken over de "
        "financiële ruimte en de politiek-ideologische keuzes.1"
    )
    assert texts[1] == ("Een tweede alinea begint na witruimte. Zij gaat over de woningbouw in de regio en "
                        "loopt door over twee regels.")


def test_headers_footers_and_page_numbers_are_dropped(document: ImportedDocument) -> None:
    assert "Voorbeeldstad" not in document.text
    assert "/ 3" not in document.text


def test_footnote_is_its_own_passage(document: ImportedDocument) -> None:
    notes = [p for p in document.passages if p.kind is F]
    assert [document.passage_text(p) for p in notes] == ["1 Bron: Centraal Bureau voor de Statistiek, 2025."]
    assert notes[0].pdf_page == 1 and notes[0].page == "1"


def test_headings_from_numbering_and_type(document: ImportedDocument) -> None:
    headings = [(p.level, document.passage_text(p)) for p in document.passages if p.kind is H]
    assert headings == [(1, "1. Wonen en leefbaarheid"), (2, "1.1 Betaalbare huur"), (1, "Thema 2: Bereikbaarheid")]
    item = next(p for p in document.passages if p.kind is L)
    assert item.heading_path == ("1. Wonen en leefbaarheid", "1.1 Betaalbare huur")


def test_bullets_become_list_items(document: ImportedDocument) -> None:
    assert passages(document, L) == [
        "De huur stijgt niet harder dan de inflatie in de komende vier jaar, ook niet voor huishoudens met een "
        "middeninkomen.",
        "Er komen 900 sociale huurwoningen bij in de wijken Noord en Oost.",
    ]
    assert "Het geld is goed geïnvesteerd in de stad." in document.text


def test_two_columns_are_read_one_after_the_other(document: ImportedDocument) -> None:
    page3 = [document.passage_text(p) for p in document.passages if p.pdf_page == 3]
    assert page3 == [
        "De linkerkolom gaat over het openbaar vervoer in de stad. Bussen rijden vaker en later op de avond.",
        "Een nieuwe alinea in links sluit de kolom af met een zin.",
        "De rechterkolom gaat over de fiets. Er komen meer stallingen bij de stations en bredere fietspaden.",
        "Ook hier een tweede alinea die de kolom afsluit.",
    ]


def test_pages_offsets_and_progress() -> None:
    progress = RecordingProgress()
    document = read_pdf(sample(), "akkoord.pdf", progress)
    assert document.pages == 3 and progress.total == 3 and progress.done == 3
    assert {p.pdf_page for p in document.passages} == {1, 2, 3}
    # The footers print "1 / 3" ... "3 / 3": the printed labels.
    assert {p.page for p in document.passages} == {"1", "2", "3"}
    for passage in document.passages:
        assert document.text[passage.start : passage.end].strip() == document.text[passage.start : passage.end]


def test_cancel_stops_the_import() -> None:
    with pytest.raises(Cancelled):
        read_pdf(sample(), "akkoord.pdf", RecordingProgress(cancel_after=1))


def test_password_protected_pdf_is_refused(tmp_path) -> None:
    with pytest.raises(ImportRefused, match="password-protected PDF: remove the password first"):
        read(protected_pdf(tmp_path / "geheim.pdf").read_bytes())


def test_scanned_pdf_without_text_layer_is_refused(tmp_path) -> None:
    with pytest.raises(ImportRefused, match="no text layer: OCR is not supported"):
        read(scanned_pdf(tmp_path / "scan.pdf").read_bytes())


@pytest.mark.parametrize("data", [os.urandom(4096), b"%PDF-1.7\n" + os.urandom(2000), b"%PDF-1.4\n1 0 obj\n<<"])
def test_damaged_or_random_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused, match="not a readable PDF"):
        read(data)


def test_read_document_dispatches_pdf(tmp_path) -> None:
    path = tmp_path / "akkoord.pdf"
    path.write_bytes(sample())
    assert read_document(path).pages == 3


def test_metadata_title_wins_over_first_heading() -> None:
    pdf: FPDF = new_pdf()
    pdf.set_title("Samen verder: coalitieakkoord")
    pdf.add_page()
    lines(pdf, 100, ["Inleiding"], size=16, style="B")
    lines(pdf, 130, ["Dit akkoord beschrijft de plannen van de coalitie voor de komende jaren."])
    assert read(bytes(pdf.output())).title == "Samen verder: coalitieakkoord"


# ---- the real corpus -----------------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize("name", [
    "nl-coalitieakkoord-2021-2025.pdf", "nl-regeerprogramma-2024.pdf", "kamerstuk-36450-nr3-memorie-van-toelichting.pdf",
    "gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf", "nsc-verkiezingsprogramma-2023.pdf",
])
def test_corpus_pdfs_import_with_pages_and_text(corpus_dir, name: str) -> None:
    document = read_document(corpus_dir / name)
    assert document.pages and len(document.passages) > 50
    assert all(p.pdf_page is not None for p in document.passages)
    assert "\ufffe" not in document.text and "\uf0b7" not in document.text
