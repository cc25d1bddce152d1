"""The coverage view: speerpunten × agreements, each cell the findings per assessment as coloured chips."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.finding import Assessment
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.analysis.collection import Matrix, comparison_matrix
from desktop.store.analysis.review import findings_in_cell
from desktop.store.findings import get_finding
from desktop.ui import assessments
from desktop.ui.refresh_when_shown import RefreshWhenShown
from desktop.ui.review.matrix_model import in_name_order
from desktop.ui.session import Session

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1  # Counter of assessments
CELL_ROLE = Qt.ItemDataRole.UserRole + 2  # (speerpunt_id, document_id)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def cell_text(counts: Counter) -> str:
    """Compact counts as "2+ 1! 0–" (positive, concern, missing)."""
    return " ".join(f"{counts.get(a.value, 0)}{assessments.SIGNS[a]}" for a in assessments.ORDER)


class CoverageModel(QAbstractTableModel):
    """Rows: speerpunten in framework order; columns: agreements; cells: Counter per assessment."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.matrix = Matrix([], [])  # filled by reload(), when the view first comes into sight

    def reload(self) -> None:
        self.beginResetModel()
        self.matrix = in_name_order(comparison_matrix(self.session.project))
        self.endResetModel()

    def changed(self, changes: Changes) -> bool:
        """Whether ``changes`` touch what the model shows."""
        return bool(changes.findings or changes.frameworks or changes.documents or changes.everything_changed)

    def counts(self, row: int, column: int) -> Counter:
        return self.matrix.cell(self.matrix.rows[row][0], self.matrix.columns[column][0])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.matrix.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        labels = self.matrix.columns if orientation == Qt.Orientation.Horizontal else self.matrix.rows
        if not 0 <= section < len(labels):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return labels[section][1]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        counts = self.counts(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(counts)
        if role == COUNTS_ROLE:
            return counts
        if role == CELL_ROLE:
            return self.matrix.rows[index.row()][0], self.matrix.columns[index.column()][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not counts:
                return self.tr("No finding yet: does the agreement address this? If not, mark it missing.")
            return ", ".join(f"{assessments.label(a)}: {counts.get(a.value, 0)}" for a in assessments.ORDER)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(f"{counts.get(a.value, 0)} {assessments.label(a)}" for a in assessments.ORDER)
        return None


class ChipDelegate(QStyledItemDelegate):
    """Draws a cell as small coloured chips ("2+", "1!"), or hatching in the missing colour when it is empty."""

    def paint(self, painter, option, index) -> None:
        counts: Counter = index.data(COUNTS_ROLE) or Counter()
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        if not counts:
            # Nothing found yet: a candidate for "missing", so hatched in the missing colour, faint.
            gap = assessments.colour(Assessment.MISSING)
            painter.fillRect(rect, gap.lighter(185))
            painter.fillRect(rect, QBrush(gap.lighter(130), Qt.BrushStyle.BDiagPattern))
        else:
            metrics = option.fontMetrics
            x = rect.left() + 2
            for value in assessments.ORDER:
                count = counts.get(value.value, 0)
                if not count:
                    continue
                text = f"{count}{assessments.SIGNS[value]}"
                width = metrics.horizontalAdvance(text) + 10
                chip = QRectF(x, rect.center().y() - metrics.height() / 2 - 1, width, metrics.height() + 2)
                painter.setRenderHint(painter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(assessments.colour(value))
                painter.drawRoundedRect(chip, 4, 4)
                painter.setPen(QPen(assessments.text_on(value)))
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
                x += width + 4
        painter.restore()


class CoverageView(QWidget):
    """Which speerpunten each agreement addresses, and how; empty cells stand out as "missing" candidates.

    Signals: ``open_requested(document_id, start, end, words)`` for the first spanned
    finding of a clicked cell, and ``findings_requested(ids)`` with all its findings
    (the main window selects them in the findings table). ``mark_missing_requested
    (speerpunt_id, document_id)`` comes from an empty cell's context menu; by default
    the view opens the missing dialog itself.
    """

    open_requested = Signal(str, int, int, list)
    findings_requested = Signal(list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("coverageView")
        self.model = CoverageModel(session, self)
        self._when_shown = RefreshWhenShown(self, self.model.reload)
        self._when_shown.first_load()
        session.changed.connect(self._on_changed)
        self.legend = QLabel(self)
        self.legend.setObjectName("coverageLegend")
        self.legend.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("coverageTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChipDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # long agreement names end in "…", not cut at both ends
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 22)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setCornerButtonEnabled(False)
        self.view.clicked.connect(self.open_cell)
        self.view.activated.connect(self.open_cell)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.mark_missing_action = QAction(self)
        self.mark_missing_action.triggered.connect(self.mark_current_missing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Coverage"))
        self.view.setAccessibleName(self.tr("Coverage of speerpunten per agreement"))
        signs = "  ".join(f"{assessments.SIGNS[a]} {assessments.label(a)}" for a in assessments.ORDER)
        self.legend.setText(fill(self.tr("%1  ·  hatched: no finding yet (missing?). Click a cell to see its findings."),
                                 signs))
        self.mark_missing_action.setText(self.tr("Mark missing in this agreement…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if self.model.changed(changes):
            self._when_shown.request()

    def open_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        speerpunt_id, document_id = index.data(CELL_ROLE)
        ids = findings_in_cell(self.session.project, speerpunt_id, document_id)
        if not ids:
            return
        self.findings_requested.emit(ids)
        first = get_finding(self.session.project, ids[0])
        if first.start is not None and first.end is not None:
            self.open_requested.emit(document_id, first.start, first.end, [])

    def mark_current_missing(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.run_missing_dialog(*index.data(CELL_ROLE))

    def run_missing_dialog(self, speerpunt_id: str, document_id: str) -> None:
        from desktop.ui.review.missing_dialog import run_missing_dialog

        run_missing_dialog(self.session, speerpunt_id, document_id, self)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        counts = index.data(COUNTS_ROLE) or Counter()
        self.mark_missing_action.setEnabled(not counts.get(Assessment.MISSING.value))
        menu = QMenu(self)
        menu.addAction(self.mark_missing_action)
        menu.exec(self.view.viewport().mapToGlobal(point))
