"""Help → Report a problem…: where the crash log lives and its recent entries, to copy or hand to IT."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crash_log import CrashLog
from desktop.placeholders import fill

RECENT = 20


class ProblemReportDialog(QDialog):
    def __init__(self, log: CrashLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemReportDialog")
        self.log = log
        self.entries = log.entries(limit=RECENT)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.location = QLabel(self)
        self.location.setObjectName("problemLogLocation")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("problemReportText")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlainText("\n".join(entry.text for entry in self.entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.setEnabled(bool(self.entries))
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openLogFolderButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_text)
        self.open_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.location)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Report a problem"))
        self.setAccessibleName(self.tr("Report a problem"))
        self.intro.setText(self.tr("When Speerpunt runs into an unexpected problem, it writes a report on this "
                                   "computer; nothing is sent anywhere. Give the text below, or the file, to your IT "
                                   "department. It holds versions and the program's steps, not your documents or notes."))
        self.location.setText(fill(self.tr("Log file: %1"), str(self.log.path)))
        self.report.setAccessibleName(self.tr("Recent problem reports"))
        self.report.setPlaceholderText(self.tr("No problems have been recorded."))
        self.copy_button.setText(self.tr("&Copy text"))
        self.open_button.setText(self.tr("&Open folder"))

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def open_folder(self) -> None:
        self.log.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.folder)))
