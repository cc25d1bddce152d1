"""The document library's rows (plain Python) and the thin Qt table model showing them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.document import DocumentKind
from desktop.store.documents import DocumentRecord

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("title", "kind", "pages", "findings")
# Position paper first, then agreements, so the analyst's own priorities sit on top.
_KIND_ORDER = {DocumentKind.POSITION.value: 0, DocumentKind.AGREEMENT.value: 1, DocumentKind.OTHER.value: 2}


def kind_label(kind: str) -> str:
    """A document kind in the interface language (literal calls so lupdate finds them)."""
    if kind == DocumentKind.AGREEMENT:
        return QCoreApplication.translate("DocumentKind", "Agreement")
    if kind == DocumentKind.POSITION:
        return QCoreApplication.translate("DocumentKind", "Position paper")
    return QCoreApplication.translate("DocumentKind", "Other")


@dataclass(frozen=True)
class LibraryRow:
    document_id: str
    title: str
    kind: str
    pages: int | None
    findings: int
    imported_at: str

    def value(self, column: str) -> object:
        if column == "kind":
            return kind_label(self.kind)
        return getattr(self, column)


def library_rows(records: list[DocumentRecord]) -> list[LibraryRow]:
    """One row per document: position papers first, then newest agreements first."""
    rows = [LibraryRow(r.id, r.title, r.kind, r.pages, r.findings, r.imported_at) for r in records]
    rows.sort(key=lambda row: row.imported_at, reverse=True)
    rows.sort(key=lambda row: _KIND_ORDER.get(row.kind, 3))
    return rows


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.value(column)
            return "" if value is None else str(value) if column in ("pages", "findings") else value
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("pages", "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ID_ROLE:
            return row.document_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            QCoreApplication.translate("LibraryModel", "Title"),
            QCoreApplication.translate("LibraryModel", "Kind"),
            QCoreApplication.translate("LibraryModel", "Pages"),
            QCoreApplication.translate("LibraryModel", "Findings"),
        )[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))
