"""Lines with position, font size and weight from one PDFium text page, columns read one after another.

Speed matters (a 138-page agreement must import in well under a second), so this never
asks PDFium about single characters in bulk: it takes the page text in one call, splits
it into the lines PDFium found, and asks per line for its rectangles and for the font of
one character. Rectangles follow PDFium's text objects, so a wide gap between two of them
on one line is where a column (or a table cell) ends.
"""

from __future__ import annotations

import ctypes
import math
import operator
import re
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from desktop.ingest.lines import LINE_END_HYPHEN, Line, clean, is_clean

# Where PDFium ends a line: a line break, or U+FFFE where it found a hyphen at the line's end.
_LINE_END = re.compile("(\ufffe|\r\n|\r|\n)")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b|\bbd\b", re.I)
_ITALIC_NAME = re.compile(r"italic|oblique|[-,]it\b", re.I)
_ALNUM = re.compile(r"\w")
_FIGURE = re.compile(r"^[-–−+]?€?\d[\d.,]*%?\d?$")
# Two text pieces on one line further apart than this many font sizes are separate segments.
_SEGMENT_GAP = 2.0
_MIN_GUTTER = 8.0  # points of white between two side-by-side blocks
_TOP_LEFT = operator.attrgetter("top", "x0")  # (top, x0) of a piece: the order a page is read in


@dataclass(slots=True)
class _Segment:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    # Bold and italic are True for a piece without a letter or digit (a bullet, a dash): such a piece
    # never makes its line plain, so a line of such pieces alone counts as both.
    bold: bool
    italic: bool
    row: int  # the PDFium line it came from
    hyphen: bool = False


# The PDFium calls every line makes, as bare function pointers: without ctypes' argument types a call
# costs about half (0.3-0.5 µs instead of 0.5-0.9 µs, five calls a line). Every argument is therefore
# passed as the C type the function takes: the text page's handle (a pointer), Python ints for C ints,
# ready-made pointers for out-parameters, a c_ulong for an unsigned long.
def _bare(function: object, restype: type) -> object:
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


_count_rects = _bare(raw.FPDFText_CountRects, ctypes.c_int)  # (textpage, start, count) -> int
_get_rect = _bare(raw.FPDFText_GetRect, ctypes.c_int)  # (textpage, index, *left, *top, *right, *bottom) -> bool
_get_font_size = _bare(raw.FPDFText_GetFontSize, ctypes.c_double)  # (textpage, index) -> double
_get_matrix = _bare(raw.FPDFText_GetMatrix, ctypes.c_int)  # (textpage, index, *FS_MATRIX) -> bool
_get_font_info = _bare(raw.FPDFText_GetFontInfo, ctypes.c_ulong)  # (textpage, index, *buffer, ulong, *int) -> ulong
_get_unicode = _bare(raw.FPDFText_GetUnicode, ctypes.c_uint)  # (textpage, index) -> unsigned int
_FONT_NAME_BYTES = 128
_FONT_NAME_SIZE = ctypes.c_ulong(_FONT_NAME_BYTES)


