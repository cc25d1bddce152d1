"""The documents table: every document with the details a comparison cites, edited in place."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dutch_order import dutch_name_key
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import DocumentRecord, list_categories, list_documents
from desktop.ui.commands.documents import EditDocument
from desktop.ui.documents.category_editor import split_categories
from desktop.ui.documents.document_properties import KindCombo, changed_values, edit_document_properties
from desktop.ui.documents.library_model import kind_label
from desktop.ui.i18n import count_text, current_language
from desktop.ui.layouts import nested
from desktop.ui.refresh_when_shown import RefreshWhenShown
from desktop.ui.session import Session

# Characters of a short name the table makes room for on first showing (longer ones end in "…").
SHORT_NAME_ROOM = 30
COLUMNS = ("short_name", "title", "issuer", "categories", "period", "date", "kind", "parties", "pages", "findings")
EDITABLE = frozenset(COLUMNS) - {"pages", "findings"}
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ALL, NONE = "\x00all", "\x00none"  # filter choices that no category can be named

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def cell_value(record: DocumentRecord, column: str) -> object:
    value = getattr(record, column)
    if column == "categories":
        return ", ".join(value)
    return value


class CollectionModel(QAbstractTableModel):
    """One row per DocumentRecord; ``setData`` pushes an EditDocument undo step."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[DocumentRecord] = []
        self.last_error = ""

    def reload(self) -> None:
        rows = list_documents(self.session.project)
        if [r.id for r in rows] == [r.id for r in self.rows]:
            # Same documents, new details (often from our own setData): update in place, since a
            # reset in the middle of an edit would pull the index away from under the view.
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        column = COLUMNS[index.column()]
        value = cell_value(record, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return kind_label(record.kind)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role == SORT_ROLE:
            if column in ("pages", "findings"):
                return value or 0
            return dutch_name_key(str(value or ""))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "parties"):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("pages", "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ID_ROLE:
            return record.id
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        if column == "categories":
            value = split_categories(str(value or ""))
        changed = changed_values(self.session, self.rows[index.row()].id, {column: value})
        if not changed:
            return False
        command = EditDocument(self.session, self.rows[index.row()].id, **changed)
        self.session.push(command)  # the session's change signal reloads the rows
        self.last_error = command.error
        if command.error:
            self.session.edit_refused.emit(command.error)
        return not command.error

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Short name"), self.tr("Title"), self.tr("Issuer"), self.tr("Categories"),
                self.tr("Period"), self.tr("Date"), self.tr("Kind"), self.tr("Parties"), self.tr("Pages"),
                self.tr("Findings"))[section]


class CategoryFilter(QSortFilterProxyModel):
    """Keeps the documents of one category (or with none); sorts by SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.category = ALL
        self.setSortRole(SORT_ROLE)

    def set_category(self, category: str) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); older Qt has only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.category = category
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.category = category
            self.invalidateFilter()

    def lessThan(self, left: _Index, right: _Index) -> bool:
        # The keys are Python tuples (Dutch name order), which Qt's own comparison cannot order.
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.category == ALL:
            return True
        record: DocumentRecord = self.sourceModel().rows[source_row]
        return not record.categories if self.category == NONE else self.category in record.categories


class CollectionDelegate(QStyledItemDelegate):
    """A kind combo for the kind column; categories complete each comma-separated name."""

    def __init__(self, categories: QStringListModel, parent=None) -> None:
        super().__init__(parent)
        self.categories = categories

    def createEditor(self, parent, option, index):
        column = COLUMNS[index.column()]
        if column == "kind":
            return KindCombo(parent)
        editor = super().createEditor(parent, option, index)
        if column == "categories" and isinstance(editor, QLineEdit):
            completer = QCompleter(self.categories, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
            editor.setPlaceholderText(self.tr("G40, middelgroot"))
        return editor

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, KindCombo):
            editor.set_kind(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, KindCombo):
            model.setData(index, editor.kind())
        else:
            super().setModelData(editor, model, index)


class CollectionTable(QWidget):
    """All documents with issuer, categories, period, short name: the place to fix details after a
    batch import. Double-click a title opens the document; other cells edit in place (one undo step
    each). Signal ``document_requested(document_id)``."""

    document_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("collectionTable")
        self.model = CollectionModel(session, self)
        self.proxy = CategoryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.category_names = QStringListModel(self)
        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("collectionCategoryFilter")
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("collectionCount")
        self.properties_button = QPushButton(self)
        self.properties_button.setObjectName("collectionPropertiesButton")
        self.properties_button.clicked.connect(self.edit_current)
        self.view = QTableView(self)
        self.view.setObjectName("collectionView")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CollectionDelegate(self.category_names, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in zip(COLUMNS, (120, 300, 170, 150, 90, 90, 110, 180, 55, 65), strict=True):
            self.view.setColumnWidth(COLUMNS.index(column), width)
        self._fitted_for: tuple[str, bool] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = nested(layout, QHBoxLayout())
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.properties_button)
        layout.addWidget(self.view, 1)
        self._when_shown = RefreshWhenShown(self, self.refresh)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._when_shown.first_load()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Documents table"))
        self.view.setAccessibleName(self.tr("Documents with their details"))
        self.filter_label.setText(self.tr("&Category:"))
        self.filter_label.setBuddy(self.filter_combo)
        self.filter_combo.setAccessibleName(self.tr("Show documents of category"))
        self.properties_button.setText(self.tr("&Properties…"))
        self.properties_button.setAccessibleName(self.tr("Edit all details of the selected document"))
        if self.filter_combo.count() >= 2:
            self.filter_combo.setItemText(0, self.tr("All categories"))
            self.filter_combo.setItemText(self.filter_combo.count() - 1, self.tr("No category"))
        self._update_count()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen, never narrow, the columns so every heading ("Pagina's", "Bevindingen") and short names up to
        SHORT_NAME_ROOM characters read whole; once per language and once the first documents are listed, so a
        column the analyst dragged narrower stays so."""
        state = (current_language(), self.model.rowCount() > 0)
        if state == self._fitted_for:
            return
        self._fitted_for = state
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            wanted = header.sectionSizeHint(column)
            if COLUMNS[column] == "short_name":
                room = self.view.fontMetrics().averageCharWidth() * SHORT_NAME_ROOM
                wanted = max(wanted, min(self.view.sizeHintForColumn(column), room))
            if self.view.columnWidth(column) < wanted:
                self.view.setColumnWidth(column, wanted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        current = self.current_document_id()
        self.model.reload()
        categories = list_categories(self.session.project)
        self.category_names.setStringList(categories)
        chosen = self.filter_combo.currentData() or ALL
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem("", ALL)
        for category in categories:
            self.filter_combo.addItem(category, category)
        self.filter_combo.addItem("", NONE)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(chosen)))
        self.filter_combo.blockSignals(False)
        self.proxy.set_category(self.filter_combo.currentData())
        self.retranslate_ui()
        if current:
            self.select_document(current)

    def set_category(self, category: str | None) -> None:
        """Show one category (None: all)."""
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(category or ALL)))

    def _filter_changed(self) -> None:
        self.proxy.set_category(self.filter_combo.currentData() or ALL)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 of %2 documents"), count_text(shown), count_text(total)))

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents or changes.findings or changes.everything_changed:
            self._when_shown.request()

    def current_document_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(DOCUMENT_ID_ROLE) if index.isValid() else None

    def select_document(self, document_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(DOCUMENT_ID_ROLE) == document_id:
                self.view.selectRow(row)
                return

    def edit_current(self) -> str:
        document_id = self.current_document_id()
        return edit_document_properties(self.session, document_id, self) if document_id else ""
