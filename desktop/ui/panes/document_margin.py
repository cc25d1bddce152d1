"""The strip left of the text: source page numbers and a bar per finding in its speerpunt's colour."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.placeholders import fill
from desktop.ui.panes.highlights import HighlightLayer

_BAR_WIDTH = 4
_BAR_GAP = 2
_LANES = 4


def visible_range(view: QTextEdit) -> tuple[int, int]:
    """Qt positions of the first and last character on screen in ``view``."""
    viewport = view.viewport().rect()
    return (view.cursorForPosition(viewport.topLeft()).position(),
            view.cursorForPosition(viewport.bottomRight()).position())


class DocumentMargin(QWidget):
    """Drawn from the view's layout on every paint; only what is on screen is measured.

    Page numbers sit in the margin rather than in the text so that findings'
    offsets never have to step around them.
    """

    def __init__(self, view: QTextEdit, highlights: HighlightLayer) -> None:
        # Any text edit will do: the margin reads its layout and scroll position, never the other way round.
        super().__init__(view)
        self.view = view
        self.highlights = highlights
        self.setObjectName("documentMargin")
        self.page_positions: list[int] = []  # Qt positions where a page starts
        self.page_numbers: list[str] = []  # printed page labels
        # Further marks drawn over the strip: callables (margin, painter, first, last), e.g. suggestions.
        self.extra_painters: list = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Page numbers and speerpunt marks"))
        self._page_label = self.tr("p. %1")

    def sizeHint(self) -> QSize:
        return QSize(self.width_needed(), 0)

    def width_needed(self) -> int:
        if not self.page_numbers:
            # A document without pages (Word, Markdown, text) needs only the speerpunt bars: the text gets the room.
            return 6 + _LANES * (_BAR_WIDTH + _BAR_GAP)
        widest = max(self.page_numbers, key=len, default="8")
        text_width = self.fontMetrics().horizontalAdvance(fill(self._page_label, "8" * len(widest)))
        return text_width + 10 + _LANES * (_BAR_WIDTH + _BAR_GAP)

    def set_pages(self, positions: list[int], numbers: list[str]) -> None:
        self.page_positions, self.page_numbers = positions, numbers
        self.update()

    def _line_top(self, position: int) -> float:
        """Viewport y of the line holding ``position``."""
        document = self.view.document()
        block: QTextBlock = document.findBlock(position)
        rect = document.documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(position - block.position())
        y = rect.top() + (line.y() if line.isValid() else 0)
        return y - self.view.verticalScrollBar().value()

    def _line_bottom(self, position: int) -> float:
        document = self.view.document()
        block = document.findBlock(position)
        rect = document.documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return rect.bottom() - self.view.verticalScrollBar().value()
        return rect.top() + line.y() + line.height() - self.view.verticalScrollBar().value()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        first, last = visible_range(self.view)
        self._paint_pages(painter, first, last)
        self._paint_marks(painter, first, last)
        for paint in self.extra_painters:
            paint(self, painter, first, last)
        painter.end()

    def line_span(self, qt_start: int, qt_end: int) -> tuple[float, float]:
        """Top and bottom, in margin coordinates, of the lines from ``qt_start`` to ``qt_end``."""
        top_offset = self.view.viewport().y()
        top = max(self._line_top(qt_start), -10) + top_offset
        bottom = min(self._line_bottom(max(qt_start, qt_end - 1)), self.height() + 10) + top_offset
        return top, bottom

    def suggestion_x(self) -> float:
        """Where faint suggestion marks go: just left of the finding lanes."""
        return self.width() - _LANES * (_BAR_WIDTH + _BAR_GAP) - 5

    def _paint_pages(self, painter: QPainter, first: int, last: int) -> None:
        painter.setPen(QColor("#6b6b6b"))
        low = max(0, bisect_right(self.page_positions, first) - 1)
        high = bisect_left(self.page_positions, last + 1)
        width = self.width() - _LANES * (_BAR_WIDTH + _BAR_GAP) - 4
        for index in range(low, high):
            top = self._line_top(self.page_positions[index]) + self.view.viewport().y()
            if top < -self.fontMetrics().height():
                continue
            label = fill(self._page_label, self.page_numbers[index])
            painter.drawText(QRectF(0, top, width, self.fontMetrics().height() + 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label)

    def _paint_marks(self, painter: QPainter, first: int, last: int) -> None:
        # Overlapping findings take the next lane, so every speerpunt stays visible.
        lanes_end: list[int] = []
        right = self.width() - _BAR_GAP
        top_offset = self.view.viewport().y()
        for item in self.highlights.items():
            lane = next((i for i, end in enumerate(lanes_end) if end <= item.qt_start), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(item.qt_end)
            else:
                lanes_end[lane] = item.qt_end
            if item.qt_end < first or item.qt_start > last or lane >= _LANES:
                continue
            top = max(self._line_top(item.qt_start), -10) + top_offset
            bottom = min(self._line_bottom(max(item.qt_start, item.qt_end - 1)), self.height() + 10) + top_offset
            x = right - (lane + 1) * (_BAR_WIDTH + _BAR_GAP)
            colour = QColor(item.speerpunt_colour)
            if item.id == self.highlights.selected_id:
                painter.fillRect(QRectF(x - 1, top - 1, _BAR_WIDTH + 2, bottom - top + 2), QColor("#202020"))
            painter.fillRect(QRectF(x, top, _BAR_WIDTH, max(bottom - top, 4)), colour)
