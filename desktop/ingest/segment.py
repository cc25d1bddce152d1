"""The line segmenter PDF and text readers share: lines in, paragraphs, headings, list items and footnotes out.

How a break between two lines is judged, in order:

* a line that opens with a bullet or a list number, or that the source marks as a
  heading, starts a block;
* a line whose text plainly goes on from the line before (that line ends in a hyphen or
  without closing punctuation, and this one starts in lower case) continues the block,
  across blank lines, columns and pages;
* extra white space (a blank line, a wider gap between PDF lines) or a change of font
  size ends a block;
* a line that ended early although the next word would have fitted was ended on purpose:
  the block ends there. Widths are points in a PDF and characters in text.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from itertools import islice

from desktop.domain.document import Block, PassageKind
from desktop.ingest.furniture import body_size, drop_furniture, footnote_lines
from desktop.ingest.hyphenation import Vocabulary
from desktop.ingest.levels import item_levels, style_levels
from desktop.ingest.lines import SOFT_HYPHEN, Line
from desktop.ingest.numbering import BULLETS, heading_level, strip_bullet

_SENTENCE_END = re.compile(r"[.!?:;…]['’”\")\]]*$")
# ``_SENTENCE_END`` without a regular expression (see ``_sentence_end``).
_STOPS = frozenset(".!?:;…")
_CLOSERS = "'’”\")]"
# Dutch abbreviations that end with a full stop in mid-sentence.
_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:mln|mld|mrd|bijv|bv|o\.a|e\.d|e\.a|m\.b\.t|t\.a\.v|i\.v\.m|m\.n|nr|art|ca|incl|excl|resp|zgn|jl|vs)\.$",
    re.I,
)
_END_PUNCTUATION = re.compile(r"[.!?:;,…]['’”\")\]]*$")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_LOWER_START = re.compile(r"^['‘“(\[]?[a-zà-ÿ]")
_FIRST_WORD = re.compile(r"^\S+")
# A contents entry: text, then dot leaders or a gap, then a page number.
_TOC_PAGE = re.compile(r"[\s.…](\d{1,3})$")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_HEADING_WORDS = 18
_REJOIN_REACH = 12
_SIZE_JUMP = 1.3
_PROBE = 24  # characters of a page's first line that find where the page begins in a joined paragraph
_NAMED_CHAPTER = re.compile(r"^\s*(hoofdstuk|thema|bijlage|deel|paragraaf)\s+\w+", re.I)
_CHAPTER_NUMBER = re.compile(r"^\d{1,2}[a-z]?$")
_DISPLAY = 2.0  # type this many times the body size is a display title
# Dutch words a heading's first line cannot end with: it goes on on the next line.
_DANGLING_WORD = re.compile(r"\b(?:de|het|een|van|en|of|voor|in|op|met|aan|tot|bij|naar|om|te|door|over|uit|als)$")  # how many blocks back a paragraph's continuation may look for its start


class _Group:
    __slots__ = ("lines", "kind", "level", "texts")

    def __init__(self, lines: list[Line], kind: PassageKind = PassageKind.PARAGRAPH) -> None:
        self.lines = lines
        self.kind = kind
        self.level = 0
        self.texts: list[str] = []

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]


def segment(
    lines: list[Line], heights: dict[int, float] | None = None, *, title_lines: bool = False, markdown: bool = False,
    furniture: set[int] | None = None,
) -> list[Block]:
    """Blocks in reading order from ``lines`` in reading order.

    ``heights`` maps page numbers to page heights in points; without it the lines are
    taken as text without layout (TXT, Markdown). With ``title_lines`` a short line on its
    own without closing punctuation is a heading even though no type sets it apart (plain text).
    With ``markdown`` a blank line always ends a list item, as Markdown defines. ``furniture``
    holds ``furniture_lines(lines, heights)`` when the caller has found them already.
    """
    kept = [line for line in lines if line.text.strip()]
    if len(kept) != len(lines):
        furniture = None  # the indexes no longer fit
    lines = kept
    laid_out = any(line.top is not None for line in lines)
    size = body_size(lines)
    notes: set[int] = set()
    if laid_out:
        lines = drop_furniture(lines, heights or {}, furniture)
        notes = footnote_lines(lines, heights or {}, size)
    texts = [line.text for line in lines]
    vocabulary = Vocabulary(texts)
    vocabulary.learn(
        (previous, text) for previous, text in zip(texts, islice(texts, 1, None), strict=False)
        if "-" in previous[-2:] and _hyphen_end(previous)
    )
    metrics = _Metrics(lines, size, laid_out)
    metrics.title_lines = title_lines
    metrics.markdown = markdown
    body = [line for index, line in enumerate(lines) if index not in notes] if notes else lines
    groups = _rejoin(_group(body, metrics), metrics)
    note_groups = _footnotes([lines[index] for index in sorted(notes)])
    _mark_contents(groups)
    _classify(groups, metrics)
    return _blocks(_place_notes(groups, note_groups), vocabulary)


class _Metrics:
    """Line pitch per font size and the right edge of the text around each line."""

    def __init__(self, lines: list[Line], size: float | None, laid_out: bool) -> None:
        self.size = size
        self.laid_out = laid_out
        self.title_lines = False
        self.markdown = False
        # One pass over the lines: the steps between lines of one size on one page, where text stops at
        # the foot of a full page (footnotes in smaller type do not count), each line's width and the
        # right edge of the text around it.
        pitches: dict[float, list[float]] = defaultdict(list)
        right: dict[tuple[int | None, int], float] = {}  # (page, bucket) -> the furthest right edge; 0.0 for none
        widths: list[float] = []  # self.width(line) of each line
        text_bottom: float | None = None
        previous: Line | None = None
        for line in lines:
            line_size, x0, x1 = line.size, line.x0, line.x1
            widths.append(x1 - x0 if x0 is not None and x1 is not None else float(len(line.text)))
            bottom = line.bottom
            if bottom is not None and line_size == size and (text_bottom is None or bottom > text_bottom):
                text_bottom = bottom  # max(), as max() takes it
            if laid_out and previous is not None and line_size and previous.size == line_size \
                    and previous.page == line.page:
                step = (line.top or 0) - (previous.top or 0)
                if 0 < step < 3 * line_size:
                    pitches[line_size].append(step)
            previous = line
            if size and line_size and line_size >= size + 1.0:
                continue  # a title in large type reaches past the text column beside it
            key = (line.page, int((x0 or 0) // 60))  # self._bucket(line)
            reach = x1 or 0.0
            if reach > right.get(key, 0.0):
                right[key] = reach
        self._right = right
        self.text_bottom = text_bottom
        self.pitch = {key: statistics.median(values) for key, values in pitches.items() if values}
        # Does the layout set paragraphs apart by white space? Then a line that stops short of
        # the margin after a full stop, with the next line right below it, is ragged-right
        # text, not a paragraph's end.
        steps = spaced = 0
        for key, values in pitches.items():
            limit = 1.35 * self.pitch[key]
            spaced += len([step for step in values if step > limit])
            steps += len(values)
        self.spaced = laid_out and spaced >= max(3, 0.02 * steps)
        widths.sort()
        # Text files: the wrap width is what most long lines reach; outliers (one-line paragraphs) do not count.
        self.text_width = (widths or [0.0])[int(0.9 * (len(widths) - 1))]

    @staticmethod
    def width(line: Line) -> float:
        if line.x0 is not None and line.x1 is not None:
            return line.x1 - line.x0
        return float(len(line.text))

    @staticmethod
    def _bucket(line: Line) -> int:
        return int((line.x0 or 0) // 60)

    def extent(self, line: Line) -> float:
        """The width a full line around ``line`` has."""
        if not self.laid_out or line.x0 is None:
            return self.text_width
        return self.right(line) - line.x0

    def right(self, line: Line) -> float:
        """How far a full line around ``line`` reaches."""
        if not self.laid_out or line.x1 is None:
            return self.text_width
        bucket = self._bucket(line)
        right, page = self._right, line.page
        return max(right.get((page, bucket - 1), 0.0), right.get((page, bucket), 0.0), right.get((page, bucket + 1), 0.0))

    def gap(self, previous: Line, line: Line) -> bool:
        """Is there more white space between the lines than between lines of one paragraph?"""
        if not self.laid_out:
            return line.gap_before
        if previous.page != line.page or previous.top is None or line.top is None:
            return False
        step = line.top - previous.top
        if step <= 0:
            return False  # the next column: judged by the text, not the space
        size = line.size or self.size or 10.0
        pitch = self.pitch.get(line.size or 0.0) or 1.2 * size
        if previous.size != line.size:
            return line.top - (previous.bottom or previous.top) > 0.7 * size
        return step > 1.35 * pitch

    def page_ended_early(self, previous: Line, line: Line) -> bool:
        """Did the text on ``previous``'s page stop two lines or more above the foot of the text area?

        Word moves at most one line to the next page to avoid a widow, so more room than
        that at the foot of the page means the paragraph ended there.
        """
        if not self.laid_out or previous.page == line.page or self.text_bottom is None or previous.bottom is None:
            return False
        if not _sentence_end(previous.text):
            return False
        pitch = self.pitch.get(previous.size or 0.0) or 1.2 * (previous.size or 10.0)
        return self.text_bottom - previous.bottom > 1.6 * pitch

    def ended_early(self, previous: Line, line: Line) -> bool:
        """Would the first word of ``line`` have fitted at the end of ``previous``?"""
        word = _FIRST_WORD.match(line.text)
        if not word:
            return False
        if self.laid_out and previous.x0 is not None and previous.x1 is not None:
            per_char = (previous.x1 - previous.x0) / max(len(previous.text), 1)
            room = self.right(previous) - previous.x1
        else:
            per_char = 1.0
            room = self.text_width - len(previous.text)
        return (len(word.group()) * 1.15 + 2) * per_char < room


def _sentence_end(text: str) -> bool:
    """``_SENTENCE_END.search(text)``: closing punctuation, then only closing quotes and brackets.

    (The trailing closers stripped, the last character tells; a text ending in a line break, where
    ``$`` also matches before it, goes to the regular expression.)
    """
    if text[-1:] == "\n":
        return _SENTENCE_END.search(text) is not None
    return text.rstrip(_CLOSERS)[-1:] in _STOPS


def _hyphen_end(text: str) -> bool:
    """Does ``text`` end in a letter and a hyphen? (Searched in its last three characters, where a
    match ending at the end, or before a final line break, lies: not at every place of a long text.)"""
    return "-" in text[-2:] and _HYPHEN_END.search(text[-3:]) is not None


def _dash_aside(previous: Line, line: Line, current: _Group) -> bool:
    """A dash at the start of a line inside a running paragraph opens an aside ("– bijvoorbeeld ... –"), not an item."""
    if line.text[:1] not in "–—-" or _END_PUNCTUATION.search(previous.text):
        return False
    if _opens_item(current.first) and len(current.lines) < 2:
        return False  # right below an item's first line: the next item
    return previous.page == line.page and previous.x0 is not None and line.x0 is not None \
        and abs(line.x0 - previous.x0) < 2

def _opens_item(line: Line) -> bool:
    return strip_bullet(line.text) is not None


def _group(lines: list[Line], metrics: _Metrics) -> list[_Group]:
    if not lines:
        return []
    current = _Group([lines[0]])
    groups = [current]
    previous = lines[0]  # always the last line of ``current``
    for line in islice(lines, 1, None):
        if _breaks(previous, line, current, metrics):
            current = _Group([line])
            groups.append(current)
        else:
            current.lines.append(line)
        previous = line
    return groups


def _breaks(previous: Line, line: Line, current: _Group, metrics: _Metrics) -> bool:
    if line.hint or previous.hint or line.verbatim or previous.verbatim:
        return True
    cells, previous_cells = line.cells, previous.cells
    if (cells >= 3) != (previous_cells >= 3):
        return True  # into or out of a table
    if previous_cells == 2 and _toc_title(previous.text):
        return True  # a contents entry: its page number stands apart at the right margin
    if cells >= 3:
        return line.page != previous.page or metrics.gap(previous, line) and (line.top or 0) - (previous.bottom or 0) > 3 * (line.size or 10)
    text = line.text
    # ``_opens_item(line)``; a line that opens with a letter (not "a)") opens none (``strip_bullet``'s own first test).
    if not (text[:1].isalpha() and text[1:2] != ")") and strip_bullet(text) is not None:
        return not _hyphen_end(previous.text) and not _dash_aside(previous, line, current)
    if metrics.markdown and line.gap_before and _opens_item(current.first):
        return True
    size, previous_size = line.size, previous.size
    # max(size, previous_size) >= _SIZE_JUMP * min(size, previous_size), without the two calls
    if size and previous_size and (previous_size if previous_size > size else size) \
            >= _SIZE_JUMP * (previous_size if previous_size < size else size):
        return True  # far smaller or larger type (a page's imprint, a caption) is not the sentence going on
    # Does ``line`` plainly carry on the sentence of ``previous``? A colon or an abbreviation ("€40 mln.")
    # ends a line without ending the sentence when the next line goes on in lower case; a list after a
    # colon opens with bullets, judged above.
    previous_text = previous.text
    if previous_text.endswith(SOFT_HYPHEN) or "-" in previous_text[-2:] and _hyphen_end(previous_text):
        return False
    if _LOWER_START.match(text) and (not _sentence_end(previous_text) or previous_text.endswith(":")
                                     or _ABBREVIATION_END.search(previous_text)):
        return False
    if _heading_like(line, metrics) and not _heading_like(previous, metrics):
        return True
    if metrics.gap(previous, line) or metrics.page_ended_early(previous, line):
        return True
    if line.size and previous.size and abs(line.size - previous.size) >= 1.0:
        return True
    if metrics.laid_out and _back_at_margin(current, line):
        return True
    if _heading_like(previous, metrics) and len(current.lines) == 1:
        # A heading set on two lines goes on after a word that cannot end it ("... van de"), and a
        # title in display type goes on in the same type right below it ("Internationale / Veiligheid").
        same_type = _heading_like(line, metrics) and line.size == previous.size and line.bold == previous.bold
        display = bool(metrics.size and line.size and line.size >= _DISPLAY * metrics.size) \
            and not _sentence_end(previous.text) and not metrics.gap(previous, line)
        return not (same_type and (_DANGLING_WORD.search(previous.text) or display))
    # A line that stops short ends the block when it also ends a sentence, or when it is much
    # too short to be wrapped text and the next line starts like a new sentence: ragged right
    # text stops short all the time, and a width estimate is never exact.
    if not metrics.ended_early(previous, line):
        return False
    below = previous.page == line.page and (line.top or 0) > (previous.top or 0)
    if _sentence_end(previous.text) and not (metrics.spaced and below):
        return True
    return line.text[:1].isupper() and metrics.width(previous) < 0.7 * metrics.extent(previous)


def _rejoin(groups: list[_Group], metrics: _Metrics) -> list[_Group]:
    """Join a paragraph's continuation to its start when other blocks stand between them.

    A paragraph that breaks at the foot of a page or column goes on at the top of the next,
    but a box, a side column or a caption can come between them in the PDF's order. A block
    that opens in lower case (mid-sentence) joins the nearest block before it, on its own or
    the previous page, that stops mid-sentence in the same type.
    """
    if not metrics.laid_out:
        return groups
    joined: list[_Group] = []
    for group in groups:
        target = _open_before(joined, group) if _starts_mid_sentence(group) else None
        if target is None:
            joined.append(group)
        else:
            target.lines.extend(group.lines)
    return joined


def _starts_mid_sentence(group: _Group) -> bool:
    first = group.first
    return first.cells < 3 and not first.hint and bool(_LOWER_START.match(first.text)) and not _opens_item(first)


def _open_before(joined: list[_Group], group: _Group) -> _Group | None:
    first = group.first
    for candidate in reversed(joined[-_REJOIN_REACH:]):
        last = candidate.last
        if last.page is None or first.page is None or not first.page - 1 <= last.page <= first.page:
            return None
        if candidate is joined[-1] and last.page == first.page and (first.top or 0) > (last.top or 0):
            return None  # right below it: the line breaker has judged this break already
        if last.cells < 3 and last.size == first.size and not _sentence_end(last.text) \
                and not _opens_item(candidate.first) or _hyphen_end(last.text) and last.size == first.size:
            return candidate
    return None


def _back_at_margin(current: _Group, line: Line) -> bool:
    """A list item ends when a line without a bullet starts at the bullet's own x (not at its text)."""
    first = current.first
    if not _opens_item(first) or first.x0 is None or line.x0 is None or len(current.lines) < 2:
        return False
    text_x0 = current.lines[1].x0 or first.x0
    return text_x0 - first.x0 > 4 and abs(line.x0 - first.x0) < 2 and line.page == first.page


