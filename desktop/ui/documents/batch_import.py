"""Importing many agreements at once (a folder or a multi-selection): one progress bar, cancel, a summary."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ingest import SUPPORTED_SUFFIXES, unsupported_type
from desktop.operations.batch import file_names, import_files
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import list_documents
from desktop.store.project import open_project
from desktop.ui import background
from desktop.ui.i18n import count_text, reason_of, reason_text
from desktop.ui.session import Session

STEPS = 1000  # the bar's range: the whole batch, each file an equal share


def files_to_import(paths: Iterable[Path]) -> list[Path]:
    """Files as chosen, folders opened (with their subfolders) in name order; hidden files are left out."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found += sorted((p for p in path.rglob("*") if p.is_file()
                             and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)),
                            key=lambda p: str(p).casefold())
        else:
            found.append(path)
    return list(dict.fromkeys(found))


@dataclass
class BatchOutcome:
    # A file is named by its path inside the folder chosen ("groningen/stad.docx"), as `speerpunt import` names it.
    imported: list[tuple[str, str, str]] = field(default_factory=list)  # (file name, document id, short name)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason: a Reason, shown translated)
    not_started: list[str] = field(default_factory=list)  # file names left when the user cancelled
    cancelled: bool = False

    @property
    def document_ids(self) -> list[str]:
        return [document_id for _, document_id, _ in self.imported]


