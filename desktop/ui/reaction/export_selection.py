"""The export dialog's checkable tree of themes and speerpunten: which ones go into the reaction."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.framework import Framework
from desktop.ui import assessments

ID_ROLE = Qt.ItemDataRole.UserRole


class SelectionTree(QTreeWidget):
    """Themes (tri-state) with their speerpunten, all checked at first; ``selection()`` gives the export options.

    A dialog's own selection, thrown away with it: the tree widget's items are the state.
    """

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportSelection")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(lambda _item, _column: self.selection_changed.emit())

    def fill(self, frameworks: list[Framework]) -> None:
        self.blockSignals(True)
        self.clear()
        several = len(frameworks) > 1
        for framework in frameworks:
            for theme in framework.themes:
                title = f"{theme.code} {theme.title}".strip()
                item = QTreeWidgetItem(self, [f"{title} ({framework.name})" if several else title])
                item.setData(0, ID_ROLE, ("theme", theme.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
                item.setCheckState(0, Qt.CheckState.Checked)
                if theme.colour:
                    item.setIcon(0, assessments.swatch(theme.colour, 10))
                for sp in theme.speerpunten:
                    child = QTreeWidgetItem(item, [f"{sp.code}  {sp.title}"])
                    child.setData(0, ID_ROLE, ("speerpunt", sp.id))
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked)
        self.blockSignals(False)

    def _speerpunt_items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i).child(j) for i in range(self.topLevelItemCount())
                for j in range(self.topLevelItem(i).childCount())]

    def selection(self) -> tuple[set[str] | None, set[str] | None]:
        """(theme_ids, speerpunt_ids) for ExportOptions; (None, None) when everything is checked."""
        items = self._speerpunt_items()
        checked = {item.data(0, ID_ROLE)[1] for item in items if item.checkState(0) == Qt.CheckState.Checked}
        if len(checked) == len(items):
            return None, None
        themes = {self.topLevelItem(i).data(0, ID_ROLE)[1] for i in range(self.topLevelItemCount())
                  if self.topLevelItem(i).checkState(0) != Qt.CheckState.Unchecked}
        return themes, checked

    def set_checked(self, speerpunt_ids: set[str]) -> None:
        """Check exactly these speerpunten (tests and "only this one" shortcuts)."""
        for item in self._speerpunt_items():
            wanted = item.data(0, ID_ROLE)[1] in speerpunt_ids
            item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
