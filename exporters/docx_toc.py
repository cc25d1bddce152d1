"""A table of contents that shows in Word and LibreOffice without the user updating it.

The TOC field's shown result is filled with one entry per heading, each a link
with a PAGEREF field to a bookmark on its heading: LibreOffice lays out the page
numbers itself, and Word refreshes the whole field on opening (updateFields).
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from exporters.docx_fields import set_update_fields_on_open


def ensure_toc_styles(document, levels: int = 3) -> None:
    """Word's built-in "toc n" styles (ids TOC1..): Word and LibreOffice use them when they rebuild the TOC."""
    present = {style.style_id for style in document.styles}
    for level in range(1, levels + 1):
        if f"TOC{level}" in present:
            continue
        style = document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.styleId = f"TOC{level}"
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        style.font.bold = level == 1


def _run(*children) -> OxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _el(tag: str, text: str | None = None, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}") if ":" not in key else qn(key), value)
    if text is not None:
        element.text = text
        element.set(qn("xml:space"), "preserve")
    return element


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Wrap the paragraph's content in a bookmark, the target of a TOC entry's PAGEREF."""
    start = _el("w:bookmarkStart", id=str(number), name=name)
    end = _el("w:bookmarkEnd", id=str(number))
    p = paragraph._p
    properties = p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def fill_toc(placeholder: Paragraph, entries: list[tuple[int, str, str]], instruction: str) -> None:
    """Replace ``placeholder`` by the TOC field whose result lists ``entries`` (level, text, bookmark)."""
    set_update_fields_on_open(placeholder.part.document)
    if not entries:
        return
    paragraphs = []
    for level, text, name in entries:
        p = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        properties.append(_el("w:pStyle", val=f"TOC{min(level, 3)}"))
        p.append(properties)
        link = _el("w:hyperlink", anchor=name, history="1")
        link.append(_run(_el("w:t", text)))
        link.append(_run(OxmlElement("w:tab")))
        link.append(_run(_el("w:fldChar", fldCharType="begin")))
        link.append(_run(_el("w:instrText", f" PAGEREF {name} \\h ")))
        link.append(_run(_el("w:fldChar", fldCharType="separate")))
        link.append(_run(_el("w:t", "")))
        link.append(_run(_el("w:fldChar", fldCharType="end")))
        p.append(link)
        paragraphs.append(p)
    first, last = paragraphs[0], paragraphs[-1]
    opening = [_run(_el("w:fldChar", fldCharType="begin")), _run(_el("w:instrText", f" {instruction} ")),
               _run(_el("w:fldChar", fldCharType="separate"))]
    for element in reversed(opening):
        first.pPr.addnext(element)
    last.append(_run(_el("w:fldChar", fldCharType="end")))
    anchor = placeholder._p
    for p in paragraphs:
        anchor.addprevious(p)
    anchor.getparent().remove(anchor)