def _heading_like(line: Line, metrics: _Metrics) -> bool:
    """A line set apart by type: larger than the body text, or bold throughout, and short."""
    size = metrics.size
    larger = line.size and size and line.size >= size + 1.0
    if not larger and not line.bold:
        return False  # what follows cannot make it True (most lines)
    words = len(line.text.split(None, _MAX_HEADING_WORDS))  # counted up to one past the most a heading has
    if words > _MAX_HEADING_WORDS or not any(c.isalpha() for c in line.text) or line.text[:1] in BULLETS:
        return False
    if larger:
        return True
    return line.bold and words <= 12 and not _sentence_end(line.text.rstrip(":"))


def _footnotes(lines: list[Line]) -> list[_Group]:
    groups: list[_Group] = []
    for line in lines:
        if not groups or re.match(r"^\d{1,3}\D", line.text) and line.x0 is not None and (
            groups[-1].first.x0 is None or abs(line.x0 - (groups[-1].first.x0 or 0)) < 3
        ) or line.page != groups[-1].last.page:
            groups.append(_Group([line], PassageKind.FOOTNOTE))
        else:
            groups[-1].lines.append(line)
    return groups


def _place_notes(groups: list[_Group], notes: list[_Group]) -> list[_Group]:
    """Each page's footnotes right after the block that is open at the end of that page."""
    if not notes:
        return groups
    placed: list[_Group] = []
    pending = list(notes)
    for index, group in enumerate(groups):
        placed.append(group)
        following = groups[index + 1].first.page if index + 1 < len(groups) else None
        while pending and (following is None or (pending[0].first.page or 0) < (following or 0)):
            placed.append(pending.pop(0))
    placed.extend(pending)
    return placed


