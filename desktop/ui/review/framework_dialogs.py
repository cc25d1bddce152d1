"""Dialogs of the framework tree: where a deleted speerpunt's findings go; confirming a proposed framework."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.placeholders import fill
from desktop.store.frameworks import get_speerpunt, list_speerpunten
from desktop.ui import assessments
from desktop.ui.layouts import nested
from desktop.ui.session import Session


class ReassignDialog(QDialog):
    """Deleting a speerpunt that has findings: move them to another speerpunt, or delete them too.

    After accept, ``reassign_to()`` is the chosen speerpunt id, or None to delete the findings.
    """

    def __init__(self, session: Session, speerpunt_id: str, findings: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.speerpunt = get_speerpunt(session.project, speerpunt_id)
        self.findings = findings
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.move = QRadioButton(self)
        self.move.setObjectName("reassignMove")
        self.target = QComboBox(self)
        self.target.setObjectName("reassignTarget")
        for sp in list_speerpunten(session.project):
            if sp.id != speerpunt_id and sp.framework_id == self.speerpunt.framework_id:
                self.target.addItem(f"{sp.code} {sp.title}".strip(), sp.id)
        self.drop = QRadioButton(self)
        self.drop.setObjectName("reassignDelete")
        self.move.setChecked(self.target.count() > 0)
        self.move.setEnabled(self.target.count() > 0)
        self.drop.setChecked(self.target.count() == 0)
        self.move.toggled.connect(self.target.setEnabled)
        self.target.setEnabled(self.move.isChecked())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.move)
        layout.addWidget(self.target)
        layout.addWidget(self.drop)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Delete speerpunt"))
        self.setAccessibleName(self.tr("Delete speerpunt"))
        name = f"{self.speerpunt.code} {self.speerpunt.title}".strip()
        if self.findings == 1:
            text = self.tr("“%1” has one finding. Where should it go?")
        else:
            text = self.tr("“%1” has %Ln findings. Where should they go?", "", self.findings)
        self.message.setText(fill(text, name))
        self.move.setText(self.tr("&Move them to:"))
        self.target.setAccessibleName(self.tr("Speerpunt to move the findings to"))
        self.drop.setText(self.tr("&Delete them with the speerpunt"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reassign_to(self) -> str | None:
        return self.target.currentData() if self.move.isChecked() else None


_ITEM_ROLE = Qt.ItemDataRole.UserRole


class ProposalDialog(QDialog):
    """A proposed framework as a checkable tree: untick what is wrong, edit titles, then accept.

    ``chosen_framework()`` is the framework as confirmed (only ticked themes and speerpunten).
    A theme the text gave no speerpunten is named in a warning above the tree and marked in it,
    so the analyst fills it in or unticks it instead of importing an empty theme unawares.
    """

    def __init__(self, proposal: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.proposal = proposal
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(proposal.name, self)
        self.name.setObjectName("proposalName")
        self.empty_themes = [theme for theme in proposal.themes if not theme.speerpunten]
        self.empty_warning = QLabel(self)
        self.empty_warning.setObjectName("proposalEmptyThemes")
        self.empty_warning.setWordWrap(True)
        self.empty_warning.setVisible(bool(self.empty_themes))
        self.empty_warning.setStyleSheet("font-weight: bold")
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._empty_items: list[QTreeWidgetItem] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("proposalTree")
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        for theme_index, theme in enumerate(proposal.themes):
            theme_item = QTreeWidgetItem(self.tree, [theme.code, theme.title])
            theme_item.setData(0, _ITEM_ROLE, ("theme", theme_index, None))
            self._checkable(theme_item)
            # Unticking a theme unticks its speerpunten; a theme with some ticked shows half ticked.
            theme_item.setFlags(theme_item.flags() | Qt.ItemFlag.ItemIsAutoTristate)
            if theme.colour:
                theme_item.setIcon(0, assessments.swatch(theme.colour))
            if not theme.speerpunten:
                theme_item.setIcon(1, warning_icon)
                self._empty_items.append(theme_item)
            for index, sp in enumerate(theme.speerpunten):
                item = QTreeWidgetItem(theme_item, [sp.code, sp.title])
                item.setData(0, _ITEM_ROLE, ("speerpunt", theme_index, index))
                item.setToolTip(1, sp.formulation or sp.title)
                self._checkable(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.form = nested(layout, QFormLayout())
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.name_label, self.name)
        layout.addWidget(self.empty_warning)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self.retranslate_ui()

    @staticmethod
    def _checkable(item: QTreeWidgetItem) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(0, Qt.CheckState.Checked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Proposed framework"))
        self.setAccessibleName(self.tr("Proposed framework"))
        self.intro.setText(self.tr(
            "Speerpunt found these themes and speerpunten in the position paper. Untick what is not a "
            "speerpunt and double-click a title to correct it; you can also edit the framework later."
        ))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setAccessibleName(self.tr("Framework name"))
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.tree.setAccessibleName(self.tr("Proposed themes and speerpunten"))
        names = ", ".join(" ".join(filter(None, (t.code, t.title))) for t in self.empty_themes)
        self.empty_warning.setText(fill(self.tr(
            "No speerpunten were found in the text under: %1. Fill them in after importing, or untick "
            "what you do not want."), names))
        for item in self._empty_items:
            item.setToolTip(1, self.tr("No speerpunten were found in the text under this theme."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen_framework(self) -> Framework:
        themes: list[Theme] = []
        for row in range(self.tree.topLevelItemCount()):
            theme_item = self.tree.topLevelItem(row)
            if theme_item.checkState(0) == Qt.CheckState.Unchecked:
                continue
            original = self.proposal.themes[theme_item.data(0, _ITEM_ROLE)[1]]
            theme = Theme(title=theme_item.text(1).strip() or original.title, code=theme_item.text(0).strip(),
                          colour=original.colour)
            for child_row in range(theme_item.childCount()):
                item = theme_item.child(child_row)
                if item.checkState(0) != Qt.CheckState.Checked:
                    continue
                source = original.speerpunten[item.data(0, _ITEM_ROLE)[2]]
                theme.speerpunten.append(Speerpunt(code=item.text(0).strip(), title=item.text(1).strip() or source.title,
                                                   formulation=source.formulation, colour=source.colour))
            themes.append(theme)
        return Framework(name=self.name.text().strip() or self.proposal.name, themes=themes,
                         description=self.proposal.description)
