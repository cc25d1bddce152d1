"""Cleaning text a person types, pastes or sends, once, where it enters the project.

Word and Excel files cannot hold C0 control characters (except tab and line
breaks), DEL, U+FFFE/U+FFFF or lone surrogates; one pasted from a PDF or a
terminal would make every later export of the project fail. Tabs and line
breaks stay: notes and reactions are written in paragraphs.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters; a lone surrogate becomes U+FFFD; CR LF and CR become LF."""
    text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str) -> str:
    """A one-line value (a title, a code, a name): cleaned, every run of white space one space, trimmed."""
    return " ".join(clean_text(text).split())
