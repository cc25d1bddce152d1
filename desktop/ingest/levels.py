"""Heading levels from type and list nesting from indentation, for the segmenter's blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ingest.segment import _Group

Style = tuple[float, bool, bool]  # font size, bold, italic


def style_levels(
    headings: list[tuple[_Group, Style]], numbered: dict[Style, list[int]]
) -> None:
    """Levels for headings without a number, from how prominent their type is.

    A style whose headings mostly carry a number ("2. Duurzaam land") takes its level from
    those numbers; a few numbered headings in a style most headings of which have none
    ("1. Activeren van ..." among "Werkzekerheid", "Inkomenszekerheid") number a list, not
    the document's chapters, and leave the style its place by size.
    """
    styles = sorted({style for _, style in headings}, key=lambda s: (-s[0], not s[1], not s[2]))
    counts: dict[Style, int] = {}
    for _, style in headings:
        counts[style] = counts.get(style, 0) + 1
    level_of: dict[Style, int] = {}
    next_level = 1
    for style in styles:
        anchored = numbered.get(style) if 2 * len(numbered.get(style, [])) >= counts[style] else None
        level = min(anchored) if anchored else min(next_level, 6)
        level_of[style] = level
        next_level = level + 1
    anchored_styles = {style for style in styles if 2 * len(numbered.get(style, [])) >= counts[style]}
    for group, style in headings:
        if not group.level or style not in anchored_styles:
            group.level = level_of[style]


def item_levels(items: list[_Group]) -> None:
    """Nesting of list items from their indentation (PDF) or their leading spaces (text)."""
    indents = sorted({round(g.first.x0) for g in items if g.first.x0 is not None})
    clusters: list[int] = []
    for indent in indents:
        if not clusters or indent - clusters[-1] > 6:
            clusters.append(indent)
    for group in items:
        if group.level:
            continue
        if group.first.x0 is None:
            group.level = 1
            continue
        x = round(group.first.x0)
        group.level = 1 + sum(1 for c in clusters if c + 6 < x)
        group.level = min(group.level, 4)
