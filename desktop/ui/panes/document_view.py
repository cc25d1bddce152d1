"""The read-only text view of a pane: selection, hover text, clicks on findings, the margin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.ui.panes.document_margin import DocumentMargin, visible_range
from desktop.ui.panes.highlights import HighlightLayer, tooltip_html

# Longer lines tire the eye: a view wider than this (reading mode) keeps its text in a centred column.
MAX_LINE_CHARACTERS = 100


class DocumentView(QTextEdit):
    """Shows one document's text; reports clicks, context menus and Delete as Qt positions.

    ``clicked(position)`` fires for a plain click (no text dragged),
    ``context_menu_requested(global_pos, position)`` on right click and
    ``delete_pressed()`` on the Delete key; the pane decides what they mean.
    """

    clicked = Signal(int)
    context_menu_requested = Signal(QPoint, int)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setReadOnly(True)
        # Keyboard selection too, so Shift+arrows can make a span without the mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self.highlights = HighlightLayer()
        self.margin = DocumentMargin(self, self.highlights)
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self.document().documentLayout().documentSizeChanged.connect(self.margin.update)
        self._press_position: QPoint | None = None
        # The reading position asked for before the view had its size (a document reopened where it was left):
        # applied once the view is shown and laid out.
        self._wanted_top: int | None = None
        # The Qt position of the first character on screen, followed as the analyst scrolls. A resize reflows
        # the lines, so the scroll bar's pixel value points elsewhere afterwards; this position does not.
        self._top = 0
        self._placing = False
        # A place set by the program (a reopened document, a resize) holds while the text is laid out again in
        # steps, until the analyst moves: scrolls, clicks, or moves the cursor.
        self._pinned = False
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._follow_scrolling)
        bar.actionTriggered.connect(self._unpin)
        bar.sliderPressed.connect(self._unpin)
        self.cursorPositionChanged.connect(self._unpin)
        self.document().documentLayout().documentSizeChanged.connect(self._keep_pinned)
        self.update_margin_width()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Document text"))
        self.margin.retranslate_ui()

    def update_margin_width(self) -> None:
        self.setViewportMargins(self.margin.width_needed(), 0, 0, 0)
        self._place_margin()
        self._limit_line_length(self.viewport().width())

    def _place_margin(self) -> None:
        area = self.contentsRect()
        self.margin.setGeometry(QRect(area.left(), area.top(), self.margin.width_needed(), area.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A panel or dock opening beside or below takes room; the text the analyst selected stays in sight,
        # and otherwise the passage at the top stays at the top. A resize reflows the lines, so the scroll
        # bar's pixel value points elsewhere afterwards; the Qt position of the first character on screen does not.
        keep = self.selection_in_sight()
        top = self.top_position()
        self._placing = True
        try:
            self._limit_line_length(event.size().width() - (self.width() - self.viewport().width()))
            super().resizeEvent(event)
            self._place_margin()
        finally:
            self._placing = False
        if keep and not self.selection_in_sight():
            self.show_selection()
        elif not keep:
            self._scroll_to_top(top)
            # The text is laid out again in steps; once it is, the place is set again: the latest place, since a
            # document opened meanwhile (its text built is what resized the view) has set its own.
            QTimer.singleShot(0, self, lambda: self._wanted_top is None and self._scroll_to_top(self._top))

    def _follow_scrolling(self, value: int) -> None:
        if self._placing:
            return
        # While the text is laid out the scroll bar's range changes, and a value beyond it is cut to its maximum;
        # any other change is a scroll (linked reading, a program), which ends the pin.
        if self._pinned and value < self.verticalScrollBar().maximum():
            self._pinned = False
        if not self._pinned:
            self._top = self.cursorForPosition(QPoint(0, 0)).position()

    def _unpin(self, *_args) -> None:
        self._pinned = False

    def _keep_pinned(self, *_args) -> None:
        if self._pinned and self._wanted_top is None and self.isVisible():
            self._scroll_to_top(self._top)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._wanted_top is not None:
            QTimer.singleShot(0, self, self._apply_wanted_top)

    def _apply_wanted_top(self) -> None:
        if self._wanted_top is not None and self.isVisible():
            # A range shown meanwhile (a search hit, a finding) is selected: it wins over where reading stopped.
            if self.textCursor().hasSelection():
                self.show_selection()
            else:
                self._scroll_to_top(self._wanted_top)
            self._wanted_top = None

    def top_position(self) -> int:
        """Qt position of the first character on screen: where the analyst is reading."""
        return self._wanted_top if self._wanted_top is not None else self._top

    def scroll_to_top_position(self, position: int) -> None:
        """Make the line holding Qt position ``position`` the first on screen (once shown, if it is not yet)."""
        if self.isVisible():
            self._wanted_top = None
            self._scroll_to_top(position)
        else:
            self._wanted_top = position

    def _scroll_to_top(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        self._placing = True
        try:
            bar.setValue(bar.value() + self.cursorRect(cursor).top())
        finally:
            self._placing = False
        self._top, self._pinned = position, True

    def _limit_line_length(self, viewport_width: int) -> None:
        """Lines of at most MAX_LINE_CHARACTERS: a wider view (reading mode) centres the text column."""
        longest = QFontMetrics(self.document().defaultFont()).averageCharWidth() * MAX_LINE_CHARACTERS
        side = max((viewport_width - 2 * int(self.document().documentMargin()) - longest) // 2, 0)
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)

    def selection_rect(self) -> QRect:
        """Viewport rectangle from the start to the end of the selection (or the cursor)."""
        cursor = self.textCursor()
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        return self.cursorRect(start).united(self.cursorRect(end))

    def selection_in_sight(self) -> bool:
        """True when the selection's first line is on screen (a selection taller than the view never all is)."""
        return self.textCursor().hasSelection() and self.viewport().rect().contains(self.selection_rect().topLeft())

    def show_selection(self) -> None:
        """Scroll so the selection starts a few lines from the top (all of it, when it fits)."""
        rect = self.selection_rect()
        bar = self.verticalScrollBar()
        spare = max(self.viewport().height() - rect.height(), 0)
        bar.setValue(bar.value() + rect.top() - min(spare // 2, 3 * self.fontMetrics().height()))

    def refresh_highlights(self) -> None:
        self.setExtraSelections(self.highlights.selections(self.document()))
        self.margin.update()

    def visible_range(self) -> tuple[int, int]:
        """Qt positions of the first and last character on screen."""
        return visible_range(self)

    def position_at(self, point: QPoint) -> int:
        """The Qt position under viewport point ``point``."""
        return self.cursorForPosition(point).position()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        """Hover text for viewport point ``point``: the findings there, or nothing."""
        cursor = self.cursorForPosition(point)
        # cursorForPosition rounds to the nearest gap; the character is the one the mouse is on.
        rect = self.cursorRect(cursor)
        position = cursor.position() - (1 if point.x() < rect.x() and cursor.position() > 0 else 0)
        return tooltip_html(self.highlights.at(position))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._unpin()
        self._press_position = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press_position is not None and (point - self._press_position).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved and not self.textCursor().hasSelection():
            self.clicked.emit(self.position_at(point))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # A scroll area hands its viewport's context menu event on with viewport coordinates.
        self.context_menu_requested.emit(event.globalPos(), self.position_at(event.pos()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._unpin()
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
