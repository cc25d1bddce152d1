"""Write generated agreements as real PDF and DOCX files, as analysts receive them."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.document import Block, PassageKind

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def write_docx(blocks: list[Block], path: Path) -> Path:
    from docx import Document

    document = Document()
    for block in blocks:
        if block.kind is PassageKind.HEADING:
            document.add_heading(block.text, level=min(block.level, 3))
        elif block.kind is PassageKind.LIST_ITEM:
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind is PassageKind.FOOTNOTE:
            document.add_paragraph(block.text).runs[0].font.size = 8 * 12700
        else:
            document.add_paragraph(block.text)
    document.save(path)
    return path


def write_pdf(blocks: list[Block], path: Path, title: str = "Coalitieakkoord") -> Path:
    """A PDF with a running header, "n / m" page numbers, headings in bold and bullets."""
    from fpdf import FPDF

    class AgreementPDF(FPDF):
        def header(self) -> None:
            self.set_font(family, size=8)
            self.cell(0, 6, title, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(family, size=8)
            self.cell(0, 6, f"{self.page_no()} / {{nb}}", align="C")

    pdf = AgreementPDF(format="A4")
    family = "helvetica"
    if _FONT.exists() and _BOLD.exists():
        pdf.add_font("dejavu", "", str(_FONT))
        pdf.add_font("dejavu", "B", str(_BOLD))
        family = "dejavu"
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    page = 1
    for block in blocks:
        if block.page and block.page > page:
            pdf.add_page()
            page = block.page
        text = block.text if family == "dejavu" else block.text.encode("latin-1", "replace").decode("latin-1")
        if block.kind is PassageKind.HEADING:
            pdf.set_font(family, "B", 16 if block.level == 1 else 13)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind is PassageKind.LIST_ITEM:
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(0, 5.5, ("• " if family == "dejavu" else "- ") + text, new_x="LMARGIN", new_y="NEXT")
        elif block.kind is PassageKind.FOOTNOTE:
            pdf.set_font(family, "", 7.5)
            pdf.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(path))
    return path
