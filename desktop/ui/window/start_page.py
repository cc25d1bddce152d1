"""The start page shown without an open project: recent projects, new, open, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.layouts import nested

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    """Signals: ``new_requested``, ``open_requested``, ``demo_requested``, ``recent_chosen(path)``."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.title = QLabel(self)
        self.title.setObjectName("startTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newProjectButton")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openProjectButton")
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("demoProjectButton")
        # For a newcomer the demo is the one first step: a large default button with a line on what it holds.
        self.first_step = QLabel(self)
        self.first_step.setObjectName("firstStep")
        self.first_step.setWordWrap(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel(self)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentProjects")
        self.recent_list.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(PATH_ROLE)))
        self.recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noRecentProjects")

        # A readable column in the middle of a wide window, not a stretched form.
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = nested(outer, QVBoxLayout(), 3)
        outer.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(18)
        self.first_row = nested(column, QHBoxLayout())
        self.first_row.addStretch(1)
        column.addWidget(self.first_step)
        column.addSpacing(12)
        self.buttons = nested(column, QHBoxLayout())
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        column.addWidget(self.empty_label)
        column.addStretch(1)
        outer.setContentsMargins(24, 48, 24, 48)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Start page"))
        self.title.setText(self.tr("Speerpunt"))
        self.subtitle.setText(self.tr("Read a coalition agreement next to your position paper, tag passages "
                                      "to your speerpunten and draft your reaction."))
        self.new_button.setText(self.tr("&New project…"))
        self.open_button.setText(self.tr("&Open project…"))
        self.demo_button.setText(self.tr("Open the &demo project"))
        self.demo_button.setToolTip(self.tr("An example agreement and position paper with findings, to try things on"))
        self.new_button.setAccessibleName(self.tr("New project"))
        self.open_button.setAccessibleName(self.tr("Open project"))
        self.demo_button.setAccessibleName(self.tr("Open the demo project"))
        self.recent_label.setText(self.tr("&Recent projects"))
        self.recent_list.setAccessibleName(self.tr("Recent projects"))
        self.empty_label.setText(self.tr("No recent projects yet."))
        self.first_step.setText(self.tr("New here? The demo project holds an example coalition agreement and "
                                        "position paper, already partly tagged: try reading, tagging and "
                                        "exporting there. For your own work, make a new project and import "
                                        "an agreement (PDF, Word or text)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent projects that still exist; the newest first."""
        self.recent_list.clear()
        for path in paths:
            if not Path(path).exists():
                continue
            # The name first (what the analyst looks for), its folder on the second line.
            item = QListWidgetItem(f"{Path(path).stem}\n{Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        # As tall as its items (at most eight), not a large empty box.
        rows = min(self.recent_list.count(), 8)
        row_height = self.recent_list.sizeHintForRow(0) if has_recent else 0
        self.recent_list.setFixedHeight(rows * row_height + 2 * self.recent_list.frameWidth() + 4)
        self.recent_list.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)
        self.empty_label.setVisible(not has_recent)
        self._show_first_step(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def _show_first_step(self, newcomer: bool) -> None:
        """A newcomer sees one large default button, the demo; someone with projects sees their list first."""
        self.newcomer = newcomer
        if newcomer:
            self.first_row.insertWidget(0, self.demo_button)
        else:
            self.buttons.insertWidget(2, self.demo_button)
        self.first_step.setVisible(newcomer)
        self.demo_button.setDefault(newcomer)
        self.demo_button.setAutoDefault(newcomer)
        font = self.font()
        font.setBold(newcomer)
        if newcomer:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.demo_button.setFont(font)
        self.demo_button.setMinimumHeight(52 if newcomer else 36)
        self.demo_button.setMinimumWidth(320 if newcomer else 0)
        if newcomer:
            self.demo_button.setFocus()
