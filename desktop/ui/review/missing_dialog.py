"""Mark a speerpunt missing in an agreement, with a note and optionally a passage of the position paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.document import PassageKind
from desktop.domain.folding import fold
from desktop.store.documents import list_documents, list_passages
from desktop.store.frameworks import get_speerpunt
from desktop.ui.i18n import refusal_text
from desktop.ui.layouts import nested
from desktop.ui.session import Session

_PASSAGE_CHARS = 140


def run_missing_dialog(session: Session, speerpunt_id: str, document_id: str | None, parent: QWidget) -> None:
    """Open the dialog for ``speerpunt_id``; one removed meanwhile (another window, the team folder) is said
    in a message in the interface's language instead."""
    try:
        dialog = MissingDialog(session, speerpunt_id, document_id, parent)
    except LookupError as gone:
        QMessageBox.information(parent, QCoreApplication.translate("MissingDialog", "Mark missing in agreement"),
                                refusal_text(gone))
        return
    dialog.exec()


class MissingDialog(QDialog):
    """Asks for the agreement, a note and optionally a position-paper passage, then pushes AddFinding.

    Public for tests: ``agreement``, ``note``, ``use_source``, ``source_document``,
    ``passage_filter``, ``passages``; after accept, ``command`` is the pushed AddFinding.
    """

    def __init__(self, session: Session, speerpunt_id: str, document_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.speerpunt = get_speerpunt(session.project, speerpunt_id)
        self.command = None
        self.setObjectName("missingDialog")
        documents = list_documents(session.project)
        agreements = [d for d in documents if d.kind == "agreement"] or documents
        positions = [d for d in documents if d.kind == "position"]

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.agreement = QComboBox(self)
        self.agreement.setObjectName("missingAgreement")
        for document in agreements:
            self.agreement.addItem(document.citation_name, document.id)
        if document_id is not None and self.agreement.findData(document_id) >= 0:
            self.agreement.setCurrentIndex(self.agreement.findData(document_id))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("missingNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.use_source = QCheckBox(self)
        self.use_source.setObjectName("missingUseSource")
        self.source_document = QComboBox(self)
        self.source_document.setObjectName("missingSourceDocument")
        for document in positions:
            self.source_document.addItem(document.citation_name, document.id)
        self.passage_filter = QLineEdit(self)
        self.passage_filter.setObjectName("missingPassageFilter")
        self.passage_filter.setClearButtonEnabled(True)
        self.passages = QListWidget(self)
        self.passages.setObjectName("missingPassages")
        self.passages.setWordWrap(True)
        self.use_source.setEnabled(bool(positions))
        self.use_source.toggled.connect(self._enable_source)
        self.source_document.currentIndexChanged.connect(lambda _i: self._fill_passages())
        self.passage_filter.textChanged.connect(self._filter_passages)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(agreements))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.form = nested(layout, QFormLayout())
        self.agreement_label = QLabel(self)
        self.agreement_label.setBuddy(self.agreement)
        self.form.addRow(self.agreement_label, self.agreement)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.note_label, self.note)
        layout.addWidget(self.use_source)
        layout.addWidget(self.source_document)
        layout.addWidget(self.passage_filter)
        layout.addWidget(self.passages, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self._fill_passages()
        self._enable_source(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mark missing in agreement"))
        self.setAccessibleName(self.tr("Mark missing in agreement"))
        self.heading.setText(
            self.tr("The agreement does not address <b>%1</b>.").replace(
                "%1", f"{self.speerpunt.code} {self.speerpunt.title}".strip().replace("<", "&lt;")
            )
        )
        self.agreement_label.setText(self.tr("&Agreement:"))
        self.note_label.setText(self.tr("&Note:"))
        self.agreement.setAccessibleName(self.tr("Agreement"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What is missing, and what you ask for instead"))
        self.use_source.setText(self.tr("&Quote a passage of the position paper"))
        self.source_document.setAccessibleName(self.tr("Position paper"))
        self.passage_filter.setPlaceholderText(self.tr("Find a passage…"))
        self.passage_filter.setAccessibleName(self.tr("Find a passage"))
        self.passages.setAccessibleName(self.tr("Passages of the position paper"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _enable_source(self, on: bool) -> None:
        for widget in (self.source_document, self.passage_filter, self.passages):
            widget.setEnabled(on)

    def _fill_passages(self) -> None:
        self.passages.clear()
        document_id = self.source_document.currentData()
        if document_id is None:
            return
        for passage in list_passages(self.session.project, document_id):
            if passage.kind is PassageKind.FOOTNOTE or not passage.text.strip():
                continue
            text = " ".join(passage.text.split())
            shown = text if len(text) <= _PASSAGE_CHARS else text[:_PASSAGE_CHARS].rstrip() + "…"
            if passage.page is not None:
                shown = f"p. {passage.page}  {shown}"
            item = QListWidgetItem(shown, self.passages)
            item.setData(Qt.ItemDataRole.UserRole, (passage.start, passage.end))
            item.setToolTip(text)
            if passage.kind is PassageKind.HEADING:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self._filter_passages(self.passage_filter.text())
        self._preselect()

    def _preselect(self) -> None:
        # The position paper usually names the speerpunt: start at that passage.
        title = fold(self.speerpunt.title)
        for row in range(self.passages.count()):
            item = self.passages.item(row)
            if title and title in fold(item.toolTip()):
                self.passages.setCurrentItem(item)
                self.passages.scrollToItem(item, QListWidget.ScrollHint.PositionAtTop)
                return

    def _filter_passages(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.passages.count()):
            item = self.passages.item(row)
            haystack = fold(item.toolTip())
            item.setHidden(not all(word in haystack for word in words))

    def accept(self) -> None:
        from desktop.ui.commands.findings import AddFinding

        document_id = self.agreement.currentData()
        if document_id is None:
            return
        source_id = source_start = source_end = None
        item = self.passages.currentItem()
        if self.use_source.isChecked() and item is not None and not item.isHidden():
            source_id = self.source_document.currentData()
            source_start, source_end = item.data(Qt.ItemDataRole.UserRole)
        command = AddFinding(
            self.session, document_id, self.speerpunt.id, "missing", None, None,
            note=self.note.toPlainText(), source_document_id=source_id, source_start=source_start,
            source_end=source_end,
        )
        self.session.push(command)
        if command.error:
            QMessageBox.warning(self, self.windowTitle(), command.error)
            return
        self.command = command
        super().accept()
