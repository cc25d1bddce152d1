"""Speerpunt titles that wrap in a narrow tree column instead of being cut to "1.1 Preve…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappedTitles(QStyledItemDelegate):
    """Row heights for wrapped titles in ``view``'s first column.

    A tree asks the delegate for a row's size without the room the row will have: its column less the
    indentation of the row's level. This delegate measures the title at that width, so a long title
    gets as many lines as it needs and none is cut short.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setItemDelegateForColumn(0, self)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(view.doItemsLayout)
        # Another column width (a dock dragged, a window resized) gives other line breaks.
        view.header().sectionResized.connect(lambda column, _old, _new: column == 0 and self._relayout.start())

    def _room(self, index: QModelIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if self.view.rootIsDecorated() else 0)
        return max(self.view.header().sectionSize(0) - levels * self.view.indentation(), 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        # The style wraps only in a valid rectangle: any height will do, the width is what counts.
        sized.rect = QRect(0, 0, self._room(index), max(option.rect.height(), 1))
        return super().sizeHint(sized, index)
