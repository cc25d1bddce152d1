"""The reaction's document-level parts (title, foreword, signatory, closing, remarks per theme), saved as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.operations.reactions import set_report_parts
from desktop.placeholders import fill
from desktop.store.agreement_names import AGREEMENT_PARTS, MAX_NAME, agreement_part_key, stored_agreement_part
from desktop.store.documents import DocumentRecord, list_documents
from desktop.store.frameworks import list_frameworks
from desktop.store.reactions import report_parts
from desktop.ui.commands.reactions import EditReportPart
from desktop.ui.layouts import nested
from desktop.ui.reaction.autosave import AutosavedText
from desktop.ui.report_labels import THEME_PREFIX, part_label
from desktop.ui.session import Session

# The keys exporters/report.py and the layouts read; (key, multi-line).
PARTS = (
    ("title", False), ("organisation", False), ("agreement_name", False), ("audience", False), ("date", False),
    ("foreword", True), ("signatory_name", False), ("signatory_function", False), ("letter_title", False),
    ("introduction", True), ("closing", True),
)
def part_hint(key: str) -> str:
    """What the export does with the part, shown as the empty field's placeholder."""
    hints = {
        "title": QCoreApplication.translate("ReportParts", "Empty: “Reactie <organisation> op <agreement>”"),
        "organisation": QCoreApplication.translate("ReportParts", "e.g. G40 stedennetwerk"),
        "agreement_name": QCoreApplication.translate("ReportParts", "Empty: the agreement's short name"),
        "audience": QCoreApplication.translate("ReportParts", "Empty: gemeenten (“Wat betekent dit voor gemeenten?”)"),
        "date": QCoreApplication.translate("ReportParts", "Printed on the title page, e.g. 23 februari 2026"),
        "foreword": QCoreApplication.translate("ReportParts", "Opening letter, signed below; a blank line starts a new paragraph"),
        "letter_title": QCoreApplication.translate("ReportParts", "Analysis layout: heading of the opening letter (empty: the title)"),
        "introduction": QCoreApplication.translate("ReportParts", "Chapter 1 of the speerpunten layout; empty: a standard introduction"),
        "closing": QCoreApplication.translate("ReportParts", "Last chapter, “Tot slot”; left out when empty"),
    }
    return hints.get(key, "")


class ReportPartsForm(QScrollArea):
    """One field per part and one remarks box per theme; each saved ~0.5 s after typing, undoable per session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportParts")
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        self.form = nested(layout, QFormLayout())
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.savers: dict[str, AutosavedText] = {}
        for key, multiline in PARTS:
            self._add_field(key, multiline, self.form, body)
        self.themes_box = QGroupBox(body)
        self.themes_box.setObjectName("themeRemarks")
        self.themes_intro = QLabel(self.themes_box)
        self.themes_intro.setWordWrap(True)
        themes_layout = QVBoxLayout(self.themes_box)
        themes_layout.addWidget(self.themes_intro)
        self.themes_form = nested(themes_layout, QFormLayout())
        self.themes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addWidget(self.themes_box)
        layout.addStretch(1)
        self._theme_keys: list[str] = []
        self._newest: DocumentRecord | None = None  # the agreement the title and name fields are for
        for key in AGREEMENT_PARTS:
            self.fields[key].setMaxLength(MAX_NAME)
        self.build_theme_fields()
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.load()

    def _add_field(self, key: str, multiline: bool, form: QFormLayout, parent: QWidget,
                   label_text: str = "") -> None:
        field: QLineEdit | QPlainTextEdit
        if multiline:
            field = QPlainTextEdit(parent)
            field.setTabChangesFocus(True)
            field.setMinimumHeight(90)
        else:
            field = QLineEdit(parent)
        field.setObjectName(f"part_{key}")
        label = QLabel(label_text, parent)
        label.setBuddy(field)
        form.addRow(label, field)
        saver = AutosavedText(field, self._save, parent=self)
        saver.session_finished.connect(self._push_session)
        self.fields[key], self.labels[key], self.savers[key] = field, label, saver

    def build_theme_fields(self) -> None:
        """One remarks box per theme of every framework (rebuilt when the frameworks change)."""
        for key in self._theme_keys:
            self.savers.pop(key).finish()
            self.themes_form.removeRow(self.fields.pop(key))
            self.labels.pop(key)
        frameworks = list_frameworks(self.session.project)
        self._theme_keys = []
        for framework in frameworks:
            for theme in framework.themes:
                key = THEME_PREFIX + theme.id
                title = f"{theme.code} {theme.title}".strip()
                if len(frameworks) > 1:
                    title = f"{title} ({framework.name})"
                self._add_field(key, True, self.themes_form, self.themes_box, title)
                self.fields[key].setAccessibleName(title)
                self._theme_keys.append(key)
        self.themes_box.setVisible(bool(self._theme_keys))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Report parts"))
        self.intro.setText(self.tr("The parts of the Word reaction around the speerpunten. Saved as you type."))
        for key, _multiline in PARTS:
            self.labels[key].setText(part_label(key) + ":")
            self.fields[key].setAccessibleName(part_label(key))
            self.fields[key].setPlaceholderText(part_hint(key))
        self._show_agreement()
        self.themes_box.setTitle(self.tr("Additional remarks per theme"))
        self.themes_intro.setText(self.tr("Remarks not tied to one speerpunt; the speerpunten layout prints them "
                                          "as numbered points under “Aanvullende opmerkingen”. A blank line "
                                          "starts the next point."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self) -> None:
        for saver in self.savers.values():
            saver.flush()  # a pending edit is saved before the stored text is read back over it
        project = self.session.project
        stored = report_parts(project)
        documents = list_documents(project)
        agreements = [d for d in documents if d.kind == "agreement"]
        self._newest = agreements[-1] if agreements else None
        for key, saver in self.savers.items():
            if key in AGREEMENT_PARTS:  # stored for the newest agreement, the one exported by default
                text = (stored_agreement_part(project, key, self._newest, documents) if self._newest
                        else stored.get(key))
                saver.load(agreement_part_key(key, self._newest), text or "")
            else:
                saver.load(key, stored.get(key, ""))
        self._show_agreement()

    def _show_agreement(self) -> None:
        """Which agreement the title and agreement name are stored for (docs/EXPORTS.md)."""
        newest = self._newest
        tip = fill(self.tr("Stored for “%1”, the newest agreement. Another agreement is exported with its own "
                           "name and title."), newest.citation_name) if newest else ""
        for key in AGREEMENT_PARTS:
            self.fields[key].setToolTip(tip)

    def _save(self, key: object, text: str) -> None:
        self.session.notify(set_report_parts(self.session.project, {str(key): text}, self.session.author))

    def _push_session(self, key: object, old: str, new: str) -> None:
        key = str(key)
        label = part_label(key) if not key.startswith(THEME_PREFIX) else self.labels[key].text()
        self.session.push(EditReportPart(self.session, key, label, old, new))

    def finish_editing(self) -> None:
        for saver in self.savers.values():
            saver.finish()

    def hideEvent(self, event) -> None:
        self.finish_editing()
        super().hideEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything_changed or changes.frameworks:
            self.build_theme_fields()
            self.load()
        elif changes.documents or any(key.startswith("report.") for key in changes.settings):
            self.load()