def _toc_title(text: str) -> str | None:
    """The title of a contents entry ("Wonen ........ 12"), or None when ``text`` is not one."""
    if not text[-1:].isdigit():
        return None
    match = _TOC_PAGE.search(text)
    if not match:
        return None
    title = text[: match.start() + 1].rstrip(" .…|")
    return title if _LETTER.search(title) else None


def _mark_contents(groups: list[_Group]) -> None:
    """Runs of three or more one-line entries ending in a page number are a table of contents."""
    run: list[_Group] = []
    for group in [*groups, None]:
        if group is not None and len(group.lines) == 1 and not group.first.verbatim and _toc_title(group.first.text) \
                and not _sentence_end(group.first.text[:-3]):
            run.append(group)
            continue
        if len(run) >= 3:
            for entry in run:
                entry.texts = [_toc_title(entry.first.text) or entry.first.text]
                entry.kind = PassageKind.PARAGRAPH
                entry.level = -1  # settled: not a heading, not a list item
        run = []


def _classify(groups: list[_Group], metrics: _Metrics) -> None:
    headings: list[tuple[_Group, tuple[float, bool, bool]]] = []
    numbered_levels: dict[tuple[float, bool, bool], list[int]] = defaultdict(list)
    items: list[_Group] = []
    for group in groups:
        if group.kind is PassageKind.FOOTNOTE or group.level == -1:
            continue
        lines = group.lines
        first = lines[0]
        if first.hint:
            group.kind, group.level = PassageKind.HEADING, first.hint
            continue
        if first.cells >= 3:
            group.kind, group.level = PassageKind.TABLE, -1
            continue
        if first.verbatim:
            group.level = -1  # a paragraph as written
            continue
        if len(lines) <= 3:  # ``_is_heading`` refuses longer groups; the style and the number serve headings only
            text = " ".join([line.text for line in lines])
            numbered = heading_level(text)
            if _is_heading(group, text, numbered, metrics):
                style = (round(first.size or 0), all(line.bold for line in lines), all(line.italic for line in lines))
                group.kind = PassageKind.HEADING
                headings.append((group, style))
                if numbered:
                    group.level = numbered
                    numbered_levels[style].append(numbered)
                continue
        if _opens_item(first):
            group.kind = PassageKind.LIST_ITEM
            items.append(group)
    style_levels(headings, numbered_levels)
    item_levels(items)


