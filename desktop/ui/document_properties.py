"""The dialog for a document's title and kind, opened from the document library."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.domain.document import DocumentKind
from desktop.ui.library_model import kind_label

KINDS = (DocumentKind.AGREEMENT, DocumentKind.POSITION, DocumentKind.OTHER)


class KindCombo(QComboBox):
    """Agreement / position paper / other, translated; ``kind()`` gives the stored value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindCombo")
        for kind in KINDS:
            self.addItem("", kind.value)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Kind of document"))
        for index, kind in enumerate(KINDS):
            self.setItemText(index, kind_label(kind.value))

    def kind(self) -> str:
        return str(self.currentData())

    def set_kind(self, kind: str) -> None:
        self.setCurrentIndex(max(0, self.findData(kind)))


class DocumentPropertiesDialog(QDialog):
    def __init__(self, title: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPropertiesDialog")
        self.title_field = QLineEdit(title, self)
        self.title_field.setObjectName("documentTitleField")
        self.kind_combo = KindCombo(self)
        self.kind_combo.set_kind(kind)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_field.textChanged.connect(self._update_ok)
        self.form = QFormLayout(self)
        self.form.addRow("", self.title_field)
        self.form.addRow("", self.kind_combo)
        self.form.addRow(self.buttons)
        self.retranslate_ui()
        self.resize(460, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Document properties"))
        self.setAccessibleName(self.tr("Document properties"))
        self.title_field.setAccessibleName(self.tr("Title"))
        self.form.labelForField(self.title_field).setText(self.tr("&Title:"))
        self.form.labelForField(self.kind_combo).setText(self.tr("&Kind:"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title_field.text().strip()))

    def values(self) -> dict[str, str]:
        return {"title": self.title_field.text().strip(), "kind": self.kind_combo.kind()}
