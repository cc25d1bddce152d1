"""Find in the open document: Ctrl+F bar with next/previous, match count, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.domain.folding import FoldedText
from desktop.placeholders import fill
from desktop.ui.i18n import count_text
from desktop.ui.panes.offsets import OffsetMap


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point ranges of ``query`` in ``text``, ignoring case and diacritics as search does
    ("financiele" finds "financiële"); white space matches any run of it ("sociaal\ndomein")."""
    return FoldedText(text).find(query)


class FindBar(QWidget):
    """Keeps the matches of the typed text; ``current_changed(qt_start, qt_end)`` moves the view.

    ``matches`` holds Qt ranges of every match (for highlighting), ``current``
    the index of the one shown. Enter goes to the next, Shift+Enter back.
    """

    current_changed = Signal(int, int)
    matches_changed = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._text = FoldedText("")
        self._offsets = OffsetMap("")
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("findPrevious")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("findNext")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for widget in (self.field, self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Find in document"))
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self._show_count()

    def set_text(self, text: str, offsets: OffsetMap) -> None:
        self._text, self._offsets = FoldedText(text), offsets
        self._search(self.field.text())

    def open_bar(self, query: str = "") -> None:
        self.show()
        if query:
            self.field.setText(query)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.matches_changed.emit()
        self.closed.emit()

    def _search(self, query: str) -> None:
        self.matches = [self._offsets.range_to_qt(*span) for span in self._text.find(query)]
        self.current = -1
        self.matches_changed.emit()
        if self.matches:
            self._go(0)
        self._show_count()

    def find_next(self) -> None:
        if self.matches:
            self._go((self.current + 1) % len(self.matches))

    def find_previous(self) -> None:
        if self.matches:
            self._go((self.current - 1) % len(self.matches))

    def _go(self, index: int) -> None:
        self.current = index
        self._show_count()
        self.current_changed.emit(*self.matches[index])

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2"), count_text(self.current + 1), count_text(len(self.matches))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
