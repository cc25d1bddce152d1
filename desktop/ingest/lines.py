"""A line of source text as readers hand it to the segmenter, and the clean-up every line gets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Ligatures fonts map to one glyph; readers and search expect the letters.
_LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})
# Word's Symbol and Wingdings bullets arrive as private-use code points.
_PRIVATE_BULLETS = re.compile("[\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf0e0\uf06e\uf0d7\uf097\uf09f\uf0be]")
# Zero-width characters and the byte order mark carry nothing a reader sees.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|\u00ad(?!$)")
# A soft hyphen left at the end says for certain that the word goes on on the next line.
SOFT_HYPHEN = "\u00ad"
# A PDF can map glyphs to lone UTF-16 surrogates; they cannot be stored or shown.
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Control characters and non-characters a reader never sees, which XML (Word) and Excel files refuse.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f\ufffe\uffff]")
# PDFium marks a hyphen it found at a line end with U+FFFE.
LINE_END_HYPHEN = "\ufffe"
# Text that none of the rules below would change: words of characters no rule touches, one
# space between them (and ordinary spaces at either end). Most lines are such; they skip the six passes.
_UNTOUCHED = re.compile(
    "[^\\s\x00-\x08\x0e-\x1b\x7f\u00ad\u200b-\u200d\u2060\ufeff\ufb00-\ufb06\uf000-\uf0ff\ud800-\udfff\ufffe\uffff]+"
    "(?: [^\\s\x00-\x08\x0e-\x1b\x7f\u00ad\u200b-\u200d\u2060\ufeff\ufb00-\ufb06\uf000-\uf0ff\ud800-\udfff\ufffe\uffff]+)*"
)


@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One line of text with what the source tells about it; never changed once made.

    (Not a frozen dataclass only because a frozen one costs six times as much to make, and a
    long PDF has tens of thousands of lines; equal lines still hash alike.)

    Positions are in points from the page's top-left corner; None when the source has
    no layout (TXT, Markdown). ``gap_before`` is True when the source marks a break before
    the line (a blank line in text, extra white space in a PDF). ``hint`` is a heading level
    the source states outright (a Markdown ``#``), 0 when it says nothing. ``cells`` counts
    the pieces wide gaps separate on the line; three or more make it a table row.
    ``verbatim`` marks text the source sets as is (a Markdown code block, its lines joined
    by "\\n"): a block of its own, never joined, never a heading or a list item.
    """

    text: str
    page: int | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    gap_before: bool = False
    hint: int = 0
    cells: int = 1
    verbatim: bool = False


def is_clean(plain: str) -> bool:
    """Whether ``plain``, a text stripped of spaces at its ends, is already what ``clean`` makes of it.

    For ASCII text, most lines, that is: not empty, only printable characters (the space is the one
    white-space character among them), no two spaces in a row; the same answer as ``_UNTOUCHED`` at
    about a third of its cost (tests/ingest/test_line_clean.py checks both).
    """
    if plain.isascii():
        return plain.isprintable() and "  " not in plain and plain != ""
    return _UNTOUCHED.fullmatch(plain) is not None


def clean(text: str) -> str:
    """Whitespace collapsed, ligatures spelled out, private-use bullets as "•"; quotes and accents kept."""
    plain = text.strip(" ")
    if is_clean(plain):
        return plain
    text = _SURROGATES.sub("\ufffd", text.translate(_LIGATURES))
    text = _PRIVATE_BULLETS.sub("•", text)
    text = _SPACES.sub(" ", _CONTROLS.sub("", text)).strip()
    return _INVISIBLE.sub("", text)
