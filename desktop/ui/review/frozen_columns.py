"""The first columns of a table kept in view while the others scroll sideways (Qt's "frozen column" pattern).

With 342 agreements the comparison matrix is hundreds of columns wide: scrolled to "Gemeente 300" an
analyst must still see which theme a row is and its total. A second view over the same model and
selection shows only those columns, laid over the table's left edge, and follows its rows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumns(QTableView):
    """Shows columns ``0 … count-1`` of ``table`` over its left edge; scrolls, sizes and sorts with it."""

    def __init__(self, table: QTableView, count: int) -> None:
        super().__init__(table)
        self.setObjectName(f"{table.objectName()}Frozen")
        self._table = table
        self._count = count
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setItemDelegate(table.itemDelegate())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard works in the table below
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(table.selectionMode())
        self.setWordWrap(table.wordWrap())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # resized in the table
        self.horizontalHeader().setSortIndicatorShown(table.horizontalHeader().isSortIndicatorShown())
        # The table's order, before sorting is switched on (which sorts by the indicator at once).
        self.horizontalHeader().setSortIndicator(table.horizontalHeader().sortIndicatorSection(),
                                                 table.horizontalHeader().sortIndicatorOrder())
        self.setSortingEnabled(table.isSortingEnabled())
        table.viewport().stackUnder(self)

        mine, theirs = self.horizontalHeader(), table.horizontalHeader()
        theirs.sectionResized.connect(self._column_resized)
        table.verticalHeader().sectionResized.connect(lambda row, _old, size: self.setRowHeight(row, size))
        # Sorting by the label or the total from either header shows one indicator, on both.
        mine.sortIndicatorChanged.connect(lambda column, order: theirs.setSortIndicator(column, order))
        theirs.sortIndicatorChanged.connect(lambda column, order: mine.setSortIndicator(column, order))
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.columnsInserted, model.columnsRemoved):
            signal.connect(self._follow)
        table.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _follow(self, *_args: object) -> None:
        """After the model changed: only the frozen columns, as wide as the table's."""
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column >= self._count)
            if column < self._count:
                self.setColumnWidth(column, self._table.columnWidth(column))
        self.verticalScrollBar().setValue(self._table.verticalScrollBar().value())
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self._count:
            self.setColumnWidth(column, size)
            self._place()

    def _place(self) -> None:
        table = self._table
        width = sum(table.columnWidth(column) for column in range(min(self._count, table.model().columnCount())))
        frame = table.frameWidth()
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.setGeometry(table.verticalHeader().width() + frame, frame, width,
                         table.viewport().height() + table.horizontalHeader().height())