def _is_heading(group: _Group, text: str, numbered: int | None, metrics: _Metrics) -> bool:
    if len(group.lines) > 3 or len(text.split(None, _MAX_HEADING_WORDS)) > _MAX_HEADING_WORDS:
        return False
    if text.rstrip().endswith((",", ";")) or text.lstrip()[:1] in BULLETS and strip_bullet(text) is not None:
        return False
    first = group.first
    larger = bool(first.size and metrics.size and first.size >= metrics.size + 1.0)
    bold = all(line.bold for line in group.lines)
    italic = all(line.italic for line in group.lines)
    if numbered and (larger or bold or not metrics.laid_out and _standalone(group)):
        return True
    if numbered and _NAMED_CHAPTER.match(text):
        return True
    if _sentence_end(text) and not text.endswith(("?", ":")):
        return False
    if sum(map(str.isdigit, text)) > 0.3 * sum(map(str.isalnum, text)):
        return False  # a row of figures
    if larger or bold:
        return True
    if metrics.title_lines:
        return len(group.lines) == 1 and len(text.split()) <= 10 and text[:1].isupper() and not text.endswith((".", ":"))
    # An italic line on its own, short and without a full stop: a run-in sub-heading.
    return italic and metrics.laid_out and len(group.lines) == 1 and len(text.split()) <= 8


