"""A flat Qt table model over a list of rows: subclasses give the column titles and each cell's data."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel):
    """One row per item of ``rows``, ``COLUMNS`` columns.

    Subclasses set ``COLUMNS``, return the translated column titles from ``headers()``
    (called on every header request, so a language switch shows at once) and answer
    ``cell(row, column, role)`` for a valid index, ``row`` being the item itself.
    """

    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row, column: int, role: int) -> object:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Tell the views the column titles changed (after a language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return self.headers()[section]
