"""Printed page labels: the PDF's own labels, numbers in running footers (arabic and roman), unnumbered covers."""

from __future__ import annotations

from fpdf import FPDF

from desktop.domain.page_label import page_sort_key, roman_value, to_roman
from desktop.ingest.page_labels import infer_labels
from desktop.ingest.pdf import read_pdf
from desktop.progress import NullProgress
from tests.ingest.conftest import lines, new_pdf


def _read(pdf: FPDF):
    return read_pdf(bytes(pdf.output()), "akkoord.pdf", NullProgress())


def _page(pdf: FPDF, text: str, footer: str | None, header: str | None = None) -> None:
    """A page with a heading and one paragraph, so each page starts a passage of its own."""
    pdf.add_page()
    if header:
        pdf.set_font("helvetica", "", 8)
        pdf.text(60, 30, header)
    lines(pdf, 200, [f"Hoofdstuk {pdf.page}"], size=16, style="B")
    lines(pdf, 240, [text])
    if footer:
        pdf.set_font("helvetica", "", 9)
        pdf.text(290, 815, footer)


def test_roman_front_matter_then_arabic_numbers_as_printed() -> None:
    pdf = new_pdf()
    _page(pdf, "Samen verder", None)  # the cover prints nothing
    for number in ("ii", "iii"):
        _page(pdf, "Voorwoord over de samenwerking in de regio.", number)
    for number in range(1, 5):
        _page(pdf, "Afspraken over wonen, werk en zorg in de gemeente.", str(number))
    document = _read(pdf)
    pages = {(p.pdf_page, p.page) for p in document.passages}
    assert pages == {(1, "i"), (2, "ii"), (3, "iii"), (4, "1"), (5, "2"), (6, "3"), (7, "4")}
    # The footers are not text: every passage is a page's heading or its sentence.
    assert all(document.passage_text(p).startswith(("Hoofdstuk", "Samen", "Voorwoord", "Afspraken"))
               for p in document.passages)


def test_a_year_in_the_running_header_is_not_a_page_number() -> None:
    pdf = new_pdf()
    for number in range(1, 6):
        _page(pdf, f"Afspraak nummer {number} over de regio.", f"{number + 2}",
              header="Coalitieakkoord 2026 | Samen verder")
    pages = [p.page for p in _read(pdf).passages if p.kind == "paragraph"]
    assert pages == ["3", "4", "5", "6", "7"]


def test_the_pdfs_own_page_labels_win() -> None:
    pdf = new_pdf()
    _page(pdf, "Voorwoord van het college, afgesloten op 1 mei.", "7")
    pdf.set_page_label(label_style="R")
    _page(pdf, "Bijlage met de financiële tabellen van de coalitie.", "8")
    pdf.set_page_label(label_style="D", label_prefix="B-", label_start=1)
    pages = [(p.pdf_page, p.page) for p in _read(pdf).passages if p.kind == "paragraph"]
    assert pages == [(1, "I"), (2, "B-1")]


def test_pages_without_any_number_keep_no_label() -> None:
    pdf = new_pdf()
    for text in ("Eerste pagina zonder nummer.", "Tweede pagina zonder nummer."):
        _page(pdf, text, None)
    assert {p.page for p in _read(pdf).passages} == {None}


def test_inferred_labels_fill_a_chapter_opening_page_and_leave_the_cover() -> None:
    numbers = {3: ["1"], 4: ["2"], 6: ["4"], 7: ["5", "2024"]}
    assert infer_labels(numbers, 7) == {3: "1", 4: "2", 5: "3", 6: "4", 7: "5"}


def test_roman_numerals_and_their_order() -> None:
    assert [to_roman(n) for n in (1, 4, 9, 14, 40)] == ["i", "iv", "ix", "xiv", "xl"]
    assert roman_value("xiv") == 14 and roman_value("iiii") is None and roman_value("12") is None
    labels = ["12", None, "9", "iv", "B-1", "ii"]
    assert sorted(labels, key=page_sort_key) == ["ii", "iv", "9", "12", "B-1", None]
