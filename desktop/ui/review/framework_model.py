"""The framework tree's Qt model: themes and speerpunten with their finding counts per assessment."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.operations.changes import Changes
from desktop.store.analysis.review import assessment_counts
from desktop.store.frameworks import list_frameworks
from desktop.ui import assessments
from desktop.ui.session import Session

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "framework" | "theme" | "speerpunt"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_COLUMNS = ("positive", "concern", "missing")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(eq=False)
class Node:
    """One row of the tree, plain Python: a framework, theme or speerpunt."""

    kind: str
    id: str
    code: str
    title: str
    colour: str = ""
    formulation: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip() if self.kind != "framework" else self.title

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def build_nodes(frameworks, counts: dict[str, Counter]) -> list[Node]:
    """Top-level nodes: the themes, or the frameworks when the project holds several."""
    tops: list[Node] = []
    several = len(frameworks) > 1
    for framework in frameworks:
        holder = Node("framework", framework.id, "", framework.name) if several else None
        for theme in framework.themes:
            theme_node = Node("theme", theme.id, theme.code, theme.title, theme.colour, parent=holder)
            for sp in theme.speerpunten:
                theme_node.children.append(
                    Node("speerpunt", sp.id, sp.code, sp.title, sp.colour or theme.colour, sp.formulation,
                         parent=theme_node, counts=Counter(counts.get(sp.id, {})))
                )
            (holder.children if holder else tops).append(theme_node)
        if holder:
            tops.append(holder)
    for top in tops:
        _sum(top)
    return tops


def _sum(node: Node) -> Counter:
    if node.kind != "speerpunt":
        node.counts = Counter()
        for child in node.children:
            node.counts.update(_sum(child))
    return node.counts


class FrameworkModel(QAbstractItemModel):
    """Frameworks → themes → speerpunten; columns: name, then positive / concern / missing counts.

    ``set_document(document_id or None)`` chooses whose findings are counted.
    Titles are editable in place (pushes EditTheme / EditSpeerpunt).
    """

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: str | None = None
        self.last_error = ""
        self._tops: list[Node] = []
        self._by_id: dict[str, Node] = {}
        self.reload()
        session.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        counts = assessment_counts(self.session.project, self.document_id)
        self._tops = build_nodes(list_frameworks(self.session.project), counts)
        self._by_id = {}
        stack = list(self._tops)
        while stack:
            node = stack.pop()
            self._by_id[node.id] = node
            stack.extend(node.children)
        self.endResetModel()

    def set_document(self, document_id: str | None) -> None:
        self.document_id = document_id
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Re-count findings without rebuilding the tree, so expansion and selection stay."""
        counts = assessment_counts(self.session.project, self.document_id)
        before = {node_id: node.counts for node_id, node in self._by_id.items()}
        for node in self._by_id.values():
            if node.kind == "speerpunt":
                node.counts = Counter(counts.get(node.id, {}))
        for top in self._tops:
            _sum(top)
        # Only the rows whose numbers changed (a finding tagged: its speerpunt, theme and framework): a row told
        # of a change is measured again, its wrapped title included, and the tree holds some fifty of them.
        for node_id, node in self._by_id.items():
            if node.counts != before[node_id]:
                self.dataChanged.emit(self.index_of(node_id), self.index_of(node_id, len(COUNT_COLUMNS)))

    def _on_changed(self, changes: Changes) -> None:
        if changes.frameworks:
            self.reload()
        elif changes.findings or changes.documents:
            self.refresh_counts()

    # --- lookups ---------------------------------------------------------------------

    def node(self, index: _Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(node_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row() if node.parent else self._tops.index(node), column, node)

    def node_by_id(self, node_id: str) -> Node | None:
        return self._by_id.get(node_id)

    def top_nodes(self) -> list[Node]:
        return list(self._tops)

    # --- Qt model ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children(parent)
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        holder = node.parent
        row = holder.row() if holder.parent else self._tops.index(holder)
        return self.createIndex(row, 0, holder)

    def _children(self, parent: _Index) -> list[Node]:
        node = self.node(parent)
        return node.children if node else self._tops

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1 + len(COUNT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Speerpunt")
            if 1 <= section <= len(COUNT_COLUMNS):
                return assessments.SIGNS[assessments.ORDER[section - 1]]
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(COUNT_COLUMNS):
            return assessments.label(COUNT_COLUMNS[section - 1])
        if role == Qt.ItemDataRole.ForegroundRole and 1 <= section <= len(COUNT_COLUMNS):
            return QBrush(assessments.ink(COUNT_COLUMNS[section - 1]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return node.label
            if role == Qt.ItemDataRole.EditRole:
                return node.title
            if role == Qt.ItemDataRole.DecorationRole and node.colour:
                return assessments.swatch(node.colour, 14)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{node.label}\n\n{node.formulation}" if node.formulation else node.label
            if role == Qt.ItemDataRole.FontRole and node.kind != "speerpunt":
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.DisplayRole:
            count = node.counts.get(COUNT_COLUMNS[column - 1], 0)
            return str(count) if count else ""
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(assessments.ink(COUNT_COLUMNS[column - 1]))
        elif role == Qt.ItemDataRole.ToolTipRole:
            count = node.counts.get(COUNT_COLUMNS[column - 1], 0)
            return f"{assessments.label(COUNT_COLUMNS[column - 1])}: {count}"
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "speerpunt" and not sum(node.counts.values()):
            return QBrush(QColor("#6b6b6b"))  # not yet touched: quieter, still readable
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and node.kind in ("theme", "speerpunt"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        from desktop.ui.commands.frameworks import EditSpeerpunt, EditTheme

        title = str(value).strip()
        if not title or title == node.title:
            return False
        if node.kind == "theme":
            command = EditTheme(self.session, node.id, title=title)
        elif node.kind == "speerpunt":
            command = EditSpeerpunt(self.session, node.id, title=title)
        else:
            return False
        self.session.push(command)
        self.last_error = command.error
        if command.error:
            self.session.edit_refused.emit(command.error)
        return not command.error