def _standalone(group: _Group) -> bool:
    """In text without layout, a heading is one short line standing on its own."""
    return len(group.lines) == 1


def _blocks(groups: list[_Group], vocabulary: Vocabulary) -> list[Block]:
    blocks = []
    for group in groups:
        texts = group.texts or [line.text for line in group.lines]
        text = "\n".join(texts) if group.kind is PassageKind.TABLE else _join(texts, vocabulary)
        if group.kind is PassageKind.LIST_ITEM:
            stripped = strip_bullet(text)
            # A typed bullet is noise; a typed number ("1)", "a)") is how the text refers to the item.
            if stripped is not None and text.lstrip()[:1] in BULLETS:
                text = stripped
        level = max(group.level, 0)
        if group.kind is PassageKind.HEADING:
            level = max(level, 1)
        text = text.strip()
        blocks.append(Block(group.kind, text, level, group.first.page, _page_breaks(group, text)))
    return _number_chapters([block for block in blocks if block.text])


def _page_breaks(group: _Group, text: str) -> tuple[tuple[int, int], ...]:
    """Where the group's text reaches a later page: found by the first words of that page's first line."""
    breaks: list[tuple[int, int]] = []
    page = group.first.page
    position = 0
    for line in group.lines[1:]:
        if line.page is None or page is None or line.page == page:
            continue
        page = line.page
        probe = line.text.replace(SOFT_HYPHEN, "").strip()[:_PROBE]
        found = text.find(probe, position) if probe else -1
        if found > 0:
            breaks.append((found, page))
            position = found
    return tuple(breaks)