class BatchProgress(QObject):
    """Progress of the whole batch, fed from the worker; its signals reach the dialog on the main thread.

    ``for_file(index)`` is the desktop.progress.Progress one importer reports to: its own
    start/advance become a share of the one bar, so the bar never jumps back per file.
    """

    file_started = Signal(int, str)  # index, file name
    moved = Signal(int)  # 0..STEPS

    def __init__(self, files: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files = max(files, 1)
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def for_file(self, index: int) -> _FileProgress:
        return _FileProgress(self, index)


class _FileProgress:
    def __init__(self, batch: BatchProgress, index: int) -> None:
        self.batch = batch
        self.index = index
        self.total = 0
        self.done = 0

    def start(self, total: int, label: str = "") -> None:
        self.total, self.done = max(total, 0), 0
        self._emit()

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        self._emit()

    @property
    def cancelled(self) -> bool:
        return self.batch.cancelled

    def _emit(self) -> None:
        share = min(self.done / self.total, 1.0) if self.total else 0.0
        self.batch.moved.emit(int(STEPS * (self.index + share) / self.batch.files))


def import_batch(project_path: Path, files: list[Path], kind: str, author: str,
                 progress: BatchProgress, workers: int | None = None,
                 names: dict[Path, str] | None = None) -> BatchOutcome:
    """The worker thread's part: the same pipeline as `speerpunt import` (desktop.operations.batch).

    Files are read in worker processes on every core and stored in order from this thread's
    own connection, each in its own transaction; every refusal is kept with its reason. A
    cancel stops between files: files already imported stay (each was complete).
    """
    outcome = BatchOutcome()
    names = names or {path: path.name for path in files}
    supported = [path for path in files if path.suffix.lower() in SUPPORTED_SUFFIXES]
    position = {path: index for index, path in enumerate(files)}
    refused_early = [(names[path], _unsupported(path)) for path in files
                     if path.suffix.lower() not in SUPPORTED_SUFFIXES]

    def on_file(_index: int, path: Path, word: str) -> None:
        index = position[path]
        if word == "reading":
            progress.file_started.emit(index, names[path])
        else:
            progress.moved.emit(int(STEPS * (index + 1) / progress.files))

    project = open_project(project_path)
    try:
        result = import_files(project, supported, kind=kind, author=author or None, workers=workers,
                              on_file=on_file, progress=progress, names=names)
        short_names = {document.id: document.citation_name for document in list_documents(project)}
    finally:
        project.close()
    outcome.imported = [(name, document_id, short_names.get(document_id, "")) for name, document_id in result.imported]
    outcome.refused = [*refused_early, *result.refused]
    outcome.cancelled = result.cancelled
    outcome.not_started = result.not_started
    return outcome


def _unsupported(path: Path) -> str:
    return unsupported_type(path.suffix)


class BatchImport(QObject):
    """``BatchImport(session, paths, kind).start()`` imports files and folders on the worker thread.

    One progress dialog over all files with Cancel; at the end ``finished(outcome)``, the
    session is told which documents came in, and ``show_summary(outcome)`` (a dialog;
    tests replace it) lists what was imported and what was refused and why.
    Signal ``details_requested`` when the analyst wants to fix the new documents' details.
    """

    finished = Signal(object)  # BatchOutcome
    details_requested = Signal(list)  # document ids

    def __init__(self, session: Session, paths: Iterable[Path], kind: str = "agreement",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = parent
        paths = list(paths)
        self.files = files_to_import(paths)
        self.names = file_names(paths, self.files)
        self.kind = kind
        self.outcome: BatchOutcome | None = None
        self.progress = BatchProgress(len(self.files), self)
        self.dialog: QProgressDialog | None = None
        self.show_summary = self._summary_dialog

    def start(self) -> bool:
        """Start; False when there is nothing to import."""
        if not self.files:
            return False
        self.dialog = self._progress_dialog()
        project_path, author, files, kind = self.session.project.path, self.session.author, self.files, self.kind
        progress, names = self.progress, self.names
        background.run_in_background(lambda: import_batch(project_path, files, kind, author, progress, names=names),
                                     self._done, self._failed)
        return True

    def cancel(self) -> None:
        self.progress.cancel()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("batchImportProgress")
        dialog.setWindowTitle(self.tr("Import documents"))
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, STEPS)
        dialog.setValue(0)
        # Bound methods of this main-thread object, so the worker's signals arrive queued on the main thread.
        self.progress.file_started.connect(self._on_file_started)
        self.progress.moved.connect(self._on_moved)
        dialog.canceled.connect(self.progress.cancel)
        return dialog

    def _on_file_started(self, index: int, name: str) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(fill(self.tr("File %1 of %2: %3"), count_text(index + 1), count_text(len(self.files)), name))

    def _on_moved(self, value: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(max(self.dialog.value(), value))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, outcome: BatchOutcome) -> None:
        self._close_dialog()
        self.outcome = outcome
        if outcome.imported:
            self.session.notify(Changes(documents=set(outcome.document_ids)))
        self.finished.emit(outcome)
        self.show_summary(outcome)

    def _failed(self, error: BaseException) -> None:
        outcome = BatchOutcome(refused=[("", reason_of(error))], not_started=[self.names[p] for p in self.files])
        self._done(outcome)

    def _summary_dialog(self, outcome: BatchOutcome) -> None:
        dialog = BatchSummaryDialog(outcome, self.window)
        dialog.details_button.clicked.connect(lambda: self.details_requested.emit(outcome.document_ids))
        dialog.exec()
        dialog.deleteLater()


class BatchSummaryDialog(QDialog):
    """What came in (with the short name it will be cited by) and what did not, with the reason."""

    def __init__(self, outcome: BatchOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchImportSummary")
        self.outcome = outcome
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("batchImportList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.groups = [QTreeWidgetItem() for _ in range(3)]  # imported, refused, not read
        # What needs the analyst's action comes first; the long list of successes last.
        self.tree.addTopLevelItems([self.groups[1], self.groups[2], self.groups[0]])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for name, _document_id, short in outcome.imported:
            QTreeWidgetItem(self.groups[0], [name, short])
        # The reasons are filled in by retranslate_ui, in the interface language.
        self.refused_items = [QTreeWidgetItem(self.groups[1], [name, ""]) for name, _reason in outcome.refused]
        for name in outcome.not_started:
            QTreeWidgetItem(self.groups[2], [name, ""])
        for group in self.groups:
            group.setHidden(group.childCount() == 0)
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
        self.tree.setColumnWidth(0, 330)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("batchImportDetailsButton")
        self.details_button.setEnabled(bool(outcome.imported))
        self.details_button.clicked.connect(self.accept)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(760, 480)

    def retranslate_ui(self) -> None:
        outcome = self.outcome
        self.setWindowTitle(self.tr("Import finished"))
        self.setAccessibleName(self.tr("Import summary"))
        self.tree.setAccessibleName(self.tr("Imported and refused files"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Cited as / reason")])
        text = fill(self.tr("Documents imported: %1"), count_text(len(outcome.imported)))
        if outcome.refused:
            text += "; " + fill(self.tr("not imported: %1"), count_text(len(outcome.refused)))
        if outcome.cancelled:
            text += "; " + fill(self.tr("cancelled, not read: %1"), count_text(len(outcome.not_started)))
        if outcome.imported:
            text += ". " + self.tr("Check the short names and categories in the documents table: "
                                   "comparisons cite and group the agreements by them.")
        self.headline.setText(text)
        self.groups[0].setText(0, fill(self.tr("Imported (%1)"), count_text(len(outcome.imported))))
        self.groups[1].setText(0, fill(self.tr("Not imported (%1)"), count_text(len(outcome.refused))))
        self.groups[2].setText(0, fill(self.tr("Not read, import cancelled (%1)"), count_text(len(outcome.not_started))))
        self.details_button.setText(self.tr("&Edit details…"))
        for item, (_name, reason) in zip(self.refused_items, outcome.refused, strict=True):
            item.setText(1, reason_text(reason))
            item.setToolTip(1, reason_text(reason))
