"""Word fields (PAGE, NUMPAGES, TOC) and small OOXML pieces python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def _fld_char(kind: str, dirty: bool = False) -> OxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        # Word recomputes a dirty field when the document opens (the TOC's page numbers).
        element.set(qn("w:dirty"), "true")
    return element


def add_field(paragraph: Paragraph, instruction: str, result: str = "", dirty: bool = False) -> None:
    """Append a complex field (begin, instruction, separate, shown result, end) to ``paragraph``."""
    run = paragraph.add_run()
    run._r.append(_fld_char("begin", dirty))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    paragraph.add_run()._r.append(_fld_char("separate"))
    if result:
        paragraph.add_run(result)
    paragraph.add_run()._r.append(_fld_char("end"))


def add_page_numbers(paragraph: Paragraph, separator: str = " / ") -> None:
    """"6 / 20": the current page and the page count, as the examples' footers show them."""
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(separator)
    add_field(paragraph, "NUMPAGES", "1")


def field_instructions(element) -> list[str]:
    """Every field instruction inside an element (instrText and simple fields), stripped."""
    found = [node.text.strip() for node in element.iter(qn("w:instrText")) if node.text]
    found += [node.get(qn("w:instr")).strip() for node in element.iter(qn("w:fldSimple"))]
    return found


def keep_with_next(paragraph: Paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def shade_cell(cell, fill: str = "E7E9EE") -> None:
    """A light grey background: readable in black-and-white print too (in its place in w:tcPr)."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.insert_element_before(shading, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                                     "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge",
                                     "w:tcPrChange")


def cell_margins(table, top: int = 45, side: int = 85) -> None:
    """Breathing room inside cells (twentieths of a point); Word's default of none looks cramped.

    The margins go to their place in the schema's order of table properties
    (after w:tblLayout, before w:tblLook): Word refuses a file whose order is wrong.
    """
    properties = table._tbl.tblPr
    existing = properties.find(qn("w:tblCellMar"))
    if existing is not None:
        properties.remove(existing)
    margins = OxmlElement("w:tblCellMar")
    for edge, size in (("top", top), ("left", side), ("bottom", top), ("right", side)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(size))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def cant_split(row) -> None:
    """The row is never cut over two pages (w:cantSplit in its schema place)."""
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    properties.insert_element_before(element, "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
                                     "w:ins", "w:del", "w:trPrChange")


def repeat_header_row(row) -> None:
    """The header row comes back on every page a long table runs over (w:tblHeader in its schema place)."""
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.insert_element_before(element, "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                                     "w:trPrChange")


_XML_INVALID = {code: " " for code in (*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)}


def xml_safe(text: str) -> str:
    """Control characters (form feeds from PDFs) become spaces: Word XML cannot hold them.

    One character for one, so offsets into the text stay valid.
    """
    return text.translate(_XML_INVALID)
