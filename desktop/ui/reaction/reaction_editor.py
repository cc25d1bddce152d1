"""The reaction per speerpunt: its findings on the agreement next to the analyst's text, saved as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.operations.reactions import set_reaction
from desktop.placeholders import fill
from desktop.store.documents import list_documents
from desktop.store.frameworks import SpeerpuntRecord, get_speerpunt
from desktop.store.ids import NotFound
from desktop.store.reactions import list_reactions
from desktop.ui import questions
from desktop.ui.commands.reactions import DraftChoice, DraftReaction, EditReaction, ReactionState
from desktop.ui.layouts import nested
from desktop.ui.reaction.autosave import AutosavedText
from desktop.ui.reaction.reaction_models import (
    OutlineModel,
    ReactionFindingsModel,
    TopAlignedDelegate,
    finding_rows,
    outline_rows,
)
from desktop.ui.session import Session

# Below this width (a dock beside two documents on a laptop) the speerpunten list gives its width to the
# findings and the text: a drop-down list above them chooses the speerpunt instead.
NARROW_WIDTH = 620


class ReactionEditor(QWidget):
    """Speerpunten list left; right the speerpunt, its findings and the reaction text.

    ``open_requested(document_id, start, end, words)`` when a finding is clicked.
    ``confirm_replace(code) -> bool`` asks before a draft replaces a text (tests replace it).
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionEditor")
        self.session = session
        self.confirm_replace = self._ask_replace
        self.speerpunt: SpeerpuntRecord | None = None
        self.narrow = False
        self._target_document: str | None = None  # the reaction row's document (the agreement, or None)
        self._old_state = ReactionState("", None)
        self.choice = DraftChoice()
        self._build()
        self.autosave = AutosavedText(self.text, self._save, parent=self)
        self.autosave.session_finished.connect(self._push_session)
        self.autosave.saved.connect(self._show_saved)
        self.autosave.failed.connect(self._show_failure)
        self.agreement_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.findings_view.clicked.connect(self._open_finding)
        self.findings_view.activated.connect(self._open_finding)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.fill_agreements()

    # Building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.agreement_label = QLabel(self)
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.setObjectName("reactionAgreement")
        self.agreement_label.setBuddy(self.agreement_combo)

        self.outline = OutlineModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("reactionSpeerpunten")
        self.list_view.setModel(self.outline)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The same outline as a drop-down list, shown instead of the list when the editor is narrow.
        self.speerpunt_label = QLabel(self)
        self.speerpunt_combo = QComboBox(self)
        self.speerpunt_combo.setObjectName("reactionSpeerpuntChoice")
        self.speerpunt_combo.setModel(self.outline)
        self.speerpunt_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speerpunt_combo.setMinimumContentsLength(12)
        self.speerpunt_combo.setMaxVisibleItems(20)
        self.speerpunt_combo.activated.connect(self._combo_chosen)
        self.speerpunt_label.setBuddy(self.speerpunt_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = nested(layout, QGridLayout())
        top.addWidget(self.agreement_label, 0, 0)
        top.addWidget(self.agreement_combo, 0, 1)
        top.addWidget(self.speerpunt_label, 1, 0)
        top.addWidget(self.speerpunt_combo, 1, 1)
        top.setColumnStretch(1, 1)
        self.speerpunt_label.hide()
        self.speerpunt_combo.hide()

        self.heading = QLabel(self)
        self.heading.setObjectName("reactionHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.formulation = QLabel(self)
        self.formulation.setObjectName("reactionFormulation")
        self.formulation.setWordWrap(True)
        self.formulation.setTextFormat(Qt.TextFormat.PlainText)
        italic = self.formulation.font()
        italic.setItalic(True)
        self.formulation.setFont(italic)

        self.stale_bar = QFrame(self)
        self.stale_bar.setObjectName("staleNotice")
        self.stale_bar.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber, as the coverage view marks what needs attention; the words carry the meaning.
        self.stale_bar.setStyleSheet("#staleNotice { background: #FFF4D6; border: 1px solid #E6B84A; }")
        self.stale_label = QLabel(self.stale_bar)
        self.stale_label.setWordWrap(True)
        self.redraft_button = QPushButton(self.stale_bar)
        self.redraft_button.setObjectName("redraftButton")
        self.redraft_button.clicked.connect(self.draft)
        # Side by side, or (narrow) the button under the words, so neither is clipped.
        self._stale_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.stale_bar)
        self._stale_layout.setContentsMargins(8, 4, 8, 4)
        self._stale_layout.addWidget(self.stale_label, 1)
        self._stale_layout.addWidget(self.redraft_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stale_bar.hide()

        self.findings_label = QLabel(self)
        self.findings_model = ReactionFindingsModel(self)
        self.findings_view = QTableView(self)
        self.findings_view.setObjectName("reactionFindings")
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setItemDelegate(TopAlignedDelegate(self.findings_view))
        self.findings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_view.verticalHeader().hide()
        # A quote and a note are read whole: rows grow to their wrapped text, in a dock of any width.
        self.findings_view.setWordWrap(True)
        self.findings_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings_model.modelReset.connect(self.findings_view.resizeRowsToContents)
        header = self.findings_view.horizontalHeader()
        header.setSectionResizeMode(ReactionFindingsModel.ASSESSMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReactionFindingsModel.PAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReactionFindingsModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReactionFindingsModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self.findings_view.resizeRowsToContents())

        self.text_label = QLabel(self)
        self.draft_action = QAction(self)
        self.draft_action.setObjectName("draftReactionAction")
        self.draft_action.triggered.connect(self.draft)
        self.order_text = QAction(self, checkable=True, checked=True)
        self.order_assessment = QAction(self, checkable=True)
        group = QActionGroup(self)
        for action in (self.order_text, self.order_assessment):
            group.addAction(action)
        self.quotes_action = QAction(self, checkable=True)
        self.pages_action = QAction(self, checkable=True)
        menu = QMenu(self)
        menu.addAction(self.draft_action)
        menu.addSeparator()
        menu.addActions([self.order_text, self.order_assessment])
        menu.addSeparator()
        menu.addActions([self.quotes_action, self.pages_action])
        self.draft_button = QToolButton(self)
        self.draft_button.setObjectName("draftButton")
        self.draft_button.setDefaultAction(self.draft_action)
        self.draft_button.setMenu(menu)
        self.draft_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.draft_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reactionText")
        self.text.setTabChangesFocus(True)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setWordWrap(True)

        findings_box = QWidget(self)
        box = QVBoxLayout(findings_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.findings_label)
        box.addWidget(self.findings_view)
        text_box = QWidget(self)
        box = QVBoxLayout(text_box)
        box.setContentsMargins(0, 0, 0, 0)
        text_row = nested(box, QHBoxLayout())
        text_row.addWidget(self.text_label, 1)
        text_row.addWidget(self.draft_button)
        box.addWidget(self.text, 1)
        box.addWidget(self.save_status)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.addWidget(findings_box)
        self.right_splitter.addWidget(text_box)
        self.right_splitter.setStretchFactor(0, 2)
        self.right_splitter.setStretchFactor(1, 3)
        self.right_splitter.setChildrenCollapsible(False)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.formulation)
        column.addWidget(self.stale_bar)
        column.addWidget(self.right_splitter, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reactionSplitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 480])

        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Reaction per speerpunt"))
        self.agreement_label.setText(self.tr("&Agreement:"))
        self.agreement_combo.setAccessibleName(self.tr("Agreement the reaction is about"))
        self.speerpunt_label.setText(self.tr("&Speerpunt:"))
        self.speerpunt_combo.setAccessibleName(self.tr("Speerpunt to react to"))
        self.list_view.setAccessibleName(self.tr("Speerpunten"))
        self.heading.setAccessibleName(self.tr("Speerpunt"))
        self.formulation.setAccessibleName(self.tr("Formulation"))
        self.stale_bar.setAccessibleName(self.tr("Findings changed since this draft"))
        self.stale_label.setText(self.tr("Findings changed since this draft. Your text is kept; draft again to "
                                         "see the current findings."))
        self.redraft_button.setText(self.tr("Draft again…"))
        self.redraft_button.setAccessibleName(self.tr("Draft again from the current findings"))
        self.findings_view.setAccessibleName(self.tr("Findings of this speerpunt"))
        self.text_label.setText(self.tr("&Reaction:"))
        self.text_label.setBuddy(self.text)
        self.text.setAccessibleName(self.tr("Reaction text"))
        self.text.setPlaceholderText(self.tr("Write the reaction to this speerpunt, or draft it from the findings. "
                                             "Leave a blank line between paragraphs; start a line with “- ” for "
                                             "a bullet. Everything is saved as you type."))
        self.draft_action.setText(self.tr("&Draft from findings"))
        self.draft_action.setToolTip(self.tr("Fill the reaction from the findings' notes (asks before replacing "
                                             "a text)"))
        self.draft_button.setAccessibleName(self.tr("Draft from findings"))
        self.order_text.setText(self.tr("In the agreement's order"))
        self.order_assessment.setText(self.tr("Grouped by assessment (positive, concern, missing)"))
        self.quotes_action.setText(self.tr("With quotes"))
        self.pages_action.setText(self.tr("With quotes and pages"))
        self.save_status.setAccessibleName(self.tr("Save status"))
        self._update_findings_label()
        if self.speerpunt is None:
            self._show_no_speerpunt()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.set_narrow(self.width() < NARROW_WIDTH)

    def set_narrow(self, narrow: bool) -> None:
        """Narrow: the speerpunt chosen from a drop-down list above (which also names it, so the heading
        goes), and the stale notice's button under its words. Wide: the list beside, the heading above."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self.list_view.setVisible(not narrow)
        self.speerpunt_label.setVisible(narrow)
        self.speerpunt_combo.setVisible(narrow)
        self._stale_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                        else QBoxLayout.Direction.LeftToRight)
        self.heading.setVisible(not narrow or self.speerpunt is None)
        if self.speerpunt is None:
            self._show_no_speerpunt()

    def _show_no_speerpunt(self) -> None:
        if not self.outline.rows:
            self.heading.setText(self.tr("Add a framework with speerpunten to write a reaction"))
        elif self.narrow:
            self.heading.setText(self.tr("Choose a speerpunt above"))
        else:
            self.heading.setText(self.tr("Choose a speerpunt on the left"))

    # Loading --------------------------------------------------------------------------------------

    def document_id(self) -> str | None:
        return self.agreement_combo.currentData()

    def fill_agreements(self) -> None:
        current = self.document_id()
        agreements = [d for d in list_documents(self.session.project, current_only=True) if d.kind == "agreement"]
        self.agreement_combo.blockSignals(True)
        self.agreement_combo.clear()
        # Newest first: the export takes the newest agreement when none is chosen.
        for record in reversed(agreements):
            self.agreement_combo.addItem(record.citation_name, record.id)
        index = self.agreement_combo.findData(current)
        self.agreement_combo.setCurrentIndex(max(index, 0))
        self.agreement_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Refill the list and the shown speerpunt from the project (keeps the choice)."""
        chosen = self.speerpunt.id if self.speerpunt else None
        self.outline.set_rows(outline_rows(self.session.project, self.document_id()))
        row = self.outline.row_of(chosen) if chosen else -1
        if row < 0:
            row = next((i for i, r in enumerate(self.outline.rows) if not r.is_theme), -1)
        if row >= 0:
            self._select_row(row)
            self.show_speerpunt(self.outline.rows[row].id, force=True)
        else:
            self.show_speerpunt(None)

    def _select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.outline.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.list_view.scrollTo(self.outline.index(row))
        self.speerpunt_combo.setCurrentIndex(row)

    def _combo_chosen(self, row: int) -> None:
        # A theme heading stands for its first speerpunt.
        rows = self.outline.rows
        chosen = next((i for i in range(row, len(rows)) if not rows[i].is_theme), -1) if row >= 0 else -1
        if chosen >= 0:
            self.select_speerpunt(rows[chosen].id)
        elif self.speerpunt is not None:
            self.speerpunt_combo.setCurrentIndex(self.outline.row_of(self.speerpunt.id))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.outline.rows[current.row()].is_theme:
            self.show_speerpunt(self.outline.rows[current.row()].id)

    def select_speerpunt(self, speerpunt_id: str) -> None:
        row = self.outline.row_of(speerpunt_id)
        if row >= 0:
            self._select_row(row)
            self.show_speerpunt(speerpunt_id)

    def step(self, delta: int) -> None:
        """Go to the next or previous speerpunt (Ctrl+PgDown / Ctrl+PgUp), skipping theme headings."""
        rows = [i for i, r in enumerate(self.outline.rows) if not r.is_theme]
        if not rows:
            return
        current = self.outline.row_of(self.speerpunt.id) if self.speerpunt else -1
        position = rows.index(current) + delta if current in rows else 0
        self.select_speerpunt(self.outline.rows[rows[max(0, min(position, len(rows) - 1))]].id)

    def show_speerpunt(self, speerpunt_id: str | None, force: bool = False) -> None:
        same = self.speerpunt is not None and self.speerpunt.id == speerpunt_id
        if same and not force:
            return
        if not same:
            self.autosave.finish()  # leaving a speerpunt saves its text and closes its undo step
        try:
            self.speerpunt = get_speerpunt(self.session.project, speerpunt_id) if speerpunt_id else None
        except NotFound:
            self.speerpunt = None
        enabled = self.speerpunt is not None and self.document_id() is not None
        self.text.setEnabled(enabled)
        self.draft_action.setEnabled(enabled)
        self.heading.setVisible(not self.narrow or self.speerpunt is None)
        if self.speerpunt is None:
            self._show_no_speerpunt()
            self.speerpunt_combo.setCurrentIndex(-1)
            self.formulation.hide()
            self.findings_model.set_rows([])
            self.autosave.load(None, "")
            self.stale_bar.hide()
            self._update_findings_label()
            return
        sp = self.speerpunt
        self.heading.setText(f"{sp.code}  {sp.title}")
        self.formulation.setText(f"({' '.join(sp.formulation.split())})")
        self.formulation.setVisible(bool(sp.formulation.strip()))
        self._load_findings()
        self._load_text()

    def _load_findings(self) -> None:
        self.findings_model.set_rows(finding_rows(self.session.project, self.speerpunt.id, self.document_id()))
        self._update_findings_label()
        self._update_stale()

    def _load_text(self) -> None:
        if self.autosave.key == self.speerpunt.id:
            self.autosave.flush()  # what is typed goes in first, so reading back cannot undo it
        reaction = list_reactions(self.session.project, self.document_id()).get(self.speerpunt.id)
        # Edit the row the export will print: the agreement's own reaction, else a general one.
        self._target_document = reaction.document_id if reaction else self.document_id()
        text = reaction.text if reaction else ""
        if self.autosave.key != self.speerpunt.id or text != self.autosave.text():
            self._old_state = ReactionState(text, reaction.drafted_from if reaction else None)
        self.autosave.load(self.speerpunt.id, text)
        self._update_stale()

    def _update_findings_label(self) -> None:
        count = len(self.findings_model.rows)
        if self.document_id() is None:
            self.findings_label.setText(self.tr("Import an agreement to react to."))
        else:
            self.findings_label.setText(fill(self.tr("%Ln finding(s) in %1", None, count),
                                             self.agreement_combo.currentText()))

    def _update_stale(self) -> None:
        row = self.outline.row_of(self.speerpunt.id) if self.speerpunt else -1
        self.stale_bar.setVisible(row >= 0 and self.outline.rows[row].stale)

    # Saving ---------------------------------------------------------------------------------------

    def _save(self, speerpunt_id: object, text: str) -> None:
        changes = set_reaction(self.session.project, str(speerpunt_id), text, author=self.session.author,
                               document_id=self._target_document)
        self.session.notify(changes)

    def _push_session(self, speerpunt_id: object, old: str, new: str) -> None:
        try:
            code = get_speerpunt(self.session.project, str(speerpunt_id)).code
        except NotFound:
            return  # the speerpunt went away (deleted elsewhere); nothing left to undo into
        old_state = ReactionState(old, self._old_state.drafted_from)
        self.session.push(EditReaction(self.session, str(speerpunt_id), self._target_document, code, old_state, new))
        self._old_state = ReactionState(new, self._old_state.drafted_from)

    def _show_saved(self, _key: object) -> None:
        self.save_status.setText(fill(self.tr("Saved at %1"), QTime.currentTime().toString("HH:mm:ss")))

    def _show_failure(self, _key: object, message: str) -> None:
        self.save_status.setText(fill(self.tr("Not saved yet: %1. Keep this window open; it tries again."), message))

    def finish_editing(self) -> None:
        """Save what is typed and close the editing session (before the project closes)."""
        self.autosave.finish()

    def hideEvent(self, event) -> None:
        self.autosave.finish()
        super().hideEvent(event)

    # Drafting -------------------------------------------------------------------------------------

    def current_choice(self) -> DraftChoice:
        return DraftChoice("assessment" if self.order_assessment.isChecked() else "text",
                           self.quotes_action.isChecked(), self.pages_action.isChecked())

    def _ask_replace(self, code: str) -> bool:
        return questions.ask(
            self, self.tr("Replace the reaction?"),
            fill(self.tr("Speerpunt %1 already has a reaction text. Replace it with a new draft from the findings? "
                    "You can undo this."), code))

    def draft(self) -> bool:
        """Fill the text from the findings; an existing text is replaced only when the analyst agrees."""
        if self.speerpunt is None or self.document_id() is None:
            return False
        self.autosave.finish()
        if self.autosave.text().strip() and not self.confirm_replace(self.speerpunt.code):
            return False
        command = DraftReaction(self.session, self.speerpunt.id, self._target_document, self.speerpunt.code,
                                self._old_state, self.current_choice())
        self.session.push(command)
        return True

    # Refreshing -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything_changed or changes.documents:
            self.fill_agreements()
            return
        if changes.frameworks or changes.findings:
            self.reload()
            return
        if changes.reactions and self.speerpunt is not None:
            self.outline.set_rows(outline_rows(self.session.project, self.document_id()))
            self._select_row(self.outline.row_of(self.speerpunt.id))
            self._load_text()

    def _open_finding(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.findings_model.rows[index.row()].finding
        if finding.start is not None and finding.end is not None:
            self.open_requested.emit(finding.document_id, finding.start, finding.end, [])
        elif finding.source_document_id and finding.source_start is not None and finding.source_end is not None:
            self.open_requested.emit(finding.source_document_id, finding.source_start, finding.source_end, [])
