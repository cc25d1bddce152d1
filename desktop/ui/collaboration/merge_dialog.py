"""Merging a colleague's project or findings bundle into the open project, with a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.merge import MergeRefused, MergeSummary, merge_into
from desktop.placeholders import fill
from desktop.store.exchange.bundle import BundleRefused
from desktop.store.project import ProjectRefused, open_project
from desktop.ui import background
from desktop.ui.i18n import refusal_text
from desktop.ui.layouts import nested
from desktop.ui.session import Session

BUNDLE_SUFFIX = ".spbundle"
# What the user is told when one of these stops a merge: the message is theirs to act on.
REFUSALS = (MergeRefused, BundleRefused, ProjectRefused)
COUNT_COLUMNS = ("added", "updated", "unchanged", "conflicts")


def table_label(table: str) -> str:
    """A merged table's name for the user (literal translate calls, so lupdate finds them)."""
    labels = {
        "documents": QCoreApplication.translate("MergeDialog", "Documents"),
        "frameworks": QCoreApplication.translate("MergeDialog", "Frameworks"),
        "themes": QCoreApplication.translate("MergeDialog", "Themes"),
        "speerpunten": QCoreApplication.translate("MergeDialog", "Speerpunten"),
        "findings": QCoreApplication.translate("MergeDialog", "Findings"),
        "reactions": QCoreApplication.translate("MergeDialog", "Reaction texts"),
        "project_settings": QCoreApplication.translate("MergeDialog", "Project settings"),
    }
    return labels.get(table, table)


def merge_in_worker(project_path: Path, source: Path) -> MergeSummary:
    """The worker's part: its own connection on the same file, since a connection stays on its thread."""
    project = open_project(project_path)
    try:
        return merge_into(project, source)
    finally:
        project.close()


