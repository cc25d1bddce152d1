"""The speerpunt view's rows: category → agreement → tagged passage, as plain nodes and a thin tree model."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.finding import Assessment
from desktop.placeholders import fill
from desktop.store.analysis.collection import UNCATEGORISED, TaggedPassage
from desktop.ui import assessments
from desktop.ui.i18n import count_text

COLUMNS = ("passage", "assessment", "page", "note", "author")
PASSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the TaggedPassage of a passage row, None for group rows
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 2  # Counter of assessments under a row
QUOTE_CHARS = 240  # a passage row shows this much of the quote; the tooltip has all of it

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class Node:
    """A category (level 0), a document (1) or a passage (2); ``parent`` and ``children`` are node numbers."""

    level: int
    label: str
    parent: int
    row: int
    passage: TaggedPassage | None = None
    counts: Counter = field(default_factory=Counter)
    documents: int = 0
    children: list[int] = field(default_factory=list)


def build_nodes(grouped: dict[str, dict[str, list[TaggedPassage]]]) -> list[Node]:
    """Flatten passages_by_category's result into numbered nodes; node 0 is the invisible root."""
    nodes = [Node(-1, "", -1, 0)]
    for category, documents in grouped.items():
        category_number = _append(nodes, Node(0, category, 0, len(nodes[0].children)))
        nodes[category_number].documents = len(documents)
        for name, passages in documents.items():
            document_number = _append(nodes, Node(1, name, category_number, len(nodes[category_number].children)))
            for passage in passages:
                row = len(nodes[document_number].children)
                _append(nodes, Node(2, passage.quote, document_number, row, passage,
                                    Counter({passage.assessment: 1})))
                nodes[document_number].counts[passage.assessment] += 1
            nodes[category_number].counts.update(nodes[document_number].counts)
    return nodes


def _append(nodes: list[Node], node: Node) -> int:
    nodes.append(node)
    number = len(nodes) - 1
    nodes[node.parent].children.append(number)
    return number


def counts_text(counts: Counter) -> str:
    """"2+ 1! 0–": positive, concern, missing, with signs that read without colour."""
    return "  ".join(f"{counts.get(a.value, 0)}{assessments.SIGNS[a]}" for a in assessments.ORDER)


def _count_text(count: int) -> str:
    # Two literal texts, so each reads right in English and Dutch without a plural-forms file.
    if count == 1:
        return QCoreApplication.translate("PassageTree", "1 passage")
    return fill(QCoreApplication.translate("PassageTree", "%1 passages"), count_text(count))


class PassageTreeModel(QAbstractItemModel):
    """Adapts the nodes of build_nodes; internalId is the node number."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.nodes: list[Node] = [Node(-1, "", -1, 0)]

    def set_grouped(self, grouped: dict[str, dict[str, list[TaggedPassage]]]) -> None:
        self.beginResetModel()
        self.nodes = build_nodes(grouped)
        self.endResetModel()

    def _node(self, index: _Index) -> Node:
        return self.nodes[index.internalId()] if index.isValid() else self.nodes[0]

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node.parent <= 0:
            return QModelIndex()
        return self.createIndex(self.nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        column = COLUMNS[index.column()]
        passage = node.passage
        if role == PASSAGE_ROLE:
            return passage
        if role == COUNTS_ROLE:
            return node.counts
        if role == Qt.ItemDataRole.FontRole and node.level < 2:
            font = QFont()
            font.setBold(True)
            return font
        if passage is None:
            return self._group_data(node, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "passage":
                text = " ".join(passage.quote.split())
                if not text:
                    return QCoreApplication.translate("PassageTree", "(no passage: missing in this agreement)")
                return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"
            if column == "assessment":
                value = Assessment(passage.assessment)
                return f"{assessments.SIGNS[value]} {assessments.label(value)}"
            if column == "page":
                return "" if passage.page is None else str(passage.page)
            if column == "note":
                return " ".join(passage.note.split())
            return passage.author
        if role == Qt.ItemDataRole.DecorationRole and column == "assessment":
            return assessments.assessment_swatch(Assessment(passage.assessment))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("passage", "note"):
            return passage.quote if column == "passage" else passage.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "page":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, node: Node, column: str, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "passage":
                passages = _count_text(sum(node.counts.values()))
                if node.level == 0:
                    name = node.label if node.label != UNCATEGORISED else QCoreApplication.translate(
                        "PassageTree", "No category")
                    agreements = (QCoreApplication.translate("PassageTree", "1 agreement") if node.documents == 1
                                  else fill(QCoreApplication.translate("PassageTree", "%1 agreements"), str(node.documents)))
                    return f"{name} — {passages} · {agreements}"
                return f"{node.label} — {passages}"
            if column == "assessment":
                return counts_text(node.counts)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "assessment":
            return ", ".join(f"{node.counts.get(a.value, 0)} {assessments.label(a)}" for a in assessments.ORDER)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (
            QCoreApplication.translate("PassageTree", "Agreement and passage"),
            QCoreApplication.translate("PassageTree", "Assessment"),
            QCoreApplication.translate("PassageTree", "Page"),
            QCoreApplication.translate("PassageTree", "Note"),
            QCoreApplication.translate("PassageTree", "Analyst"),
        )[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutChanged.emit()

    def passages(self) -> list[TaggedPassage]:
        return [node.passage for node in self.nodes if node.passage is not None]
