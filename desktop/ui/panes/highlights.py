"""Findings drawn over a document: colours per assessment, overlap, hover text, extra selections."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from desktop.domain.finding import Assessment, Finding
from desktop.store.frameworks import SpeerpuntRecord
from desktop.ui import assessments
from desktop.ui.author_colours import AuthorColours
from desktop.ui.panes.offsets import OffsetMap

# The underline tells the assessments apart without colour at all.
UNDERLINES = {
    Assessment.POSITIVE: QTextCharFormat.UnderlineStyle.SingleUnderline,
    Assessment.CONCERN: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Assessment.MISSING: QTextCharFormat.UnderlineStyle.DotLine,
}
# Translucent backgrounds: where findings overlap the colours add up and the
# overlap shows darker, so no finding hides another.
_FILL_ALPHA = 70
_SELECTED_ALPHA = 150
FALLBACK_SPEERPUNT_COLOUR = "#7f7f7f"


@dataclass(frozen=True)
class Highlight:
    """One finding placed in the pane: its range in Qt positions and what the hover shows."""

    finding: Finding
    qt_start: int
    qt_end: int
    speerpunt_label: str
    speerpunt_colour: str

    @property
    def id(self) -> str:
        return self.finding.id

    def covers(self, position: int) -> bool:
        return self.qt_start <= position < self.qt_end


def make_highlight(finding: Finding, offsets: OffsetMap, speerpunt: SpeerpuntRecord | None) -> Highlight | None:
    """The highlight of a finding with a span inside this text, else None."""
    if finding.start is None or finding.end is None or finding.end > offsets.length:
        return None
    if speerpunt is None:
        label, colour = "?", FALLBACK_SPEERPUNT_COLOUR
    else:
        label = f"{speerpunt.code} {speerpunt.title}".strip()
        colour = speerpunt.colour or speerpunt.theme_colour or FALLBACK_SPEERPUNT_COLOUR
    start, end = offsets.range_to_qt(finding.start, finding.end)
    return Highlight(finding, start, end, label, colour)


def tooltip_html(highlights: list[Highlight]) -> str:
    """Hover text for the findings under the mouse: speerpunt, assessment, author, note."""
    parts = []
    for item in highlights:
        finding = item.finding
        lines = [
            f"<b>{html.escape(item.speerpunt_label)}</b>",
            f"{html.escape(assessments.label(finding.assessment))} · {html.escape(finding.author)}",
        ]
        if finding.note:
            lines.append(f"<i>{html.escape(finding.note)}</i>")
        parts.append("<br>".join(lines))
    return "<hr>".join(parts)


class HighlightLayer:
    """The findings of one document as extra selections, updated one finding at a time.

    Extra selections never change the document, so findings can overlap
    freely and a new one appears without re-laying out the text.
    """

    def __init__(self) -> None:
        self.palette = assessments.palette_name()
        # With analysts' colours the fill says who tagged it; the underline still says the assessment.
        self.author_colours: AuthorColours | None = None
        self._items: dict[str, Highlight] = {}
        self._selections: dict[str, QTextEdit.ExtraSelection] = {}
        self.selected_id: str | None = None

    def clear(self) -> None:
        self._items.clear()
        self._selections.clear()
        self.selected_id = None

    def set_author_colours(self, colours: AuthorColours | None) -> None:
        """Fill each finding in its analyst's colour (None: in its assessment's colour)."""
        self.author_colours = colours
        self._selections.clear()

    def set_palette(self, name: str) -> None:
        """Switch the palette of every view (desktop.ui.assessments) and redraw these findings."""
        assessments.set_palette(name)
        self.palette = name
        self._selections.clear()

    def put(self, item: Highlight) -> None:
        self._items[item.id] = item
        self._selections.pop(item.id, None)

    def remove(self, finding_id: str) -> None:
        self._items.pop(finding_id, None)
        self._selections.pop(finding_id, None)
        if self.selected_id == finding_id:
            self.selected_id = None

    def select(self, finding_id: str | None) -> None:
        for changed in (self.selected_id, finding_id):
            if changed is not None:
                self._selections.pop(changed, None)
        self.selected_id = finding_id if finding_id in self._items else None

    def get(self, finding_id: str) -> Highlight | None:
        return self._items.get(finding_id)

    def items(self) -> list[Highlight]:
        return sorted(self._items.values(), key=lambda item: (item.qt_start, item.qt_end))

    def at(self, position: int) -> list[Highlight]:
        """Findings covering ``position``, shortest first (the most specific one on top)."""
        hits = [item for item in self._items.values() if item.covers(position)]
        return sorted(hits, key=lambda item: (item.qt_end - item.qt_start, item.qt_start))

    def colour(self, assessment: Assessment) -> QColor:
        return assessments.colour(assessment)

    def selections(self, document: QTextDocument) -> list[QTextEdit.ExtraSelection]:
        """All findings as extra selections; only new or changed ones are built again."""
        if self.palette != assessments.palette_name():
            # Switched from another pane or the preferences: every cached selection has the old colours.
            self.palette = assessments.palette_name()
            self._selections.clear()
        missing = [item for finding_id, item in self._items.items() if finding_id not in self._selections]
        if missing:
            # Inside an edit block a cursor does not lay out its line to remember
            # its x, which otherwise forces the layout of every block with a finding.
            guard = QTextCursor(document)
            guard.beginEditBlock()
            for item in missing:
                self._selections[item.id] = self._selection(document, item)
            guard.endEditBlock()
        # The selected finding goes last, so it is drawn on top.
        ordered = [sel for fid, sel in self._selections.items() if fid != self.selected_id]
        if self.selected_id in self._selections:
            ordered.append(self._selections[self.selected_id])
        return ordered

    def _selection(self, document: QTextDocument, item: Highlight) -> QTextEdit.ExtraSelection:
        colour = (self.author_colours.colour(item.finding.author) if self.author_colours is not None
                  else self.colour(item.finding.assessment))
        fill = QColor(colour)
        fill.setAlpha(_SELECTED_ALPHA if item.id == self.selected_id else _FILL_ALPHA)
        char_format = QTextCharFormat()
        char_format.setBackground(fill)
        char_format.setUnderlineStyle(UNDERLINES[item.finding.assessment])
        char_format.setUnderlineColor(colour.darker(130))
        cursor = QTextCursor(document)
        cursor.setPosition(item.qt_start)
        cursor.setPosition(item.qt_end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        return selection
