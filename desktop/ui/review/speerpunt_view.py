"""The speerpunt view: every tagged passage under one speerpunt or theme, from every agreement, by category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.analysis.collection import UNCATEGORISED, TaggedPassage, passages_by_category
from desktop.store.frameworks import list_speerpunten
from desktop.ui.empty_hint import HintedTreeView
from desktop.ui.layouts import nested
from desktop.ui.review.passage_tree import PASSAGE_ROLE, PassageTreeModel
from desktop.ui.session import Session

THEME, SPEERPUNT = "theme", "speerpunt"


class SpeerpuntView(QWidget):
    """Pick a speerpunt or a theme (type-ahead combo, or ``show_speerpunt`` from the framework tree) and
    read what every agreement says about it: category → agreement (short name) → passages.

    ``show_cell(kind, id, document_id=..., category=...)`` narrows to one matrix cell.
    Signal ``open_requested(document_id, start, end, words)`` on double-click or Enter.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("speerpuntView")
        self.choice: tuple[str, str] | None = None  # (THEME or SPEERPUNT, id)
        self.document_id: str | None = None
        self.category: str | None = None
        self.combo_label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("speerpuntViewChoice")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setMinimumContentsLength(40)
        self.combo.activated.connect(self._combo_chosen)
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("speerpuntViewFilter")
        self.clear_filter_button = QPushButton(self)
        self.clear_filter_button.setObjectName("speerpuntViewClearFilter")
        self.clear_filter_button.clicked.connect(self.clear_cell)
        self.model = PassageTreeModel(self)
        self.tree = HintedTreeView(self)  # says what comes there: nothing chosen yet, or nothing tagged yet
        self.tree.setObjectName("speerpuntViewTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._open)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 50), (3, 300), (4, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = nested(layout, QHBoxLayout())
        bar.addWidget(self.combo_label)
        bar.addWidget(self.combo, 1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.clear_filter_button)
        layout.addWidget(self.tree, 1)
        session.changed.connect(self._on_changed)
        self.fill_choices()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Speerpunt view"))
        self.combo_label.setText(self.tr("&Speerpunt or theme:"))
        self.combo_label.setBuddy(self.combo)
        self.combo.setAccessibleName(self.tr("Speerpunt or theme to show"))
        self.combo.lineEdit().setPlaceholderText(self.tr("Type a code or words of a title"))
        self.tree.setAccessibleName(self.tr("Tagged passages by category and agreement"))
        self.clear_filter_button.setText(self.tr("Show all agreements"))
        self.model.retranslate()
        self._update_filter_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill_choices(self) -> None:
        """Themes (all their speerpunten) and, indented under each, its speerpunten."""
        self.speerpunten = list_speerpunten(self.session.project)
        self.combo.blockSignals(True)
        self.combo.clear()
        seen_themes: set[str] = set()
        for sp in self.speerpunten:
            if sp.theme_id not in seen_themes:
                seen_themes.add(sp.theme_id)
                code = f"{sp.theme_code} " if sp.theme_code else ""
                self.combo.addItem(f"{code}{sp.theme_title}", f"{THEME}:{sp.theme_id}")
            self.combo.addItem(f"      {sp.code}  {sp.title}", f"{SPEERPUNT}:{sp.id}")
        index = self.combo.findData(":".join(self.choice)) if self.choice else -1
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def speerpunt_ids(self) -> list[str]:
        if self.choice is None:
            return []
        kind, chosen = self.choice
        if kind == SPEERPUNT:
            return [chosen]
        return [sp.id for sp in self.speerpunten if sp.theme_id == chosen]

    def show_speerpunt(self, speerpunt_id: str) -> None:
        self.show_cell(SPEERPUNT, speerpunt_id)

    def show_theme(self, theme_id: str) -> None:
        self.show_cell(THEME, theme_id)

    def show_cell(self, kind: str, chosen_id: str, document_id: str | None = None,
                  category: str | None = None) -> None:
        """Show a speerpunt or theme, optionally only one agreement's or one category's passages."""
        self.choice = (kind, chosen_id)
        self.document_id, self.category = document_id, category
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(":".join(self.choice)))
        self.combo.blockSignals(False)
        self.reload()

    def clear_cell(self) -> None:
        self.document_id = self.category = None
        self.reload()

    def reload(self) -> None:
        grouped = passages_by_category(self.session.project, self.speerpunt_ids())
        if self.category is not None:
            grouped = {c: docs for c, docs in grouped.items() if c == self.category}
        if self.document_id is not None:
            grouped = {c: kept for c, docs in grouped.items()
                       if (kept := {name: ps for name, ps in docs.items() if ps[0].document_id == self.document_id})}
        self.model.set_grouped(grouped)
        # Categories and agreements open, so the passages are in sight at once.
        self.tree.expandToDepth(1 if sum(len(d) for d in grouped.values()) <= 40 else 0)
        self._update_filter_label()

    def _update_filter_label(self) -> None:
        narrowed = self.document_id is not None or self.category is not None
        self.clear_filter_button.setVisible(narrowed)
        if self.category is not None:
            name = self.category if self.category != UNCATEGORISED else self.tr("No category")
            self.filter_label.setText(fill(self.tr("Only %1"), name))
        elif self.document_id is not None:
            passages = self.model.passages()
            name = passages[0].document_name if passages else ""
            self.filter_label.setText(fill(self.tr("Only %1"), name))
        else:
            self.filter_label.setText("")
        self.tree.set_empty_hint(self.tr("Nothing tagged with this yet.") if self.choice is not None else self.tr(
            "Choose a speerpunt or theme above: its tagged passages are listed here, by category and agreement."))

    def _combo_chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data:
            self.show_cell(*str(data).split(":", 1))

    def _on_changed(self, changes: Changes) -> None:
        if changes.frameworks or changes.everything_changed:
            self.fill_choices()
        if changes.findings or changes.documents or changes.frameworks or changes.everything_changed:
            self.reload()

    def current_passage(self) -> TaggedPassage | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(PASSAGE_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        passage: TaggedPassage | None = index.siblingAtColumn(0).data(PASSAGE_ROLE)
        if passage is not None and passage.start is not None and passage.end is not None:
            self.open_requested.emit(passage.document_id, passage.start, passage.end, [])
