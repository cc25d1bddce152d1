"""The tag flow under a document: pick a speerpunt, press P / Z / O, optionally type a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.finding import Assessment
from desktop.placeholders import fill
from desktop.store.findings import recent_speerpunt_ids
from desktop.store.frameworks import get_speerpunt, list_speerpunten
from desktop.ui import assessments
from desktop.ui.commands.findings import AddFinding, EditFinding
from desktop.ui.i18n import refusal_text
from desktop.ui.layouts import nested
from desktop.ui.panes.speerpunt_picker import SpeerpuntListModel, match_speerpunten
from desktop.ui.session import Session

# One key per assessment, the Dutch initials (positief / zorg / ontbreekt) in
# every language, so the hands learn them once.
ASSESSMENT_KEYS = {Qt.Key.Key_P: Assessment.POSITIVE, Qt.Key.Key_Z: Assessment.CONCERN, Qt.Key.Key_O: Assessment.MISSING}
_QUOTE_PREVIEW = 90
_VISIBLE_ROWS = 7
_SHORT_ROWS = 4
_SHORT_PANE = 560


class TagPanel(QFrame):
    """Tags one code-point range of a document; saves the finding the moment P/Z/O is pressed.

    Stages: "speerpunt" (type-ahead list; Enter, click or Alt+1-9 for a recent
    one), "assessment" (P / Z / O or the buttons), "note" (Enter stores the
    note as part of the same undo step, Esc leaves it empty). Emits
    ``finding_added(id)`` when saved and ``closed()`` when done.
    """

    finding_added = Signal(str)
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("tagPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Never taller than its contents: the text above keeps the room.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.stage = "closed"
        self.document_id = ""
        self.start = self.end = 0
        self.speerpunt_id: str | None = None
        self.finding_id: str | None = None
        self.palette_name = assessments.palette_name()

        self.title = QLabel(self)
        self.title.setObjectName("tagQuote")
        self.title.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("tagClose")
        self.close_button.setText("×")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("speerpuntFilter")
        self.list_model = SpeerpuntListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("speerpuntList")
        self.list.setModel(self.list_model)
        # A long title is cut at the pane's edge; a scroll bar would take a row's height from the list.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("tagChosen")
        # A long speerpunt title wraps instead of widening the pane (and with it the window).
        self.chosen.setWordWrap(True)
        self.buttons: dict[Assessment, QPushButton] = {}
        for assessment in Assessment:
            button = QPushButton(self)
            button.setObjectName(f"assess_{assessment.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=assessment: self.choose_assessment(a))
            self.buttons[assessment] = button
        self.note = QLineEdit(self)
        self.note.setObjectName("tagNote")
        self.status = QLabel(self)
        self.status.setObjectName("tagStatus")
        self._lay_out()
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.note.installEventFilter(self)
        self.list.clicked.connect(lambda index: self.choose_speerpunt(index.data(SpeerpuntListModel.SpeerpuntIdRole)))
        self.close_button.clicked.connect(self.close_panel)
        self.set_palette(self.palette_name)
        self.retranslate_ui()
        self.hide()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        top = nested(layout, QHBoxLayout())
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        assess = nested(layout, QHBoxLayout())
        assess.addWidget(self.chosen, 1)
        for button in self.buttons.values():
            assess.addWidget(button)
        layout.addWidget(self.note)
        layout.addWidget(self.status)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Tag passage"))
        self.filter.setPlaceholderText(self.tr("Speerpunt: type a code or words, Enter to choose; Alt+1–9 pick a recent one"))
        self.filter.setAccessibleName(self.tr("Find speerpunt"))
        self.list.setAccessibleName(self.tr("Speerpunten"))
        self.note.setPlaceholderText(self.tr("Note (optional), Enter to save, Esc to skip"))
        self.note.setAccessibleName(self.tr("Note"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close tagging"))
        labels = {assessment: assessments.label(assessment) for assessment in Assessment}
        keys = {assessment: Qt.Key(key).name[-1] for key, assessment in ASSESSMENT_KEYS.items()}
        for assessment, button in self.buttons.items():
            button.setText(f"{keys[assessment]}   {labels[assessment]}")
            button.setAccessibleName(labels[assessment])
            button.setToolTip(fill(self.tr("Press %1"), keys[assessment]))
        self._show_stage()

    def set_palette(self, name: str) -> None:
        """Colour the assessment buttons like the highlights (desktop.ui.assessments' palette ``name``)."""
        assessments.set_palette(name)
        self.palette_name = name
        for assessment, button in self.buttons.items():
            colour = assessments.colour_name(assessment)
            button.setStyleSheet(f"QPushButton {{ border-left: 6px solid {colour}; padding: 4px 10px; }}")

    # The flow -----------------------------------------------------------------------------------

    def begin(self, document_id: str, start: int, end: int, quote: str) -> None:
        """Start tagging ``quote`` (code points ``start``-``end`` of the document)."""
        self.document_id, self.start, self.end = document_id, start, end
        self.speerpunt_id = self.finding_id = None
        if self.palette_name != assessments.palette_name():
            self.set_palette(assessments.palette_name())  # switched elsewhere since this panel was last open
        one_line = " ".join(quote.split())
        if len(one_line) > _QUOTE_PREVIEW:
            one_line = one_line[: _QUOTE_PREVIEW - 1] + "…"
        self._quote = one_line
        self.filter.clear()
        self.note.clear()
        self._set_status("")
        self._refilter("")
        self.stage = "speerpunt"
        self.show()
        self._show_stage()
        self.filter.setFocus()

    def choose_speerpunt(self, speerpunt_id: str | None) -> None:
        if not speerpunt_id or self.stage != "speerpunt":
            return
        self.speerpunt_id = speerpunt_id
        self.stage = "assessment"
        self._show_stage()
        self.setFocus()

    def choose_assessment(self, assessment: Assessment) -> None:
        if self.stage != "assessment" or self.speerpunt_id is None:
            return
        command = AddFinding(self.session, self.document_id, self.speerpunt_id, assessment, self.start, self.end)
        self.session.push(command)
        if command.finding_id is None:
            self._set_status(fill(self.tr("Not saved: %1"), command.error))
            return
        self.finding_id = command.finding_id
        self.stage = "note"
        self._show_stage()
        self.note.setFocus()
        self.finding_added.emit(command.finding_id)

    def save_note(self) -> None:
        if self.stage == "note" and self.finding_id and self.note.text().strip():
            self.session.push(EditFinding(self.session, self.finding_id, note=self.note.text(), merge_into_add=True))
        self.close_panel()

    def close_panel(self) -> None:
        """Close the panel; ``closed`` (which gives the text the focus back) only when it was open, so a pane
        emptied meanwhile does not take the focus from the pane the analyst is working in."""
        was_open = self.stage != "closed"
        self.stage = "closed"
        self.hide()
        if was_open:
            self.closed.emit()

    def _show_stage(self) -> None:
        if self.stage == "closed":
            return
        self.title.setText(fill(self.tr("Tag: “%1”"), getattr(self, "_quote", "")))
        picking = self.stage == "speerpunt"
        self.filter.setVisible(picking)
        self.list.setVisible(picking)
        for button in self.buttons.values():
            button.setEnabled(self.stage == "assessment")
        self.note.setVisible(self.stage == "note")
        if self.speerpunt_id:
            try:
                sp = get_speerpunt(self.session.project, self.speerpunt_id)
            except LookupError as gone:  # removed meanwhile (another window, the team folder): say so
                self.chosen.setText(refusal_text(gone))
                return
            if self.stage == "assessment":
                self.chosen.setText(fill(self.tr("%1 — press P, Z or O"), f"{sp.code} {sp.title}"))
            else:
                self.chosen.setText(fill(self.tr("Saved: %1"), f"{sp.code} {sp.title}"))
        else:
            self.chosen.setText(self.tr("Then press P, Z or O"))

    def _set_status(self, text: str) -> None:
        # An empty line would only push the text up; show it when there is something to say.
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _refilter(self, query: str) -> None:
        recent = recent_speerpunt_ids(self.session.project, self.session.author)
        self.list_model.set_rows(match_speerpunten(list_speerpunten(self.session.project), query, recent))
        if self.list_model.rowCount():
            self.list.setCurrentIndex(self.list_model.index(0))
        # Room for up to seven rows; a long framework scrolls.
        if not self.list_model.rowCount():
            self._set_status(self.tr("No speerpunt matches.") if query.strip()
                             else self.tr("The project has no speerpunten yet: add a framework first."))
        else:
            self._set_status("")
        # On a low screen fewer rows, so the text being tagged keeps room above the panel.
        short = self.parentWidget() is not None and self.parentWidget().height() < _SHORT_PANE
        rows = min(max(self.list_model.rowCount(), 1), _SHORT_ROWS if short else _VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.list_model.rowCount() else self.fontMetrics().height()
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    # Keys ---------------------------------------------------------------------------------------

    def _current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(SpeerpuntListModel.SpeerpuntIdRole) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_panel()
            return True
        if watched is self.note and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_note()
            return True
        if watched is self.filter:
            return self._filter_key(event)
        return super().eventFilter(watched, event)

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose_speerpunt(self._current_id())
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list_model.rowCount():
                self.list.setCurrentIndex(self.list_model.index(row))
            return True
        # Alt with the digit: speerpunt codes are numbers ("1.1", "10"), so a bare digit is typed into the filter.
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_0
            recent = [row for row in self.list_model.rows if row.recent_number == number]
            if recent:
                self.choose_speerpunt(recent[0].speerpunt.id)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
        elif self.stage == "assessment" and event.key() in ASSESSMENT_KEYS:
            self.choose_assessment(ASSESSMENT_KEYS[Qt.Key(event.key())])
        elif self.stage == "assessment" and event.key() == Qt.Key.Key_Backspace:
            self.stage = "speerpunt"
            self.speerpunt_id = None
            self._show_stage()
            self.filter.setFocus()
        else:
            super().keyPressEvent(event)
