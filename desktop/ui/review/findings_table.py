"""The findings table: every finding with filters, inline editing, delete and re-tag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import list_documents
from desktop.store.frameworks import list_speerpunten
from desktop.ui import assessments
from desktop.ui.i18n import count_text
from desktop.ui.layouts import nested
from desktop.ui.review.findings_model import FindingsModel
from desktop.ui.review.findings_rows import ANCHOR_GROUPS, COLUMNS, RowFilter
from desktop.ui.session import Session

FILTER_DELAY_MS = 100  # long enough to skip the keystrokes of a fast typist, short enough to feel immediate


class AssessmentDelegate(QStyledItemDelegate):
    """A combo box of the three assessments, labelled in the interface language."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setObjectName("assessmentEditor")
        for value in assessments.ORDER:
            editor.addItem(assessments.assessment_swatch(value), assessments.label(value), value.value)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FindingsTable(QWidget):
    """Findings of all documents, to review, filter, correct and delete.

    Signals: ``open_requested(document_id, start, end, words)`` on double-click
    or Enter (a missing finding opens its position-paper passage, if it has one).
    Public: ``model`` (FindingsModel), ``view`` (QTableView), ``text_filter``
    (QLineEdit), the filter combos ``document_filter``, ``theme_filter``,
    ``speerpunt_filter``, ``assessment_filter``, ``author_filter``;
    ``select_findings(ids)``, ``show_findings(ids)`` (clears filters hiding them),
    ``show_speerpunt(id)``, ``clear_filters()``, ``delete_selected()``, ``retag_selected(speerpunt_id=None)``.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("findingsTable")
        self.model = FindingsModel(session, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)

        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("findingsTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(lambda _text: self._timer.start())
        self.document_filter = self._combo("findingsDocumentFilter")
        self.theme_filter = self._combo("findingsThemeFilter")
        self.speerpunt_filter = self._combo("findingsSpeerpuntFilter")
        self.assessment_filter = self._combo("findingsAssessmentFilter")
        self.author_filter = self._combo("findingsAuthorFilter")
        self.anchor_filter = self._combo("findingsAnchorFilter")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findingsCount")

        self.view = QTableView(self)
        self.view.setObjectName("findingsView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep text order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setItemDelegateForColumn(COLUMNS.index("assessment"), AssessmentDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Widths in characters of the current font; quote and note share what is left over.
        metrics = self.view.fontMetrics()
        samples = {"document": "Coalitieakkoord 20", "page": "000", "speerpunt": "■ 1.2 Betaalbaar wonen voor",
                   "theme": "Wonen en leefomg", "assessment": "■ Ontbreekt", "anchor": "nakijken: gewijzigd (83%)",
                   "author": "Fatima el Amra", "time": "00-00-0000 00:00"}
        for column, sample in samples.items():
            header.resizeSection(COLUMNS.index(column), metrics.horizontalAdvance(sample) + 24)
        for column in ("quote", "note"):
            header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.installEventFilter(self)

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.retag_action = QAction(self)
        self.retag_action.triggered.connect(lambda: self.retag_selected())
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: self._open_index(self.view.currentIndex()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = nested(layout, QHBoxLayout())
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.text_filter, 3)
        for combo in self._filter_combos():
            filters.addWidget(combo, 2)
        filters.addWidget(self.count_label)
        layout.addWidget(self.view)

        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.document_filter, self.theme_filter, self.speerpunt_filter, self.assessment_filter,
                self.author_filter, self.anchor_filter)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        return combo

    # --- texts and choices ----------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Findings"))
        self.view.setAccessibleName(self.tr("Findings table"))
        self.text_filter.setPlaceholderText(self.tr("Filter: quote, note, speerpunt…"))
        self.text_filter.setAccessibleName(self.tr("Filter findings by text"))
        self.document_filter.setAccessibleName(self.tr("Filter by document"))
        self.theme_filter.setAccessibleName(self.tr("Filter by theme"))
        self.speerpunt_filter.setAccessibleName(self.tr("Filter by speerpunt"))
        self.assessment_filter.setAccessibleName(self.tr("Filter by assessment"))
        self.author_filter.setAccessibleName(self.tr("Filter by author"))
        self.anchor_filter.setAccessibleName(self.tr("Filter by how a finding was carried over to a new version"))
        self.delete_action.setText(self.tr("Delete"))
        self.retag_action.setText(self.tr("Re-tag to speerpunt…"))
        self.open_action.setText(self.tr("Show in document"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.fill_choices()
        self._update_count()

    def fill_choices(self) -> None:
        """(Re)fill the filter combos from the project, keeping what is chosen where it still exists."""
        project = self.session.project
        speerpunten = list_speerpunten(project)
        themes: dict[str, str] = {}
        for sp in speerpunten:
            themes.setdefault(sp.theme_id, sp.theme_title)
        authors = sorted({row.author for row in self.model.all_rows()}, key=str.casefold)
        self._refill(self.document_filter, self.tr("All documents"),
                     [(d.citation_name, d.id) for d in list_documents(project)])
        self._refill(self.theme_filter, self.tr("All themes"), [(title, i) for i, title in themes.items()])
        self._refill(self.speerpunt_filter, self.tr("All speerpunten"),
                     [(f"{sp.code} {sp.title}", sp.id) for sp in speerpunten])
        self._refill(self.assessment_filter, self.tr("All assessments"),
                     [(assessments.label(a), a.value) for a in assessments.ORDER])
        self._refill(self.author_filter, self.tr("All authors"), [(name, name) for name in authors])
        anchor_labels = {"exact": self.tr("Carried over exactly"), "moved": self.tr("Moved"),
                         "review": self.tr("To review"), "confirmed": self.tr("Confirmed"),
                         "own": self.tr("Tagged on this version")}
        self._refill(self.anchor_filter, self.tr("Any carry-over"),
                     [(anchor_labels[group], group) for group in ANCHOR_GROUPS])
        self._show_carry_over(any(getattr(row, "anchor", None) is not None for row in self.model.all_rows()))

    def _show_carry_over(self, shown: bool) -> None:
        """The carry-over column and filter appear once a revised agreement brought findings over."""
        self.view.setColumnHidden(COLUMNS.index("anchor"), not shown)
        self.anchor_filter.setVisible(shown)
        if not shown and self.anchor_filter.currentIndex() > 0:
            self.anchor_filter.setCurrentIndex(0)

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)
        if combo.currentData() != chosen:
            self.apply_filter()

    def current_filter(self) -> RowFilter:
        return RowFilter(
            document_id=self.document_filter.currentData(),
            theme_id=self.theme_filter.currentData(),
            speerpunt_id=self.speerpunt_filter.currentData(),
            assessment=self.assessment_filter.currentData(),
            author=self.author_filter.currentData(),
            anchor_group=self.anchor_filter.currentData(),
            text=self.text_filter.text(),
        )

    def apply_filter(self) -> None:
        """Filter now (the text field calls this after FILTER_DELAY_MS of quiet)."""
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _update_count(self, *_args) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows())
        if shown == total:
            # Two texts rather than "%Ln finding(s)": no English translation file is needed.
            if total == 1:
                self.count_label.setText(self.tr("1 finding"))
            else:
                self.count_label.setText(self.tr("%Ln findings", "", total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2"), count_text(shown), count_text(total)))

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents or changes.frameworks or changes.findings:
            self.fill_choices()
        self._update_count()

    # --- acting on rows -------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def select_findings(self, ids: list[str]) -> None:
        """Select (and scroll to) the visible rows of ``ids``."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = None
        for finding_id in ids:
            row = self.model.row_of(finding_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            first = first or index
        if first is not None:
            self.view.scrollTo(first)
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)

    def show_findings(self, ids: list[str]) -> None:
        """Select ``ids``, first clearing filters that would hide some of them."""
        if any(self.model.row_of(finding_id) is None for finding_id in ids):
            self.clear_filters()
        self.select_findings(ids)

    def show_speerpunt(self, speerpunt_id: str) -> None:
        """Narrow the table to one speerpunt (the framework tree's activation)."""
        self.speerpunt_filter.setCurrentIndex(max(0, self.speerpunt_filter.findData(speerpunt_id)))

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.apply_filter()

    def delete_selected(self) -> None:
        from desktop.ui.commands.findings import DeleteFindings

        ids = self.selected_ids()
        if ids:
            self.session.push(DeleteFindings(self.session, ids))

    def retag_selected(self, speerpunt_id: str | None = None) -> None:
        """Move the selected findings to another speerpunt, as one undo step."""
        from desktop.ui.commands.findings import EditFinding

        ids = self.selected_ids()
        if not ids:
            return
        speerpunt_id = speerpunt_id or self.choose_speerpunt()
        if not speerpunt_id:
            return
        stack = self.session.undo_stack
        if len(ids) == 1:
            stack.beginMacro(self.tr("Re-tag finding"))
        else:
            stack.beginMacro(self.tr("Re-tag %Ln findings", "", len(ids)))
        for finding_id in ids:
            stack.push(EditFinding(self.session, finding_id, speerpunt_id=speerpunt_id))
        stack.endMacro()

    def choose_speerpunt(self) -> str | None:
        """Ask which speerpunt; tests replace this method."""
        speerpunten = list_speerpunten(self.session.project)
        names = [f"{sp.code} {sp.title}" for sp in speerpunten]
        name, ok = QInputDialog.getItem(self, self.tr("Re-tag"), self.tr("Move the findings to speerpunt:"), names,
                                        0, False)
        return speerpunten[names.index(name)].id if ok and name in names else None

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.start is not None and row.end is not None:
            self.open_requested.emit(row.document_id, row.start, row.end, [])
        elif row.source_document_id and row.source_start is not None and row.source_end is not None:
            self.open_requested.emit(row.source_document_id, row.source_start, row.source_end, [])

    def _context_menu(self, point: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.retag_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.view.viewport().mapToGlobal(point))

    def eventFilter(self, watched, event) -> bool:
        # Enter opens the current finding, unless an editor is open (then Enter saves it).
        # Delete also works when the window is not active (the shortcut needs that).
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.view.currentIndex())
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