def _number_chapters(blocks: list[Block]) -> list[Block]:
    """A chapter number set apart in display type ("3a" above "Wonen en volkshuisvesting") opens its heading."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if previous is not None and block.kind is PassageKind.HEADING and previous.kind is PassageKind.PARAGRAPH \
                and previous.page == block.page and _CHAPTER_NUMBER.match(previous.text):
            merged[-1] = Block(block.kind, f"{previous.text} {block.text}", block.level, block.page)
        else:
            merged.append(block)
    return merged


def _join(texts: list[str], vocabulary: Vocabulary) -> str:
    seams = "\n".join(texts)
    if "-\n" not in seams and SOFT_HYPHEN + "\n" not in seams:
        # No text but the last ends in a hyphen (it would stand before "\n"): every seam below is a space.
        return " ".join(texts).replace(SOFT_HYPHEN, "")
    # Pieces and glue, never one growing string: a paragraph of thousands of lines stays linear.
    pieces: list[str] = []
    for text in texts:
        if not pieces:
            pieces.append(text)
            continue
        last = pieces[-1]
        if last.endswith(SOFT_HYPHEN):
            pieces[-1] = last[:-1]
            pieces.append(text)
        elif last.endswith("-") and _HYPHEN_END.search(last[-2:]):
            pieces[-1], glue, text = vocabulary.seam(last, text)
            pieces.append(text if not glue else glue + text)
        else:
            pieces.append(" " + text)
    return "".join(pieces).replace(SOFT_HYPHEN, "")