class _Probe:
    """Reusable ctypes out-parameters, so a page costs no allocations per call."""

    def __init__(self) -> None:
        self.left = ctypes.c_double()
        self.top = ctypes.c_double()
        self.right = ctypes.c_double()
        self.bottom = ctypes.c_double()
        self.flags = ctypes.c_int()
        self.name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        self.matrix = raw.FS_MATRIX()
        # Pointers to the out-parameters, made once: the bare calls above take pointers as they are.
        self.box = (ctypes.pointer(self.left), ctypes.pointer(self.top), ctypes.pointer(self.right),
                    ctypes.pointer(self.bottom))
        self.flags_at = ctypes.pointer(self.flags)
        self.matrix_at = ctypes.pointer(self.matrix)
        self.fonts: dict[bytes, tuple[bool, bool]] = {}

    def rects(self, textpage: raw.FPDF_TEXTPAGE, start: int, count: int) -> list[tuple[float, float, float, float]]:
        return self.found_rects(textpage, _count_rects(textpage, start, count))

    def found_rects(self, textpage: raw.FPDF_TEXTPAGE, found: int) -> list[tuple[float, float, float, float]]:
        """The ``found`` rectangles PDFium counted in the last ``FPDFText_CountRects`` on ``textpage``."""
        left, top, right, bottom = self.left, self.top, self.right, self.bottom
        at = self.box
        rects = []
        for index in range(found):
            _get_rect(textpage, index, *at)
            rects.append((left.value, top.value, right.value, bottom.value))
        return rects

    def size(self, textpage: raw.FPDF_TEXTPAGE, index: int) -> float:
        """The character's size on the page in points.

        Many producers (InDesign, Adobe PDF Library, Distiller) set the font at size 1 and
        scale it with the text matrix; PDFium's font size is then 1 for every line.
        """
        size = _get_font_size(textpage, index)
        if _get_matrix(textpage, index, self.matrix_at):
            matrix = self.matrix
            scale = math.hypot(matrix.c, matrix.d)
            if scale > 0:
                size *= scale
        return size

    def font(self, textpage: raw.FPDF_TEXTPAGE, index: int) -> tuple[float, bool, bool]:
        """Size, bold and italic of the character at ``index``."""
        size = _get_font_size(textpage, index)  # self.size(textpage, index), written out: once a line
        if _get_matrix(textpage, index, self.matrix_at):
            matrix = self.matrix
            scale = math.hypot(matrix.c, matrix.d)
            if scale > 0:
                size *= scale
        buffer = self.name
        length = _get_font_info(textpage, index, buffer, _FONT_NAME_SIZE, self.flags_at)
        name = buffer.value  # the name up to its NUL: what PDFium wrote when it fitted and held no NUL
        if len(name) != length - 1:  # no font (0), too long for the buffer (left as it was), or a NUL inside
            name = buffer.raw[: max(min(length, _FONT_NAME_BYTES) - 1, 0)]
        style = self.fonts.get(name)
        if style is None:
            decoded = name.decode("latin-1")
            # Font descriptor flags: 0x40 italic, 0x40000 force bold.
            # The weight belongs to the font, so it is asked once per font, not per line.
            style = (
                bool(_BOLD_NAME.search(decoded)) or bool(self.flags.value & 0x40000)
                or raw.FPDFText_GetFontWeight(textpage, index) >= 600,
                bool(_ITALIC_NAME.search(decoded)) or bool(self.flags.value & 0x40),
            )
            self.fonts[name] = style
        return size, style[0], style[1]


def page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's characters, one string index per PDFium character index."""
    count = textpage.count_chars()
    if count <= 0:
        return ""
    text = textpage.get_text_range()
    if len(text) == count:
        return text
    # Characters outside the BMP take two UTF-16 units; fall back to one call per character.
    handle = textpage.raw
    return _characters([_get_unicode(handle, i) for i in range(count)])


def _characters(codes: list[int]) -> str:
    """One character per PDFium index, never a lone surrogate (SQLite and UTF-8 refuse those).

    PDFium gives each UTF-16 half of a character outside the BMP ("𝑥", an emoji) its own
    index: the pair becomes that character at the first index and a zero-width space,
    which ``clean`` drops, at the second; a half without its partner becomes U+FFFD.
    """
    chars = []
    for index, code in enumerate(codes):
        if 0xD800 <= code < 0xDC00 and index + 1 < len(codes) and 0xDC00 <= codes[index + 1] < 0xE000:
            chars.append(chr(0x10000 + (code - 0xD800) * 0x400 + codes[index + 1] - 0xDC00))
        elif 0xDC00 <= code < 0xE000 and index and 0xD800 <= codes[index - 1] < 0xDC00:
            chars.append("\u200b")
        elif not code or 0xD800 <= code < 0xE000:
            chars.append("\ufffd")
        else:
            chars.append(chr(code))
    return "".join(chars)


