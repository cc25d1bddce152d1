"""Finding a quoted piece of a document, so an analyst can tag by text instead of by offsets.

A quote matches where the document has exactly those words in that order: case and
diacritics count, any run of white space matches any other (a PDF breaks lines
anywhere), and the quote is not part of a longer word ("zorg" is not found in
"jeugdzorg"). A quote that occurs more than once, or only with other capitals or
accents, is refused with the places it does occur, so nothing is tagged by guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.folding import FoldedText, fold, original_span
from desktop.store.documents import document_text, get_document, page_at
from desktop.store.project import Project

CONTEXT = 30  # characters shown either side of a candidate
SHOWN = 10  # candidates listed in a refusal
_WHITE = re.compile(r"\s+")


class QuoteRefused(ValueError):
    """A quote that does not pick exactly one place; the message lists the candidates."""


@dataclass(frozen=True)
class QuotePlace:
    start: int
    end: int
    page: int | None
    context: str


def _pattern(quote: str) -> re.Pattern[str]:
    words = quote.split()
    if not words:
        raise QuoteRefused("--quote needs at least one word")
    body = r"\s+".join(re.escape(word) for word in words)
    before = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    after = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    return re.compile(before + body + after)


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Code-point spans where ``text`` holds ``quote`` exactly (white space aside)."""
    return [match.span() for match in _pattern(quote).finditer(text)]


def find_quote_loosely(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans where ``text`` holds ``quote`` but for case and diacritics ("financiele" → "Financiële")."""
    folded = FoldedText(text)
    return [original_span(folded.origins, *match.span(), len(text))
            for match in _pattern(fold(quote)).finditer(folded.folded)]


def locate_quote(project: Project, document_id: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """The span of ``quote`` in the document; the ``occurrence``-th (from 1) when it occurs more than once."""
    text = document_text(project, document_id)
    title = get_document(project, document_id).title
    spans = find_quote(text, quote)
    shown = " ".join(quote.split())
    if not spans:
        loose = find_quote_loosely(text, quote)
        if not loose:
            raise QuoteRefused(f"“{shown}” does not occur in “{title}”; search for its words to find the passage")
        raise QuoteRefused(f"“{shown}” does not occur in “{title}” as written; with other capitals or accents at "
                           f"{_listing(project, document_id, text, loose)}; quote one of these as it is written")
    if occurrence is not None:
        if not 1 <= occurrence <= len(spans):
            raise QuoteRefused(f"--occurrence {occurrence}: “{shown}” occurs {_times(len(spans))} in “{title}”")
        return spans[occurrence - 1]
    if len(spans) > 1:
        raise QuoteRefused(f"“{shown}” occurs {_times(len(spans))} in “{title}”: "
                           f"{_listing(project, document_id, text, spans)}; choose one with --occurrence N")
    return spans[0]


def quote_places(project: Project, document_id: str, text: str, spans: list[tuple[int, int]]) -> list[QuotePlace]:
    places = []
    for start, end in spans:
        # White space as the text has it, each run as one space: "asiel- en" stays "«asiel»- en".
        before = _WHITE.sub(" ", text[max(0, start - CONTEXT):start]).lstrip()
        after = _WHITE.sub(" ", text[end:end + CONTEXT]).rstrip()
        context = f"{before}«{' '.join(text[start:end].split())}»{after}"
        context = ("…" if start > CONTEXT else "") + context + ("…" if end + CONTEXT < len(text) else "")
        places.append(QuotePlace(start, end, page_at(project, document_id, start), context))
    return places


def _listing(project: Project, document_id: str, text: str, spans: list[tuple[int, int]]) -> str:
    items = []
    for number, place in enumerate(quote_places(project, document_id, text, spans[:SHOWN]), start=1):
        page = f"p. {place.page} " if place.page is not None else ""
        items.append(f"{number}) {page}[{place.start}, {place.end}] “{place.context}”")
    if len(spans) > SHOWN:
        items.append(f"and {len(spans) - SHOWN} more")
    return "; ".join(items)


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"
