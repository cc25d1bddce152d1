"""The comparison matrix as a thin Qt table model, its sort proxy and the delegate drawing three counts."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.domain.dutch_order import category_key, dutch_name_key
from desktop.store.analysis.collection import UNCATEGORISED, Matrix
from desktop.ui import assessments

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1  # Counter of assessments (count columns)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # (row id, column id or None for the label/total column)
LABEL, TOTAL = 0, 1  # the first two columns; the matrix's own columns follow

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def sort_key(counts: Counter) -> tuple[int, int, int]:
    """Most findings first when sorted descending; among equals, more concerns, then more positives."""
    return (sum(counts.values()), counts.get("concern", 0), counts.get("positive", 0))


def in_name_order(matrix: Matrix, categories: bool = False) -> Matrix:
    """``matrix`` with its columns in Dutch name order ("Gemeente 2" before "Gemeente 10", accents and
    case aside), or ``categories`` in the national overview's order (G4, G40, middelgroot, klein, the
    rest by name), the unnamed category last; the store lists them in plain string order."""
    key = category_key if categories else dutch_name_key
    columns = sorted(matrix.columns, key=lambda column: (column[0] == UNCATEGORISED, key(column[1])))
    return Matrix(rows=matrix.rows, columns=columns, cells=matrix.cells)


class MatrixModel(QAbstractTableModel):
    """Rows: themes or speerpunten; column 0 the label, 1 the row total, then one per document or category."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix = Matrix(rows=[], columns=[])
        self.totals: list[Counter] = []
        self.by = "theme"  # what the rows are, for the first column's header
        self.across = "document"  # what the columns are

    def set_matrix(self, matrix: Matrix, totals: dict[str, Counter] | None = None) -> None:
        """``totals`` per row id; needed across categories, where a document in two categories
        is in two cells but must count once in the total."""
        matrix = in_name_order(matrix, categories=self.across == "category")
        self.beginResetModel()
        self.matrix = matrix
        self.totals = [(totals or {}).get(row_id) or matrix.row_total(row_id) for row_id, _ in matrix.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.matrix.columns) + 2

    def counts(self, row: int, column: int) -> Counter:
        if column == TOTAL:
            return self.totals[row]
        return self.matrix.cell(self.matrix.rows[row][0], self.matrix.columns[column - 2][0])

    def column_name(self, column: int) -> str:
        name = self.matrix.columns[column - 2][1]
        return QCoreApplication.translate("MatrixModel", "No category") if name == "—" else name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.matrix.rows):
            return None
        row, column = index.row(), index.column()
        row_id, label = self.matrix.rows[row]
        if role == CELL_ROLE:
            return row_id, (self.matrix.columns[column - 2][0] if column >= 2 else None)
        if column == LABEL:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return label
            if role == SORT_ROLE:
                return row  # framework order
            return None
        counts = self.counts(row, column)
        if role == COUNTS_ROLE:
            return counts
        if role == SORT_ROLE:
            return sort_key(counts)
        if role == Qt.ItemDataRole.DisplayRole:
            return "  ".join(f"{counts.get(a.value, 0)}{assessments.SIGNS[a]}" for a in assessments.ORDER)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            where = self.column_name(column) if column >= 2 else QCoreApplication.translate("MatrixModel", "Total")
            parts = ", ".join(f"{assessments.label(a)}: {counts.get(a.value, 0)}" for a in assessments.ORDER)
            return f"{label} — {where}: {parts}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == LABEL:
                by_theme = self.matrix.rows and self.by == "theme"
                return (QCoreApplication.translate("MatrixModel", "Theme") if by_theme
                        else QCoreApplication.translate("MatrixModel", "Speerpunt"))
            if section == TOTAL:
                return QCoreApplication.translate("MatrixModel", "Total")
            return self.column_name(section)
        if role == Qt.ItemDataRole.FontRole and section == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None


class MatrixSortProxy(QSortFilterProxyModel):
    """Sorts rows by any column through SORT_ROLE (the label column restores framework order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


def cell_width(metrics, digits: int = 3) -> int:
    """Room for three counts of up to ``digits`` digits (at least three) with their signs."""
    return (metrics.horizontalAdvance("8" * max(digits, 3) + "+") + 6) * 3 + 12


class CountsDelegate(QStyledItemDelegate):
    """Three small numbers per cell, each with its sign (+ ! –) and colour; zeros are faint.

    The signs carry the meaning, so a cell still reads printed in grey or by a
    colour-blind analyst; the colours only speed up scanning.
    """

    def paint(self, painter, option, index) -> None:
        counts: Counter | None = index.data(COUNTS_ROLE)
        if counts is None:
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.column() == TOTAL:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        font = QFont(option.font)
        if index.column() == TOTAL:
            font.setBold(True)
        painter.setFont(font)
        # Three equal slots inside the cell, clipped: a narrow column must not spill into the next one.
        painter.setClipRect(option.rect)
        slot = (option.rect.width() - 8) // 3
        x = option.rect.left() + 2
        for assessment in assessments.ORDER:
            count = counts.get(assessment.value, 0)
            colour = assessments.ink(assessment)
            if selected:
                colour = option.palette.color(QPalette.ColorRole.HighlightedText)
            if not count:
                colour = QColor(colour)
                colour.setAlpha(70)
            painter.setPen(colour)
            rect = QRect(x, option.rect.top(), slot, option.rect.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             f"{count}{assessments.SIGNS[assessment]}")
            x += slot
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if index.data(COUNTS_ROLE) is not None:
            size.setWidth(cell_width(option.fontMetrics))
        return size


__all__ = ["CELL_ROLE", "COUNTS_ROLE", "LABEL", "TOTAL", "UNCATEGORISED", "CountsDelegate", "MatrixModel",
           "MatrixSortProxy"]
