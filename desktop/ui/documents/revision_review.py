"""Reviewing a new version: old and new side by side with the differences marked, every carried finding
in both, accept one or all above a score, re-point one (an orphan too) by selecting new text; undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text_diff import diff_texts
from desktop.operations.changes import Changes
from desktop.operations.revisions import findings_to_accept
from desktop.placeholders import fill
from desktop.store.documents import document_text, get_document
from desktop.store.revisions import ReviewRow, RevisionRecord, review_rows
from desktop.ui import assessments
from desktop.ui.commands.revisions import AcceptPlacements, RepointFinding
from desktop.ui.layouts import nested
from desktop.ui.panes.offsets import OffsetMap
from desktop.ui.row_model import RowTableModel
from desktop.ui.session import Session, redo_keys

REMOVED = QColor(213, 94, 0, 70)  # Okabe-Ito vermilion, translucent: words gone from the old version
INSERTED = QColor(0, 114, 178, 55)  # Okabe-Ito blue: words new in the new version
FOCUS = QColor(240, 228, 66, 170)  # Okabe-Ito yellow: the finding looked at


class ReviewModel(RowTableModel):
    """The carried findings: status, score, speerpunt, the old quote, the words it is on now, the note."""

    COLUMNS = 6

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Score"), self.tr("Speerpunt"), self.tr("Was on"), self.tr("Now on"),
                self.tr("Note")]

    def status_label(self, status: str | None) -> str:
        return {"exact": self.tr("exact"), "moved": self.tr("moved"), "changed": self.tr("changed"),
                "orphaned": self.tr("orphaned"), "confirmed": self.tr("confirmed")}.get(status or "", "")

    def cell(self, row: ReviewRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.status_label(row.status)
            if column == 1:
                return "" if row.score is None or row.status == "orphaned" else f"{row.score:.0f}"
            text = (row.speerpunt, row.old_quote, row.quote if row.start is not None else "—", row.note)[column - 2]
            return " ".join(text.split())
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4, 5):
            return (row.old_quote, row.quote, row.note)[column - 3]
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return assessments.assessment_swatch(row.assessment)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return assessments.label(row.assessment)
        return None


class RevisionReview(QDialog):
    """Opened after importing a new version, and from Document → Review new version…"""

    def __init__(self, session: Session, revision: RevisionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionReview")
        self.session = session
        self.revision = revision
        project = session.project
        self.old_text = document_text(project, revision.old_document_id)
        self.new_text = document_text(project, revision.new_document_id)
        self.old_offsets, self.new_offsets = OffsetMap(self.old_text), OffsetMap(self.new_text)
        self.old_title = get_document(project, revision.old_document_id).title
        self.new_title = get_document(project, revision.new_document_id).title
        self.error = ""  # the last refusal, also shown in the status line

        self.old_label, self.new_label = QLabel(self), QLabel(self)
        self.old_view, self.new_view = self._text_view("oldVersionView"), self._text_view("newVersionView")
        self.old_view.setPlainText(self.old_text)
        self.new_view.setPlainText(self.new_text)
        diff = diff_texts(self.old_text, self.new_text)
        self._diff_old = self._marks(self.old_view, self.old_offsets, diff.removed, REMOVED)
        self._diff_new = self._marks(self.new_view, self.new_offsets, diff.inserted, INSERTED)
        self.old_view.setExtraSelections(self._diff_old)
        self.new_view.setExtraSelections(self._diff_new)
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in ((self.old_label, self.old_view), (self.new_label, self.new_view)):
            column = QWidget(texts)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label)
            layout.addWidget(view)
            texts.addWidget(column)

        self.model = ReviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("revisionFindings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_row(current.row()))
        self.only_to_review = QCheckBox(self)
        self.only_to_review.setObjectName("onlyToReview")
        self.only_to_review.setChecked(True)
        self.only_to_review.toggled.connect(lambda _on: self.reload())
        self.accept_button = self._button("acceptPlacement", self.accept_selected)
        self.minimum = QSpinBox(self)
        self.minimum.setObjectName("minimumScore")
        self.minimum.setRange(0, 100)
        self.minimum.setValue(90)
        self.accept_all_button = self._button("acceptAbove", self.accept_above)
        self.repoint_button = self._button("repointFinding", self.repoint_selected)
        self.undo_button = self._button("undoReview", session.undo_stack.undo)
        self.redo_button = self._button("redoReview", session.undo_stack.redo)
        self.close_button = self._button("closeReview", self.accept)
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(texts)
        vertical.addWidget(self.table)
        vertical.setSizes([600, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(vertical)
        # Two rows, so the Dutch labels fit a 1280-pixel screen: the review steps, then the counts,
        # undo, redo and close.
        controls = nested(layout, QHBoxLayout())
        for widget in (self.only_to_review, self.accept_button, self.accept_all_button, self.minimum,
                       self.repoint_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        closing = nested(layout, QHBoxLayout())
        closing.addWidget(self.status, 1)
        for widget in (self.undo_button, self.redo_button, self.close_button):
            closing.addWidget(widget)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=session.undo_stack.undo)
        for keys in redo_keys():
            QShortcut(keys, self, activated=session.undo_stack.redo)
        session.changed.connect(self._on_changed)
        session.undo_stack.indexChanged.connect(self._stack_moved)
        self.rows: list[ReviewRow] = []
        # Within the screen (1280x800 too), so the buttons under the table stay in reach.
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(1400, screen.width() * 19 // 20), min(900, screen.height() * 9 // 10))
        self.retranslate_ui()
        self.reload()

    def _text_view(self, name: str) -> QTextEdit:
        view = QTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        view.selectionChanged.connect(self._update_buttons)
        return view

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _marks(view: QTextEdit, offsets: OffsetMap, ranges: list[tuple[int, int]],
               colour: QColor) -> list[QTextEdit.ExtraSelection]:
        marks = []
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        for start, end in ranges:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_qt(start))
            cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, fmt
            marks.append(selection)
        return marks

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Review the new version: %1"), self.new_title))
        self.setAccessibleName(self.tr("Review the new version"))
        self.old_label.setText(fill(self.tr("Old version (superseded): %1"), self.old_title))
        self.new_label.setText(fill(self.tr("New version: %1"), self.new_title))
        self.old_view.setAccessibleName(self.tr("Old version"))
        self.new_view.setAccessibleName(self.tr("New version"))
        self.table.setAccessibleName(self.tr("Carried findings"))
        self.only_to_review.setText(self.tr("Only findings to review"))
        self.accept_button.setText(self.tr("&Accept new place"))
        self.accept_all_button.setText(self.tr("Accept all with score at least"))
        self.minimum.setAccessibleName(self.tr("Lowest score to accept"))
        self.repoint_button.setText(self.tr("&Re-point to selected text"))
        self.undo_button.setText(self.tr("&Undo"))
        self.redo_button.setText(self.tr("Re&do"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()

    # Rows -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_row()
        rows = review_rows(self.session.project, self.revision.id)
        if self.only_to_review.isChecked():
            rows = [row for row in rows if row.to_review or (selected and row.finding_id == selected.finding_id)]
        self.rows = rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_finding(selected.finding_id)
        counts = {}
        for row in review_rows(self.session.project, self.revision.id):
            counts[row.status] = counts.get(row.status, 0) + 1
        self.status.setText(self.error or fill(
            self.tr("%1 exact, %2 moved, %3 changed, %4 orphaned, %5 confirmed"),
            *(counts.get(status, 0) for status in ("exact", "moved", "changed", "orphaned", "confirmed"))))
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything_changed or changes.findings:
            self.reload()
            self.show_row(self.table.currentIndex().row())

    def selected_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def select_finding(self, finding_id: str) -> bool:
        for number, row in enumerate(self.rows):
            if row.finding_id == finding_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def show_row(self, number: int) -> None:
        """Show the finding in both versions: its old words in the old text, its place now in the new."""
        row = self.rows[number] if 0 <= number < len(self.rows) else None
        self._focus(self.old_view, self.old_offsets, self._diff_old, row and (row.old_start, row.old_end))
        self._focus(self.new_view, self.new_offsets, self._diff_new, row and (row.start, row.end))
        self._update_buttons()

    def _focus(self, view: QTextEdit, offsets: OffsetMap, marks: list, span) -> None:
        if not span or span[0] is None:
            view.setExtraSelections(marks)
            return
        [focus] = self._marks(view, offsets, [span], FOCUS)
        view.setExtraSelections([*marks, focus])
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_qt(span[0]))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    # Steps ----------------------------------------------------------------------------------------

    def _chosen_rows(self) -> list[ReviewRow]:
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[n] for n in numbers if n < len(self.rows)]

    def new_selection(self) -> tuple[int, int] | None:
        cursor = self.new_view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.new_offsets.to_core(cursor.selectionStart())
        end = self.new_offsets.to_core(cursor.selectionEnd(), round_up=True)
        return (start, end) if end > start else None

    def _push(self, command) -> None:
        self.session.push(command)
        self.error = command.error
        if self.error:
            self.status.setText(self.error)
        # The step's button may now be disabled; focus would pass to the score box, whose own Ctrl+Z
        # undoes typing, not the step. Back to the table, so Ctrl+Z takes this step back.
        self.table.setFocus()

    def accept_selected(self) -> None:
        ids = [row.finding_id for row in self._chosen_rows() if row.status in ("moved", "changed")]
        if ids:
            self._push(AcceptPlacements(self.session, ids))

    def accept_above(self) -> None:
        ids = findings_to_accept(self.session.project, self.revision.new_document_id, self.minimum.value())
        if ids:
            self._push(AcceptPlacements(self.session, ids))

    def repoint_selected(self) -> None:
        row, span = self.selected_row(), self.new_selection()
        if row is not None and span is not None:
            self._push(RepointFinding(self.session, row.finding_id, *span))

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.accept_button.setEnabled(any(r.status in ("moved", "changed") for r in self._chosen_rows()))
        self.repoint_button.setEnabled(row is not None and self.new_selection() is not None)
        stack = self.session.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(stack.undoText())
        self.redo_button.setToolTip(stack.redoText())

    def _stack_moved(self, _index: int) -> None:
        self._update_buttons()

    def done(self, result: int) -> None:
        self.session.changed.disconnect(self._on_changed)
        self.session.undo_stack.indexChanged.disconnect(self._stack_moved)
        super().done(result)
