"""The one place converting core code-point offsets to Qt UTF-16 positions and back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Characters outside the Basic Multilingual Plane take two UTF-16 units (a
# surrogate pair) in Qt but one code point in Python; they are the only source
# of difference, so remembering where they are is enough to convert both ways.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one document text; built once per text, each lookup O(log n).

    The document pane puts the core's full text into the QTextDocument
    unchanged (a newline becomes a block boundary, still one position), so a
    Qt position is exactly a UTF-16 index into that text.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point index of each astral character, and its UTF-16 index.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._astral_utf16 = [index + rank for rank, index in enumerate(self._astral)]

    @property
    def length(self) -> int:
        """Length of the text in code points."""
        return self._length

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset`` (0 … length)."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} lies outside the text (0-{self._length})")
        return offset + bisect_left(self._astral, offset)

    def to_core(self, position: int, round_up: bool = False) -> int:
        """Code-point offset of UTF-16 ``position``.

        A position between the two halves of a surrogate pair is moved to the
        start of that character, or past it with ``round_up`` (use it for the
        end of a range, so a selection never cuts an emoji in half).
        """
        if not 0 <= position <= self.utf16_length:
            raise ValueError(f"position {position} lies outside the text (0-{self.utf16_length})")
        # Astral characters whose pair ends at or before ``position`` each add one unit.
        whole = bisect_right(self._astral_utf16, position - 2)
        inside = whole < len(self._astral_utf16) and self._astral_utf16[whole] == position - 1
        offset = position - whole
        if inside:
            offset -= 1  # the start of the split character
            if round_up:
                offset += 1
        return offset

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def range_to_core(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection as a code-point range; a half-selected character is included whole."""
        return self.to_core(start), self.to_core(end, round_up=True)
