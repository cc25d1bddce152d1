"""Rejoining words a layout broke at a line end, judged against the words of the document itself."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST_WORD = re.compile(r"([^\W_][\w.'’]*)-$")
_FIRST_WORD = re.compile(r"^([^\W_][\w'’]*)")
# After "wet-" at a line end, "en regelgeving" means the hyphen stands for a dropped word part.
_CONJUNCTIONS = {"en", "of", "tot", "noch", "als", "dan", "and", "or"}
# Prefixes that Dutch always writes with a hyphen ("niet-westers", "oud-minister", "ex-partner").
_HYPHEN_PREFIXES = {"niet", "oud", "ex", "vice", "non", "semi", "pro", "anti", "adjunct", "interim", "top"}
# The only characters whose lower case depends on the text around them (a final sigma) or is longer ("İ").
_CONTEXT_LOWER = "\u03a3"
_LONGER_LOWER = "\u0130"
_DIAERESIS = {"e": "ë", "i": "ï", "o": "ö", "u": "ü"}
_VOWELS = set("aeiouyáéíóúäëïöüàèìòù")


class Vocabulary:
    """The words of one document, closed and hyphenated, to judge a break at a line end."""

    def __init__(self, texts: Iterable[str]) -> None:
        # The words are gathered when a break is first judged: a document without a hyphen at a
        # line end (most texts and Word files) never needs them.
        self._texts: list[str] = list(texts)
        self._words: tuple[set[str], set[str]] | None = None
        self.keep_by_default = False

    @property
    def closed(self) -> set[str]:
        """The document's words written without a hyphen, in lower case."""
        return self._gathered()[0]

    @property
    def hyphenated(self) -> set[str]:
        """The document's words written with a hyphen ("media-aanbod"), in lower case."""
        return self._gathered()[1]

    def _gathered(self) -> tuple[set[str], set[str]]:
        if self._words is None:
            # No word reaches over white space, so the words are those of each distinct piece between
            # spaces, searched once; lower-casing them joined gives each word's own lower case.
            text = " ".join(self._texts)
            if _CONTEXT_LOWER not in text and _LONGER_LOWER not in text:
                # Lower case first: then every character maps to one character of the same kind (letter,
                # hyphen, space, other; tests/ingest/test_segment_shortcuts.py checks every code point), so
                # the pieces and their words are those below in lower case, and "Gemeente" and "gemeente"
                # are one piece. A piece of letters only is one word.
                pieces = set(text.lower().split())
                words = {piece for piece in pieces if piece.isalpha()}
                words.update(_WORD.findall(" ".join([piece for piece in pieces if not piece.isalpha()])))
            else:
                words = set(" ".join(_WORD.findall(" ".join(set(text.split())))).lower().split(" "))
                words.discard("")
            hyphenated = {word for word in words if "-" in word}
            self._words = (words - hyphenated, hyphenated)
            self._texts = []
        return self._words

    def learn(self, breaks: Iterable[tuple[str, str]]) -> None:
        """Set the default for breaks without evidence from the breaks that have it.

        A Word document without automatic hyphenation only ever breaks a line after a
        hyphen the writer typed ("media-aanbod"); a typeset document breaks words anywhere.
        The breaks whose word the document also spells elsewhere tell which of the two it is.
        """
        kept = joined = 0
        for left, right in breaks:
            head, tail = _LAST_WORD.search(left), _FIRST_WORD.match(right)
            if not head or not tail:
                continue
            first, second = head.group(1), tail.group(1)
            if (first + second).lower() in self.closed:
                joined += 1
            elif f"{first}-{second}".lower() in self.hyphenated:
                kept += 1
        self.keep_by_default = kept >= 3 and kept > 2 * joined

    def join(self, left: str, right: str) -> str:
        """``left`` (ending in "-") and ``right`` (the next line) as one text."""
        head, glue, tail = self.seam(left, right)
        return head + glue + tail

    def seam(self, left: str, right: str) -> tuple[str, str, str]:
        """``left`` and ``right`` as they are to be glued, and the glue: the hyphen kept or dropped."""
        head = _LAST_WORD.search(left[-80:])
        tail = _FIRST_WORD.match(right[:80])
        if not head or not tail:
            return left, " ", right
        first, second = head.group(1), tail.group(1)
        if second.lower() in _CONJUNCTIONS:
            return left, " ", right  # "wet- en regelgeving"
        if self.keeps_hyphen(first, second):
            return left, "", right
        # "ge-investeerd": Dutch drops the diaeresis at a break; put it back when the document has the word.
        marked = _DIAERESIS.get(second[:1])
        if marked and f"{first}{marked}{second[1:]}".lower() in self.closed:
            return left[:-1], "", marked + right[1:]
        return left[:-1], "", right

    def keeps_hyphen(self, first: str, second: str) -> bool:
        closed = (first + second).lower()
        marked = _DIAERESIS.get(second[:1])
        if marked and f"{first}{marked}{second[1:]}".lower() in self.closed:
            return False
        hyphenated = f"{first}-{second}".lower()
        if closed in self.closed:
            return False
        if hyphenated in self.hyphenated:
            return True
        if not first.isalpha() or not second.isalpha():
            return True  # "2024-2025", "CO2-uitstoot"
        if second[:1].isupper() or first.isupper():
            return True  # "Oost-Nederland", "HSL-knooppunten", "Staten-Generaal"
        if first.lower() in _HYPHEN_PREFIXES:
            return True
        if first[-1:].lower() in _VOWELS and second[:1].lower() in _VOWELS and _clash(first, second):
            return True  # Dutch writes "zee-egel", "media-aanbod" with a hyphen
        if first.lower() in self.closed and second.lower() in self.closed and len(first) > 3 and len(second) > 3:
            # Two words the document uses on their own: a compound written with a hyphen
            # ("politiek-ideologisch") unless the document also writes it closed (checked above).
            return _adjectival(first) or self.keep_by_default
        return self.keep_by_default and len(first) > 2 and len(second) > 2


def _clash(first: str, second: str) -> bool:
    """Would the closed form run two vowels together that Dutch spelling keeps apart?"""
    a, b = first[-1].lower(), second[0].lower()
    if a == b:
        return True
    return (a, b) in {("a", "e"), ("a", "i"), ("a", "u"), ("e", "i"), ("e", "u"), ("o", "e"), ("o", "i"), ("o", "u"),
                      ("i", "e"), ("e", "a"), ("o", "a"), ("i", "a"), ("u", "e")} and len(first) > 2


def _adjectival(first: str) -> bool:
    """Coordinated adjectives ("sociaal-economisch", "politiek-ideologisch") keep their hyphen."""
    return first.lower().endswith(("isch", "iek", "aal", "eel", "ief", "air", "oor"))
