"""A tag-like editor for a document's categories (G4, G40, middelgroot, ...) with completion."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.placeholders import fill


def split_categories(text: str) -> list[str]:
    """"G40, middelgroot ,," -> ["G40", "middelgroot"]; duplicates kept once, in order."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


class CategoryEditor(QWidget):
    """Each category a small removable chip, then a field to type a new one.

    Enter, Tab-completion or a comma turns the typed text into a chip; Backspace
    in an empty field removes the last chip. Completion offers the project's
    existing categories, so "G40" is not typed as "g40" in one document and
    "G 40" in another. Signal ``changed`` after each change.
    """

    changed = Signal()

    def __init__(self, categories: list[str], known: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryEditor")
        self._categories: list[str] = []
        self._chips: list[QToolButton] = []
        self.field = QLineEdit(self)
        self.field.setObjectName("categoryField")
        self.field.setFrame(False)
        self._known = QStringListModel(sorted(set(known)), self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self.commit_typed)
        self.field.textEdited.connect(self._on_edited)
        self.field.installEventFilter(self)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(2, 2, 2, 2)
        self.layout_.setSpacing(4)
        self.layout_.addWidget(self.field, 1)
        for category in categories:
            self.add_category(category, notify=False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setAccessibleName(self.tr("New category"))
        self.field.setPlaceholderText(self.tr("Type a category, Enter to add"))
        for chip in self._chips:
            chip.setToolTip(fill(self.tr("Remove %1"), chip.property("category")))
            chip.setAccessibleName(fill(self.tr("Category %1, press to remove"), chip.property("category")))

    def categories(self) -> list[str]:
        """The chips plus whatever is still typed in the field (an OK press must not lose it)."""
        return list(dict.fromkeys(self._categories + split_categories(self.field.text())))

    def add_category(self, category: str, notify: bool = True) -> None:
        category = category.strip()
        if not category or category in self._categories:
            return
        # Reuse the known spelling: typing "g40" when the project has "G40" gives "G40".
        known = {name.casefold(): name for name in self._known.stringList()}
        category = known.get(category.casefold(), category)
        self._categories.append(category)
        chip = QToolButton(self)
        chip.setObjectName("categoryChip")
        chip.setProperty("category", category)
        chip.setText(f"{category}  ×")
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda _checked=False, c=category: self.remove_category(c))
        self.layout_.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        self.retranslate_ui()
        if notify:
            self.changed.emit()

    def remove_category(self, category: str) -> None:
        if category not in self._categories:
            return
        index = self._categories.index(category)
        self._categories.pop(index)
        chip = self._chips.pop(index)
        self.layout_.removeWidget(chip)
        chip.deleteLater()
        self.field.setFocus()
        self.changed.emit()

    def commit_typed(self) -> None:
        for category in split_categories(self.field.text()):
            self.add_category(category)
        self.field.clear()

    def _completed(self, text: str) -> None:
        self.add_category(text)
        # The completer writes its choice into the field after this signal; clear it once it has.
        self.field.clear()
        self.field.completer().popup().hide()

    def _on_edited(self, text: str) -> None:
        if "," in text:
            self.commit_typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Backspace and not self.field.text() and self._categories):
            self.remove_category(self._categories[-1])
            return True
        return super().eventFilter(watched, event)
