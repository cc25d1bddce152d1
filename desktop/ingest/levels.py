"""Heading levels from type and list nesting from indentation, for the segmenter's blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ingest.segment import _Group

Style = tuple[float, bool, bool]  # font size, bold, italic


def style_levels(
    headings: list[tuple[_Group, Style]], numbered: dict[Style, list[int]]
) -> None:
    """Levels for headings without a number, from how prominent their type is."""
    styles = sorted({style for _, style in headings}, key=lambda s: (-s[0], not s[1], not s[2]))
    level_of: dict[Style, int] = {}
    next_level = 1
    for style in styles:
        anchored = numbered.get(style)
        level = min(anchored) if anchored else min(next_level, 6)
        level_of[style] = level
        next_level = level + 1
    for group, style in headings:
        if not group.level:
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