def page_lines(
    textpage: pdfium.PdfTextPage, page_no: int, box: tuple[float, float, float, float], probe: _Probe
) -> list[Line]:
    """The page's lines in reading order; ``box`` is the visible page (crop box: left, bottom, right, top).

    Positions are measured from the crop box's top-left corner: a Kamerstuk's media box is
    larger than the page a reader sees, and its text would otherwise sit above the page's top.
    """
    left, _bottom, right, top = box
    width = right - left
    text = page_text(textpage)
    handle = textpage.raw  # the raw calls take PDFium's handle directly, not through its Python wrapper
    segments: list[_Segment] = []
    origin = (left, top)
    row = 0
    # The lines PDFium found: text and line ends taking turns (text, end, text, ..., text).
    parts = _LINE_END.split(text)
    last = len(parts) - 1
    start = 0
    at_left, at_top, at_right, at_bottom = probe.box
    box_left, box_top, box_right, box_bottom = probe.left, probe.top, probe.right, probe.bottom
    for index in range(0, last + 1, 2):
        body = parts[index]
        count = len(body)
        end = parts[index + 1] if index < last else ""
        if body.strip():
            found = _count_rects(handle, start, count)
            if found:
                first = _ALNUM.search(text, start, start + count)
                first_index = first.start() if first else start
                size, bold, italic = probe.font(handle, first_index)
                if found == 1:  # most lines: one text run in one font (its last character says nothing new), one piece
                    _get_rect(handle, 0, at_left, at_top, at_right, at_bottom)
                    x0, y0, x1, y1 = box_left.value, box_top.value, box_right.value, box_bottom.value
                    if first is None:  # nothing to judge the style by (see _Segment)
                        bold = italic = True
                    segments.append(_Segment(body, x0 - left, x1 - left, top - y0, top - y1, size or y0 - y1,
                                             bold, italic, row, end == LINE_END_HYPHEN))
                else:
                    _pieces(handle, text, start, body, end == LINE_END_HYPHEN, row, origin, probe, segments,
                            found, first_index, size, bold, italic, first is None)
            row += 1
        start += count + len(end)
    if not segments:
        return []
    gutter = _gutter(segments, width)
    if gutter is not None:
        segments = _column_order(segments, gutter)
    else:
        side_by_side = _side_by_side(segments, width)
        if side_by_side is not None:
            segments = side_by_side
        else:
            _merge_split_rows(segments)
    return _join_rows(segments, page_no)


def _merge_split_rows(segments: list[_Segment]) -> None:
    """PDFium starts a new line after a raised character ("16e"); the text after it is on the same line."""
    mapping: dict[int, int] = {}
    previous: _Segment | None = None
    for segment in segments:
        original = segment.row
        if original in mapping:
            segment.row = mapping[original]
        elif previous is not None and _same_line(previous, segment) \
                and segment.x0 - previous.x1 < _SEGMENT_GAP * segment.size:
            mapping[original] = segment.row = previous.row
        else:
            mapping[original] = original
        previous = segment


