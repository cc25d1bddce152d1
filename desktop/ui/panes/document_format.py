"""Building the QTextDocument a pane shows: the full text unchanged, styled by passage kind."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from desktop.domain.document import PassageKind
from desktop.store.documents import PassageRecord

# Headings grow by level; deeper levels stay just bold.
_HEADING_GROWTH = {1: 1.45, 2: 1.2, 3: 1.08}
_FOOTNOTE_SIZE = 0.82
# The blank line between passages ("\n\n") keeps its place in the text, so
# offsets stay exact, but is drawn as a small gap rather than a full line.
_GAP_SIZE = 0.45


@dataclass(frozen=True)
class PageStart:
    """Where a new page of the source begins: a code-point offset and the page's printed label."""

    offset: int
    page: str


def page_starts(passages: Sequence[PassageRecord]) -> list[PageStart]:
    """Where each page that prints a label begins: at a passage, or inside one that runs over a page end."""
    starts: list[PageStart] = []
    previous: tuple[int | None, str | None] | None = None
    for passage in passages:
        for offset, pdf_page, label in ((passage.start, passage.pdf_page, passage.page), *passage.page_breaks):
            here = (pdf_page, label)
            if label is not None and here != previous:
                starts.append(PageStart(offset, label))
            previous = here
    return starts


class _Formats:
    """Block and character formats per passage kind, for one base font."""

    def __init__(self, base: QFont) -> None:
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self.body = QTextCharFormat()
        self.body.setFont(base)
        self.body_block = QTextBlockFormat()
        self.body_block.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.gap = QTextCharFormat(self.body)
        self.gap.setFontPointSize(size * _GAP_SIZE)
        self.gap_block = QTextBlockFormat()
        self.headings: dict[int, QTextCharFormat] = {}
        for level in range(1, 7):
            heading = QTextCharFormat(self.body)
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setFontPointSize(size * _HEADING_GROWTH.get(level, 1.0))
            self.headings[level] = heading
        self.heading_block = QTextBlockFormat()
        self.heading_block.setTopMargin(size * 0.6)
        self.footnote = QTextCharFormat(self.body)
        self.footnote.setFontPointSize(size * _FOOTNOTE_SIZE)
        self.footnote.setForeground(QColor("#555555"))
        self.footnote_block = QTextBlockFormat(self.body_block)
        self.footnote_block.setLeftMargin(size * 1.5)
        self.list_formats: dict[int, QTextListFormat] = {}

    def for_passage(self, passage: PassageRecord | None) -> tuple[QTextBlockFormat, QTextCharFormat]:
        if passage is None:
            return self.body_block, self.body
        if passage.kind is PassageKind.HEADING:
            return self.heading_block, self.headings[min(max(passage.level, 1), 6)]
        if passage.kind is PassageKind.FOOTNOTE:
            return self.footnote_block, self.footnote
        return self.body_block, self.body

    def list_format(self, level: int) -> QTextListFormat:
        level = min(max(level, 1), 4)
        if level not in self.list_formats:
            form = QTextListFormat()
            form.setStyle(QTextListFormat.Style.ListDisc if level % 2 else QTextListFormat.Style.ListCircle)
            form.setIndent(level)
            self.list_formats[level] = form
        return self.list_formats[level]


def build_document(text: str, passages: Sequence[PassageRecord], base: QFont, document: QTextDocument) -> None:
    """Fill ``document`` with ``text`` exactly (so Qt positions are UTF-16 indexes of it).

    Built in one edit block with a cursor and formats: far faster than HTML for
    a 450,000-character agreement. List bullets come from QTextList, which
    draws them beside the text without adding characters.
    """
    formats = _Formats(base)
    starts = [passage.start for passage in passages]
    document.setUndoRedoEnabled(False)
    document.clear()
    document.setDefaultFont(base)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    offset = 0
    for index, line in enumerate(text.split("\n")):
        found = bisect_right(starts, offset) - 1
        passage = passages[found] if found >= 0 and offset < passages[found].end else None
        if passage is None and not line:
            block_format, char_format = formats.gap_block, formats.gap
        else:
            block_format, char_format = formats.for_passage(passage)
        if index:
            cursor.insertBlock(block_format, char_format)
        else:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        if passage is not None and passage.kind is PassageKind.LIST_ITEM and offset == passage.start:
            cursor.createList(formats.list_format(passage.level))
        cursor.insertText(line, char_format)
        offset += len(line) + 1
    cursor.endEditBlock()
