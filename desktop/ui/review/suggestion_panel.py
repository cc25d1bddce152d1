"""The suggestions window: a speerpunt's likely passages across the agreements, walked with the
arrow keys like search hits, and the speerpunten an agreement probably does not treat, each with
its best passage to check before marking it missing. It only shows; the analyst decides."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.store.documents import list_documents
from desktop.store.frameworks import list_speerpunten
from desktop.suggest.project_model import ProjectSuggester
from desktop.ui.session import Session
from desktop.ui.suggestion_service import service_for

_SNIPPET = 110
_SPAN_ROLE = Qt.ItemDataRole.UserRole
_SPEERPUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionPanel(QDialog):
    """Non-modal. ``show_requested(document_id, start, end)`` asks the window to show a passage.

    Public for tests: ``speerpunt``, ``passages``, ``agreement``, ``missing``, ``status``.
    """

    show_requested = Signal(str, int, int)
    missing_requested = Signal(str, str)  # speerpunt id, document id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service_for(session)
        self.setObjectName("suggestionPanel")
        self.setModal(False)
        self.speerpunt = QComboBox(self)
        self.speerpunt.setObjectName("suggestionSpeerpunt")
        self.passages = QListWidget(self)
        self.passages.setObjectName("suggestionPassages")
        self.agreement = QComboBox(self)
        self.agreement.setObjectName("suggestionAgreement")
        self.missing = QListWidget(self)
        self.missing.setObjectName("suggestionMissing")
        self.mark_missing = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._speerpunt_label, self._passages_label = QLabel(self), QLabel(self)
        self._agreement_label, self._missing_label = QLabel(self), QLabel(self)
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 2)
        grid.addWidget(self._speerpunt_label, 1, 0)
        grid.addWidget(self.speerpunt, 1, 1)
        grid.addWidget(self._passages_label, 2, 0, 1, 2)
        grid.addWidget(self.passages, 3, 0, 1, 2)
        grid.addWidget(self._agreement_label, 4, 0)
        grid.addWidget(self.agreement, 4, 1)
        grid.addWidget(self._missing_label, 5, 0, 1, 2)
        grid.addWidget(self.missing, 6, 0, 1, 2)
        grid.addWidget(self.mark_missing, 7, 1, Qt.AlignmentFlag.AlignRight)
        self.speerpunt.currentIndexChanged.connect(lambda _i: self.reload_passages())
        self.agreement.currentIndexChanged.connect(lambda _i: self.reload_missing())
        self.passages.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.missing.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.mark_missing.clicked.connect(self._mark_missing)
        self.service.updated.connect(self.reload)
        session.changed.connect(lambda _changes: self._fill_choices())
        self._fill_choices()
        self.retranslate_ui()
        self.reload()
        self.resize(560, 620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tagging suggestions"))
        self._speerpunt_label.setText(self.tr("Speerpunt:"))
        self._passages_label.setText(self.tr("Passages that most likely treat it (↑/↓ walks them):"))
        self._agreement_label.setText(self.tr("Agreement:"))
        self._missing_label.setText(self.tr("Speerpunten it probably does not treat, with the best passage found:"))
        self.mark_missing.setText(self.tr("Mark missing…"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def select_document(self, document_id: str | None) -> None:
        index = self.agreement.findData(document_id) if document_id else -1
        if index >= 0:
            self.agreement.setCurrentIndex(index)

    def _fill_choices(self) -> None:
        current_sp, current_doc = self.speerpunt.currentData(), self.agreement.currentData()
        self.speerpunt.blockSignals(True)
        self.agreement.blockSignals(True)
        self.speerpunt.clear()
        for sp in list_speerpunten(self.session.project):
            self.speerpunt.addItem(f"{sp.code}  {sp.title}".strip(), sp.id)
        self.agreement.clear()
        for document in list_documents(self.session.project):
            if document.kind != "position":
                self.agreement.addItem(document.citation_name, document.id)
        for combo, value in ((self.speerpunt, current_sp), (self.agreement, current_doc)):
            if value is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))
        self.speerpunt.blockSignals(False)
        self.agreement.blockSignals(False)

    def reload(self) -> None:
        self._update_status()
        self.reload_passages()
        self.reload_missing()

    def _update_status(self) -> None:
        if self.service.problem:
            self.status.setText(self.service.problem)
        elif not self.service.ready:
            self.status.setText(self.tr("Preparing suggestions…"))
        else:
            self.status.setText(self.tr("Suggestions learn from your tags; nothing is tagged until you do it."))

    def reload_passages(self) -> None:
        speerpunt_id = self.speerpunt.currentData()
        if speerpunt_id is None:
            self.passages.clear()
            return
        names = {d.id: d.citation_name for d in list_documents(self.session.project)}

        def work(model: ProjectSuggester) -> list[tuple[str, int, int, float, str]]:
            suggester = model.suggester
            rows = []
            for n, score in suggester.passages_for(speerpunt_id):
                unit = suggester.units[n]
                rows.append((unit.document, unit.start, unit.end, score, unit.text))
            return rows

        empty = self.tr("No passage is likely to treat this speerpunt yet.")
        self.service.query(work, lambda rows: self._fill(self.passages, [
            (f"{names.get(doc, doc)} · {_score(score)} · {_snippet(text)}", (doc, start, end), None)
            for doc, start, end, score, text in rows or []], empty))

    def reload_missing(self) -> None:
        document_id = self.agreement.currentData()
        self.service.show(self, document_id)  # in a large project, have it ranked
        if document_id is None:
            self.missing.clear()
            return
        labels = {sp.id: f"{sp.code} {sp.title}".strip() for sp in list_speerpunten(self.session.project)}
        treated = {row[0] for row in self.session.project.db.execute(
            "SELECT speerpunt_id FROM findings WHERE deleted IS NULL AND document_id = ?", [document_id])}

        def work(model: ProjectSuggester) -> list[tuple[str, float, tuple | None, str]]:
            suggester = model.suggester
            rows = []
            for candidate in suggester.missing(document_id, treated):
                unit = suggester.units[candidate.best] if candidate.best is not None else None
                span = (unit.document, unit.start, unit.end) if unit else None
                rows.append((candidate.topic, candidate.score, span, unit.text if unit else ""))
            return rows

        none = self.tr("no passage comes close")
        empty = self.tr("None: every speerpunt has a finding here or is the most likely one of some passage.")
        self.service.query(work, lambda rows: self._fill(self.missing, [
            (f"{labels.get(sp, sp)} ({_score(score)}) — {_snippet(text) if span else none}", span, sp)
            for sp, score, span, text in rows or []], empty))

    def _fill(self, widget: QListWidget, rows: list[tuple[str, tuple | None, str | None]], empty: str) -> None:
        if not shiboken6.isValid(widget):  # the answer came after the window closed with its project
            return
        widget.blockSignals(True)
        widget.clear()
        if not rows and self.service.ready and not self.service.problem:
            item = QListWidgetItem(empty, widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        for text, span, speerpunt_id in rows:
            item = QListWidgetItem(text, widget)
            item.setData(_SPAN_ROLE, span)
            item.setData(_SPEERPUNT_ROLE, speerpunt_id)
        widget.blockSignals(False)

    def _show(self, item: QListWidgetItem | None) -> None:
        span = item.data(_SPAN_ROLE) if item is not None else None
        if span:
            self.show_requested.emit(*span)

    def _mark_missing(self) -> None:
        item = self.missing.currentItem()
        if item is not None and self.agreement.currentData():
            self.missing_requested.emit(item.data(_SPEERPUNT_ROLE), self.agreement.currentData())


def _score(score: float) -> str:
    """A likelihood as the user's language writes it: 0,30 in Dutch, 0.30 in English."""
    return QLocale().toString(float(score), "f", 2)


def _snippet(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= _SNIPPET else words[:_SNIPPET - 1] + "…"
