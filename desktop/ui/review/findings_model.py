"""The findings table's Qt model: a thin adapter over FindingRow lists and findings_rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from desktop.domain.finding import Assessment
from desktop.domain.timestamps import local_time
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.analysis.review import FindingRow, list_finding_rows
from desktop.store.documents import list_documents
from desktop.store.findings import get_finding, list_findings
from desktop.store.project import Project
from desktop.ui import assessments
from desktop.ui.author_colours import AuthorColours
from desktop.ui.review.findings_rows import (
    COLUMNS,
    FoldedRows,
    RowFilter,
    filter_indexes,
    haystack,
    sort_key,
    table_rows,
)
from desktop.ui.session import Session

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FindingRow itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding id

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_QUOTE_CHARS = 160  # a long quote shows its start; the tooltip holds all of it
_FOLD_PER_TURN = 200  # rows folded per idle turn of the event loop: some milliseconds


def read_rows(project: Project, ids: list[str] | None = None) -> list[FindingRow]:
    """The live findings (or the live ones among ``ids``); those a revised agreement carried over as
    TableRow with their anchor status.

    Only a new version of a document holds carried findings, so only its findings are read twice.
    """
    rows = list_finding_rows(project, ids)
    records = list_documents(project)
    replaced_by = {record.superseded_by for record in records if record.superseded_by}
    revised = {record.id for record in records if record.sha256 in replaced_by}
    if not revised:
        return rows
    if ids is None:
        findings = [f for document_id in revised for f in list_findings(project, document_id=document_id)]
    else:
        findings = [get_finding(project, row.id) for row in rows if row.document_id in revised]
    return table_rows(rows, {f.id: (f.anchor, f.anchor_score) for f in findings if f.anchor is not None})


class FindingsModel(QAbstractTableModel):
    """All live findings of the project, narrowed by a RowFilter and sorted by a column.

    Rows are read once (desktop.store.analysis.review); filtering runs over strings
    folded while the app is idle after loading (or at the first filter), and when the new filter only narrows the old one it
    looks at the rows already shown. Edits of the assessment and note columns
    are pushed as EditFinding undo commands; the model follows session.changed.
    """

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[FindingRow] = []
        self._folded = FoldedRows([])
        # Folds the rows' filter text a slice per idle turn, once the window has shown.
        self._folding = QTimer(self)
        self._folding.setInterval(0)
        self._folding.timeout.connect(self._fold_some)
        self._fold_when_idle = False
        self._position: dict[str, int] = {}  # finding id -> index in _rows
        self._visible: list[int] = []
        self._filter = RowFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list] = {}  # column -> sort key per row, computed on the first sort by it
        self.last_error = ""
        self.reload()
        session.changed.connect(self._on_changed)
        session.after_start(self, self._start_folding)

    # --- reading --------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._load(read_rows(self.session.project))
        self._visible = self._sorted(filter_indexes(self._rows, self._folded, self._filter))
        self.endResetModel()

    def _load(self, rows: list[FindingRow]) -> None:
        self._rows = rows
        self._folded = FoldedRows(rows)
        if self._fold_when_idle:
            self._folding.start()
        self._position = {row.id: i for i, row in enumerate(rows)}
        self._keys = {}
        self._author_colours = AuthorColours({row.author for row in rows})

    def _start_folding(self) -> None:
        self._fold_when_idle = True
        self._folding.start()

    def _fold_some(self) -> None:
        if self._folded.fill(_FOLD_PER_TURN):
            self._folding.stop()

    def row_at(self, row: int) -> FindingRow:
        return self._rows[self._visible[row]]

    def all_rows(self) -> list[FindingRow]:
        return list(self._rows)

    def visible_rows(self) -> list[FindingRow]:
        return [self._rows[i] for i in self._visible]

    def row_of(self, finding_id: str) -> int | None:
        """The visible row showing ``finding_id``, or None when it is filtered out or gone."""
        position = self._position.get(finding_id)
        if position is None:
            return None
        try:
            return self._visible.index(position)
        except ValueError:
            return None

    # --- filtering and sorting ---------------------------------------------------

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        candidates = self._visible if row_filter.narrows(self._filter) else None
        self._filter = row_filter
        self.beginResetModel()
        kept = filter_indexes(self._rows, self._folded, row_filter, candidates)
        # Narrowing keeps the current order, so only a full filter needs sorting again.
        self._visible = kept if candidates is not None else self._sorted(kept)
        self.endResetModel()

    def _sorted(self, indexes: list[int]) -> list[int]:
        if self._sort is None:
            return sorted(indexes)  # the order rows were read in: documents, then text order
        column, order = self._sort
        if column not in self._keys:
            key = sort_key(COLUMNS[column])
            self._keys[column] = [key(row) for row in self._rows]
        keys = self._keys[column]
        return sorted(indexes, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(COLUMNS) else None
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[self._visible[i.row()]].id if i.isValid() else None for i in old]
        self._visible = self._sorted(self._visible)
        new_rows = {self._rows[index].id: row for row, index in enumerate(self._visible)}
        for index, finding_id in zip(old, old_ids, strict=True):
            if finding_id in new_rows:
                self.changePersistentIndex(index, self.index(new_rows[finding_id], index.column()))
        self.layoutChanged.emit()

    # --- Qt model --------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Document"), self.tr("Page"), self.tr("Quote"), self.tr("Speerpunt"), self.tr("Theme"),
            self.tr("Assessment"), self.tr("Carried over"), self.tr("Note"), self.tr("Author"), self.tr("Changed"),
        ]

    def anchor_text(self, anchor: str | None, score: float | None) -> str:
        """How a finding came onto this version of the agreement, in words; empty when it was tagged here."""
        if anchor is None:
            return ""
        if anchor == "exact":
            return self.tr("exactly")
        if anchor == "moved":
            return self.tr("moved")
        if anchor == "confirmed":
            return self.tr("confirmed")
        if anchor == "changed" and score is not None:
            return fill(self.tr("review: changed (%1%)"), f"{score:.0f}")
        if anchor == "changed":
            return self.tr("review: changed")
        return self.tr("review: not found")

    def anchor_tooltip(self, anchor: str | None) -> str | None:
        tips = {
            "exact": self.tr("Found again in the new version with the same words around it."),
            "moved": self.tr("Found again with the same words, at another place in the new version."),
            "changed": self.tr("The words changed in the new version; check that the finding still fits."),
            "orphaned": self.tr("Not found in the new version; point it at the right passage in Document → "
                                "Review new version…"),
            "confirmed": self.tr("Checked by an analyst in Document → Review new version…"),
        }
        return tips.get(anchor or "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "assessment":
                return row.assessment
            if column == "note":
                return row.note
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "quote":
                return row.quote or self.tr("Missing in this agreement: no passage")
            if column == "note":
                return row.note or None
            if column == "speerpunt":
                return f"{row.speerpunt_code} {row.speerpunt_title}"
            if column == "anchor":
                return self.anchor_tooltip(getattr(row, "anchor", None))
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "assessment":
                return assessments.assessment_swatch(Assessment(row.assessment))
            if column == "speerpunt" and row.colour:
                return assessments.swatch(row.colour)
            if column == "author" and row.author:
                return self._author_colours.icon(row.author)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "page":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def _display(self, row: FindingRow, column: str) -> str:
        if column == "document":
            return row.document_title
        if column == "page":
            return "" if row.page is None else str(row.page)
        if column == "quote":
            quote = " ".join(row.quote.split())
            if not quote:
                return self.tr("(not in the agreement)")
            return quote if len(quote) <= _QUOTE_CHARS else quote[:_QUOTE_CHARS].rstrip() + "…"
        if column == "speerpunt":
            return f"{row.speerpunt_code} {row.speerpunt_title}".strip()
        if column == "theme":
            return row.theme_title
        if column == "assessment":
            return assessments.label(row.assessment)
        if column == "note":
            return " ".join(row.note.split())
        if column == "author":
            return row.author
        if column == "anchor":
            return self.anchor_text(getattr(row, "anchor", None), getattr(row, "anchor_score", None))
        return local_time(row.modified)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        row = self.row_at(index.row())
        # A missing finding has no passage, so it cannot become positive or concern.
        if column == "note" or (column == "assessment" and row.start is not None):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        from desktop.ui.commands.findings import EditFinding

        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if column == "note":
            command = EditFinding(self.session, row.id, note=str(value))
        elif column == "assessment":
            command = EditFinding(self.session, row.id, assessment=Assessment(value))
        else:
            return False
        self.session.push(command)
        self.last_error = command.error
        if command.error:
            self.session.edit_refused.emit(command.error)
        return not command.error

    # --- following the project --------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents or changes.frameworks:
            self.reload()  # titles, codes or whole sets of findings may have changed
            return
        if changes.findings:
            self.refresh_findings(changes.findings)

    def refresh_findings(self, ids: set[str]) -> None:
        """Re-read just ``ids``; rows that only changed in place repaint without a reset."""
        fresh = {row.id: row for row in read_rows(self.session.project, sorted(ids))}
        if set(fresh) == ids and all(i in self._position for i in ids):
            shown_before = {i for i in ids if self.row_of(i) is not None}
            for finding_id, row in fresh.items():
                position = self._position[finding_id]
                self._rows[position] = row
                self._folded[position] = haystack(row)
            self._keys = {}
            positions = [self._position[i] for i in ids]
            shown_now = {self._rows[p].id for p in filter_indexes(self._rows, self._folded, self._filter, positions)}
            if shown_now == shown_before:
                for finding_id in shown_now:
                    visible_row = self.row_of(finding_id)
                    if visible_row is not None:
                        self.dataChanged.emit(self.index(visible_row, 0), self.index(visible_row, len(COLUMNS) - 1))
                return
        # Rows came, went or left the filter: rebuild the list from memory plus the fresh rows.
        rows = [row for row in self._rows if row.id not in ids] + list(fresh.values())
        self.beginResetModel()
        self._load(rows)
        self._visible = self._sorted(filter_indexes(self._rows, self._folded, self._filter))
        self.endResetModel()


