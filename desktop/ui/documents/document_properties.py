"""The document-properties dialog: title, kind and the details a comparison cites (issuer, categories, ...)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.document import DocumentKind
from desktop.store.documents import get_document, list_categories
from desktop.ui.commands.documents import EditDocument
from desktop.ui.documents.category_editor import CategoryEditor
from desktop.ui.documents.library_model import kind_label
from desktop.ui.session import Session

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


# The details beyond title and kind, in the order the form shows them.
DETAILS = ("short_name", "issuer", "categories", "date", "period", "parties")


class DocumentPropertiesDialog(QDialog):
    """Title and kind; with ``details`` (a mapping of DETAILS) also short name, issuer, categories,
    date, period and parties. ``values()`` gives what the form holds, ready for EditDocument."""

    def __init__(self, title: str, kind: str, parent: QWidget | None = None,
                 details: Mapping[str, object] | None = None, known_categories: Iterable[str] = ()) -> None:
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
        # Labels made here: addRow("") makes none, and retranslate_ui needs one to set.
        self.form.addRow(QLabel(self), self.title_field)
        self.form.addRow(QLabel(self), self.kind_combo)
        self.detail_fields: dict[str, QLineEdit | CategoryEditor] = {}
        if details is not None:
            for name in DETAILS:
                if name == "categories":
                    field = CategoryEditor(list(details.get(name) or ()), known_categories, self)
                else:
                    field = QLineEdit(str(details.get(name) or ""), self)
                field.setObjectName(f"document_{name}Field")
                self.detail_fields[name] = field
                self.form.addRow(QLabel(self), field)
        self.form.addRow(self.buttons)
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Document properties"))
        self.setAccessibleName(self.tr("Document properties"))
        self.title_field.setAccessibleName(self.tr("Title"))
        self._label(self.title_field, self.tr("&Title:"))
        self._label(self.kind_combo, self.tr("&Kind:"))
        texts = {
            "short_name": (self.tr("&Short name:"), self.tr("Short name"),
                           self.tr("How a comparison cites it, e.g. Almere")),
            "issuer": (self.tr("&Issuer:"), self.tr("Issuer"), self.tr("e.g. Gemeente Almere")),
            "categories": (self.tr("&Categories:"), self.tr("Categories"),
                           self.tr("Groups to compare by, e.g. G40, middelgroot, platteland")),
            "date": (self.tr("&Date:"), self.tr("Date"), self.tr("e.g. 2026-05-12")),
            "period": (self.tr("&Period:"), self.tr("Period"), self.tr("e.g. 2026-2030")),
            "parties": (self.tr("&Parties:"), self.tr("Parties"), self.tr("The coalition parties")),
        }
        for name, field in self.detail_fields.items():
            label, accessible, hint = texts[name]
            self._label(field, label)
            field.setAccessibleName(accessible)
            field.setToolTip(hint)
            if isinstance(field, QLineEdit):
                field.setPlaceholderText(hint)
            else:
                field.retranslate_ui()

    def _label(self, field: QWidget, text: str) -> None:
        label = self.form.labelForField(field)
        label.setText(text)
        # The mnemonic (Alt+T, Alt+C, ...) moves to the field; for categories, to its typing field.
        label.setBuddy(field.field if isinstance(field, CategoryEditor) else field)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title_field.text().strip()))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {"title": self.title_field.text().strip(), "kind": self.kind_combo.kind()}
        for name, field in self.detail_fields.items():
            values[name] = field.categories() if isinstance(field, CategoryEditor) else field.text().strip()
        return values


def changed_values(session: Session, document_id: str, values: Mapping[str, object]) -> dict[str, object]:
    """The entries of ``values`` that differ from what the document holds ("" counts as empty)."""
    record = get_document(session.project, document_id)
    changed: dict[str, object] = {}
    for name, value in values.items():
        old = getattr(record, name)
        if name == "categories":
            if sorted(value or ()) != sorted(old or ()):  # type: ignore[arg-type]
                changed[name] = list(value or ())  # type: ignore[arg-type]
        elif (value or None) != (old or None):
            changed[name] = value
    return changed


def edit_document_properties(session: Session, document_id: str, parent: QWidget | None = None) -> str:
    """Show the full dialog for one document and apply its changes as one undo step; returns an error or ""."""
    record = get_document(session.project, document_id)
    details = {name: getattr(record, name) for name in DETAILS}
    dialog = DocumentPropertiesDialog(record.title, record.kind, parent, details, list_categories(session.project))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        values = dialog.values()
    finally:
        dialog.deleteLater()
    changed = changed_values(session, document_id, values)
    if not changed:
        return ""
    command = EditDocument(session, document_id, **changed)
    session.push(command)
    return command.error
