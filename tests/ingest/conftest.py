"""Fixtures for the importer tests: small PDFs built with fpdf2 from Dutch text written for these tests."""

from __future__ import annotations

from fpdf import FPDF

BODY = 11


def new_pdf() -> FPDF:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_margins(60, 60, 60)
    return pdf


def furniture(pdf: FPDF, page: int, pages: int) -> None:
    """A running header and a "3 / 12" footer, as Word writes them."""
    pdf.set_font("helvetica", "", 8)
    pdf.text(60, 30, "Coalitieakkoord Voorbeeldstad 2026-2030")
    pdf.text(280, 815, f"{page} / {pages}")


def lines(pdf: FPDF, y: float, texts: list[str], x: float = 60, size: float = BODY, style: str = "",
          pitch: float | None = None) -> float:
    pdf.set_font("helvetica", style, size)
    step = pitch or size * 1.35
    for text in texts:
        pdf.text(x, y, text)
        y += step
    return y
