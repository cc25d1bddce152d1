"""Importing files from the app: ask the kind, read on the worker thread with progress and cancel.

One file is read here; several files or a folder go to desktop.ui.documents.batch_import (one bar, a summary).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.metadata import likely_kind
from desktop.ingest import SUPPORTED_SUFFIXES, ImportRefused
from desktop.operations.changes import Changes
from desktop.operations.documents import import_document
from desktop.placeholders import fill
from desktop.progress import Cancelled
from desktop.store.documents import list_documents
from desktop.store.project import ProjectRefused, open_project
from desktop.ui import background
from desktop.ui.background import QtProgress, progress_dialog
from desktop.ui.documents.batch_import import BatchImport, BatchOutcome
from desktop.ui.documents.document_properties import KindCombo
from desktop.ui.i18n import reason_of, reason_text, refusal_text
from desktop.ui.session import Session


@dataclass
class ImportOutcome:
    document_ids: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    cancelled: bool = False


def import_files_into(project_path: Path, files: list[Path], kind: str, author: str,
                      progress: QtProgress) -> ImportOutcome:
    """The worker's part: its own connection, one transaction per file, refusals collected."""
    outcome = ImportOutcome()
    project = open_project(project_path)
    try:
        for path in files:
            if progress.cancelled:
                outcome.cancelled = True
                break
            try:
                result = import_document(project, path, kind=kind, author=author, progress=progress)
            except ImportRefused as refusal:
                outcome.refusals.append(reason_of(refusal))  # shown translated (reason_text)
            except Cancelled:
                outcome.cancelled = True
                break
            else:
                outcome.document_ids.append(result.document.id)
    finally:
        project.close()
    return outcome


class ImportKindDialog(QDialog):
    """Which kind of document are these files: agreement, position paper or other?"""

    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.files = files
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.names = QLabel("\n".join(path.name for path in files), self)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_combo = KindCombo(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.names, self.kind_combo, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import documents"))
        self.setAccessibleName(self.tr("Import documents"))
        if len(self.files) == 1 and not self.files[0].is_dir():
            self.intro.setText(self.tr("What kind of document is this?"))
        else:
            self.intro.setText(self.tr("What kind of documents are these?"))


class DocumentImporter(QObject):
    """Imports files into the session's project without freezing the window.

    ``ask_kind(files) -> str | None`` and ``show_message(title, text)`` are the
    dialogs; tests replace them. Signal ``imported(list)`` gives the new document ids.
    Several files or a folder run as one BatchImport (``self.batch`` while it runs), whose
    summary offers ``details_requested(document_ids)``.
    """

    imported = Signal(list)
    finished = Signal()
    details_requested = Signal(list)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.busy = False
        self.closed = False  # after shutdown() a late result is dropped; its window is gone
        self.progress_dialog: QProgressDialog | None = None
        self.progress: QtProgress | None = None
        self.ask_kind = self._ask_kind_dialog
        self.show_message = self._show_message_box
        self.batch: BatchImport | None = None

    @staticmethod
    def accepts(path: Path) -> bool:
        """A file we can read, or a folder (read as a batch)."""
        return path.is_dir() or (path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES)

    def import_files(self, files: list[Path], kind: str | None = None) -> bool:
        """Start importing ``files`` (or folders); False when nothing was started (busy, no files, cancelled)."""
        if self.busy or not files:
            return False
        kind = kind or self.ask_kind(files)
        if not kind:
            return False
        if len(files) > 1 or any(path.is_dir() for path in files):
            return self._import_batch(files, kind)
        self.busy = True
        progress = self.progress = QtProgress(self)
        dialog = self._progress_dialog(files, progress)
        project_path, author = self.session.project.path, self.session.author
        background.run_in_background(
            lambda: import_files_into(project_path, files, kind, author, progress),
            lambda outcome: self._done(outcome, dialog),
            lambda error: self._failed(error, dialog),
        )
        return True

    def _import_batch(self, paths: list[Path], kind: str) -> bool:
        batch = BatchImport(self.session, paths, kind, self.window)
        batch.details_requested.connect(self.details_requested)
        batch.finished.connect(self._batch_done)
        self.batch, self.busy = batch, True
        if batch.start():
            return True
        self.batch, self.busy = None, False
        batch.deleteLater()
        self.show_message(self.tr("Not imported"), self.tr("There are no files to import in the chosen folder."))
        return False

    def _batch_done(self, outcome: BatchOutcome) -> None:
        # finished comes before the summary, so the new documents are in the panes behind it.
        self.busy = False
        batch, self.batch = self.batch, None
        if batch is not None:
            batch.deleteLater()
        if not self.closed and outcome.document_ids:
            self.imported.emit(list(outcome.document_ids))
        self.finished.emit()

    def shutdown(self) -> None:
        """Stop a running import and wait for the worker, before the project closes."""
        if self.progress is not None:
            self.progress.cancel()
        if self.batch is not None:
            self.batch.cancel()
            self.batch.show_summary = lambda outcome: None  # the window it would show over is closing
        background.wait_for_all()
        self.busy = False
        self.closed = True

    def _progress_dialog(self, files: list[Path], progress: QtProgress) -> QProgressDialog:
        names = ", ".join(path.name for path in files)
        dialog = progress_dialog(self.window, progress, self.tr("Import documents"),
                                 fill(self.tr("Importing %1…"), names), self.tr("Cancel"))
        dialog.setObjectName("importProgress")
        dialog.setAccessibleName(self.tr("Import progress"))
        self.progress_dialog = dialog
        return dialog

    def _close_dialog(self, dialog: QProgressDialog) -> None:
        self.busy = False
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
        self.progress_dialog = self.progress = None

    def _done(self, outcome: ImportOutcome, dialog: QProgressDialog) -> None:
        self._close_dialog(dialog)
        if self.closed:
            return
        if outcome.document_ids:
            self.session.notify(Changes(documents=set(outcome.document_ids)))
            self.imported.emit(outcome.document_ids)
        if outcome.refusals:
            self.show_message(self.tr("Not imported"), "\n\n".join(reason_text(reason) for reason in outcome.refusals))
        self.finished.emit()

    def _failed(self, error: BaseException, dialog: QProgressDialog) -> None:
        self._close_dialog(dialog)
        if self.closed:
            return
        if isinstance(error, ProjectRefused):
            self.show_message(self.tr("Not imported"), refusal_text(error))
        else:
            self.show_message(self.tr("Not imported"),
                              fill(self.tr("An unexpected error stopped the import: %1"), repr(error)))
        self.finished.emit()

    def _ask_kind_dialog(self, files: list[Path]) -> str | None:
        dialog = ImportKindDialog(files, self.window)
        # A folder is a batch of agreements unless its name says otherwise: the project's kinds do not count.
        kinds = set() if any(path.is_dir() for path in files) else {
            record.kind for record in list_documents(self.session.project)}
        dialog.kind_combo.set_kind(likely_kind([path.name for path in files], kinds))
        try:
            return dialog.kind_combo.kind() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _show_message_box(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
