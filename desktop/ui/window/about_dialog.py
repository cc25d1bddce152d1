"""Help → About Speerpunt: the version, where the open project file lives, and the licence
notices of every library the app redistributes (desktop/licences.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop import licences


class AboutDialog(QDialog):
    def __init__(self, project_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.project_path = project_path
        self.summary = QLabel(self)
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.project_label = QLabel(self)
        self.project_label.setObjectName("aboutProject")
        self.project_label.setWordWrap(True)
        self.project_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.libraries_label = QLabel(self)
        self.libraries = QListWidget(self)
        self.libraries.setObjectName("aboutLibraries")
        self.libraries_label.setBuddy(self.libraries)
        self.notice = QPlainTextEdit(self)
        self.notice.setObjectName("aboutNotice")
        self.notice.setReadOnly(True)
        self.notice.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for notice in licences.notices():
            item = QListWidgetItem(f"{notice.name} {notice.version} — {notice.licence}", self.libraries)
            item.setData(Qt.ItemDataRole.UserRole, notice)
        self.libraries.currentItemChanged.connect(self._show_notice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.libraries)
        splitter.addWidget(self.notice)
        splitter.setSizes([380, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.project_label)
        layout.addWidget(self.libraries_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(860, 620)
        self.retranslate_ui()
        if self.libraries.count():
            self.libraries.setCurrentRow(0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Speerpunt"))
        self.setAccessibleName(self.tr("About Speerpunt"))
        self.summary.setText(self.tr("Speerpunt %1\n\nTag coalition agreements against your organisation's speerpunten and "
                                     "draft a formal reaction. Works offline; your project is one file.")
                             .replace("%1", desktop.__version__))
        if self.project_path is None:
            self.project_label.setText(self.tr("No project is open."))
        else:
            self.project_label.setText(self.tr("Project file: %1").replace("%1", str(self.project_path)))
        self.libraries_label.setText(self.tr("&Libraries in Speerpunt and their licences:"))
        self.libraries.setAccessibleName(self.tr("Libraries in Speerpunt and their licences"))
        self.notice.setAccessibleName(self.tr("Licence notice"))

    def _show_notice(self, item: QListWidgetItem | None) -> None:
        notice = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.notice.setPlainText(notice.full_text() if notice is not None else "")
        self.notice.moveCursor(self.notice.textCursor().MoveOperation.Start)
