"""Text folding: the one way Speerpunt compares words regardless of case and diacritics.

"Financiële" and "FINANCIELE" fold to "financiele", "Straße" to "strasse", "ﬁ" to "fi".
Search (its index and its queries), the find bar, the findings filter, the speerpunt
picker and every other comparison use this, so they all agree on what "the same word" is.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from functools import lru_cache

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold(text: str) -> str:
    """``text`` in lower case without diacritics (casefold, compatibility decomposition, marks dropped)."""
    if text.isascii():  # most Dutch text: skip the decomposition
        return text.lower()
    # Only the non-ASCII runs are decomposed, a character at a time (cached): the same result
    # as decomposing the whole text (NFKD and casefold work per character; marks are dropped),
    # without a Python step for every ASCII character of a long quote.
    return _NON_ASCII.sub(_fold_run, text).lower()


def _fold_run(match: re.Match[str]) -> str:
    return "".join(_fold_char(char) for char in match.group())


def fold_with_origins(text: str) -> tuple[str, Sequence[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from.

    Folding changes lengths ("ß" becomes "ss", a combining accent disappears), so a
    position found in the folded text is mapped back through ``origins`` before it is
    shown or stored; see ``original_span``. (A compact sequence: a range for ASCII text,
    else an array of machine integers, not a list of two million int objects.)
    """
    if text.isascii():
        return text.lower(), range(len(text))
    folded: list[str] = []
    origins = array("q")
    done = 0
    for run in _NON_ASCII.finditer(text):
        if run.start() > done:
            folded.append(text[done:run.start()].lower())
            origins.extend(range(done, run.start()))
        for index in range(run.start(), run.end()):
            part = _fold_char(text[index])
            folded.append(part)
            origins.extend([index] * len(part))
        done = run.end()
    if done < len(text):
        folded.append(text[done:].lower())
        origins.extend(range(done, len(text)))
    return "".join(folded), origins


def original_span(origins: Sequence[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The span of the original text (``length`` code points) that folded span ``start``-``end`` covers.

    A span that ends inside a character that folded to several ("ß" → "ss") takes the
    whole character, and accents that folded to nothing after its last letter come along.
    """
    if start >= len(origins):
        return length, length
    if end <= start:
        return origins[start], origins[start]
    last = origins[end - 1]
    index = end
    while index < len(origins) and origins[index] <= last:
        index += 1
    return origins[start], origins[index] if index < len(origins) else length


class FoldedText:
    """A text folded once, to find folded queries in it again and again (the find bar's text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.origins = fold_with_origins(text)

    def find(self, query: str) -> list[tuple[int, int]]:
        """Code-point spans of ``query`` in the original text, regardless of case and diacritics; a run
        of white space in the query matches any run in the text (PDF text breaks lines anywhere)."""
        words = fold(query).split()
        if not words:
            return []
        pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
        return [original_span(self.origins, *match.span(), len(self.text)) for match in pattern.finditer(self.folded)]
