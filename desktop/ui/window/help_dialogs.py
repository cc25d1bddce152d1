"""Help: the overview of every keyboard shortcut, Report a problem (problem_report.py) and the About box (about_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.window import crash_reporter
from desktop.ui.window.about_dialog import AboutDialog
from desktop.ui.window.problem_report import ProblemReportDialog


def document_shortcuts() -> list[tuple[str, str]]:
    """Keys of the document pane and the tag flow, which are not menu actions."""
    # Literal QCoreApplication.translate calls: lupdate does not follow an alias.
    return [
        ("T", QCoreApplication.translate("Shortcuts", "Tag the selected text (in a document)")),
        ("Alt+1 … Alt+9", QCoreApplication.translate("Shortcuts", "While tagging: choose one of the recently used speerpunten")),
        ("P / Z / O", QCoreApplication.translate("Shortcuts", "While tagging: positive / concern / missing")),
        ("J", QCoreApplication.translate("Shortcuts", "Tag the passage at the cursor with its top suggestion")),
        ("N", QCoreApplication.translate("Shortcuts", "Reject the top suggestion for the passage at the cursor")),
        (QKeySequence(QKeySequence.StandardKey.FindNext).toString(QKeySequence.SequenceFormat.NativeText),
         QCoreApplication.translate("Shortcuts", "Next match in the document")),
        (QKeySequence(QKeySequence.StandardKey.FindPrevious).toString(QKeySequence.SequenceFormat.NativeText),
         QCoreApplication.translate("Shortcuts", "Previous match in the document")),
        (QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText),
         QCoreApplication.translate("Shortcuts", "Delete the selected finding")),
        ("Esc", QCoreApplication.translate("Shortcuts", "Close the find bar or the tag panel")),
        ("Enter", QCoreApplication.translate("Shortcuts", "Open the chosen document or finding")),
    ]


def action_shortcuts(actions: list[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        if action.shortcut().isEmpty():
            continue
        # Menu texts carry "&" for the Alt-key mnemonic and "…"; neither belongs in the overview.
        name = action.text().replace("&", "").rstrip("…").split(":")[0]
        rows.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), name))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, description) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(description))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])


def show_about(parent: QWidget) -> AboutDialog:
    """The About box, with the open project's file (the main window's session, when it has one)."""
    session = getattr(parent, "session", None)
    project = getattr(session, "project", None)
    dialog = AboutDialog(getattr(project, "path", None), parent)
    dialog.open()
    return dialog


def show_problem_report(parent: QWidget) -> ProblemReportDialog:
    """The crash log's location and recent entries (desktop/crash_log.py)."""
    dialog = ProblemReportDialog(crash_reporter.crash_log(), parent)
    dialog.open()
    return dialog
