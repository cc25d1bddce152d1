"""DOCX reader: headings, paragraphs, list items, tables and footnotes, in document order.

Decisions: a footnote becomes a FOOTNOTE passage right after the paragraph, list
item or table that first refers to it, so it stays under the same heading path
as the text it supports; its text starts with its number in reference order
("1 Bron: ..."), as a PDF of the same file would show it. Endnotes follow at the
end of the document. The body text keeps no footnote marks. Tracked changes are
read as if accepted. Running headers and footers, comments and the table of
contents are left out. Numbers that Word generates (automatic list and heading
numbering) are not part of the text.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.package import Package
from lxml import etree

from desktop.domain.document import Block, ImportedDocument, PassageKind, assemble
from desktop.ingest.docx_safety import check_package, parse_part
from desktop.ingest.docx_styles import StyleTable, W, numbering, on, outline_level
from desktop.ingest.errors import ImportRefused
from desktop.ingest.lines import clean
from desktop.ingest.numbering import BULLETS, heading_level, strip_bullet
from desktop.progress import Cancelled, Progress, check_cancelled
from desktop.reasons import Reason

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Subtrees whose text is not part of what the reader sees: deleted revisions, field codes,
# properties (w:pPr holds tab stops named w:tab) and the duplicate fallback of a text box.
_SKIP = {
    f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}sdtPr",
    f"{W}fldData", f"{MC}Fallback", f"{W}footnotePr", f"{W}endnotePr",
}
_WORD_CONTENT_TYPES = {
    CT.WML_DOCUMENT_MAIN,
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_MAX_DEPTH = 40  # nested tables and text boxes deeper than this are damage or mischief
_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def read_docx(data: bytes, filename: str, progress: Progress) -> ImportedDocument:
    """Read a Word document into passages, or refuse it with a reason the user can act on."""
    check_package(data, filename)
    check_cancelled(progress)
    try:
        package = Package.open(io.BytesIO(data))
        part = package.main_document_part
        content_type = part.content_type
    except Exception as error:  # python-docx raises KeyError, ValueError, XMLSyntaxError... on damage
        raise ImportRefused(filename, Reason("damaged DOCX: the Word package cannot be opened")) from error
    if content_type not in _WORD_CONTENT_TYPES:
        shown = "".join(c for c in str(content_type) if c.isprintable())[:100]
        raise ImportRefused(filename, Reason("not a Word document (its main part is '{part}')", part=shown))
    if content_type != CT.WML_DOCUMENT_MAIN:
        raise ImportRefused(filename, Reason("a macro-enabled document or a template: save it as a normal .docx"))
    try:
        reader = _Reader(part, progress)
        blocks = reader.read()
        title = _title(package, blocks, filename)
    except (ImportRefused, Cancelled):
        raise
    except Exception as error:  # a structure python-docx accepted but that still does not add up
        raise ImportRefused(filename, Reason("damaged DOCX: the Word content cannot be read")) from error
    if not blocks:
        raise ImportRefused(filename, Reason("the document holds no text"))
    document = assemble(title, blocks)
    document.warnings.extend(reader.warnings)
    return document


def _related_element(part: Any, reltype: str) -> etree._Element | None:
    try:
        related = part.part_related_by(reltype)
    except KeyError:
        return None
    element = getattr(related, "element", None)
    # Parts python-docx does not know (footnotes, endnotes) arrive as bytes; check_package scanned them.
    return element if element is not None else parse_part(related.blob)


class _Reader:
    """One pass over the body, keeping the state footnotes and text boxes need."""

    def __init__(self, part: Any, progress: Progress) -> None:
        self.part = part
        self.progress = progress
        self.styles = StyleTable(_related_element(part, RT.STYLES))
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.notes = {kind: self._notes(part, reltype, kind)
                      for kind, reltype in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES))}
        self._numbers: dict[tuple[str, str], int] = {}
        self._endnotes: list[str] = []
        self._revisions = False

    def _notes(self, part: Any, reltype: str, kind: str) -> dict[str, etree._Element]:
        try:
            root = _related_element(part, reltype)
        except etree.XMLSyntaxError:
            # Damaged notes should not cost the user the whole agreement: read the body, say so.
            self.warnings.append(f"the {kind}s are damaged and were left out")
            return {}
        if root is None:
            return {}
        return {
            note.get(f"{W}id", ""): note
            for note in root.iter(f"{W}{kind}")
            if note.get(f"{W}type", "normal") not in _NOTE_SEPARATORS
        }

    def read(self) -> list[Block]:
        body = self.part.element.find(f"{W}body")
        if body is None:
            raise ValueError("the main part has no w:body")  # read_docx turns this into "damaged DOCX"
        children = list(body)
        self.progress.start(len(children), "Reading DOCX")
        for child in children:
            check_cancelled(self.progress)
            self._block(child, 0)
            self.progress.advance()
        self._emit_notes("endnote", self._endnotes)
        if self._revisions:
            self.warnings.append("the document has tracked changes: read as if all changes were accepted")
        return [block for block in self.blocks if block.text.strip()]

    def _block(self, element: etree._Element, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        tag = element.tag
        if tag == f"{W}p":
            self._paragraph(element, depth)
        elif tag == f"{W}tbl":
            self._table(element, depth)
        elif tag == f"{W}sdt":
            if _is_toc_control(element):
                return
            for content in element.findall(f"{W}sdtContent"):
                for child in content:
                    self._block(child, depth + 1)
        elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"):
            for child in element:
                self._block(child, depth + 1)
        elif tag in (f"{W}del", f"{W}moveFrom"):
            self._revisions = True

    def _paragraph(self, p: etree._Element, depth: int) -> None:
        ppr = p.find(f"{W}pPr")
        style = _style_id(ppr)
        if self.styles.is_toc(style):
            return
        text, bold, refs, boxes = self._runs(p, style)
        kind, level, text = self._classify(text, bold, ppr, style)
        self.blocks.append(Block(kind, text, level))
        self._emit_notes("footnote", refs)
        for box in boxes:
            for child in box:
                self._block(child, depth + 1)

    def _runs(self, p: etree._Element, style: str | None) -> tuple[str, bool, list[str], list[etree._Element]]:
        """Text of a paragraph, whether all of it is bold, its footnote ids and its text boxes."""
        parts: list[str] = []
        refs: list[str] = []
        boxes: list[etree._Element] = []
        paragraph_bold = self.styles.bold(style)
        all_bold = True
        stack = [(child, paragraph_bold) for child in reversed(p)]
        while stack:
            element, bold = stack.pop()
            tag = element.tag
            if not isinstance(tag, str):  # comments and processing instructions
                continue
            if tag in _SKIP:
                self._revisions = self._revisions or tag in (f"{W}del", f"{W}moveFrom")
                continue
            if tag == f"{W}t":
                value = element.text or ""
                parts.append(value)
                all_bold = all_bold and (bold or not value.strip())
                continue
            if tag in (f"{W}tab", f"{W}ptab"):
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append(" " if element.get(f"{W}type") in ("page", "column") else "\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}footnoteReference":
                refs.append(element.get(f"{W}id", ""))
            elif tag == f"{W}endnoteReference":
                self._endnotes.append(element.get(f"{W}id", ""))
            elif tag == f"{W}txbxContent":
                boxes.append(element)
            else:
                if tag == f"{W}r":
                    bold = self._run_bold(element, paragraph_bold)
                elif tag in (f"{W}ins", f"{W}moveTo"):
                    self._revisions = True
                stack.extend((child, bold) for child in reversed(element))
        return _clean("".join(parts)), all_bold and any(part.strip() for part in parts), refs, boxes

    def _run_bold(self, run: etree._Element, paragraph_bold: bool) -> bool:
        rpr = run.find(f"{W}rPr")
        if rpr is None:
            return paragraph_bold
        direct = on(rpr.find(f"{W}b"))
        if direct is not None:
            return direct
        char_style = rpr.find(f"{W}rStyle")
        if char_style is not None:
            styled = self.styles.character_bold(char_style.get(f"{W}val", ""))
            if styled is not None:
                return styled
        return paragraph_bold

    def _classify(
        self, text: str, bold: bool, ppr: etree._Element | None, style: str | None
    ) -> tuple[PassageKind, int, str]:
        direct_outline = outline_level(ppr)
        level = direct_outline if direct_outline is not None else self.styles.heading_level(style)
        if level:
            return PassageKind.HEADING, level, " ".join(text.split())
        if bold and "\n" not in text:
            numbered_heading = heading_level(text)
            if numbered_heading:
                return PassageKind.HEADING, numbered_heading, text
        direct = numbering(ppr)
        if direct is not None and direct[0]:
            return PassageKind.LIST_ITEM, (direct[1] or 0) + 1, text
        # numId 0 on the paragraph takes away the numbering its style would give.
        list_level = self.styles.list_level(style) if direct is None else None
        if list_level:
            return PassageKind.LIST_ITEM, list_level, text
        stripped = strip_bullet(text)
        if stripped is not None:
            # A typed bullet is noise; a typed number ("1)", "a)") is how the text refers to the item.
            return PassageKind.LIST_ITEM, 1, stripped if text.lstrip()[:1] in BULLETS else text
        return PassageKind.PARAGRAPH, 0, text

    def _table(self, table: etree._Element, depth: int) -> None:
        cells = [_children(row, f"{W}tc") for row in _children(table, f"{W}tr")]
        if len(cells) == 1 and len(cells[0]) == 1:
            # A one-cell table is a frame around text, not data: read what is inside as usual.
            for child in cells[0][0]:
                self._block(child, depth + 1)
            return
        refs: list[str] = []
        lines = []
        for row in cells:
            texts = [self._cell_text(cell, refs) for cell in row]
            if any(texts):
                lines.append(" | ".join(texts))
        self.blocks.append(Block(PassageKind.TABLE, "\n".join(lines)))
        self._emit_notes("footnote", refs)

    def _cell_text(self, element: etree._Element, refs: list[str]) -> str:
        """All paragraphs under ``element`` (nested tables too) as one line."""
        texts = []
        for p in _paragraphs(element):
            text, _, found, _ = self._runs(p, _style_id(p.find(f"{W}pPr")))
            refs.extend(found)
            if text:
                texts.append(" ".join(text.split()))
        return " ".join(texts)

    def _emit_notes(self, kind: str, ids: list[str]) -> None:
        for note_id in ids:
            key = (kind, note_id)
            note = self.notes[kind].get(note_id)
            if note is None or key in self._numbers:
                continue
            self._numbers[key] = number = sum(1 for known, _ in self._numbers if known == kind) + 1
            refs: list[str] = []
            text = self._cell_text(note, refs)
            if text:
                self.blocks.append(Block(PassageKind.FOOTNOTE, f"{number} {text}"))


def _children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Children named ``tag``, also when a content control or custom XML wraps them."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            wrapped = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            found.extend(c for c in (wrapped if wrapped is not None else ()) if c.tag == tag)
    return found


def _paragraphs(element: etree._Element) -> list[etree._Element]:
    """Paragraphs under ``element`` in order, leaving out text boxes and skipped subtrees."""
    found = []
    stack = list(reversed(element))
    while stack:
        child = stack.pop()
        if not isinstance(child.tag, str) or child.tag in _SKIP or child.tag == f"{W}txbxContent":
            continue
        if child.tag == f"{W}p":
            found.append(child)
        else:
            stack.extend(reversed(child))
    return found


def _style_id(ppr: etree._Element | None) -> str | None:
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    return style.get(f"{W}val") if style is not None else None


def _is_toc_control(sdt: etree._Element) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "table of contents" in gallery.get(f"{W}val", "").lower()


def _clean(text: str) -> str:
    """A paragraph's text as every reader cleans a line (``lines.clean``: spaces collapsed, ligatures
    spelled out, Symbol-font bullets as "•", invisible characters gone), its line breaks kept."""
    if "\n" not in text:
        return clean(text)
    lines = (clean(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _title(package: Any, blocks: list[Block], filename: str) -> str:
    # Asking python-docx for core_properties would invent "Word Document" when the part is missing.
    try:
        title = package.part_related_by(RT.CORE_PROPERTIES).core_properties.title or ""
    except (KeyError, AttributeError):
        title = ""
    title = " ".join(title.split())
    if not title:
        title = next((" ".join(b.text.split()) for b in blocks if b.kind is PassageKind.HEADING), "")
    return title[:200] or Path(filename).stem or filename
