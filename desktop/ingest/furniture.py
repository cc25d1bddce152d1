"""Page furniture in laid-out text: running headers and footers, page numbers, and footnotes."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from desktop.ingest.lines import Line

PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:/|van|of|\|)\s*\d{1,4})?$", re.I
)
FOOTNOTE_START = re.compile(r"^\d{1,3}(?:\s+|(?=[^\W\d]))\S")
# Front matter is numbered in lower-case roman numerals.
_ROMAN_PAGE = re.compile(r"^[-–—(]?\s*[ivxlc]{1,7}\s*[-–—)]?$")
_DIGITS = re.compile(r"\d+")
# Header pieces are split at separators ("|", "·", dashes, "/") and at numbers.
_PIECE_BREAK = re.compile(r"[|·•–—/]|\d+")
_NUMBER = r"(\d{1,4}|[ivxlc]{1,7})"
_LEADING_NUMBER = re.compile(rf"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—(]?\s*{_NUMBER}(?=\s|$|[|/)–—-])", re.I)
_TRAILING_NUMBER = re.compile(rf"(?:^|\s|[|(–—-]){_NUMBER}\s*[-–—)]?$", re.I)
_EDGE_LINES = 3  # how many lines at the top and bottom of a page may be furniture
_BAND = 0.12  # share of the page height at the top and bottom where furniture lives


def body_size(lines: Sequence[Line]) -> float | None:
    """The font size most of the text is set in."""
    # Characters per exact size first, rounded after: a document has a handful of sizes, not one per line.
    # (Each rounded size enters ``sizes`` with the first of its exact sizes, so at the first line set in
    # it, as when every line was rounded: ties among the most common keep their order.)
    exact: dict[float, int] = defaultdict(int)
    for line in lines:
        if line.size:
            exact[line.size] += len(line.text)
    sizes: Counter[float] = Counter()
    for size, characters in exact.items():
        sizes[round(size)] += characters
    return float(sizes.most_common(1)[0][0]) if sizes else None


def drop_furniture(lines: list[Line], heights: dict[int, float], dropped: set[int] | None = None) -> list[Line]:
    """``lines`` without running headers, footers and page numbers (``dropped``: their indexes, when known)."""
    if dropped is None:
        dropped = furniture_lines(lines, heights)
    kept: list[Line] = []
    start = 0
    for index in sorted(index for index in dropped if 0 <= index < len(lines)):
        kept.extend(lines[start:index])  # the lines between two dropped ones, copied at once
        start = index + 1
    kept.extend(lines[start:])
    return kept


def _by_page(lines: Sequence[Line]) -> tuple[dict[int, list[int]], list[float | None]]:
    """The indexes of the lines with a page and a position, per page in order, and each line's top.

    Lines come page by page: each run of one page is added at once.
    """
    tops = [line.top for line in lines]
    by_page: dict[int, list[int]] = defaultdict(list)
    if None in tops:  # some lines without a position: one by one
        for index, line in enumerate(lines):
            if line.page is not None and line.top is not None:
                by_page[line.page].append(index)
        return by_page, tops
    pages = [line.page for line in lines]
    for page, run in groupby(range(len(lines)), pages.__getitem__):
        if page is not None:
            by_page[page].extend(run)
    return by_page, tops


def furniture_lines(lines: Sequence[Line], heights: dict[int, float]) -> set[int]:
    """Indexes of the running headers, footers and page numbers among ``lines``.

    A line at the top or foot of a page is furniture when it is a bare page number, when
    the same text (numbers aside) stands there on a quarter of the pages, or when it holds
    a piece that does ("11 Regeerprogramma | 1. Bestaanszekerheid": the document's name
    recurs, the chapter name beside it changes per chapter).
    """
    by_page, tops = _by_page(lines)
    edges: dict[int, str] = {}  # line index -> "top" or "bottom"
    for page, indexes in by_page.items():
        height = heights.get(page) or max(lines[i].bottom or 0 for i in indexes)
        ordered = sorted(indexes, key=tops.__getitem__)  # by top (never None here; ``top or 0`` sorts alike)
        for index in ordered[:_EDGE_LINES]:
            if (lines[index].bottom or 0) < _BAND * height:
                edges[index] = "top"
        for index in ordered[-_EDGE_LINES:]:
            if (lines[index].top or 0) > (1 - _BAND) * height:
                edges[index] = "bottom"
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    pieces_seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    keys: dict[int, str] = {}  # line index -> _key(its text), made once
    for index, where in edges.items():
        page = lines[index].page or 0
        keys[index] = key = _key(lines[index].text)
        seen[(where, key)].add(page)
        for piece in _pieces(lines[index].text):
            pieces_seen[(where, piece)].add(page)
    needed = max(3, math.ceil(0.25 * len(by_page)))
    dropped = set()
    for index, where in edges.items():
        text = lines[index].text
        bare_number = PAGE_NUMBER.match(text) or _ROMAN_PAGE.match(text)
        running = len(text) < 120 and (
            len(seen[(where, keys[index])]) >= needed
            or any(len(pieces_seen[(where, piece)]) >= needed for piece in _pieces(text))
        )
        if bare_number or running:
            dropped.add(index)
    return dropped


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


@lru_cache(maxsize=1024)
def _pieces(text: str) -> frozenset[str]:
    """The parts of a header line between separators and numbers, with three letters or more.

    (Cached: a running header's text comes back on every page.)
    """
    found = set()
    for part in _PIECE_BREAK.split(text.lower()):
        piece = " ".join(part.split()).strip(" .,:;-")
        if sum(c.isalpha() for c in piece) >= 3:
            found.add(piece)
    return frozenset(found)


def printed_numbers(
    lines: Sequence[Line], heights: dict[int, float], furniture: set[int] | None = None
) -> dict[int, list[str]]:
    """Per page, the numbers a running header or footer prints at its start or end ("11", "iv", "6 / 20").

    ``furniture`` holds ``furniture_lines(lines, heights)`` when the caller has found them already.
    """
    found: dict[int, list[str]] = defaultdict(list)
    for index in sorted(furniture_lines(lines, heights) if furniture is None else furniture):
        line = lines[index]
        text = line.text.strip()
        for match in (_LEADING_NUMBER.match(text), _TRAILING_NUMBER.search(text)):
            if match and line.page is not None:
                found[line.page].append(match.group(1).lower())
    return dict(found)


def footnote_lines(lines: list[Line], heights: dict[int, float], size: float | None) -> set[int]:
    """Indexes of lines that are footnotes: small type at the foot of a page, opening with a number."""
    if not size:
        return set()
    found: set[int] = set()
    by_page: dict[int, list[int]] = defaultdict(list)
    small_pages: set[int] = set()  # pages with a line in type as small as ``_small`` wants (most have none)
    limit = min(size - 1.0, 0.92 * size)
    for index, line in enumerate(lines):
        page = line.page
        if page is not None and line.top is not None:
            by_page[page].append(index)
            if line.size is not None and line.size <= limit:
                small_pages.add(page)
    for page, indexes in by_page.items():
        if page not in small_pages:
            continue  # no line is ``_small``: no footnote starts here
        height = heights.get(page) or max(lines[i].bottom or 0 for i in indexes)
        ordered = sorted(indexes, key=lambda i: lines[i].top or 0)
        start = None
        for position, index in enumerate(ordered):
            line = lines[index]
            if _small(line, size) and (line.top or 0) > 0.5 * height and FOOTNOTE_START.match(line.text):
                rest = ordered[position:]
                if all(_small(lines[i], size) for i in rest):
                    start = position
                    break
        if start is not None:
            found.update(ordered[start:])
    return found


def _small(line: Line, size: float) -> bool:
    return line.cells < 3 and line.size is not None and line.size <= size - 1.0 and line.size <= 0.92 * size
