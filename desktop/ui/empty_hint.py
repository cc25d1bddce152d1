"""List and tree views that say, inside themselves, what will appear there while they are empty."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QListView, QTableView, QTreeView


class _EmptyHint:
    """Mixed into a view: ``set_empty_hint(text)``; the text shows, greyed and wrapped, while the model has no rows.

    Inside the view, not on a line of its own: a dock strip at 30% of a laptop's height has no line to spare.
    """

    _empty_hint = ""

    def set_empty_hint(self, text: str) -> None:
        self._empty_hint = text
        self.viewport().update()

    def empty_hint(self) -> str:
        """The hint shown now ("" while the view has rows)."""
        model = self.model()
        return self._empty_hint if model is None or model.rowCount(QModelIndex()) == 0 else ""

    def _paint_hint(self) -> None:
        hint = self.empty_hint()
        if hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             hint)
            painter.end()


class HintedListView(_EmptyHint, QListView):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_hint()


class HintedTreeView(_EmptyHint, QTreeView):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_hint()


class HintedTableView(_EmptyHint, QTableView):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_hint()
