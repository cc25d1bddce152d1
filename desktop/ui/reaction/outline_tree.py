"""The export dialog's outline pane: one row per heading, long headings wrap instead of being cut off.

A plain QTreeWidget keeps every row one line high and elides the rest ("…op het R…"), so a long
title or theme name could not be read at any dialog size. Here each row is as high as its wrapped
text at the pane's current width, and a heading's level indents the whole wrapped block.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
INDENT = 16  # pixels per heading level below the first


class _WrappingDelegate(QStyledItemDelegate):
    """Paints a heading wrapped at the column's width, indented by its level; its height follows."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def _indent(index: QModelIndex | QPersistentModelIndex) -> int:
        return INDENT * max(int(index.data(LEVEL_ROLE) or 1) - 1, 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(self._indent(index), 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        wanted = QStyleOptionViewItem(option)
        self.initStyleOption(wanted, index)
        wanted.rect = QRect(0, 0, max(self._view.columnWidth(0) - self._indent(index), 40), 100_000)
        wanted.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = self._view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, wanted, QSize(), self._view)
        return QSize(size.width() + self._indent(index), size.height())


class OutlineTree(QTreeWidget):
    """``add_heading(level, text)``; ``heading_texts()`` the headings top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)  # a wrapped heading takes two or three lines
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappingDelegate(self))

    def add_heading(self, level: int, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text])
        item.setData(0, LEVEL_ROLE, level)
        item.setToolTip(0, text)
        if level <= 1:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    def heading_texts(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width
