"""Choosing a backup of the open project and putting it back (the way to undo a merge)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.backups import restore_project_backup
from desktop.placeholders import fill
from desktop.store.exchange.backup import list_backups
from desktop.store.exchange.backup_info import BackupInfo, describe_backup, merged_after
from desktop.store.project import ProjectRefused
from desktop.ui import questions
from desktop.ui.i18n import refusal_text
from desktop.ui.row_model import RowTableModel
from desktop.ui.session import Session


def reason_label(reason: str, merged: str = "") -> str:
    """Why the backup was made, for the user (literal translate calls, so lupdate finds them);
    ``merged``: the file merged right after it, when the project still records that merge."""
    if reason == "before-merge" and merged:
        return fill(QCoreApplication.translate("RestoreBackup", "Before merging %1"), merged)
    if reason == "before-merge":
        return QCoreApplication.translate("RestoreBackup", "Before a merge")
    if reason == "before-restore":
        return QCoreApplication.translate("RestoreBackup", "Before restoring a backup")
    if reason == "auto":
        return QCoreApplication.translate("RestoreBackup", "Automatic, while editing")
    return reason or QCoreApplication.translate("RestoreBackup", "Other")


class BackupListModel(RowTableModel):
    """The project's backups, newest first: when, why, how many findings."""

    COLUMNS = 3
    rows: list[BackupInfo]
    merged: dict[str, str] = {}  # backup file name -> the file merged after it (desktop.store.exchange.backup_info)

    def cell(self, backup: BackupInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return backup.made.strftime("%d-%m-%Y %H:%M:%S") if backup.made else ""
            if column == 1:
                return reason_label(backup.reason, self.merged.get(backup.path.name, ""))
            if backup.findings is None:
                return QCoreApplication.translate("RestoreBackup", "unreadable")
            return str(backup.findings)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("RestoreBackup", "Made on"),
                QCoreApplication.translate("RestoreBackup", "Why"),
                QCoreApplication.translate("RestoreBackup", "Findings"))


class RestoreBackupDialog(QDialog):
    """Lists the backups next to the project file and restores the chosen one after a confirmation.

    Wiring (File → "Restore backup…")::

        RestoreBackupDialog(session, parent=window).open()

    Restoring clears the undo stack (its steps describe the replaced state),
    notifies the session that everything changed and emits ``restored(path)``.
    What was there before is itself backed up first, so a restore can be undone
    by restoring that backup ("Before restoring a backup").
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("restoreBackupDialog")
        self.resize(560, 360)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = BackupListModel()
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Tests replace this to answer the confirmation.
        self.confirm = self._ask
        self.reload()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore backup"))
        self.setAccessibleName(self.tr("Restore backup"))
        self.intro.setText(fill(self.tr(
            "Speerpunt keeps the last backups of this project next to it, in the folder %1. Restoring one "
            "replaces everything in the project with the backup; what is there now is backed up first."),
            self.session.project.path.stem + "-backups"))
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.model.retranslate()
        if not self.model.rows:
            self.message.setText(self.tr("There are no backups of this project yet."))

    def reload(self) -> None:
        self.model.merged = merged_after(self.session.project)
        self.model.set_rows([describe_backup(path) for path in list_backups(self.session.project.path)])
        if self.model.rows:
            self.table.selectRow(0)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return False
        try:
            safety, changes = restore_project_backup(self.session.project, backup.path)
        except ProjectRefused as refusal:
            self.message.setText(fill(self.tr("Not restored: %1"), refusal_text(refusal)))
            return False
        self.session.undo_stack.clear()
        self.session.notify(changes)
        self.reload()
        self.message.setText(fill(self.tr("Restored the backup of %1. The state before it was saved as %2."),
                                  _when(backup), safety.name))
        return True

    def _ask(self, backup: BackupInfo) -> bool:
        when = _when(backup)
        return questions.ask(
            self, self.tr("Restore backup"),
            fill(self.tr("Replace everything in this project with the backup of %1? Undo history is cleared; "
                    "the current state is backed up first, so you can go back to it."), when))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)


def _when(backup: BackupInfo) -> str:
    return backup.made.strftime("%d-%m-%Y %H:%M") if backup.made else backup.path.name
