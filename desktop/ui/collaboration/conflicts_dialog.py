"""The conflicts merges left: both versions side by side, keep the current one or restore the other."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changed_words import changed_words
from desktop.domain.timestamps import local_time
from desktop.operations.changes import Changes
from desktop.operations.conflicts import REPLACED, Conflict, list_conflicts, resolve_conflict
from desktop.placeholders import fill
from desktop.store.agreement_names import AGREEMENT_PARTS
from desktop.store.documents import find_document_by_sha256
from desktop.store.exchange.conflict_versions import current_version, document_title, speerpunt_label
from desktop.store.findings import get_finding
from desktop.store.project import Project
from desktop.ui import assessments, questions
from desktop.ui.i18n import refusal_text
from desktop.ui.layouts import nested
from desktop.ui.report_labels import THEME_PREFIX, part_label
from desktop.ui.row_model import RowTableModel
from desktop.ui.session import Session

# Bookkeeping columns: they differ between any two versions and say nothing about the content.
# A finding's author is who made it, not who changed this version; it shows only when the versions differ in it.
_NOT_SHOWN = {"modified", "created", "deleted_by", "document_sha256", "prefix", "suffix"}
_LONG = 160



def kind_label(table: str) -> str:
    labels = {
        "findings": QCoreApplication.translate("ConflictsDialog", "Finding"),
        "speerpunten": QCoreApplication.translate("ConflictsDialog", "Speerpunt"),
        "themes": QCoreApplication.translate("ConflictsDialog", "Theme"),
        "frameworks": QCoreApplication.translate("ConflictsDialog", "Framework"),
        "reactions": QCoreApplication.translate("ConflictsDialog", "Reaction text"),
        "project_settings": QCoreApplication.translate("ConflictsDialog", "Project setting"),
        "documents": QCoreApplication.translate("ConflictsDialog", "Document"),
    }
    return labels.get(table, table)


def field_label(name: str) -> str:
    labels = {
        "note": QCoreApplication.translate("ConflictsDialog", "Note"),
        "assessment": QCoreApplication.translate("ConflictsDialog", "Assessment"),
        "speerpunt_id": QCoreApplication.translate("ConflictsDialog", "Speerpunt"),
        "deleted": QCoreApplication.translate("ConflictsDialog", "Deleted"),
        "title": QCoreApplication.translate("ConflictsDialog", "Title"),
        "text": QCoreApplication.translate("ConflictsDialog", "Text"),
        "value": QCoreApplication.translate("ConflictsDialog", "Value"),
        "colour": QCoreApplication.translate("ConflictsDialog", "Colour"),
        "formulation": QCoreApplication.translate("ConflictsDialog", "Formulation"),
        "position": QCoreApplication.translate("ConflictsDialog", "Position"),
        "code": QCoreApplication.translate("ConflictsDialog", "Code"),
        "start": QCoreApplication.translate("ConflictsDialog", "Span"),
        "end": QCoreApplication.translate("ConflictsDialog", "Span"),
        "quote": QCoreApplication.translate("ConflictsDialog", "Quote"),
        "author": QCoreApplication.translate("ConflictsDialog", "Author"),
    }
    return labels.get(name, name)


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    record: str
    current: str
    other: str
    detected: str
    resolution: str | None
    # (document id, start, end) of a finding, to open its passage
    location: tuple[str, int, int] | None = None


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def _value(project: Project, name: str, value: object) -> str:
    if name == "deleted":
        if value:
            return QCoreApplication.translate("ConflictsDialog", "yes")
        return QCoreApplication.translate("ConflictsDialog", "no")
    if value is None or value == "":
        return "—"
    if name == "assessment":
        return assessments.label(str(value))
    if name == "speerpunt_id":
        return speerpunt_label(project, str(value))
    if name in ("document_id", "source_document_id"):
        return document_title(project, str(value))
    return _short(str(value))


def _version_text(project: Project, version: dict | None, differing: list[str], against: dict | None = None) -> str:
    if version is None:
        return QCoreApplication.translate("ConflictsDialog", "(not in this project)")
    lines = []
    for name in differing:
        if name == "end" and "start" in differing:
            continue
        if name == "start":
            lines.append(f"{field_label(name)}: {version.get('start')}–{version.get('end')}")
            continue
        mine, theirs = version.get(name), (against or {}).get(name)
        if isinstance(mine, str) and isinstance(theirs, str) and max(len(mine), len(theirs)) > _LONG:
            lines.append(f"{field_label(name)}: {changed_words(mine, theirs)}")  # not cut where they differ
            continue
        lines.append(f"{field_label(name)}: {_value(project, name, mine)}")
    if not lines:
        lines.append(QCoreApplication.translate("ConflictsDialog", "(same content)"))
    if version.get("modified"):
        lines.append(fill(QCoreApplication.translate("ConflictsDialog", "— changed %1"),
                          local_time(version.get("modified"))))
    return "\n".join(lines)


def _record(project: Project, table: str, version: dict) -> str:
    if table == "findings":
        speerpunt = speerpunt_label(project, version.get("speerpunt_id"))
        quote = version.get("quote") or ""
        if not quote:
            return fill(QCoreApplication.translate("ConflictsDialog", "Missing: %1"), speerpunt)
        return f"“{_short(quote)}”\n{speerpunt}"
    if table in ("speerpunten", "themes"):
        return f"{version.get('code') or ''} {version.get('title') or ''}".strip()
    if table == "frameworks":
        return str(version.get("name") or "")
    if table == "reactions":
        return fill(QCoreApplication.translate("ConflictsDialog", "%1 on %2"),
                    speerpunt_label(project, version.get("speerpunt_id")), document_title(project, version.get("document_id")))
    if table == "documents":
        return str(version.get("title") or "")
    return ""


def _setting_record(project: Project, key: str) -> str:
    """A project setting as the analyst knows it: "Report: Agreement name (Regeerprogramma)", not its key."""
    if not key.startswith("report."):
        return key
    part = key.removeprefix("report.")
    name, _, sha256 = part.partition(".")
    if name in AGREEMENT_PARTS and sha256:
        agreement = find_document_by_sha256(project, sha256)
        label = f"{part_label(name)} ({agreement.title})" if agreement is not None else part_label(name)
    elif part.startswith(THEME_PREFIX):
        theme = project.db.execute("SELECT code, title FROM themes WHERE id = ?",
                                   [part.removeprefix(THEME_PREFIX)]).fetchone()
        label = fill(QCoreApplication.translate("ConflictsDialog", "Remarks on theme %1"),
                     " ".join(filter(None, theme)) if theme else part.removeprefix(THEME_PREFIX))
    else:
        label = part_label(part)
    return fill(QCoreApplication.translate("ConflictsDialog", "Report: %1"), label)


def conflict_row(project: Project, conflict: Conflict) -> ConflictRow:
    other = conflict.data
    current = current_version(project, conflict.table, conflict.record_key)
    differing = [name for name in other if name not in _NOT_SHOWN
                 and (current is None or current.get(name) != other.get(name))]
    record = _record(project, conflict.table, current or other) or (
        _setting_record(project, conflict.record_key) if conflict.table == "project_settings" else conflict.record_key)
    location = None
    if conflict.table == "findings":
        try:
            finding = get_finding(project, conflict.record_key, include_deleted=True)
        except LookupError:
            finding = None
        if finding is not None and finding.start is not None:
            location = (finding.document_id, finding.start, finding.end)
    return ConflictRow(conflict.id, kind_label(conflict.table), record, _version_text(project, current, differing, other),
                       _version_text(project, other, differing, current), local_time(conflict.detected), conflict.resolution,
                       location)


class ConflictsModel(RowTableModel):
    """Rows of ConflictRow: kind, record, current version, other version, detected (and resolution)."""

    COLUMNS = 5
    rows: list[ConflictRow]

    def cell(self, row: ConflictRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            detected = row.detected
            if row.resolution:
                detected += "\n" + fill(self.tr("Resolved: %1"), _resolution_label(row.resolution))
            return (row.kind, row.record, row.current, row.other, detected)[column]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Record"), self.tr("Current version (in use)"), self.tr("Other version"),
                self.tr("Detected"))


def _resolution_label(resolution: str) -> str:
    if resolution == "kept the other version":
        return QCoreApplication.translate("ConflictsDialog", "other version restored")
    if resolution == "kept the current version":
        return QCoreApplication.translate("ConflictsDialog", "current version kept")
    if resolution == REPLACED:
        return QCoreApplication.translate("ConflictsDialog", "replaced when the other version was restored")
    return resolution


class ConflictsDialog(QDialog):
    """The merge conflicts of this project, resolved one or several at a time.

    Wiring (Review → "Conflicts…", and MergeDialog.conflicts_requested)::

        dialog = ConflictsDialog(session, parent=window)
        dialog.open_requested.connect(window.open_passage)   # (document_id, start, end, words)
        dialog.open()

    "Keep current" only marks the conflict resolved (the data stays as it is,
    and the other version stays visible under "Show resolved"); "Restore other
    version" writes the other version back after a confirmation: there is no
    undo step for it, because the conflict list itself cannot be un-resolved.
    The list reloads whenever the session reports changes.
    """

    open_requested = Signal(str, int, int, list)
    resolved = Signal()  # after conflicts were resolved here

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("conflictsDialog")
        self.resize(900, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = ConflictsModel()
        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The three texts share the width; kind and time take what they need.
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (0, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open)
        self.show_resolved = QCheckBox()
        self.show_resolved.setObjectName("conflictsShowResolved")
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.message = QLabel()
        self.message.setObjectName("conflictsMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.setObjectName("conflictsKeepCurrent")
        self.keep_button.clicked.connect(lambda: self.resolve_selected(keep_other=False))
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("conflictsRestoreOther")
        self.restore_button.clicked.connect(lambda: self.resolve_selected(keep_other=True))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        bottom = nested(layout, QHBoxLayout())
        bottom.addWidget(self.show_resolved)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        # Tests replace this to answer the confirmation.
        self.confirm = self._ask
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Conflicts"))
        self.intro.setText(self.tr(
            "You and a colleague changed the same thing before merging. The later change is in use (current "
            "version); the other one is kept here. Keep the current version, or restore the other one."))
        self.table.setAccessibleName(self.tr("Conflicts, with both versions"))
        self.show_resolved.setText(self.tr("Show resolved"))
        self.keep_button.setText(self.tr("Keep current"))
        self.keep_button.setAccessibleName(self.tr("Keep the current version of the selected conflicts"))
        self.restore_button.setText(self.tr("Restore other version…"))
        self.restore_button.setAccessibleName(self.tr("Restore the other version of the selected conflicts"))
        self.model.retranslate()
        self._update_message()

    def reload(self) -> None:
        selected = set(self.selected_ids())
        project = self.session.project
        conflicts = list_conflicts(project, include_resolved=self.show_resolved.isChecked())
        self.model.set_rows([conflict_row(project, conflict) for conflict in conflicts])
        for row, item in enumerate(self.model.rows):
            if item.id in selected:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_message()
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [self.model.rows[index.row()].id for index in self.table.selectionModel().selectedRows()]

    def select_all(self) -> None:
        self.table.selectAll()

    def resolve_selected(self, keep_other: bool) -> int:
        """Resolve the selected open conflicts; returns how many were resolved."""
        ids = [row.id for row in self.model.rows if row.id in set(self.selected_ids()) and not row.resolution]
        if not ids or (keep_other and not self.confirm(len(ids))):
            return 0
        changes = Changes()
        problems = []
        done = 0
        for conflict_id in ids:
            try:
                changes.merge(resolve_conflict(self.session.project, conflict_id, keep_other=keep_other))
                done += 1
            except LookupError as refusal:
                problems.append(refusal_text(refusal))
        self.reload()
        self.session.notify(changes)
        if done:
            self.resolved.emit()
        if problems:
            self.message.setText(fill(self.tr("Not resolved: %1"), "; ".join(problems)))
        return done

    def _ask(self, count: int) -> bool:
        return questions.ask(
            self, self.tr("Restore other version"),
            self.tr("Replace the current version with the other one for %Ln conflict(s)? This cannot be undone "
                    "with Undo; the version replaced stays in this list (Show resolved).", "", count))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Wrapped rows are measured at the current width, or they stay as tall as at construction.
        self.table.resizeRowsToContents()

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    def _open(self, index: QModelIndex) -> None:
        location = self.model.rows[index.row()].location
        if location is not None:
            self.open_requested.emit(*location, [])

    def _update_message(self) -> None:
        if not self.model.rows:
            self.message.setText(self.tr("No open conflicts. They appear when a merge finds that you and a "
                                         "colleague both changed the same thing."))
        else:
            self.message.setText(self.tr("%Ln conflict(s). Double-click a finding to see its passage.", "",
                                         len(self.model.rows)))

    def _update_buttons(self) -> None:
        open_selected = any(not self.model.rows[index.row()].resolution
                            for index in self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(open_selected)
        self.restore_button.setEnabled(open_selected)