def _pieces(
    textpage: raw.FPDF_TEXTPAGE, text: str, start: int, body: str, hyphen: bool, row: int,
    origin: tuple[float, float], probe: _Probe, segments: list[_Segment],
    found: int, first_index: int, size: float, bold: bool, italic: bool, plain: bool,
) -> None:
    """Append the pieces of one PDFium line (``body``, the characters from ``start``) to ``segments``: a
    line of ``found`` rectangles (two or more) whose first letter or digit, at ``first_index``, is set
    in ``size``, ``bold`` and ``italic``; ``plain`` when it has no letter or digit at all."""
    rects = probe.found_rects(textpage, found)
    end = start + len(body)
    last = _last_alnum(text, start, end)
    if last is not None and last != first_index:
        # One character can carry an odd size (a scaled run) or open a bold phrase in body text:
        # the line's size is the middle of three samples, and a heading is bold to its last word.
        last_size, last_bold, last_italic = probe.font(textpage, last)
        bold, italic = bold and last_bold, italic and last_italic
        if abs(last_size - size) > 0.2:
            middle = probe.size(textpage, (first_index + last) // 2)
            size = sorted((size, last_size, middle))[1]
    if not size:
        size = max(r[1] - r[3] for r in rects)
    cuts = [start]
    limit = _SEGMENT_GAP * size
    previous = rects[0]
    for current in rects[1:]:
        if current[0] - previous[2] > limit and _overlap(previous, current):
            index = raw.FPDFText_GetCharIndexAtPos(
                textpage, current[0] + 0.5, (current[1] + current[3]) / 2, 1.0, 1.0
            )
            if cuts[-1] < index < end:
                cuts.append(index)
        previous = current
    x, y = origin
    if len(cuts) == 1:  # most: no wide gap, the whole line is one piece (``body``, not blank, found rectangles)
        left, top, right, bottom = _union(rects)
        segments.append(_Segment(body, left - x, right - x, y - top, y - bottom, size, bold or plain, italic or plain,
                                 row, hyphen))
        return
    cuts.append(end)
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        if not piece.strip():
            continue
        mine = probe.rects(textpage, a, b - a)
        if not mine:
            continue
        left, top, right, bottom = _union(mine)
        plain = _ALNUM.search(piece) is None  # nothing to judge the style by (see _Segment)
        segments.append(_Segment(piece, left - x, right - x, y - top, y - bottom, size, bold or plain, italic or plain,
                                 row, hyphen and b == end))


def _union(rects: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    """The box around ``rects`` (left, top, right, bottom; y up): min() and max() written out, each
    keeping the first of equal values as they do."""
    left, top, right, bottom = rects[0]
    for r_left, r_top, r_right, r_bottom in rects[1:]:
        if r_left < left:
            left = r_left
        if r_top > top:
            top = r_top
        if r_right > right:
            right = r_right
        if r_bottom < bottom:
            bottom = r_bottom
    return left, top, right, bottom


def _last_alnum(text: str, start: int, end: int) -> int | None:
    for index in range(end - 1, start - 1, -1):
        if text[index].isalnum():
            return index
    return None


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Do two rectangles (left, top, right, bottom; y up) share some height?"""
    return min(a[1], b[1]) > max(a[3], b[3])


def _gutter(segments: list[_Segment], width: float) -> float | None:
    """The x of the white strip between two text columns, or None for a one-column page."""
    # The pieces of one row follow each other, rows in order: one pass over neighbours finds both
    # the rows and the white between the pieces of a row.
    centres = []
    rows = 1
    low, high = 0.3 * width, 0.7 * width
    for left, right in zip(segments, segments[1:], strict=False):
        if left.row != right.row:
            rows += 1
            continue
        centre = (left.x1 + right.x0) / 2
        if low < centre < high:
            centres.append(centre)
    if len(centres) < max(3, 0.25 * rows):
        return None
    gutter = statistics.median(centres)
    left = [s for s in segments if s.x1 <= gutter]
    right = [s for s in segments if s.x0 >= gutter]
    spanning = len(segments) - len(left) - len(right)
    # Both sides must hold running text, not a column of numbers: a table is not two columns.
    if len(left) < 3 or len(right) < 3 or spanning > 0.3 * len(segments):
        return None
    if statistics.median(s.x1 - s.x0 for s in right) < 0.2 * width:
        return None
    if statistics.median(s.x1 - s.x0 for s in left) < 0.2 * width:
        return None
    return gutter


def _column_order(segments: list[_Segment], gutter: float) -> list[_Segment]:
    """Left column before right column, band by band between full-width lines (titles, footers)."""
    ordered: list[_Segment] = []
    band: list[_Segment] = []

    def flush() -> None:
        band.sort(key=lambda s: (s.x0 >= gutter, s.top, s.x0))
        ordered.extend(band)
        band.clear()

    for segment in sorted(segments, key=_TOP_LEFT):
        if segment.x0 < gutter < segment.x1:
            flush()
            ordered.append(segment)
        else:
            band.append(segment)
    flush()
    _renumber(ordered)
    return ordered


def _renumber(ordered: list[_Segment]) -> None:
    """Rows renumbered so that only pieces side by side in one column join into a line."""
    row = -1
    for previous, segment in zip([None, *ordered], ordered, strict=False):
        if previous is None or not _same_line(previous, segment):
            row += 1
        segment.row = row


def _side_by_side(segments: list[_Segment], width: float) -> list[_Segment] | None:
    """Side-by-side blocks on a one-column page (a box with two columns), each read top to bottom.

    The page is cut into bands at lines that cross its middle; a band whose pieces leave a
    white strip in the middle, with running text on both sides, is read left block first.
    None when no band is laid out so: the page keeps PDFium's order.
    """
    bands: list[list[_Segment]] = []
    current: list[_Segment] = []
    left_of_middle, right_of_middle = 0.45 * width, 0.55 * width
    for segment in sorted(segments, key=_TOP_LEFT):
        if segment.x0 < left_of_middle < right_of_middle < segment.x1:
            if current:
                bands.append(current)
                current = []
            bands.append([segment])
        else:
            current.append(segment)
    if current:
        bands.append(current)
    ordered: list[_Segment] = []
    found = False
    for band in bands:
        gutter = _band_gutter(band, width) if len(band) >= 6 else None
        if gutter is not None:
            found = True
            band.sort(key=lambda s: (s.x0 >= gutter, s.top, s.x0))
        ordered.extend(band)
    if not found:
        return None
    _renumber(ordered)
    return ordered


def _band_gutter(band: list[_Segment], width: float) -> float | None:
    """The middle of the widest white strip no piece of ``band`` crosses, in the middle of the page."""
    merged: list[list[float]] = []
    for x0, x1 in sorted((s.x0, s.x1) for s in band):
        if merged and x0 <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    gaps = [(right[0] - left[1], (left[1] + right[0]) / 2) for left, right in zip(merged, merged[1:], strict=False)
            if right[0] - left[1] >= _MIN_GUTTER and 0.3 * width < (left[1] + right[0]) / 2 < 0.7 * width]
    if not gaps:
        return None
    gutter = max(gaps)[1]
    left = [s.x1 - s.x0 for s in band if s.x1 <= gutter]
    right = [s.x1 - s.x0 for s in band if s.x0 >= gutter]
    if len(left) < 3 or len(right) < 3:
        return None
    if statistics.median(left) < 0.15 * width or statistics.median(right) < 0.15 * width:
        return None  # a column of figures or labels: a table, not two blocks of text
    return gutter


def _same_line(a: _Segment | None, b: _Segment) -> bool:
    return a is not None and abs(a.top - b.top) < 0.5 * a.size and b.x0 >= a.x1


def _cells(group: list[_Segment]) -> list[str]:
    """The line's table cells: pieces with wide gaps between them, and each figure in a run of figures.

    Three or more pieces make a table row. A financial table sets its figures closer than
    that ("Medeoverheden   1.050 3.749 4.731"): a piece made of figures alone is one cell per
    figure once the line has a label and three figures or more.
    """
    pieces = [segment.text for segment in group]
    if len(pieces) < 2:
        return pieces
    split = [piece.split() if all(_FIGURE.match(t) for t in piece.split()) else [piece] for piece in pieces]
    figures = sum(len(parts) for parts in split[1:] if len(parts) > 1 or _FIGURE.match(parts[0].strip()))
    if len(pieces) < 3 and figures < 3:
        return pieces
    return [cell for parts in split for cell in parts]


def _join_rows(segments: list[_Segment], page_no: int) -> list[Line]:
    """One line per row of segments (segments of one row follow each other)."""
    lines: list[Line] = []
    sizes: dict[float, float] = {}
    count = len(segments)
    index = 0
    while index < count:
        segment = segments[index]
        end = index + 1
        while end < count and segments[end].row == segment.row:
            end += 1
        if end == index + 1:  # most lines: one piece, one cell
            text = segment.text.strip(" ")
            if not is_clean(text):  # clean()'s own first test, then the call only where it changes something
                text = clean(segment.text)
            if segment.hyphen:
                text += "-"
            if text:
                size = segment.size
                rounded = sizes.get(size)  # round() is slow (1 µs) and a page has a few sizes
                if rounded is None:
                    rounded = round(size, 1)
                    if size:  # 0.0 and -0.0 are one key but round to different floats
                        sizes[size] = rounded
                lines.append(Line(text, page_no, rounded, segment.bold, segment.italic,
                                  segment.x0, segment.x1, segment.top, segment.bottom))
        else:
            line = _joined_line(segments[index:end], page_no)
            if line is not None:
                lines.append(line)
        index = end
    return lines


def _joined_line(group: list[_Segment], page_no: int) -> Line | None:
    """The line several pieces of one row make: table cells or the runs of one line of text."""
    cells = _cells(group)
    text = clean((" | " if len(cells) >= 3 else " ").join(cells))
    if group[-1].hyphen:
        text += "-"
    if not text:
        return None
    first = max(group, key=lambda s: len(s.text))
    return Line(
        text=text,
        page=page_no,
        size=round(first.size, 1),
        bold=all(s.bold for s in group),  # a piece without letters or digits counts as both (see _Segment)
        italic=all(s.italic for s in group),
        x0=min(s.x0 for s in group),
        x1=max(s.x1 for s in group),
        top=min(s.top for s in group),
        bottom=max(s.bottom for s in group),
        cells=len(cells),
    )
