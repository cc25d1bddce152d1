"""What a DOCX paragraph's style says about it: heading level, list level, bold, table of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Word stores built-in names in English ("heading 1") whatever the UI language; documents
# made by hand or by other tools may carry the Dutch names ("Kop 1") or only Dutch ids ("Kop1").
_HEADING = re.compile(r"^(?:heading|kop)\s*([1-9])$", re.I)
_TITLE = {"title", "titel"}
_LIST = re.compile(r"^(?:list|lijst)(?!.*\b(?:table|tabel)\b).*?(?:\s*([1-9]))?$", re.I)
_TOC = re.compile(r"^(?:toc\s*[1-9]|inhopg\s*[1-9]|inhoudsopgave\s*[1-9])$", re.I)
_MAX_CHAIN = 12  # basedOn chains are short; the cap also stops cycles in damaged files


def on(element: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: None when absent."""
    if element is None:
        return None
    return element.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


def numbering(ppr: etree._Element | None) -> tuple[bool, int | None] | None:
    """(numbered, ilvl) from a w:pPr's w:numPr, or None when it says nothing about numbering."""
    if ppr is None:
        return None
    numpr = ppr.find(f"{W}numPr")
    if numpr is None:
        return None
    num_id = numpr.find(f"{W}numId")
    ilvl = numpr.find(f"{W}ilvl")
    level = _int(ilvl.get(f"{W}val") if ilvl is not None else None)
    numbered = num_id is None or num_id.get(f"{W}val", "0") != "0"
    return numbered, level


def outline_level(ppr: etree._Element | None) -> int | None:
    """Heading level (1..9) from w:outlineLvl, 0 for explicit body text, None when absent."""
    if ppr is None:
        return None
    element = ppr.find(f"{W}outlineLvl")
    if element is None:
        return None
    value = _int(element.get(f"{W}val"))
    return value + 1 if value is not None and 0 <= value <= 8 else 0


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Style:
    style_id: str
    names: tuple[str, ...]
    based_on: str | None
    ppr: etree._Element | None
    bold: bool | None


class StyleTable:
    """Styles by id, with the basedOn chain resolved on demand (and cached)."""

    def __init__(self, styles_root: etree._Element | None) -> None:
        # A styles part defines a hundred or more styles; a document uses a few. Each is read
        # when a paragraph first asks for it.
        self._elements: dict[str, etree._Element] = {}
        self._styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        self.default_bold = False
        self._chains: dict[str | None, tuple[Style, ...]] = {}
        if styles_root is None:
            return
        defaults = styles_root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}b")
        self.default_bold = bool(on(defaults))
        for element in styles_root.iter(f"{W}style"):
            style_id = element.get(f"{W}styleId") or ""
            self._elements[style_id] = element
            if element.get(f"{W}type") == "paragraph" and element.get(f"{W}default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def _style(self, style_id: str) -> Style:
        style = self._styles.get(style_id)
        if style is None:
            element = self._elements[style_id]
            name_element = element.find(f"{W}name")
            name = name_element.get(f"{W}val", "") if name_element is not None else ""
            based = element.find(f"{W}basedOn")
            style = self._styles[style_id] = Style(
                style_id=style_id,
                names=tuple(" ".join(n.split()).lower() for n in (name, style_id) if n),
                based_on=based.get(f"{W}val") if based is not None else None,
                ppr=element.find(f"{W}pPr"),
                bold=on(element.find(f"{W}rPr/{W}b")),
            )
        return style

    def chain(self, style_id: str | None) -> tuple[Style, ...]:
        """The style and the styles it is based on, nearest first."""
        # Word falls back to the default paragraph style for a missing or unknown style id.
        key = style_id if style_id in self._elements else self.default_paragraph
        cached = self._chains.get(key)
        if cached is not None:
            return cached
        chain: list[Style] = []
        current = key
        while current is not None and current in self._elements and len(chain) < _MAX_CHAIN:
            style = self._style(current)
            if style in chain:
                break
            chain.append(style)
            current = style.based_on
        self._chains[key] = tuple(chain)
        return self._chains[key]

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            for name in style.names:
                match = _HEADING.match(name)
                if match:
                    return int(match.group(1))
                if name in _TITLE:
                    return 1
            level = outline_level(style.ppr)
            if level is not None:
                return level or None
        return None

    def list_level(self, style_id: str | None) -> int | None:
        """1-based list level a list style implies (from its numbering or its name), or None."""
        named: int | None = None
        numbered: int | None = None
        for style in self.chain(style_id):
            found = numbering(style.ppr)
            if found is not None and found[0] and numbered is None:
                # Without w:ilvl the level lives in numbering.xml; "List Number 2" still says it.
                numbered = found[1] + 1 if found[1] is not None else 0
            for name in style.names:
                match = _LIST.match(name)
                if match and named is None:
                    named = int(match.group(1) or 1)
        if numbered:
            return numbered
        return named or (1 if numbered == 0 else None)

    def is_toc(self, style_id: str | None) -> bool:
        return any(_TOC.match(name) for style in self.chain(style_id) for name in style.names)

    def bold(self, style_id: str | None) -> bool:
        for style in self.chain(style_id):
            if style.bold is not None:
                return style.bold
        return self.default_bold

    def character_bold(self, style_id: str) -> bool | None:
        """Bold from a character style's chain, or None when it says nothing."""
        for style in self.chain(style_id) if style_id in self._elements else ():
            if style.bold is not None:
                return style.bold
        return None
