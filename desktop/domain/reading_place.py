"""Where an analyst stopped reading a document, and where that place is in a revised text.

The place is the code point at the top of the pane plus the words there (an anchor, as a finding
has), so a document whose text changed (a new version replaced it, a backup brought an older text
back) reopens at the same words when they are found again, and at its start otherwise; never at
the same number in a different text.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.finding import Anchor, make_anchor
from desktop.domain.reanchor import place_anchors

# The words kept at the place and around it: enough to find a line again in a revised text
# (reanchor compares up to 80 characters of context), little enough for the settings file.
QUOTE_LENGTH = 100
CONTEXT_KEPT = 80


@dataclass(frozen=True)
class ReadingPlace:
    offset: int  # code point at the top of the pane
    length: int  # the text's length then: the place's relative position guides the search in a new text
    anchor: Anchor | None  # None: the start, or a place remembered before the words were kept

    def as_dict(self) -> dict:
        place: dict = {"offset": self.offset, "length": self.length}
        if self.anchor is not None:
            place.update(quote=self.anchor.quote, prefix=self.anchor.prefix, suffix=self.anchor.suffix)
        return place

    @classmethod
    def from_value(cls, value: object) -> ReadingPlace | None:
        """Read what the settings hold: a dict as written by as_dict, or a bare offset (settings before
        2026-12-02); None for anything else (a hand-edited or damaged value)."""
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return cls(value, 0, None) if value > 0 else None
        if not isinstance(value, dict):
            return None
        offset, length = value.get("offset"), value.get("length", 0)
        if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0 or not isinstance(length, int):
            return None
        texts = [value.get(name) for name in ("quote", "prefix", "suffix")]
        anchor = Anchor(*texts) if all(isinstance(t, str) for t in texts) and texts[0] else None
        return cls(offset, length, anchor)


def place_in(text: str, offset: int) -> ReadingPlace:
    """The place at code point ``offset`` of ``text``, with the words there."""
    offset = max(0, min(offset, len(text)))
    end = min(len(text), offset + QUOTE_LENGTH)
    while end < len(text) and end > offset and not text[end].isspace():
        end -= 1  # end on a word boundary, unless the line is one long word
    if end <= offset:
        end = min(len(text), offset + QUOTE_LENGTH)
    if not text[offset:end].strip():
        return ReadingPlace(offset, len(text), None)
    anchor = make_anchor(text, offset, end)
    return ReadingPlace(offset, len(text), Anchor(anchor.quote, anchor.prefix[-CONTEXT_KEPT:],
                                                  anchor.suffix[:CONTEXT_KEPT]))


def resume_offset(place: ReadingPlace | None, text: str) -> int:
    """Where ``text`` opens for ``place``: the same words where they are found (the same offset when
    the text there is unchanged), else 0, the start. A place without words keeps its offset."""
    if place is None:
        return 0
    if place.anchor is None:
        return min(place.offset, len(text))
    quote = place.anchor.quote
    if text[place.offset:place.offset + len(quote)] == quote:
        return place.offset
    position = place.offset / place.length if place.length > 0 else None
    placement = place_anchors([(place.anchor, position)], text)[0]
    return placement.start if placement.start is not None else 0