class MergeDialog(QDialog):
    """Choose a project file or findings bundle, merge it in the background, show what changed.

    Wiring (File → "Merge with…")::

        dialog = MergeDialog(session, parent=window)
        dialog.conflicts_requested.connect(window.show_conflicts)   # optional
        dialog.open()

    After a merge the session is notified with the merge's Changes, so views
    refresh; ``merged`` carries the MergeSummary. A refused merge shows its
    reason in the dialog and changes nothing. ``path`` preselects a file.
    """

    merged = Signal(object)  # MergeSummary
    conflicts_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary: MergeSummary | None = None
        self.running = False
        self.setObjectName("mergeDialog")
        self.setMinimumWidth(560)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(path) if path else "")
        self.path_edit.setObjectName("mergeSourcePath")
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("mergeBrowse")
        self.browse_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        row = nested(layout, QHBoxLayout())
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("mergeProgress")
        self.progress.setRange(0, 0)  # merge_into reports no steps: a busy bar
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.counts = QTableWidget(0, len(COUNT_COLUMNS))
        self.counts.setObjectName("mergeCounts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.hide()
        self.details = QLabel()
        self.details.setObjectName("mergeDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeStart")
        self.conflicts_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setObjectName("mergeShowConflicts")
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.buttons.accepted.connect(self.start_merge)
        self.buttons.rejected.connect(self.reject)

        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge with another project"))
        self.setAccessibleName(self.tr("Merge with another project"))
        self.intro.setText(self.tr(
            "Bring a colleague's work into this project: their project file (.speerpunt) or the findings "
            "bundle they sent you (.spbundle). Nothing is removed; where you both changed the same thing, "
            "the later change wins and the other version is kept under Review → Conflicts. A backup is "
            "made first."))
        self.path_edit.setPlaceholderText(self.tr("Project file or findings bundle"))
        self.path_edit.setAccessibleName(self.tr("File to merge"))
        self.browse_button.setText(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to merge"))
        self.merge_button.setText(self.tr("Merge"))
        self.conflicts_button.setText(self.tr("Show conflicts…"))
        self.progress.setAccessibleName(self.tr("Merging"))
        self.counts.setAccessibleName(self.tr("What the merge changed"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Added"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts")])
        self.message.setAccessibleName(self.tr("Merge result"))
        self.details.setAccessibleName(self.tr("Merge details"))
        if self.summary is not None:
            self._show_summary(self.summary)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge with"), self.path_edit.text() or str(self.session.project.path.parent),
            fill(self.tr("Speerpunt projects and bundles (*.speerpunt *%1);;All files (*)"), BUNDLE_SUFFIX),
        )
        if path:
            self.path_edit.setText(path)

    def start_merge(self) -> None:
        """Run the merge on the worker thread; the dialog waits, and cannot be closed meanwhile."""
        text = self.path_edit.text().strip()
        if not text or self.running:
            return
        source = Path(text)
        self.running = True
        self.summary = None
        self.counts.hide()
        self.details.hide()
        self.conflicts_button.hide()
        self.progress.show()
        self._say(fill(self.tr("Merging %1…"), source.name))
        self._update_buttons()
        background.run_in_background(
            lambda: merge_in_worker(self.session.project.path, source), self._merged, self._failed)

    def reject(self) -> None:
        if not self.running:  # a merge in progress cannot be stopped halfway; it is one transaction
            super().reject()

    def _merged(self, summary: MergeSummary) -> None:
        self.running = False
        self.progress.hide()
        self.summary = summary
        self._show_summary(summary)
        self._update_buttons()
        self.session.notify(summary.changes)
        self.merged.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.progress.hide()
        self._update_buttons()
        if isinstance(error, REFUSALS):
            self._say(fill(self.tr("Not merged: %1. Nothing was changed."), refusal_text(error)), error=True)
        else:
            self._say(fill(self.tr("Not merged because of an error in Speerpunt (%1). Nothing was changed; "
                              "please report this."), f"{type(error).__name__}: {error}"), error=True)

    def _show_summary(self, summary: MergeSummary) -> None:
        added, updated, conflicts = (summary.total(what) for what in ("added", "updated", "conflicts"))
        if added or updated:
            self._say(fill(self.tr("Merged %1: %2 added, %3 updated."), summary.source, str(added), str(updated)))
        else:
            self._say(fill(self.tr("Merged %1: this project already had everything in it."), summary.source))
        # Only what changed: a row of unchanged tables would bury the news.
        shown = [(name, counts) for name, counts in summary.tables.items()
                 if counts.added or counts.updated or counts.conflicts]
        self.counts.setRowCount(len(shown))
        self.counts.setVerticalHeaderLabels([table_label(name) for name, _ in shown])
        for row, (_, counts) in enumerate(shown):
            for column, what in enumerate(COUNT_COLUMNS):
                item = QTableWidgetItem(str(getattr(counts, what)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.counts.setVisible(bool(shown))
        self.counts.resizeRowsToContents()
        self.counts.setFixedHeight(self.counts.horizontalHeader().sizeHint().height() + sum(
            self.counts.rowHeight(row) for row in range(len(shown))) + 2 * self.counts.frameWidth())
        self.details.setText("<br>".join(self._detail_lines(summary, conflicts)))
        self.details.show()
        self.conflicts_button.setVisible(conflicts > 0)
        self.adjustSize()  # the dialog grows to show the summary instead of squeezing it

    def _detail_lines(self, summary: MergeSummary, conflicts: int) -> list[str]:
        lines = []
        if conflicts:
            lines.append(self.tr("%Ln conflict(s): you both changed the same thing. The later version is in use; "
                                 "the other one waits under Review → Conflicts.", "", conflicts))
        for before, after in summary.renamings:
            lines.append(fill(self.tr("Renamed on both sides: speerpunt or theme '%1' is now called '%2' (the other "
                                      "name is under Review → Conflicts)"), _escape(before), _escape(after)))
        if summary.skipped_documents:
            lines.append(fill(self.tr("Documents only in the bundle (not copied; import them to see them): %1"),
                              _escape(", ".join(summary.skipped_documents))))
        if summary.backup:
            lines.append(fill(self.tr("Backup made before the merge: %1 (File → Restore backup… undoes the merge)"),
                              _escape(summary.backup)))
        return lines

    def _show_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b00020;" if error else "font-weight: bold;")

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.path_edit.text().strip()) and not self.running)
        self.path_edit.setEnabled(not self.running)
        self.browse_button.setEnabled(not self.running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not self.running)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
