"""The document library's rows (plain Python) and the thin Qt table model showing them."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.domain.document import DocumentKind
from desktop.domain.dutch_order import dutch_name_key
from desktop.domain.folding import fold
from desktop.placeholders import fill
from desktop.store.documents import DocumentRecord
from desktop.ui.row_model import RowTableModel

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The first column is the name a document is known by: its short name, else its title (docs/WORKSPACE.md).
COLUMNS = ("name", "kind", "pages", "findings")
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
class LibraryRow:  # not slots: _folded is cached on the instance
    document_id: str
    title: str
    kind: str
    pages: int | None
    findings: int
    imported_at: str
    superseded: bool = False  # a newer version replaced it: read-only, shown as such
    # The name the analyst gave it (a municipality's name): shown instead of the title, which for a
    # coalition agreement is long and starts like every other one ("Coalitieakkoord 2026-2030 …").
    short_name: str | None = None
    categories: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.short_name or self.title

    def value(self, column: str) -> object:
        if column == "kind":
            return kind_label(self.kind)
        if column == "name" and self.superseded:
            return fill(QCoreApplication.translate("LibraryModel", "%1 (superseded)"), self.name)
        if column == "name":
            return self.name
        return getattr(self, column)

    def matches(self, words: list[str]) -> bool:
        """Whether every folded word occurs in the name or title, or names one of the categories in full: "venlo",
        "akkoord g4" (G4 and not G40)."""
        if not words:
            return True
        text, categories = self._folded
        return all(word in text or word in categories for word in words)

    @functools.cached_property
    def _folded(self) -> tuple[str, frozenset[str]]:
        return fold(f"{self.name} {self.title}"), frozenset(fold(category) for category in self.categories)

    def sort_key(self, column: str) -> object:
        if column in ("pages", "findings"):
            return getattr(self, column) or 0
        return dutch_name_key(str(self.value(column)))


def library_rows(records: list[DocumentRecord]) -> list[LibraryRow]:
    """One row per document: position papers first, then newest agreements first."""
    rows = [LibraryRow(r.id, r.title, r.kind, r.pages, r.findings, r.imported_at, r.superseded, r.short_name,
                       tuple(r.categories)) for r in records]
    return library_rows_order(rows)


def library_rows_order(rows: list[LibraryRow]) -> list[LibraryRow]:
    rows = sorted(rows, key=lambda row: row.imported_at, reverse=True)
    rows.sort(key=lambda row: _KIND_ORDER.get(row.kind, 3))
    return rows


class LibraryModel(RowTableModel):
    COLUMNS = len(COLUMNS)  # the module's column names, in order
    rows: list[LibraryRow]

    def cell(self, row: LibraryRow, column: int, role: int) -> object:
        name = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.value(name)
            return "" if value is None else str(value) if name in ("pages", "findings") else value
        if role == Qt.ItemDataRole.ToolTipRole and name == "name":
            if row.superseded:
                return fill(QCoreApplication.translate(
                    "LibraryModel", "%1 — replaced by a newer version; read-only"), row.title)
            return row.title if not row.categories else f"{row.title} ({', '.join(row.categories)})"
        if role == Qt.ItemDataRole.ForegroundRole and row.superseded:
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("pages", "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DOCUMENT_ID_ROLE:
            return row.document_id
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("LibraryModel", "Name"),
            QCoreApplication.translate("LibraryModel", "Kind"),
            QCoreApplication.translate("LibraryModel", "Pages"),
            QCoreApplication.translate("LibraryModel", "Findings"),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a heading sorts by that column; column -1 is the list's own order (position papers
        first, then the newest agreements)."""
        self.layoutAboutToBeChanged.emit()
        if column < 0:
            self.rows = library_rows_order(self.rows)
        else:
            self.rows.sort(key=lambda row: row.sort_key(COLUMNS[column]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def set_findings(self, counts: dict[str, int]) -> bool:
        """Each row's finding count from ``counts`` (document id -> count, 0 when absent); whether any changed."""
        column = COLUMNS.index("findings")
        changed = False
        for number, row in enumerate(self.rows):
            count = counts.get(row.document_id, 0)
            if count != row.findings:
                self.rows[number] = dataclasses.replace(row, findings=count)
                self.dataChanged.emit(self.index(number, column), self.index(number, column))
                changed = True
        return changed

    def retranslate(self) -> None:
        super().retranslate()
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))
