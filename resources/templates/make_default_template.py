"""Build resources/templates/speerpunt-huisstijl.docx, the default house style of every Word export.

Run `python resources/templates/make_default_template.py` after changing it and
commit both files. Decisions, so Word and LibreOffice show the same thing:
- Headings carry their numbers in the text ("2.4 Iedereen aan het werk"), not
  through Word list numbering: the numbers follow the report's order, survive any
  user template and show identically in the table of contents of both programs.
- The footer holds "PAGE / NUMPAGES" fields, the examples' "6 / 20".
- The header holds the placeholder "{organisatie}", which the export fills in;
  replace it with a logo in your own template.
- The first page (title page) has no header or footer.
- The language of every style is nl-NL (Word spell-checks the Dutch as Dutch);
  the file properties name no generator and no 2013 date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from exporters.docx_fields import add_page_numbers  # noqa: E402
from exporters.docx_properties import set_language, set_properties  # noqa: E402
from exporters.docx_toc import ensure_toc_styles  # noqa: E402

OUT = Path(__file__).resolve().parent / "speerpunt-huisstijl.docx"
FONT = "Calibri"  # calm sans on every Office install; LibreOffice substitutes Carlito (same widths)
INK = RGBColor(0x1F, 0x3A, 0x5F)  # dark blue-grey: reads as black when printed in greyscale
GREY = RGBColor(0x59, 0x59, 0x59)


def _font(style, size: float, bold: bool | None = None, italic: bool | None = None, colour=None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour is not None:
        style.font.color.rgb = colour
    # Also the East Asian and complex-script slots, or Word picks its theme font for those.
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{slot.split(':')[1]}", FONT)
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]


def _spacing(style, before: float, after: float, line: float | None = None) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    if line:
        style.paragraph_format.line_spacing = line


def _paragraph_style(document, name: str, base: str = "Normal"):
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def build(path: Path = OUT) -> Path:
    document = Document()
    styles = document.styles
    _font(styles["Normal"], 10.5)
    _spacing(styles["Normal"], 0, 6, 1.15)

    title = styles["Title"]
    _font(title, 26, bold=True, colour=INK)
    _spacing(title, 120, 12)
    # The built-in Title has a bottom border and a tight spacing; a calm title page has neither.
    border = title.element.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr")
    if border is not None:
        title.element.pPr.remove(border)
    _font(styles["Subtitle"], 14, italic=False, colour=GREY)
    _spacing(styles["Subtitle"], 0, 6)

    for level, size, before, after in ((1, 16, 0, 10), (2, 13, 16, 4), (3, 11, 10, 2)):
        style = styles[f"Heading {level}"]
        _font(style, size, bold=True, italic=False, colour=INK)
        _spacing(style, before, after, 1.0)
        style.paragraph_format.keep_with_next = True
        # The export starts a page where the examples do (foreword, contents, first chapters); the
        # style itself does not, so themes that follow on leave no near-empty pages.
        style.paragraph_format.page_break_before = False
        if level == 1:
            style.paragraph_format.space_before = Pt(24)

    quote = styles["Quote"]
    _font(quote, 10.5, italic=True, colour=GREY)
    quote.paragraph_format.left_indent = Cm(0.8)
    quote.paragraph_format.right_indent = Cm(0.8)
    _spacing(quote, 2, 4)

    formulation = _paragraph_style(document, "Formulering")
    _font(formulation, 10.5, italic=True)
    _spacing(formulation, 0, 8)
    formulation.paragraph_format.keep_with_next = True
    label = _paragraph_style(document, "Reactielabel")
    _font(label, 10.5, bold=True)
    _spacing(label, 6, 2)
    label.paragraph_format.keep_with_next = True
    signature = _paragraph_style(document, "Ondertekening")
    _font(signature, 10.5)
    _spacing(signature, 0, 0)
    legend = _paragraph_style(document, "Legenda")
    _font(legend, 9, colour=GREY)
    _spacing(legend, 2, 10)
    table_text = _paragraph_style(document, "Tabeltekst")
    _font(table_text, 9)
    _spacing(table_text, 0, 0, 1.0)
    _font(styles["Caption"], 9, bold=True, italic=False, colour=INK)
    _font(styles["List Bullet"], 10.5)
    _font(styles["List Number"], 10.5)

    ensure_toc_styles(document)
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.2)
    section.different_first_page_header_footer = True

    header = section.header.paragraphs[0]
    header.text = "{organisatie}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8.5)
    header.runs[0].font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_numbers(footer)
    for run in footer.runs:
        run.font.size = Pt(8.5)
        run.font.color.rgb = GREY

    set_properties(document, "Speerpunt huisstijl", "Speerpunt", "Huisstijl voor reacties op akkoorden")
    set_language(document, "nl-NL")
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    document.save(path)
    return path


if __name__ == "__main__":
    print(build())
