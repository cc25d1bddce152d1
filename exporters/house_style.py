"""The house style: a .docx template's styles, header and footer, and helpers to write in them.

The user's template (or resources/templates/speerpunt-huisstijl.docx) gives the
styles Title, Subtitle, Heading 1-3, Normal, Quote, List Bullet and the header
and footer. The body of the template is dropped; "{organisatie}" and "{titel}"
in its header and footer are filled in. Styles a user template lacks are added
(based on Normal), so an export never fails on a missing style.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from desktop.files.reading import FileRefused, read_regular_file
from desktop.ingest.docx_safety import check_package
from desktop.ingest.errors import ImportRefused
from desktop.reasons import Reason, message_of
from exporters.docx_fields import add_page_numbers, field_instructions, xml_safe
from exporters.docx_properties import LANGUAGE_TAGS, set_language, set_properties
from exporters.docx_toc import bookmark, ensure_toc_styles, fill_toc, remove_page_fields, set_page_results
from exporters.errors import ExportRefused
from exporters.layout_pass import heading_pages
from exporters.report import paragraphs
from resources import TEMPLATES

DEFAULT_TEMPLATE = TEMPLATES / "speerpunt-huisstijl.docx"
# Our own paragraph styles, with how to make them when a template lacks them.
OWN_STYLES = {"Formulering": {"italic": True, "keep": True}, "Reactielabel": {"bold": True, "keep": True},
              "Ondertekening": {},
              "Legenda": {"size": 9}, "Tabeltekst": {"size": 9, "after": 0}}
PLACEHOLDERS = ("{organisatie}", "{titel}")
# A house-style template is a few hundred kB; logos make it a few MB.
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def load_template(template: Path | str | None) -> DocxDocument:
    """The template's document, refused (ExportRefused) unless it passes the same checks as an imported DOCX."""
    path = Path(template) if template else DEFAULT_TEMPLATE
    if not path.exists():
        raise ExportRefused(Reason("{name}: the template does not exist", name=path.name))
    try:
        data = read_regular_file(path, MAX_TEMPLATE_BYTES, "template")
    except FileRefused as error:
        raise ExportRefused(message_of(error)) from error
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ExportRefused(Reason("{name}: the template is not a Word .docx file", name=path.name))
    try:
        # ZIP bombs, entities, damaged parts: a template is a file from outside like any import.
        check_package(data, path.name)
    except ImportRefused as error:
        raise ExportRefused(Reason("{name}: the template is refused: {reason}", name=path.name,
                                   reason=error.reason)) from error
    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a foreign or damaged package
        raise ExportRefused(Reason("{name}: the template cannot be read as a Word document ({error})", name=path.name,
                                   error=str(error))) from error
    _ensure_page_settings(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _ensure_page_settings(document: DocxDocument) -> None:
    """A template without page settings (hand-made or from another program) gets A4 with 2.5 cm margins."""
    body = document.element.body
    if body.find(qn("w:sectPr")) is None:
        body.append(OxmlElement("w:sectPr"))
    for section in document.sections:
        if section.page_width is None or section.page_height is None:
            section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            if getattr(section, side) is None:
                setattr(section, side, Cm(2.5))
        for side in ("header_distance", "footer_distance"):
            if getattr(section, side) is None:
                setattr(section, side, Cm(1.25))


class HouseStyle:
    """An export's Word document in the house style, with the writing helpers every layout uses."""

    def __init__(self, template: Path | str | None, organisation: str, title: str, subject: str = "",
                 lang: str = "nl") -> None:
        self.document = load_template(template)
        set_properties(self.document, title, organisation, subject, lang)
        set_language(self.document, LANGUAGE_TAGS.get(lang, "nl-NL"))
        self._ensure_styles()
        self._fill_placeholders({"{organisatie}": organisation, "{titel}": title})
        self._ensure_page_numbers()
        # A template whose Heading 1 already numbers itself (w:numPr) would print "2.4 2.4 Title".
        self.numbers_in_text = not self._style_is_numbered("Heading 1")
        self.headings: list[tuple[int, str, str]] = []  # (level, shown text, bookmark) for the contents
        self._toc: tuple[Paragraph, str, int] | None = None
        self.layout_pass = True  # number the contents through LibreOffice when it is installed
        self.toc_pages: bool | None = None  # whether the saved contents carry page numbers (None: no contents)
        # python-docx resolves a style name by scanning every style for each paragraph;
        # an export of hundreds of findings writes thousands, so names are resolved once.
        self._style_ids = {style.name: style.style_id for style in self.document.styles}

    def _style_names(self) -> set[str]:
        return {style.name for style in self.document.styles}

    def _ensure_styles(self) -> None:
        names = self._style_names()
        for name, look in OWN_STYLES.items():
            if name not in names:
                style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = self.document.styles["Normal"]
                style.font.italic = look.get("italic")
                style.font.bold = look.get("bold")
                if "size" in look:
                    style.font.size = Pt(look["size"])
                if look.get("keep"):
                    style.paragraph_format.keep_with_next = True
                if "after" in look:
                    style.paragraph_format.space_after = Pt(look["after"])
        ensure_toc_styles(self.document)
        for name in ("Title", "Subtitle", "TOC Heading", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Bullet", "Caption"):
            if name not in names:
                style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = self.document.styles["Normal"]

    def _style_is_numbered(self, name: str) -> bool:
        style = self.document.styles[name]
        return style.element.pPr is not None and style.element.pPr.find(qn("w:numPr")) is not None

    def _header_footer_parts(self):
        for section in self.document.sections:
            for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                         section.even_page_header, section.even_page_footer):
                if not part.is_linked_to_previous:
                    yield part

    def _fill_placeholders(self, values: dict[str, str]) -> None:
        for part in self._header_footer_parts():
            for paragraph in part.paragraphs:
                for run in paragraph.runs:
                    for key, value in values.items():
                        if key in run.text:
                            run.text = run.text.replace(key, value)

    def _ensure_page_numbers(self) -> None:
        """A user template without page numbers still gets "n / m" in its footer."""
        footer = self.document.sections[0].footer
        if any("PAGE" in i.split() for i in field_instructions(footer._element)):
            return
        paragraph = footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_page_numbers(paragraph)

    # -- writing ---------------------------------------------------------------------------------------

    def chapter(self, text: str, number: str = "", style: str | None = None, new_page: bool = True) -> Paragraph:
        """A Heading 1, on a new page or (``new_page=False``) in the flow, kept with the text after it.

        Front matter and the first chapters open a page as in the examples; later
        chapters and themes follow on, so a short one leaves no near-empty page.
        """
        paragraph = self.heading(text, 1, number, style)
        first = len(self.document.element.body) <= 2  # the heading and the section properties
        paragraph.paragraph_format.page_break_before = new_page and not first
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def heading(self, text: str, level: int, number: str = "", style: str | None = None) -> Paragraph:
        """A heading in Heading 1-3 (listed in the contents), or in ``style`` (not listed: "Inhoud" itself)."""
        level = min(max(level, 1), 3)
        shown = xml_safe(f"{number} {text}" if number and self.numbers_in_text else text)
        paragraph = self.paragraph(shown, style or f"Heading {level}")
        if shown.strip() and style is None:
            name = f"_Toc{len(self.headings) + 1:06d}"
            bookmark(paragraph, name, len(self.headings) + 1)
            self.headings.append((level, shown, name))
        return paragraph

    def contents(self, hint: str, levels: int = 2) -> None:
        """Reserve the place of the table of contents; it is filled from the headings on saving."""
        self._toc = (self.document.add_paragraph(hint), f'TOC \\o "1-{levels}" \\h \\z \\u', levels)

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph(xml_safe(text))
        if style:
            self.apply_style(paragraph, style)
        return paragraph

    def apply_style(self, paragraph: Paragraph, style: str) -> None:
        if style not in self._style_ids:
            raise KeyError(f"no style with name '{style}'")
        paragraph._p.style = self._style_ids[style]

    def text_blocks(self, text: str, style: str | None = None) -> list[Paragraph]:
        """A typed text: paragraphs at blank lines, "- " lines as bullets (List Bullet)."""
        written = []
        for kind, block in paragraphs(text):
            written.append(self.paragraph(block, "List Bullet" if kind == "bullet" else style))
        return written

    def page_break(self) -> None:
        self.document.add_page_break()

    def save(self, path: Path) -> None:
        """Write the document; with LibreOffice at hand the contents get their page numbers first.

        Without LibreOffice (or when its layout pass fails) the contents list the
        headings as links without numbers: a clean document, no "update fields" prompt.
        """
        if self._toc is None:
            self.document.save(str(path))
            return
        placeholder, instruction, levels = self._toc
        self._toc = None
        entries = [entry for entry in self.headings if entry[0] <= levels]
        fields = fill_toc(placeholder, entries, instruction)
        pages = None
        if self.layout_pass and entries:
            self.document.save(str(path))
            pages = heading_pages(path, [(level, text) for level, text, _name in entries])
        if pages is None:
            remove_page_fields(fields)
        else:
            set_page_results(fields, pages)
        self.toc_pages = pages is not None
        self.document.save(str(path))
