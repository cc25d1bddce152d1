"""The Markdown outline form of a framework: headings are themes, numbered items or headings speerpunten.

Accepted shapes (they may be mixed)::

    ---                           optional YAML front matter: name (or title), description;
    name: "G40: Strategische agenda"  other keys are left to the programs that wrote them
    ---
    # G40 Strategische agenda     a lone top heading above the theme headings is the name
    ## 1 Wonen                    a theme; a leading number ("1", "Thema 1:") becomes its code
    - 1.1 Betaalbaar wonen: meer sociale huur     code, title, ": " formulation
    - 2 Leefbare wijken           a plain number is put under the theme: code "1.2"
    ### 1.3 Starters              a numbered heading is a speerpunt too; the paragraphs
    Formulation paragraph.        below it (up to the next heading) are its formulation

The Markdown is read by the CommonMark parser the document importer uses
(``desktop.ingest.markdown``), so links, entities and emphasis are their text.
Headings without a number below the theme level (and prose under a theme) are ignored.
Without front matter or a title heading the framework is named after the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.frameworks.errors import FrameworkFormatError
from desktop.ingest.markdown import parse, plain_text
from desktop.reasons import Reason

# "2.1", "2.1.3", "R1.2", "F.1": a dotted number, optionally after a short letter prefix.
# A code needs its dot: "G40 agenda" and "N2000" are words, not codes.
_CODE = re.compile(r"^(?P<code>(?:[A-Za-z]{1,3}\.?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)[.):]?\s+(?P<rest>\S.*)$")
_THEME_NUMBER = re.compile(
    r"^(?:(?:thema|theme|pijler|hoofdstuk)\s+)?(?P<code>\d{1,3}|[IVX]{1,5})[.:)]?\s+(?P<rest>\S.*)$", re.I
)
_FRONT_KEYS = {"name": "name", "naam": "name", "title": "title", "titel": "title",
               "description": "description", "omschrijving": "description", "beschrijving": "description"}


@dataclass
class _Block:
    """A heading, the first paragraph of a list item, or another paragraph, as the Markdown parser found it."""

    kind: str  # "heading", "item" or "paragraph"
    text: str
    line: int  # 1-based, the first line
    end: int  # 0-based, the line after the block
    level: int = 0  # a heading's level
    marker: str = ""  # an item's marker as written: "-", "*", "1.", "2)"
    number: str = ""  # an ordered item's number


def parse_outline(text: str, source: str, default_name: str = "") -> Framework:
    """Read a Markdown outline; ``default_name`` names the framework when the text does not."""
    lines = text.splitlines()
    front, body_start = _front_matter(lines, source)
    # Front matter lines become blank lines, so the parser's line numbers are the file's.
    blocks = _blocks("\n" * body_start + "\n".join(lines[body_start:]))
    headings = [block for block in blocks if block.kind == "heading"]
    name = front.get("name", "") or front.get("title", "")
    theme_headings = [h for h in headings if _speerpunt_code(h.text) is None]
    if not theme_headings:
        raise FrameworkFormatError(source, Reason("no theme headings ('# Theme'); nothing to read as a framework"))
    top = min(h.level for h in theme_headings)
    tops = [h for h in theme_headings if h.level == top]
    # A single top heading with theme headings below it is the document's title, not a theme.
    if len(tops) == 1 and any(h.level > top for h in theme_headings):
        name = name or _clean(tops[0].text)
        theme_headings = [h for h in theme_headings if h is not tops[0]]
        top = min(h.level for h in theme_headings)
    name = name or default_name
    if not name:
        raise FrameworkFormatError(
            source, Reason("no framework name: add a 'name:' front matter or a '# Title' heading"))
    framework = Framework(name=name, description=front.get("description", ""))
    _Builder(source, framework, top).run(blocks)
    if not framework.themes:
        raise FrameworkFormatError(source, Reason("no themes found"))
    return framework


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, str], int]:
    """The YAML between a first line "---" and the next "---" (or "..."): name and description, as text."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    close = next((number for number, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None)
    if close is None:
        raise FrameworkFormatError(source, Reason("front matter opened with '---' is never closed"), 1)
    try:
        # BaseLoader reads every value as text, as the YAML format does: "naam: 2024" stays "2024".
        values = yaml.load("\n".join(lines[1:close]), Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds no objects
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise FrameworkFormatError(
            source, Reason("front matter is not valid YAML: {error}", error=str(error.problem or error)),
            mark.line + 2 if mark else 1,
        ) from None
    except yaml.YAMLError as error:
        raise FrameworkFormatError(source, Reason("front matter is not valid YAML: {error}", error=str(error)), 1) from None
    if values is None:
        return {}, close + 1
    if not isinstance(values, dict):
        raise FrameworkFormatError(source, Reason("front matter must be 'key: value' lines"), 2)
    found: dict[str, str] = {}
    for key, value in values.items():
        meaning = _FRONT_KEYS.get(str(key).strip().lower())
        if meaning is None:
            continue  # other programs' keys (date, author, tags) are theirs
        if not isinstance(value, str):
            raise FrameworkFormatError(source, Reason("front matter '{key}' must be text", key=str(key)), 2)
        found[meaning] = " ".join(value.split())
    return found, close + 1


def _blocks(text: str) -> list[_Block]:
    tokens = parse(text)
    blocks: list[_Block] = []
    lists: list[str] = []
    item: tuple[str, str] | None = None  # (marker, number) of a list item whose first paragraph is still to come
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            ordered = bool(lists) and lists[-1] == "ordered_list_open"
            item = (f"{token.info}{token.markup}", token.info) if ordered else (token.markup, "")
        elif kind == "list_item_close":
            item = None
        elif kind in ("heading_open", "paragraph_open") and token.map:
            content = plain_text(tokens[index + 1])
            start, end = token.map
            if kind == "heading_open":
                if _clean(content):
                    blocks.append(_Block("heading", content, start + 1, end, level=int(token.tag[1:])))
            elif item is not None:
                blocks.append(_Block("item", content, start + 1, end, marker=item[0], number=item[1]))
                item = None  # further paragraphs of the item are paragraphs
            elif content:
                blocks.append(_Block("paragraph", content, start + 1, end))
    return blocks


def _clean(text: str) -> str:
    return " ".join(text.split())


def _speerpunt_code(text: str) -> tuple[str, str] | None:
    """(code, rest) for "2.1 Title", None when the text carries no dotted code."""
    match = _CODE.match(_clean(text))
    if not match or "." not in match.group("code"):
        return None
    return match.group("code"), match.group("rest")


class _Builder:
    """Walks the lines once, opening themes and speerpunten as it meets them."""

    def __init__(self, source: str, framework: Framework, theme_level: int) -> None:
        self.source = source
        self.framework = framework
        self.theme_level = theme_level
        self.theme: Theme | None = None
        self.open_speerpunt: Speerpunt | None = None
        self.formulation: list[_Block] = []
        self.codes: dict[str, int] = {}

    def run(self, blocks: list[_Block]) -> None:
        for block in blocks:
            if block.kind == "heading":
                self._heading(block.level, block.text, block.line)
            elif block.kind == "item" and (self.open_speerpunt is None or self._starts_numbered(block)):
                self._item(block)
            elif self.open_speerpunt is not None:
                self.formulation.append(block)
        self._close()

    def _starts_numbered(self, block: _Block) -> bool:
        # Under a speerpunt heading, plain bullets belong to its formulation; a numbered item starts a new one.
        return bool(_speerpunt_code(block.text) and self.open_speerpunt and self.theme)

    def _heading(self, level: int, raw: str, number: int) -> None:
        self._close()
        coded = _speerpunt_code(raw)
        if coded and level > 0:
            self._add(coded[0], coded[1], number, heading=True)
            return
        if level != self.theme_level:
            return  # the title heading, or a sub-heading inside a theme
        title, code = _clean(raw), ""
        numbered = _THEME_NUMBER.match(title)
        if numbered:
            code, title = numbered.group("code"), numbered.group("rest").strip()
        self.theme = Theme(title=title, code=code)
        self.framework.themes.append(self.theme)

    def _item(self, block: _Block) -> None:
        body = _clean(block.text)
        coded = _speerpunt_code(body)
        if coded:
            code, rest = coded
        elif block.number:
            code, rest = block.number, body
        else:
            plain = re.match(r"^(\d{1,3})[.)]?\s+(\S.*)$", body)
            code, rest = (plain.group(1), plain.group(2)) if plain else ("", body)
        self._add(code, rest, block.line, heading=False)
        self._close()

    def _add(self, code: str, rest: str, number: int, heading: bool) -> None:
        if self.theme is None:
            raise FrameworkFormatError(
                self.source, Reason("speerpunt '{title}' comes before the first theme heading", title=_clean(rest)), number
            )
        where = Reason("theme {number} '{title}'", number=len(self.framework.themes), title=self.theme.title)
        title, formulation = _clean(rest), ""
        if not heading and ": " in title:
            title, formulation = (part.strip() for part in title.split(": ", 1))
        if not title:
            raise FrameworkFormatError(self.source, Reason("speerpunt without a title"), number, where)
        if not code or "." not in code and code.isdigit():
            # A bare or missing number counts within its theme, as position papers number per theme.
            prefix = self.theme.code or str(len(self.framework.themes))
            code = f"{prefix}.{code or len(self.theme.speerpunten) + 1}"
        if code in self.codes:
            raise FrameworkFormatError(
                self.source,
                Reason("code '{code}' is also used on line {line}; codes must be unique", code=code, line=self.codes[code]),
                number,
                where,
            )
        self.codes[code] = number
        speerpunt = Speerpunt(code=code, title=title, formulation=formulation)
        self.theme.speerpunten.append(speerpunt)
        if heading:
            self.open_speerpunt = speerpunt

    def _close(self) -> None:
        if self.open_speerpunt is not None:
            # A blank line between blocks parts paragraphs; an item without one keeps a line of its own.
            parts: list[str] = []
            previous: _Block | None = None
            for block in self.formulation:
                if previous is not None:
                    parts.append("\n\n" if block.line - 1 > previous.end else "\n")
                parts.append(f"{block.marker} {block.text}" if block.kind == "item" else block.text)
                previous = block
            self.open_speerpunt.formulation = "".join(parts).strip()
        self.open_speerpunt = None
        self.formulation = []
