"""The framework tree: themes and speerpunten with finding counts, editing, and "mark missing"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.document import Passage
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import document_text, list_documents, list_passages
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks
from desktop.ui.commands import frameworks as commands
from desktop.ui.i18n import refusal_text
from desktop.ui.review.framework_model import FrameworkModel, Node
from desktop.ui.review.wrapped_titles import WrappedTitles
from desktop.ui.session import Session


class FrameworkTree(QWidget):
    """Themes → speerpunten with colour swatches and counts of positive / concern / missing findings.

    Signals: ``speerpunt_activated(speerpunt_id)`` on double-click or Enter.
    The combo ``document_choice`` chooses whose findings are counted (all, or one agreement).
    Actions (public, also in the context menu): add_theme_action, add_speerpunt_action,
    rename_action, move_up_action, move_down_action, colour_action, delete_action,
    mark_missing_action, propose_action, import_action. Dialog steps are methods
    (ask_colour, ask_reassign, ask_framework_file, confirm_proposal, run_missing_dialog)
    that tests replace. While the project has no framework, a hint with two buttons
    (``empty_hint``: propose from the position paper, import a framework file) stands above the tree.
    """

    speerpunt_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("frameworkTree")
        self.model = FrameworkModel(session, self)
        self.document_choice = QComboBox(self)
        # Narrow as the left column on a laptop: a long agreement title is cut short, not the column widened.
        self.document_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_choice.setMinimumContentsLength(12)
        self.document_choice.setObjectName("frameworkTreeDocument")
        self.document_choice.currentIndexChanged.connect(
            lambda _i: self.model.set_document(self.document_choice.currentData())
        )
        self.view = QTreeView(self)
        self.view.setObjectName("frameworkTreeView")
        self.view.setModel(self.model)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance("000") + 8)
        # Room for the titles in a narrow left column: a small step per level.
        self.view.setIndentation(14)
        # A title too long for the column wraps onto a second line: "1.1 Preve…" tells speerpunten not apart.
        self.title_delegate = WrappedTitles(self.view)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self.view.expandAll)

        self.add_theme_action = self._action(self.add_theme)
        self.add_speerpunt_action = self._action(self.add_speerpunt, QKeySequence(Qt.Key.Key_Insert))
        self.rename_action = self._action(self.rename, QKeySequence(Qt.Key.Key_F2))
        self.move_up_action = self._action(lambda: self.move(-1), QKeySequence("Alt+Up"))
        self.move_down_action = self._action(lambda: self.move(+1), QKeySequence("Alt+Down"))
        self.colour_action = self._action(self.recolour)
        self.delete_action = self._action(self.delete, QKeySequence(QKeySequence.StandardKey.Delete))
        self.mark_missing_action = self._action(self.mark_missing, QKeySequence("Ctrl+M"))
        self.propose_action = self._action(self.propose)
        self.import_action = self._action(self.import_file)

        self.empty_hint = QWidget(self)
        self.empty_hint.setObjectName("frameworkTreeEmptyHint")
        self.empty_label = QLabel(self.empty_hint)
        self.empty_label.setWordWrap(True)
        self.propose_button = QPushButton(self.empty_hint)
        self.propose_button.setObjectName("frameworkTreeProposeButton")
        self.propose_button.clicked.connect(lambda _checked=False: self.propose())
        self.import_button = QPushButton(self.empty_hint)
        self.import_button.setObjectName("frameworkTreeImportButton")
        self.import_button.clicked.connect(lambda _checked=False: self.import_file())
        hint_layout = QVBoxLayout(self.empty_hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty_label, self.propose_button, self.import_button):
            hint_layout.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.document_choice)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        self.view.expandAll()
        session.changed.connect(self._on_changed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.retranslate_ui()

    def _action(self, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Speerpunten"))
        self.view.setAccessibleName(self.tr("Themes and speerpunten"))
        self.document_choice.setAccessibleName(self.tr("Count findings in"))
        self.document_choice.setToolTip(self.tr("Count findings in"))
        self.add_theme_action.setText(self.tr("Add theme"))
        self.add_speerpunt_action.setText(self.tr("Add speerpunt"))
        self.rename_action.setText(self.tr("Rename"))
        self.move_up_action.setText(self.tr("Move up"))
        self.move_down_action.setText(self.tr("Move down"))
        self.colour_action.setText(self.tr("Colour…"))
        self.delete_action.setText(self.tr("Delete"))
        self.mark_missing_action.setText(self.tr("Mark missing in agreement…"))
        self.propose_action.setText(self.tr("Propose from position paper…"))
        self.import_action.setText(self.tr("Import framework file…"))
        self.empty_label.setText(self.tr(
            "No speerpunten yet. Let Speerpunt propose themes and speerpunten from your position paper, "
            "or import a framework file."))
        self.propose_button.setText(self.tr("Propose from position paper…"))
        self.import_button.setText(self.tr("Import framework file…"))
        self.fill_documents()
        self._update_actions()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill_documents(self) -> None:
        chosen = self.document_choice.currentData()
        self.document_choice.blockSignals(True)
        self.document_choice.clear()
        self.document_choice.addItem(self.tr("Findings in all documents"), None)
        for document in list_documents(self.session.project):
            if document.kind == "agreement":
                self.document_choice.addItem(fill(self.tr("Findings in %1"), document.citation_name),
                                             document.id)
        index = self.document_choice.findData(chosen) if chosen is not None else 0
        self.document_choice.setCurrentIndex(max(0, index))
        self.document_choice.blockSignals(False)
        if self.document_choice.currentData() != self.model.document_id:
            self.model.set_document(self.document_choice.currentData())

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents:
            self.fill_documents()
        self._update_actions()

    # --- what is chosen ----------------------------------------------------------------

    def current_node(self) -> Node | None:
        return self.model.node(self.view.currentIndex())

    def select(self, node_id: str) -> None:
        index = self.model.index_of(node_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _update_actions(self) -> None:
        node = self.current_node()
        kind = node.kind if node else None
        self.add_speerpunt_action.setEnabled(kind in ("theme", "speerpunt"))
        for action in (self.rename_action, self.move_up_action, self.move_down_action, self.colour_action,
                       self.delete_action):
            action.setEnabled(kind in ("theme", "speerpunt"))
        self.mark_missing_action.setEnabled(kind == "speerpunt")
        has_framework = bool(list_frameworks(self.session.project))
        self.add_theme_action.setEnabled(has_framework)
        self.empty_hint.setVisible(not has_framework)

    def _activated(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is not None and node.kind == "speerpunt":
            self.speerpunt_activated.emit(node.id)

    def _context_menu(self, point: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        node = self.current_node()
        if node is not None and node.kind == "speerpunt":
            menu.addAction(self.mark_missing_action)
            menu.addSeparator()
        for action in (self.add_theme_action, self.add_speerpunt_action, self.rename_action, self.colour_action,
                       self.move_up_action, self.move_down_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.propose_action)
        menu.addAction(self.import_action)
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _push(self, command) -> bool:
        title = command.text()  # a refused step is obsolete: the undo stack deletes it on push
        self.session.push(command)
        if command.error:
            QMessageBox.information(self, title, command.error)
            return False
        return True

    # --- editing -----------------------------------------------------------------------

    def add_theme(self) -> None:
        node = self.current_node()
        frameworks = list_frameworks(self.session.project)
        if not frameworks:
            return
        framework_id = frameworks[0].id
        if node is not None:  # add to the framework of what is selected, when there are several
            top = node
            while top.parent is not None:
                top = top.parent
            framework_id = top.id if top.kind == "framework" else (self._framework_of(node) or framework_id)
        command = commands.AddTheme(self.session, framework_id, self.tr("New theme"))
        if self._push(command):
            self._edit(command.theme_id)

    def _framework_of(self, node: Node) -> str | None:
        theme_id = node.id if node.kind == "theme" else (node.parent.id if node.parent else None)
        for framework in list_frameworks(self.session.project):
            if any(theme.id == theme_id for theme in framework.themes):
                return framework.id
        return None

    def add_speerpunt(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in ("theme", "speerpunt"):
            return
        theme = node if node.kind == "theme" else node.parent
        command = commands.AddSpeerpunt(self.session, theme.id, self._next_code(theme), self.tr("New speerpunt"))
        if self._push(command):
            self._edit(command.speerpunt_id)

    def _next_code(self, theme: Node) -> str:
        """The theme's code plus the next free number: "2" with 2.1, 2.2 gives "2.3"."""
        used = {sp.code for fw in list_frameworks(self.session.project) for t in fw.themes for sp in t.speerpunten}
        prefix = f"{theme.code}." if theme.code else ""
        number = len(theme.children) + 1
        while f"{prefix}{number}" in used:
            number += 1
        return f"{prefix}{number}"

    def _edit(self, node_id: str | None) -> None:
        if node_id:
            self.select(node_id)
            self.view.edit(self.model.index_of(node_id))

    def rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index.siblingAtColumn(0))

    def move(self, steps: int) -> None:
        node = self.current_node()
        if node is None:
            return
        if node.kind == "theme":
            command = commands.MoveTheme(self.session, node.id, steps)
        elif node.kind == "speerpunt":
            command = commands.MoveSpeerpunt(self.session, node.id, steps)
        else:
            return
        self.session.push(command)  # at the end already: nothing happens, nothing to say
        self.select(node.id)

    def recolour(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in ("theme", "speerpunt"):
            return
        colour = self.ask_colour(node.colour)
        if colour is None:
            return
        if node.kind == "theme":
            self._push(commands.EditTheme(self.session, node.id, colour=colour))
        else:
            self._push(commands.EditSpeerpunt(self.session, node.id, colour=colour))
        self.select(node.id)

    def ask_colour(self, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current or "#888888"), self, self.tr("Colour"))
        return chosen.name() if chosen.isValid() else None

    def delete(self) -> None:
        node = self.current_node()
        if node is None:
            return
        if node.kind == "theme":
            self._push(commands.DeleteTheme(self.session, node.id))
        elif node.kind == "speerpunt":
            count = len(list_findings(self.session.project, speerpunt_id=node.id))
            reassign_to = None
            if count:
                answer = self.ask_reassign(node.id, count)
                if answer is False:
                    return
                reassign_to = answer
            self._push(commands.DeleteSpeerpunt(self.session, node.id, reassign_to))

    def ask_reassign(self, speerpunt_id: str, count: int) -> str | None | bool:
        """Another speerpunt's id, None to delete the findings too, or False to cancel."""
        from desktop.ui.review.framework_dialogs import ReassignDialog

        dialog = ReassignDialog(self.session, speerpunt_id, count, self)
        if dialog.exec() != ReassignDialog.DialogCode.Accepted:
            return False
        return dialog.reassign_to()

    # --- missing, proposal, import -------------------------------------------------------

    def mark_missing(self) -> None:
        node = self.current_node()
        if node is not None and node.kind == "speerpunt":
            self.run_missing_dialog(node.id)

    def run_missing_dialog(self, speerpunt_id: str) -> None:
        from desktop.ui.review.missing_dialog import run_missing_dialog

        run_missing_dialog(self.session, speerpunt_id, self.model.document_id, self)

    def propose(self) -> None:
        from desktop.frameworks.propose import proposal_name, propose_framework

        papers = [d for d in list_documents(self.session.project) if d.kind == "position"]
        if not papers:
            QMessageBox.information(self, self.tr("Propose from position paper"),
                                    self.tr("Import your position paper first (as a position paper)."))
            return
        paper = papers[-1]
        passages = [
            Passage(seq=p.seq, kind=p.kind, start=p.start, end=p.end, level=p.level, page=p.page,
                    heading_path=p.heading_path)
            for p in list_passages(self.session.project, paper.id)
        ]
        name = proposal_name(paper.title, paper.short_name, paper.period)
        proposal = propose_framework(paper.title, document_text(self.session.project, paper.id), passages, name)
        confirmed = self.confirm_proposal(proposal)
        if confirmed is not None:
            self._push(commands.ImportFramework(self.session, confirmed))

    def confirm_proposal(self, proposal):
        from desktop.ui.review.framework_dialogs import ProposalDialog

        dialog = ProposalDialog(proposal, self)
        return dialog.chosen_framework() if dialog.exec() == ProposalDialog.DialogCode.Accepted else None

    def import_file(self) -> None:
        from desktop.frameworks.errors import FrameworkFormatError
        from desktop.frameworks.fileformat import load_framework
        from desktop.frameworks.refi import load_qdc
        from desktop.ingest.errors import ImportRefused

        path = self.ask_framework_file()
        if path is None:
            return
        try:
            # A REFI-QDA codebook (ATLAS.ti, MAXQDA, NVivo, QualCoder, Taguette) may hold several frameworks.
            frameworks = load_qdc(path) if path.suffix.lower() == ".qdc" else [load_framework(path)]
        except (FrameworkFormatError, ImportRefused, OSError) as error:
            QMessageBox.warning(self, self.tr("Import framework file"), refusal_text(error))
            return
        for framework in frameworks:
            self._push(commands.ImportFramework(self.session, framework))

    def ask_framework_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import framework file"), "",
            self.tr("Framework files (*.yaml *.yml *.md *.txt)") + ";;" + self.tr("REFI-QDA codebooks (*.qdc)"))
        return Path(name) if name else None
