"""A table of contents that shows in Word and LibreOffice without the user updating it.

The TOC field's shown result is filled with one entry per heading, each a link
with a PAGEREF field to a bookmark on its heading. The page numbers come from a
layout pass (exporters.layout_pass) when LibreOffice is installed; Word and
LibreOffice both show that result as it is, without asking to update fields.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph


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


def fill_toc(placeholder: Paragraph, entries: list[tuple[int, str, str]], instruction: str) -> list[list]:
    """Replace ``placeholder`` by the TOC field whose result lists ``entries`` (level, text, bookmark).

    Returns, per entry, the runs of its page number (tab, PAGEREF field and its
    result) for ``set_page_results`` or ``remove_page_fields``. The field is not
    marked for updating: Word would ask about it on every opening.
    """
    if not entries:
        return []
    paragraphs, fields = [], []
    for level, text, name in entries:
        p = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        properties.append(_el("w:pStyle", val=f"TOC{min(level, 3)}"))
        p.append(properties)
        link = _el("w:hyperlink", anchor=name, history="1")
        link.append(_run(_el("w:t", text)))
        page_runs = [_run(OxmlElement("w:tab")), _run(_el("w:fldChar", fldCharType="begin")),
                     _run(_el("w:instrText", f" PAGEREF {name} \\h ")),
                     _run(_el("w:fldChar", fldCharType="separate")), _run(_el("w:t", "")),
                     _run(_el("w:fldChar", fldCharType="end"))]
        for run in page_runs:
            link.append(run)
        p.append(link)
        paragraphs.append(p)
        fields.append(page_runs)
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
    return fields


def set_page_results(fields: list[list], pages: list[int]) -> None:
    """Show each entry's page number as the PAGEREF field's result, which both programs display as is."""
    for runs, page in zip(fields, pages, strict=True):
        runs[4].find(qn("w:t")).text = str(page)


def remove_page_fields(fields: list[list]) -> None:
    """No page numbers known: the entries stay as links without dot leaders to an empty number."""
    for runs in fields:
        for run in runs:
            run.getparent().remove(run)
