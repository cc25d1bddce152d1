"""Comparing analysts on one agreement: agreement figures, tagged passages side by side, settling differences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.document import DocumentKind
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.analysis.agreement import agreement_report
from desktop.store.analysis.comparison import (
    AGREE,
    SETTLED,
    SETTLED_SIGN,
    Compared,
    PassageComparison,
    compare_passages,
    document_findings,
)
from desktop.store.analysis.speerpunt_judgements import SpeerpuntComparison, compare_missing
from desktop.store.documents import list_documents
from desktop.store.frameworks import list_speerpunten
from desktop.ui import screens
from desktop.ui.collaboration.joint_finding_dialog import JointFindingDialog
from desktop.ui.collaboration.review_model import AgreementModel, ComparisonModel
from desktop.ui.commands.review import AcceptTagging, WriteJointFinding, joint_author
from desktop.ui.i18n import count_text
from desktop.ui.layouts import nested
from desktop.ui.session import Session


class ReviewView(QWidget):
    """Compare analysts on an agreement, passage by passage, and settle where they differ.

    Wiring (Review → "Compare analysts…"): a dock or a window of its own::

        view = ReviewView(session, parent=window)       # or open_review_window(session, window)
        view.open_requested.connect(window.open_passage)  # (document_id, start, end, words)
        view.set_document(document_id)                   # optional: the agreement in the active pane

    Settling, each one undo step (desktop.ui.commands.review):

    * "Accept <analyst>'s tagging" deletes, on the selected passages, the other
      analysts' findings whose speerpunt:assessment that analyst did not give,
      and appends "✓ Agreed after comparison with <others> (<date>)" to the note
      of each of that analyst's findings there, so the decision is on record
      and travels with a merge; a passage left with one analyst's tagging and
      that line counts as settled, not as a difference. Findings the analysts
      shared are kept.
    * "Write joint finding…" replaces every finding on one passage by one
      finding over the union of their spans, authored "<a> & <b>".

    A speerpunt that an analyst called missing is a row of its own at the top (the
    speerpunt on the agreement as a whole): per analyst "missing", the passages they
    tagged under it instead, or nothing. Accepting an analyst's judgement there deletes
    the others' findings under the speerpunt that judge otherwise (the passages tagged
    under it when "missing" is accepted, the missing findings when the tagging is) and
    notes the agreement with every other analyst on the kept findings, so the row reads
    settled even where the others had said nothing. A joint finding needs one passage.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: str | None = None
        self.setObjectName("reviewView")
        # Tests replace this to fill in the joint finding without showing the dialog.
        self.ask_joint_finding = self._ask_joint_finding

        self.document_label = QLabel()
        self.documents = QComboBox()
        self.documents.setObjectName("reviewDocument")
        self.documents.currentIndexChanged.connect(self._document_chosen)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)

        self.agreement = AgreementModel()
        self.figures = QTableView()
        self.figures.setObjectName("reviewFigures")
        self.figures.setModel(self.agreement)
        self.figures.verticalHeader().hide()
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

        self.comparison = ComparisonModel()
        self.table = QTableView()
        self.table.setObjectName("reviewPassages")
        self.table.setModel(self.comparison)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

        self.differences_only = QCheckBox()
        self.differences_only.setObjectName("reviewDifferencesOnly")
        self.differences_only.toggled.connect(self._filter_changed)
        self.accept_buttons: dict[str, QPushButton] = {}
        self.joint_button = QPushButton()
        self.joint_button.setObjectName("reviewJointFinding")
        self.joint_button.clicked.connect(self.write_joint_finding)

        layout = QVBoxLayout(self)
        top = nested(layout, QHBoxLayout())
        top.addWidget(self.document_label)
        top.addWidget(self.documents, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        actions = nested(lower_layout, QHBoxLayout())
        actions.addWidget(self.differences_only)
        actions.addStretch(1)
        # Filled with one button per analyst as analysts come and go.
        self.accept_row = nested(actions, QHBoxLayout())
        actions.addWidget(self.joint_button)
        lower_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.figures)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()
        self._load_documents()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare analysts"))
        self.setAccessibleName(self.tr("Compare analysts"))
        self.document_label.setText(self.tr("Agreement:"))
        self.documents.setAccessibleName(self.tr("Agreement to compare on"))
        self.figures.setAccessibleName(self.tr("Agreement between analysts"))
        self.table.setAccessibleName(self.tr("Tagged passages by analyst"))
        self.differences_only.setText(self.tr("Differences only"))
        self.joint_button.setText(self.tr("Write joint finding…"))
        self.joint_button.setAccessibleName(self.tr("Write one finding for the analysts on the selected passage"))
        for analyst, button in self.accept_buttons.items():
            button.setText(fill(self.tr("Accept %1's tagging"), analyst))
            button.setAccessibleName(button.text())
        self._update_message()

    # --- loading -------------------------------------------------------------------------

    def set_document(self, document_id: str) -> None:
        index = self.documents.findData(document_id)
        if index >= 0:
            self.documents.setCurrentIndex(index)

    def _load_documents(self) -> None:
        current = self.document_id
        agreements = [d for d in list_documents(self.session.project) if d.kind == DocumentKind.AGREEMENT]
        self.documents.blockSignals(True)
        self.documents.clear()
        for document in agreements:
            self.documents.addItem(document.citation_name, document.id)
        self.documents.blockSignals(False)
        index = self.documents.findData(current) if current else -1
        self.documents.setCurrentIndex(max(index, 0) if agreements else -1)
        self._document_chosen()

    def _document_chosen(self, _index: int = -1) -> None:
        self.document_id = self.documents.currentData()
        self.reload()

    def reload(self) -> None:
        """Read the comparison and figures again, keeping the selected passages selected."""
        selected = {row.key for row in self.selected_passages()}
        project = self.session.project
        if self.document_id is None:
            analysts, passages, speerpunten, report = [], [], [], {}
        else:
            # One read of the findings for the list, the missing rows and the figures.
            findings = document_findings(project, self.document_id)
            analysts, passages = compare_passages(project, self.document_id, findings)
            speerpunten = compare_missing(project, self.document_id, findings)
            report = agreement_report(project, self.document_id, findings)
        self.report = report
        titles = {record.code: record.title for record in list_speerpunten(project)}
        self.agreement.set_report(report, titles)
        self.figures.resizeColumnsToContents()
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_figures()
        self.comparison.set_comparison(analysts, passages, speerpunten)
        self._rebuild_accept_buttons(analysts)
        self._resize_table()
        for row, passage in enumerate(self.comparison.rows):
            if passage.key in selected:
                self.table.selectionModel().select(
                    self.comparison.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._update_message()
        self._update_buttons()

    def _fit_figures(self) -> None:
        # The figures table is as tall as its rows (up to about eight), the passages get the rest.
        rows = min(self.agreement.rowCount(), 8)
        height = (self.figures.horizontalHeader().sizeHint().height() + 2 * self.figures.frameWidth()
                  + rows * self.figures.verticalHeader().defaultSectionSize())
        self.figures.setVisible(rows > 0)
        self.figures.setMaximumHeight(height + (0 if rows == self.agreement.rowCount() else 16))
        self.splitter.setSizes([height, max(200, self.splitter.height() - height)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Wrapped rows are measured at the current width, or they stay as tall as at construction.
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _resize_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.comparison.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 200 if column < self.comparison.status_column() else 110)
        self.table.resizeRowsToContents()

    def _rebuild_accept_buttons(self, analysts: list[str]) -> None:
        if list(self.accept_buttons) == analysts:
            return
        for button in self.accept_buttons.values():
            self.accept_row.removeWidget(button)
            button.deleteLater()
        self.accept_buttons = {}
        for analyst in analysts:
            button = QPushButton()
            button.setObjectName(f"reviewAccept_{len(self.accept_buttons)}")
            button.setIcon(self.comparison.colours.icon(analyst))
            button.clicked.connect(lambda _checked=False, who=analyst: self.accept_tagging(who))
            self.accept_row.addWidget(button)
            self.accept_buttons[analyst] = button
        self.retranslate_ui()

    def _filter_changed(self, on: bool) -> None:
        self.comparison.set_differences_only(on)
        self.table.resizeRowsToContents()
        self._update_message()
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything_changed or changes.documents:
            self._load_documents()
        elif changes.findings or changes.frameworks:
            self.reload()

    # --- settling ------------------------------------------------------------------------

    def selected_passages(self) -> list[Compared]:
        """The selected rows: passages, and speerpunten judged on the whole agreement."""
        return [self.comparison.rows[index.row()] for index in self.table.selectionModel().selectedRows()]

    def accept_tagging(self, analyst: str) -> bool:
        """Settle the selected passages in ``analyst``'s favour (one undo step); False when nothing differs."""
        delete: list[str] = []
        notes: dict[str, str] = {}
        stamp = date.today().strftime("%d-%m-%Y")
        for passage in self.selected_passages():
            differing = passage.differing(analyst)
            if not differing and passage.status(self.comparison.analysts) in (AGREE, SETTLED):
                continue
            delete.extend(f.id for f in differing)
            # On a speerpunt row the others' silence is a judgement too: they were compared with.
            others = [a for a in self.comparison.analysts if a != analyst
                      and (passage.findings.get(a) or isinstance(passage, SpeerpuntComparison))]
            marker = SETTLED_SIGN + " " + fill(self.tr("Agreed after comparison with %1 (%2)"), joint_author(others), stamp)
            for finding in passage.findings.get(analyst, []):
                if others and marker not in finding.note and finding.id not in notes:
                    notes[finding.id] = f"{finding.note}\n{marker}" if finding.note else marker
        if not delete and not notes:
            self.message.setText(self.tr("Nothing to settle: on the selected passages the analysts agree."))
            return False
        self.session.push(AcceptTagging(self.session, analyst, delete, notes))
        return True

    def write_joint_finding(self) -> bool:
        passages = self.selected_passages()
        if len(passages) != 1 or self.document_id is None or not isinstance(passages[0], PassageComparison):
            return False
        passage = passages[0]
        tagged = [a for a in self.comparison.analysts if passage.findings.get(a)]
        author = joint_author(tagged if len(tagged) > 1 else self.comparison.analysts)
        values = self.ask_joint_finding(passage, author)
        if values is None:
            return False
        command = WriteJointFinding(self.session, self.document_id, **values)
        self.session.push(command)
        if command.error:
            self.message.setText(fill(self.tr("The joint finding was not made: %1"), command.error))
            return False
        return True

    def _ask_joint_finding(self, passage: PassageComparison, author: str) -> dict | None:
        dialog = JointFindingDialog(passage, list_speerpunten(self.session.project), author, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- state ---------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if self.document_id is None or not index.isValid():
            return
        row = self.comparison.rows[index.row()]
        if isinstance(row, PassageComparison):
            self.open_requested.emit(self.document_id, row.start, row.end, [])
            return
        # A speerpunt row: the first passage someone tagged under it, if anyone did.
        spanned = [f for f in row.all_findings() if f.start is not None and f.end is not None]
        if spanned:
            first = min(spanned, key=lambda f: f.start or 0)
            self.open_requested.emit(self.document_id, first.start, first.end, [])

    def _update_message(self) -> None:
        if not hasattr(self, "report"):
            return
        if self.documents.count() == 0:
            text = self.tr("There is no coalition agreement in this project yet.")
        elif len(self.comparison.analysts) < 2:
            text = self.tr("Comparing needs findings from at least two analysts on this agreement; merge a "
                           "colleague's work first (File → Merge with…).")
        else:
            analysts = self.comparison.analysts
            differ = sum(1 for p in self.comparison.passages if p.status(analysts) not in (AGREE, SETTLED))
            text = fill(self.tr("%1; the analysts differ on %2."),
                        self.tr("%Ln tagged passage(s)", None, len(self.comparison.passages)), count_text(differ))
            missing = self.comparison.speerpunten
            if missing:
                open_ = sum(1 for unit in missing if unit.status(analysts) not in (AGREE, SETTLED))
                text += " " + fill(self.tr("%1 called missing by at least one analyst (rows at the top); "
                                           "no agreement yet on %2."),
                                   self.tr("%Ln speerpunt(s)", None, len(missing)), count_text(open_))
        self.message.setText(text)

    def _update_buttons(self) -> None:
        selected = self.selected_passages()
        for button in self.accept_buttons.values():
            button.setEnabled(bool(selected))
        self.joint_button.setEnabled(len(selected) == 1 and isinstance(selected[0], PassageComparison))


def open_review_window(session: Session, parent: QWidget | None = None) -> ReviewView:
    """The review view as a window of its own next to the main window."""
    view = ReviewView(session, parent)
    view.setWindowFlag(Qt.WindowType.Window)
    screens.resize_within_screen(view, 1000, 640)
    view.show()
    return view
