"""How Dutch policy texts number their structure: headings, list items, bullets.

Shared by every reader so that "2.1 Wonen", "Thema 1: ...", "Hoofdstuk 4" and
"1)" mean the same thing whether they come from a PDF, a DOCX or plain text.
"""

from __future__ import annotations

import re

BULLETS = "•◦▪▫●○■□–—−-*·►➢✓"

# A bullet and the space after it; the item's text is the rest of the line.
_BULLET = re.compile(rf"\s*[{re.escape(BULLETS)}]\s+")
# "1)", "a)", "1.", "(1)", "- 1 " (a list number a PDF lost its dot from), and the space after it.
_LIST_NUMBER = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.(?=\s)|[-–]\s*\d{1,2}\s)\s*")
# "2.1 Titel", "2.1. Titel", "3 Fysiek" (only with a short capitalised title).
_SECTION_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$", re.S)
_NAMED_SECTION = re.compile(
    r"^\s*(?P<word>hoofdstuk|thema|pijler|bijlage|deel|paragraaf|chapter|theme|annex|part)\s+"
    r"(?P<num>[0-9IVXivx]+[a-z]?)\s*[:.\-–]?\s*(?P<title>.*)$",
    re.S | re.I,
)


def strip_bullet(text: str) -> str | None:
    """The text after a bullet or list number, or None when the line is not a list item."""
    if text[:1].isalpha() and text[1:2] != ")":
        return None  # most lines: a letter opens neither a bullet nor a list number other than "a)"
    for pattern in (_BULLET, _LIST_NUMBER):
        match = pattern.match(text)
        if match and text[match.end():].strip():
            return text[match.end():]
    return None


def heading_level(text: str, max_words: int = 14) -> int | None:
    """The heading level that the numbering of ``text`` implies, or None.

    "Hoofdstuk 4 ..." and "Thema 1: ..." are level 1; "2" is level 1, "2.1" is
    level 2, "2.1.3" level 3. Long lines and lines ending like a sentence are
    not headings, whatever their number.
    """
    words = text.split(None, max_words)  # more than max_words words: one piece more, unsplit
    if not words or len(words) > max_words:
        return None
    line = " ".join(words)
    if len(line) > 120:
        return None
    named = _NAMED_SECTION.match(line)
    if named:
        return 1
    match = _SECTION_NUMBER.match(line)
    if not match:
        return None
    title = match.group("title")
    if not title[:1].isupper() or line.endswith((",", ";")):
        return None
    if title.rstrip().endswith(".") and len(title.split()) > 6:
        return None
    number = match.group("num")
    first = int(number.split(".")[0])
    if first > 40:  # a year or an amount, not a chapter
        return None
    return number.count(".") + 1
