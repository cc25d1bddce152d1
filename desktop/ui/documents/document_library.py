"""The document library: every document of the project, opened into a pane, with its details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.folding import fold
from desktop.ingest import SUPPORTED_SUFFIXES
from desktop.operations.changes import Changes
from desktop.store.documents import finding_counts, list_documents
from desktop.ui.documents.document_properties import edit_document_properties
from desktop.ui.documents.library_model import COLUMNS, DOCUMENT_ID_ROLE, LibraryModel, library_rows
from desktop.ui.empty_hint import HintedTableView
from desktop.ui.layouts import nested
from desktop.ui.session import Session

ACTIVE_PANE = -1


_NARROW = 380
# Characters of a document's name the list keeps room for before it shows kind and pages beside it.
_NAME_ROOM = 24
_MARGINS = 12  # pixels around a cell's text


class DocumentLibrary(QWidget):
    """Lists the project's documents (title, kind, pages, findings).

    Signal ``open_requested(document_id, pane_index)``: pane_index is 0 (left),
    1 (right) or -1 (the active pane; double-click and Enter). ``edit_properties`` opens
    desktop.ui.documents.document_properties' full dialog.
    """

    open_requested = Signal(str, int)
    # A new version of a document: from the context menu (path "") or a file dropped on its row.
    new_version_requested = Signal(str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("documentLibrary")
        self.model = LibraryModel(self)
        self.view = HintedTableView(self)
        self.view.setObjectName("documentLibraryView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Rows as tall as the findings table's: the left column shows twice as many agreements.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._open_index)
        self.view.installEventFilter(self)
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Kind, pages and findings take the widths _fit_columns measured, not ResizeToContents: Qt would ask every
        # row for its size at each resize (16,000 calls of the model a step with 342 agreements).
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # A click on a heading sorts; until then the list keeps its own order (position papers first).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.layoutChanged.connect(self._apply_filter)
        # The widest text per column, measured once per change of the rows rather than at every resize: with 342
        # agreements each measurement reads every row (a quarter of a second at start-up, five resizes).
        self._widths: dict[int, int] = {}
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.headerDataChanged):
            signal.connect(self._widths.clear)
        self.model.dataChanged.connect(self._forget_widths)
        # With hundreds of agreements the analyst finds one by typing part of its name (or a category), and
        # narrows the list to a category; the category box shows only when the project has categories.
        self.filter = QLineEdit(self)
        self.filter.setObjectName("documentLibraryFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._open_first_shown)
        self.category = QComboBox(self)
        self.category.setObjectName("documentLibraryCategory")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.currentIndexChanged.connect(self._apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        bar = nested(layout, QHBoxLayout())
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.category)
        layout.addWidget(self.view)
        session.changed.connect(self._on_changed)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Document library"))
        self.view.setAccessibleName(self.tr("Documents of the project"))
        self.filter.setPlaceholderText(self.tr("Find a document…"))
        self.view.set_empty_hint(self.tr("No documents yet. Import the agreement and your position paper with "
                                         "Ctrl+I, or drop them onto this window."))
        self.filter.setAccessibleName(self.tr("Find a document by name or category"))
        self.filter.setToolTip(self.tr("Shows the documents whose name or title holds every word typed (or that are "
                                       "in a category typed in full); Enter opens the first"))
        self.category.setAccessibleName(self.tr("Show documents of category"))
        if self.category.count():
            self.category.setItemText(0, self.tr("All"))
        self.model.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _heading_width(self, column: int) -> int:
        """What ``column``'s heading needs, its sort arrow included (a hidden section's own hint is nothing)."""
        heading = self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        return self.view.horizontalHeader().fontMetrics().horizontalAdvance(str(heading)) + 2 * _MARGINS + 8

    def _text_width(self, column: int) -> int:
        """The widest text of ``column`` with a cell's margins."""
        if column not in self._widths:
            metrics = self.view.fontMetrics()
            texts = {self.model.cell(row, column, Qt.ItemDataRole.DisplayRole) for row in self.model.rows}
            self._widths[column] = max((metrics.horizontalAdvance(str(text)) for text in texts if text is not None),
                                       default=0) + _MARGINS
        return self._widths[column]

    def _forget_widths(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        for column in range(top_left.column(), bottom_right.column() + 1):
            self._widths.pop(column, None)

    def showEvent(self, event: QShowEvent) -> None:
        # A dock sized while hidden gets its size before its rows' widths are known.
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The names come first: kind and pages (also in the pane header and the details) show only while the name
        column keeps room for the longest name listed, as far as _NAME_ROOM characters ("Coalitieakkoord 2026" whole,
        not "Coalitieakkoor…" beside them)."""
        view = self.view
        # Measured from the texts, not the view: a hidden column's size hint is nothing, and the choice would flip.
        beside = sum(max(self._heading_width(column), self._text_width(column)) for column in (1, 2, 3))
        name = min(self._text_width(0), view.fontMetrics().averageCharWidth() * _NAME_ROOM)
        narrow = self.width() < _NARROW or view.viewport().width() - beside < name
        for column in (1, 2):
            view.setColumnHidden(column, narrow)
        header = view.horizontalHeader()
        for column in (1, 2, 3):
            width = max(self._heading_width(column), self._text_width(column))
            if not view.isColumnHidden(column) and header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._widths.clear()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        current = self.current_document_id()
        self.model.set_rows(library_rows(list_documents(self.session.project)))
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:  # a sort the analyst chose survives a new finding
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_categories()
        self._apply_filter()
        self._fit_columns()  # a new, longer name may need the room
        QTimer.singleShot(0, self, self._fit_columns)  # and again once the dock around it is laid out
        if current:
            self.select_document(current)

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        names = sorted({name for row in self.model.rows for name in row.categories}, key=str.casefold)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All"), None)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)) if chosen is not None else 0)
        self.category.blockSignals(False)
        self.category.setVisible(bool(names))

    def _apply_filter(self) -> None:
        words = fold(self.filter.text()).split()
        category = self.category.currentData()
        for number, row in enumerate(self.model.rows):
            hidden = not (row.matches(words) and (category is None or category in row.categories))
            if hidden != self.view.isRowHidden(number):  # each change lays the view out again
                self.view.setRowHidden(number, hidden)

    def shown_document_ids(self) -> list[str]:
        """The documents the list shows now (after the filter and category), top to bottom."""
        return [row.document_id for number, row in enumerate(self.model.rows) if not self.view.isRowHidden(number)]

    def _open_first_shown(self) -> None:
        shown = self.shown_document_ids()
        if shown:
            self.select_document(shown[0])
            self.open_requested.emit(shown[0], ACTIVE_PANE)

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents or changes.everything_changed:
            self.refresh()
        elif changes.findings:
            self._recount()

    def _recount(self) -> None:
        """A finding tagged, changed or removed changes one number in the list, not its rows: with 342 agreements
        reading every document again took about 0.15 s a finding."""
        if not self.model.set_findings(finding_counts(self.session.project)):
            return
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() == COLUMNS.index("findings"):
            current = self.current_document_id()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            if current:
                self.select_document(current)
        self._fit_columns()  # 9 findings may become 10

    def document_ids(self) -> list[str]:
        return [row.document_id for row in self.model.rows]

    def current_document_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def select_document(self, document_id: str) -> None:
        for row, item in enumerate(self.model.rows):
            if item.document_id == document_id:
                self.view.selectRow(row)
                return

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(DOCUMENT_ID_ROLE), ACTIVE_PANE)

    def dropped_version(self, event) -> tuple[str, str] | None:
        """(document id, file) when one readable file is dragged onto a document's row; other drops go on to
        the window, which imports them as documents of their own."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        index = self.view.indexAt(event.position().toPoint())
        if not index.isValid() or not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            return None
        return index.data(DOCUMENT_ID_ROLE), str(path)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                                               QEvent.Type.Drop):
            target = self.dropped_version(event)
            if target is None:
                event.ignore()
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.new_version_requested.emit(*target)
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.view.currentIndex())
                return True
            menu_key = event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_Menu or menu_key:
                rect = self.view.visualRect(self.view.currentIndex())
                self._context_menu(rect.center())
                return True
        return super().eventFilter(watched, event)

    def build_context_menu(self, document_id: str) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("documentLibraryMenu")
        left = QAction(self.tr("Open &left"), menu)
        left.triggered.connect(lambda: self.open_requested.emit(document_id, 0))
        right = QAction(self.tr("Open &right"), menu)
        right.triggered.connect(lambda: self.open_requested.emit(document_id, 1))
        properties = QAction(self.tr("&Properties…"), menu)
        properties.triggered.connect(lambda: self.edit_properties(document_id))
        new_version = QAction(self.tr("Import &new version…"), menu)
        new_version.setObjectName("importNewVersionItem")
        new_version.triggered.connect(lambda: self.new_version_requested.emit(document_id, ""))
        menu.addActions([left, right])
        menu.addSeparator()
        menu.addActions([new_version, properties])
        return menu

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.build_context_menu(index.data(DOCUMENT_ID_ROLE))
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def edit_properties(self, document_id: str) -> str:
        """The full details dialog (title, kind, short name, issuer, categories, ...), applied as one undo
        step; returns an error or ""."""
        return edit_document_properties(self.session, document_id, self)
