"""The heading tree of a document beside its text; activating a heading jumps to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.domain.document import PassageKind
from desktop.store.documents import PassageRecord

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as the default parent


@dataclass(eq=False)
class OutlineNode:
    """A heading, with the headings below it; ``start`` is a code-point offset."""

    title: str
    start: int
    level: int
    parent: OutlineNode | None = None
    children: list[OutlineNode] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def build_outline(passages: Sequence[PassageRecord]) -> OutlineNode:
    """A root node holding the heading tree; a deeper heading nests under the one above it."""
    root = OutlineNode("", 0, 0)
    open_nodes = [root]
    for passage in passages:
        if passage.kind is not PassageKind.HEADING:
            continue
        level = max(passage.level, 1)
        while open_nodes[-1] is not root and open_nodes[-1].level >= level:
            open_nodes.pop()
        node = OutlineNode(" ".join(passage.text.split()), passage.start, level, parent=open_nodes[-1])
        open_nodes[-1].children.append(node)
        open_nodes.append(node)
    return root


class OutlineModel(QAbstractItemModel):
    """Adapts an OutlineNode tree; StartRole gives a heading's code-point offset."""

    StartRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = OutlineNode("", 0, 0)

    def set_root(self, root: OutlineNode) -> None:
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def _node(self, index: _Index) -> OutlineNode:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return node.title
        if role == self.StartRole:
            return node.start
        return None


class OutlineView(QTreeView):
    """Emits ``heading_activated(offset)`` when a heading is clicked or chosen with Enter."""

    heading_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentOutline")
        self.outline_model = OutlineModel(self)
        self.setModel(self.outline_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Outline"))
        self.setToolTip(self.tr("Headings of the document; click one to jump to it"))

    def set_passages(self, passages: Sequence[PassageRecord]) -> None:
        self.outline_model.set_root(build_outline(passages))
        self.expandToDepth(0)

    def _activate(self, index: QModelIndex) -> None:
        start = index.data(OutlineModel.StartRole)
        if start is not None:
            self.heading_activated.emit(int(start))
