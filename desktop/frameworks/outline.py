"""The Markdown outline form of a framework: headings are themes, numbered items or headings speerpunten.

Accepted shapes (they may be mixed)::

    ---                           optional front matter: name, description
    name: G40 Strategische agenda
    ---
    # G40 Strategische agenda     a lone top heading above the theme headings is the name
    ## 1 Wonen                    a theme; a leading number ("1", "Thema 1:") becomes its code
    - 1.1 Betaalbaar wonen: meer sociale huur     code, title, ": " formulation
    - 2 Leefbare wijken           a plain number is put under the theme: code "1.2"
    ### 1.3 Starters              a numbered heading is a speerpunt too; the paragraphs
    Formulation paragraph.        below it (up to the next heading) are its formulation

Headings without a number below the theme level (and prose under a theme) are ignored.
Without front matter or a title heading the framework is named after the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.frameworks.errors import FrameworkFormatError

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_ORDERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
# "2.1", "2.1.3", "R1.2", "F.1": a dotted number, optionally after a short letter prefix.
# A code needs its dot: "G40 agenda" and "N2000" are words, not codes.
_CODE = re.compile(r"^(?P<code>(?:[A-Za-z]{1,3}\.?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)[.):]?\s+(?P<rest>\S.*)$")
_THEME_NUMBER = re.compile(
    r"^(?:(?:thema|theme|pijler|hoofdstuk)\s+)?(?P<code>\d{1,3}|[IVX]{1,5})[.:)]?\s+(?P<rest>\S.*)$", re.I
)
_FRONT_KEYS = {"name": "name", "naam": "name", "description": "description", "omschrijving": "description"}
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


@dataclass
class _Heading:
    line: int
    level: int
    text: str


def parse_outline(text: str, source: str, default_name: str = "") -> Framework:
    """Read a Markdown outline; ``default_name`` names the framework when the text does not."""
    lines = text.splitlines()
    front, body_start = _front_matter(lines, source)
    headings = _headings(lines, body_start)
    name = front.get("name", "")
    theme_headings = [h for h in headings if _speerpunt_code(h.text) is None]
    if not theme_headings:
        raise FrameworkFormatError(source, "no theme headings ('# Theme'); nothing to read as a framework")
    top = min(h.level for h in theme_headings)
    tops = [h for h in theme_headings if h.level == top]
    # A single top heading with theme headings below it is the document's title, not a theme.
    if len(tops) == 1 and any(h.level > top for h in theme_headings):
        name = name or _clean(tops[0].text)
        theme_headings = [h for h in theme_headings if h is not tops[0]]
        top = min(h.level for h in theme_headings)
    name = name or default_name
    if not name:
        raise FrameworkFormatError(source, "no framework name: add a 'name:' front matter or a '# Title' heading")
    framework = Framework(name=name, description=front.get("description", ""))
    _Builder(source, framework, top).run(lines, body_start)
    if not framework.themes:
        raise FrameworkFormatError(source, "no themes found")
    return framework


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    values: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return values, number + 1
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _FRONT_KEYS:
            values[_FRONT_KEYS[key.strip().lower()]] = value.strip().strip("\"'")
    raise FrameworkFormatError(source, "front matter opened with '---' is never closed", 1)


def _headings(lines: list[str], start: int) -> list[_Heading]:
    found = []
    for index in range(start, len(lines)):
        match = _HEADING.match(lines[index])
        if match and _clean(match.group(2)):
            found.append(_Heading(index + 1, len(match.group(1)), match.group(2)))
    return found


def _clean(text: str) -> str:
    return " ".join(_EMPHASIS.sub("", text).split()).strip()


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
        self.formulation: list[str] = []
        self.codes: dict[str, int] = {}

    def run(self, lines: list[str], start: int) -> None:
        for index in range(start, len(lines)):
            line, number = lines[index], index + 1
            heading = _HEADING.match(line)
            if heading:
                self._heading(len(heading.group(1)), heading.group(2), number)
            elif _LIST.match(line) and (self.open_speerpunt is None or self._starts_numbered(line)):
                self._item(line, number)
            elif self.open_speerpunt is not None:
                self.formulation.append(line)
        self._close()

    def _starts_numbered(self, line: str) -> bool:
        # Under a speerpunt heading, plain bullets belong to its formulation; a numbered item starts a new one.
        item = _LIST.match(line)
        return bool(item and _speerpunt_code(item.group(1)) and self.open_speerpunt and self.theme)

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

    def _item(self, line: str, number: int) -> None:
        ordered = _ORDERED.match(line)
        body = _clean(_LIST.match(line).group(1))  # type: ignore[union-attr]
        coded = _speerpunt_code(body)
        if coded:
            code, rest = coded
        elif ordered:
            code, rest = ordered.group(1), body
        else:
            plain = re.match(r"^(\d{1,3})[.)]?\s+(\S.*)$", body)
            code, rest = (plain.group(1), plain.group(2)) if plain else ("", body)
        self._add(code, rest, number, heading=False)
        self._close()

    def _add(self, code: str, rest: str, number: int, heading: bool) -> None:
        if self.theme is None:
            raise FrameworkFormatError(self.source, f"speerpunt '{_clean(rest)}' comes before the first theme heading", number)
        where = f"theme {len(self.framework.themes)} '{self.theme.title}'"
        title, formulation = _clean(rest), ""
        if not heading and ": " in title:
            title, formulation = (part.strip() for part in title.split(": ", 1))
        if not title:
            raise FrameworkFormatError(self.source, "speerpunt without a title", number, where)
        if not code or "." not in code and code.isdigit():
            # A bare or missing number counts within its theme, as position papers number per theme.
            prefix = self.theme.code or str(len(self.framework.themes))
            code = f"{prefix}.{code or len(self.theme.speerpunten) + 1}"
        if code in self.codes:
            raise FrameworkFormatError(
                self.source, f"code '{code}' is also used on line {self.codes[code]}; codes must be unique", number, where
            )
        self.codes[code] = number
        speerpunt = Speerpunt(code=code, title=title, formulation=formulation)
        self.theme.speerpunten.append(speerpunt)
        if heading:
            self.open_speerpunt = speerpunt

    def _close(self) -> None:
        if self.open_speerpunt is not None:
            paragraphs = "\n".join(self.formulation).strip()
            # Blank lines separate paragraphs; single line breaks inside one are just wrapping.
            joined = "\n\n".join(_join_lines(p) for p in re.split(r"\n\s*\n", paragraphs) if p.strip())
            self.open_speerpunt.formulation = _EMPHASIS.sub("", joined)
        self.open_speerpunt = None
        self.formulation = []


def _join_lines(paragraph: str) -> str:
    """One paragraph's wrapped lines as one line; list items keep a line of their own."""
    out: list[str] = []
    for line in paragraph.splitlines():
        if not line.strip():
            continue
        if out and not _LIST.match(line):
            out[-1] += " " + " ".join(line.split())
        else:
            out.append(" ".join(line.split()))
    return "\n".join(out)
