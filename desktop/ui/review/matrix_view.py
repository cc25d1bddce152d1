"""The comparison matrix: themes or speerpunten × agreements or categories, with the passages of a cell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.analysis.collection import comparison_matrix
from desktop.ui import assessments, i18n
from desktop.ui.layouts import nested
from desktop.ui.refresh_when_shown import RefreshWhenShown
from desktop.ui.review.frozen_columns import FrozenColumns
from desktop.ui.review.matrix_model import (
    CELL_ROLE,
    LABEL,
    TOTAL,
    CountsDelegate,
    MatrixModel,
    MatrixSortProxy,
    cell_width,
)
from desktop.ui.review.speerpunt_view import SPEERPUNT, THEME, SpeerpuntView
from desktop.ui.session import Session


class MatrixView(QWidget):
    """Counts per assessment for every (theme or speerpunt, agreement or category), sortable by any column.

    A click on a cell lists its passages below (the speerpunt view narrowed to that
    cell) and, when the cell holds a single passage, opens it. "Export as XLSX…"
    writes the matrix as shown. Signal ``open_requested(document_id, start, end, words)``.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("matrixView")
        self.by, self.across = "theme", "document"
        self.by_buttons = self._toggle(("theme", "speerpunt"), self._set_by, "matrixBy")
        self.across_buttons = self._toggle(("document", "category"), self._set_across, "matrixAcross")
        self.legend = QLabel(self)
        self.legend.setObjectName("matrixLegend")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("matrixExportButton")
        self.export_button.clicked.connect(self.export_xlsx)
        self.model = MatrixModel(self)
        self.proxy = MatrixSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("matrixTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CountsDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(LABEL, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(cell_width(self.fontMetrics()))
        header.setMinimumSectionSize(60)
        # One line of counts per row: the tab below the documents is low, every row counts.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.clicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)
        # The label and total stay in view while hundreds of agreement columns scroll by.
        self.frozen = FrozenColumns(self.table, TOTAL + 1)
        self.frozen.clicked.connect(self.open_cell)
        self.passages = SpeerpuntView(session, self)
        self.passages.open_requested.connect(self.open_requested)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        # Low minimums, as for the hit walker: the tallest tab below the documents sets the height of all.
        self.table.setMinimumHeight(60)
        self.passages.setMinimumHeight(60)
        splitter.addWidget(self.table)
        splitter.addWidget(self.passages)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The tabs below the documents are low (at most 30% of a laptop's height): the passages part opens
        # with the first cell clicked, so until then every row the matrix can show is a row of the matrix.
        self.passages.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = nested(layout, QHBoxLayout())
        for group in (self.by_buttons, self.across_buttons):
            for button in group.buttons():
                bar.addWidget(button)
            bar.addSpacing(12)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.export_button)
        layout.addWidget(splitter, 1)
        self.ask_export_path = self._ask_export_path
        self.show_message = lambda title, text: QMessageBox.warning(self, title, text)
        self._when_shown = RefreshWhenShown(self, self.recompute)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._when_shown.first_load()

    def _toggle(self, values: tuple[str, str], slot, name: str) -> QButtonGroup:
        group = QButtonGroup(self)
        for number, value in enumerate(values):
            button = QToolButton(self)
            button.setObjectName(f"{name}_{value}")
            button.setCheckable(True)
            button.setChecked(number == 0)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, v=value: slot(v))
            group.addButton(button, number)
        group.setExclusive(True)
        return group

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Comparison matrix"))
        self.table.setAccessibleName(self.tr("Findings per assessment"))
        texts = (self.tr("&Themes"), self.tr("S&peerpunten"), self.tr("&Agreements"), self.tr("&Categories"))
        for button, text in zip(self.by_buttons.buttons() + self.across_buttons.buttons(), texts, strict=True):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.by_buttons.buttons()[0].setToolTip(self.tr("One row per theme"))
        self.by_buttons.buttons()[1].setToolTip(self.tr("One row per speerpunt"))
        self.across_buttons.buttons()[0].setToolTip(self.tr("One column per agreement (short name)"))
        self.across_buttons.buttons()[1].setToolTip(self.tr("One column per category, e.g. G4, G40, platteland"))
        signs = "   ".join(f"{assessments.SIGNS[a]} {assessments.label(a)}" for a in assessments.ORDER)
        self.legend.setText(fill(self.tr("%1   ·   click a cell for its passages, a header to sort"), signs))
        self.export_button.setText(self.tr("Export as &XLSX…"))
        self.export_button.setAccessibleName(self.tr("Export the matrix as an Excel workbook"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def recompute(self) -> None:
        matrix = comparison_matrix(self.session.project, by=self.by, across=self.across)
        totals = None
        if self.across == "category":
            by_document = comparison_matrix(self.session.project, by=self.by, across="document")
            totals = {row_id: by_document.row_total(row_id) for row_id, _ in by_document.rows}
        self.model.by, self.model.across = self.by, self.across
        self.model.set_matrix(matrix, totals)
        self.table.setColumnWidth(LABEL, min(340, max(160, self.table.sizeHintForColumn(LABEL) + 16)))
        # The totals, in bold, grow past three digits in a national project tagged in depth.
        digits = max((len(str(max(counts.values(), default=0))) for counts in self.model.totals), default=1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setColumnWidth(TOTAL, cell_width(QFontMetrics(bold), digits))

    def _set_by(self, value: str) -> None:
        self.by = value
        self.recompute()

    def _set_across(self, value: str) -> None:
        self.across = value
        self.recompute()

    def set_mode(self, by: str, across: str) -> None:
        self.by, self.across = by, across
        self.by_buttons.button(0 if by == "theme" else 1).setChecked(True)
        self.across_buttons.button(0 if across == "document" else 1).setChecked(True)
        self.recompute()

    def _on_changed(self, changes: Changes) -> None:
        if changes.findings or changes.documents or changes.frameworks or changes.everything_changed:
            self._when_shown.request()

    def open_cell(self, index: QModelIndex) -> None:
        """List the cell's passages below; a cell of one passage also opens it."""
        if not index.isValid():
            return
        row_id, column_id = index.data(CELL_ROLE)
        kind = THEME if self.by == "theme" else SPEERPUNT
        self.passages.show()
        if column_id is None:
            self.passages.show_cell(kind, row_id)
        elif self.across == "document":
            self.passages.show_cell(kind, row_id, document_id=column_id)
        else:
            self.passages.show_cell(kind, row_id, category=column_id)
        listed = self.passages.model.passages()
        if column_id is not None and len(listed) == 1 and listed[0].start is not None:
            self.open_requested.emit(listed[0].document_id, listed[0].start, listed[0].end, [])

    def _ask_export_path(self) -> Path | None:
        from desktop.ui.project_files import documents_folder

        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the matrix"),
                                                str(Path(documents_folder()) / self.tr("comparison.xlsx")),
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export_xlsx(self) -> Path | None:
        """Write the matrix as it is shown (rows in the shown order) to a file the analyst chooses."""
        from exporters.errors import ExportRefused
        from exporters.labels import Labels
        from exporters.matrix_xlsx import write_matrix_xlsx

        path = self.ask_export_path()
        if path is None:
            return None
        matrix = self.model.matrix
        order = [self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in range(self.proxy.rowCount())]
        shown = type(matrix)(rows=[matrix.rows[row] for row in order], columns=matrix.columns, cells=matrix.cells)
        labels = Labels("en" if i18n.current_language() == "en" else "nl")
        try:
            write_matrix_xlsx(shown, path, labels, row_header=labels("theme" if self.by == "theme" else "speerpunt"),
                              totals=dict(zip((r for r, _ in matrix.rows), self.model.totals, strict=True)))
        except ExportRefused as refusal:
            self.show_message(self.tr("Not exported"), i18n.refusal_text(refusal))
            return None
        return path
