"""Speerpunt titles that wrap in a narrow tree column instead of being cut to "1.1 Preve…"."""

from __future__ import annotations

from functools import lru_cache

import pyphen
from PySide6.QtCore import QModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

SOFT_HYPHEN = "\u00ad"  # where a word may break; Qt draws a hyphen there only when it breaks the line
HYPHENATION_LANGUAGE = "nl_NL"  # speerpunten are Dutch whatever the window's language


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=HYPHENATION_LANGUAGE)


@lru_cache(maxsize=4096)
def _hyphenated(word: str) -> str:
    return _dictionary().inserted(word, hyphen=SOFT_HYPHEN)


def breakable(text: str, fits) -> str:
    """``text`` with soft hyphens in each word that ``fits(word)`` says is too wide for a line of its own.

    A Dutch compound ("Bestaanszekerheid", "transitievergoeding") is often wider than a laptop's tree
    column; split at its syllables it wraps as a printed page would ("Bestaans-" / "zekerheid") instead
    of being cut. Words that fit are left alone, so a title breaks between words wherever it can.
    """
    return " ".join(word if fits(word) else _hyphenated(word) for word in text.split(" "))


class WrappedTitles(QStyledItemDelegate):
    """Row heights for wrapped titles in ``view``'s first column.

    A tree asks the delegate for a row's size without the room the row will have: its column less the
    indentation of the row's level. This delegate measures the title at that width, so a long title
    gets as many lines as it needs and none is cut short; a word too wide for the room is hyphenated.
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

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        # The room for the text: the row's rectangle (the room measured above when sizing, the cell when
        # painting) less the colour square and the text's margins, as the style lays the item out.
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, self.view) + 1  # as Qt's styles
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self.view).width() - 2 * margin
        metrics = option.fontMetrics
        option.text = breakable(option.text, lambda word: metrics.horizontalAdvance(word) <= width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        # The style wraps only in a valid rectangle: any height will do, the width is what counts.
        sized.rect = QRect(0, 0, self._room(index), max(option.rect.height(), 1))
        return super().sizeHint(sized, index)
