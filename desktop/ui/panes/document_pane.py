"""One document open for reading and tagging: text, outline, find bar, tag panel, findings."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QResizeEvent, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMenu, QSplitter, QTextEdit, QToolTip, QVBoxLayout, QWidget

from desktop.domain.finding import Assessment
from desktop.domain.reading_place import ReadingPlace, place_in, resume_offset
from desktop.operations.authors import list_authors
from desktop.operations.changes import Changes
from desktop.store.documents import document_text, get_document, list_passages
from desktop.store.findings import get_finding, list_findings
from desktop.store.frameworks import list_speerpunten
from desktop.store.revisions import revision_of
from desktop.ui import settings
from desktop.ui.author_colours import AuthorColours
from desktop.ui.commands.findings import DeleteFindings, EditFinding
from desktop.ui.panes.document_format import build_document, page_starts
from desktop.ui.panes.document_view import DocumentView
from desktop.ui.panes.find_bar import FindBar, find_matches
from desktop.ui.panes.finding_menu import FindingMenu
from desktop.ui.panes.highlights import make_highlight
from desktop.ui.panes.offsets import OffsetMap
from desktop.ui.panes.outline import OutlineView
from desktop.ui.panes.suggestions import PaneSuggestions
from desktop.ui.panes.tagging import TagPanel
from desktop.ui.session import Session

_FIND_COLOUR = QColor(120, 120, 255, 70)
_FIND_CURRENT_COLOUR = QColor(120, 120, 255, 160)
_FLASH_COLOUR = QColor(255, 230, 0, 150)
_FLASH_MS = 1600
OUTLINE_WIDTH = 170
# The text column the outline must leave beside it (desktop.ui.window.workspace_layout.TEXT_MIN).
OUTLINE_ROOM = 420
# Highlighting every match of a one-letter search in a long text would cost
# more than it tells; the count still covers them all.
_MAX_FIND_HIGHLIGHTS = 2000


def _selection(view: QTextEdit, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    char_format = QTextCharFormat()
    char_format.setBackground(colour)
    selection = QTextEdit.ExtraSelection()
    selection.cursor, selection.format = cursor, char_format
    return selection


def _shortcut(keys: QKeySequence | QKeySequence.StandardKey, parent: QWidget, slot: Callable[[], None],
              context: Qt.ShortcutContext) -> QShortcut:
    # Set the context apart: given to the constructor as a keyword, PySide6 leaves WindowShortcut, and then the
    # same key in two panes is ambiguous and does nothing at all.
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


class DocumentPane(QWidget):
    """Shows one document whole and lets the analyst tag it.

    Interface for the main window: ``open_document(id)``, ``document_id``,
    ``show_range(start, end, words)`` (code points), ``select_finding(id)``,
    ``start_tagging()``, ``open_find_bar()``, ``set_assessment_palette(name)``
    ("standard" or "colour_blind"), ``set_text_point_size(pt)``,
    ``set_outline_visible(bool)``; signals ``finding_selected(str)`` and
    ``tag_requested()`` (the tag flow starts here, so make this pane active)
    and ``message(str)`` (a notice for the status bar).
    ``ask_note`` is the dialog asking for a note; tests replace it.
    """

    finding_selected = Signal(str)
    tag_requested = Signal()
    message = Signal(str)  # a short notice for the status bar
    document_closed = Signal()  # the pane shows nothing now (its document was removed)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("documentPane")
        self._document_id: str | None = None
        self.text = ""
        self.offsets = OffsetMap("")
        self.passages: list = []
        self.speerpunten: dict = {}
        self.last_open_ms = 0.0
        self._point_size = 0.0
        self.ask_note: Callable[[str], str | None] = self._ask_note_dialog
        self.view = DocumentView(self)
        self.outline = OutlineView(self)
        self.tag_panel = TagPanel(session, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._flash_timer = QTimer(self, singleShot=True, interval=_FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        text_side = QWidget(self)
        column = QVBoxLayout(text_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.tag_panel)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(text_side)
        self.splitter.setStretchFactor(1, 1)
        # Panes stand two or three side by side: a narrow outline that drags shut.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([OUTLINE_WIDTH, 830])
        self._outline_wanted = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._connect()
        self.suggestions = PaneSuggestions(self)
        self.retranslate_ui()

    def _connect(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.view.clicked.connect(self._on_click)
        self.view.context_menu_requested.connect(self._show_context_menu)
        self.view.delete_pressed.connect(self.delete_selected_finding)
        self.outline.heading_activated.connect(lambda start: self.show_range(start, start))
        self.find_bar.matches_changed.connect(self._refresh)
        self.find_bar.current_changed.connect(self._show_match)
        self.find_bar.closed.connect(self.view.setFocus)
        self.tag_panel.finding_added.connect(self._on_finding_added)
        self.tag_panel.closed.connect(self.view.setFocus)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts = {
            "find": _shortcut(QKeySequence.StandardKey.Find, self, self.open_find_bar, scope),
            "next": _shortcut(QKeySequence.StandardKey.FindNext, self, self.find_bar.find_next, scope),
            "previous": _shortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_bar.find_previous, scope),
            # T tags in the text; Ctrl+T anywhere in the pane (and in the window, through Edit → Tag selection).
            "tag": _shortcut(QKeySequence(Qt.Key.Key_T), self.view, self.start_tagging, Qt.ShortcutContext.WidgetShortcut),
            "tag anywhere": _shortcut(QKeySequence("Ctrl+T"), self, self.start_tagging, scope),
        }

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Document"))
        for child in (self.view, self.outline, self.tag_panel, self.find_bar):
            child.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Opening ------------------------------------------------------------------------------------

    @property
    def document_id(self) -> str | None:
        return self._document_id

    def open_document(self, document_id: str) -> None:
        """Show the whole document (never in chunks) with its findings."""
        began = time.perf_counter()
        self.remember_reading_position()
        record = get_document(self.session.project, document_id)
        self._document_id = record.id
        self.text = document_text(self.session.project, record.id)
        self.offsets = OffsetMap(self.text)
        self.passages = list_passages(self.session.project, record.id)
        self._build_text()
        self.outline.set_passages(self.passages)
        self._fit_outline()
        self.find_bar.set_text(self.text, self.offsets)
        self._load_findings()
        self.setWindowTitle(record.title)
        self.suggestions.service.show(self, record.id)
        # Where the analyst left it (or its earlier version); a hit or a finding shown right after scrolls on.
        offset = min(resume_offset(self._remembered_place(record.id), self.text), self.offsets.length)
        # The text cursor goes there too: a view that gets the focus scrolls back to its cursor.
        self._collapse_selection(self.offsets.to_qt(offset))
        self.view.scroll_to_top_position(self.offsets.to_qt(offset))
        self.last_open_ms = (time.perf_counter() - began) * 1000

    def _build_text(self) -> None:
        font = QFont(self.font())
        if self._point_size:
            font.setPointSizeF(self._point_size)
        self.view.setExtraSelections([])
        build_document(self.text, self.passages, font, self.view.document())
        pages = page_starts(self.passages)
        self.view.margin.set_pages([self.offsets.to_qt(p.offset) for p in pages], [p.page for p in pages])
        self.view.update_margin_width()

    def _load_findings(self) -> None:
        self.speerpunten = {sp.id: sp for sp in list_speerpunten(self.session.project)}
        if self.colours_by_author:  # a new analyst may have arrived (a merge, another instance)
            self.view.highlights.set_author_colours(AuthorColours(list_authors(self.session.project)))
        self.view.highlights.clear()
        if self._document_id:
            for finding in list_findings(self.session.project, document_id=self._document_id):
                item = make_highlight(finding, self.offsets, self.speerpunten.get(finding.speerpunt_id))
                if item is not None:
                    self.view.highlights.put(item)
        self._refresh()

    def set_text_point_size(self, points: float) -> None:
        self._point_size = points
        if self._document_id:
            scroll = self.view.verticalScrollBar().value()
            self._build_text()
            self._refresh()
            self.view.verticalScrollBar().setValue(scroll)

    def set_assessment_palette(self, name: str) -> None:
        """"standard" (green / orange / vermilion) or "colour_blind" (blue / orange / reddish purple).

        The palette is desktop.ui.assessments', so every view takes it on its next paint."""
        self.view.highlights.set_palette(name)
        self.tag_panel.set_palette(name)
        self._refresh()

    def set_colour_by_author(self, enabled: bool) -> None:
        """Fill findings in their analyst's colour (the underline keeps telling the assessment)."""
        colours = AuthorColours(list_authors(self.session.project)) if enabled else None
        self.view.highlights.set_author_colours(colours)
        self._refresh()

    @property
    def colours_by_author(self) -> bool:
        return self.view.highlights.author_colours is not None

    def set_outline_visible(self, visible: bool) -> None:
        """The analyst's choice; the outline shows only while the pane also has room for it beside the text."""
        self._outline_wanted = visible
        self._fit_outline()

    def _fit_outline(self) -> None:
        # The text column comes first: in a narrow pane the outline folds away rather than squeeze the text.
        chrome = self.view.width() - self.view.viewport().width() + self.splitter.handleWidth()
        room = self.width() - chrome - OUTLINE_WIDTH >= OUTLINE_ROOM
        shown = self._outline_wanted and room and self._document_id is not None  # no headings without a document
        if shown != self.outline.isVisibleTo(self):
            self.outline.setVisible(shown)
            if shown:
                # A wide pane (reading mode) gives the headings a little more room.
                width = min(max(OUTLINE_WIDTH, self.width() // 6), 2 * OUTLINE_WIDTH - 80)
                self.splitter.setSizes([width, max(self.width() - width, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_outline()

    # Refreshing ---------------------------------------------------------------------------------

    def _refresh(self) -> None:
        selections = self.view.highlights.selections(self.view.document())
        matches = self.find_bar.matches if self.find_bar.isVisible() else []
        current = self.find_bar.current
        low = max(0, current - _MAX_FIND_HIGHLIGHTS // 2)
        for index in range(low, min(len(matches), low + _MAX_FIND_HIGHLIGHTS)):
            colour = _FIND_CURRENT_COLOUR if index == current else _FIND_COLOUR
            selections.append(_selection(self.view, *matches[index], colour))
        self.view.setExtraSelections(selections + self._flash)
        self.view.margin.update()

    def _on_changed(self, changes: Changes) -> None:
        if self._document_id is None:
            return
        if changes.everything_changed or self._document_id in changes.documents:
            # The document itself may be gone or re-read; see what is left of it.
            self._reload_everything()
            return
        if changes.frameworks:
            # A framework edit can change any label or colour; reloading findings is cheap.
            self._load_findings()
            return
        for finding_id in changes.findings:
            try:
                finding = get_finding(self.session.project, finding_id)
            except LookupError:
                self.view.highlights.remove(finding_id)
                continue
            item = None
            if finding.document_id == self._document_id:
                item = make_highlight(finding, self.offsets, self.speerpunten.get(finding.speerpunt_id))
            if item is None:
                self.view.highlights.remove(finding_id)
            else:
                self.view.highlights.put(item)
        if changes.findings:
            self._refresh()

    def _reload_everything(self) -> None:
        """After a change nobody could list (another program, a restored backup)."""
        try:
            get_document(self.session.project, self._document_id or "")
            text = document_text(self.session.project, self._document_id or "")
        except LookupError:
            self.close_document()
            return
        if text != self.text:
            scroll = self.view.verticalScrollBar().value()
            self.open_document(self._document_id or "")
            self.view.verticalScrollBar().setValue(scroll)
        else:
            self._load_findings()

    def remember_reading_position(self) -> None:
        """Keep, per project and document, the place at the top of the view (and its words) for the next time
        it opens."""
        if self._document_id:
            settings.set_reading_place(str(self.session.project.path), self._document_id,
                                       place_in(self.text, self.offsets.to_core(self.view.top_position())))

    def _remembered_place(self, document_id: str) -> ReadingPlace | None:
        """Where ``document_id`` was left; for a new version never read yet, where its earlier version was left
        (resume_offset then looks for those words in the new text)."""
        project_path = str(self.session.project.path)
        seen = {document_id}
        while (place := settings.reading_place(project_path, document_id)) is None:
            revision = revision_of(self.session.project, document_id)
            if revision is None or revision.new_document_id != document_id or revision.old_document_id in seen:
                return None
            document_id = revision.old_document_id
            seen.add(document_id)
        return place

    def close_document(self) -> None:
        """Show nothing (the document was deleted)."""
        self._document_id = None
        self.text, self.offsets, self.passages = "", OffsetMap(""), []
        self.view.highlights.clear()
        self.view.setExtraSelections([])
        self.view.document().clear()
        self.view.margin.set_pages([], [])
        self.outline.set_passages([])
        self.find_bar.set_text("", self.offsets)
        self.tag_panel.close_panel()
        self._fit_outline()
        self.document_closed.emit()

    # Showing ------------------------------------------------------------------------------------

    def show_range(self, start: int, end: int, words: list[str] | None = None) -> None:
        """Scroll to code points ``start``-``end``, select them, flash them and mark ``words`` inside."""
        start = max(0, min(start, self.offsets.length))
        end = max(start, min(end, self.offsets.length))
        qt_start, qt_end = self.offsets.range_to_qt(start, end)
        self._scroll_to(qt_start, qt_end)
        self._flash = [_selection(self.view, qt_start, qt_end, _FLASH_COLOUR)] if qt_end > qt_start else []
        for word in words or []:
            for word_start, word_end in find_matches(self.text[start:end], word):
                span = self.offsets.range_to_qt(start + word_start, start + word_end)
                self._flash.append(_selection(self.view, *span, _FIND_CURRENT_COLOUR))
        self._flash_timer.start()
        self._refresh()

    def _scroll_to(self, qt_start: int, qt_end: int) -> None:
        """Select the range and scroll so it is in sight (its start, when it is taller than the view)."""
        cursor = QTextCursor(self.view.document())
        for position in (qt_end, qt_start):
            cursor.setPosition(position)
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def _end_flash(self) -> None:
        self._flash = []
        self._refresh()

    def _show_match(self, qt_start: int, qt_end: int) -> None:
        self._scroll_to(qt_start, qt_end)
        self._refresh()

    def select_finding(self, finding_id: str | None, scroll: bool = True) -> None:
        """Mark ``finding_id`` as the selected finding (None clears) and scroll to it."""
        self.view.highlights.select(finding_id)
        item = self.view.highlights.get(finding_id) if finding_id else None
        if item is not None and scroll:
            # Scroll without selecting the text: a selection would cover the finding's colour.
            self._scroll_to(item.qt_start, item.qt_end)
            self._collapse_selection(item.qt_start)
        self._refresh()

    def _collapse_selection(self, position: int) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(position)
        self.view.setTextCursor(cursor)

    @property
    def selected_finding_id(self) -> str | None:
        return self.view.highlights.selected_id

    def _on_click(self, position: int) -> None:
        hits = self.view.highlights.at(position)
        if hits:
            self.select_finding(hits[0].id, scroll=False)
            self.finding_selected.emit(hits[0].id)
        elif self.selected_finding_id:
            self.select_finding(None)

    # Tagging and editing ------------------------------------------------------------------------

    def _on_finding_added(self, finding_id: str) -> None:
        # Drop the text selection so the new highlight shows in its own colour at once.
        self._collapse_selection(self.view.textCursor().selectionEnd())
        self.select_finding(finding_id, scroll=False)

    def tag_range(self) -> tuple[int, int] | None:
        """What the tag flow would tag: the selection (trimmed of spaces), else the passage clicked in."""
        cursor = self.view.textCursor()
        if cursor.hasSelection():
            start, end = self.offsets.range_to_core(cursor.selectionStart(), cursor.selectionEnd())
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            return (start, end) if end > start else None
        offset = self.offsets.to_core(cursor.position())
        for passage in self.passages:
            if passage.start <= offset <= passage.end:
                return passage.start, passage.end
        return None

    def start_tagging(self) -> None:
        if self._document_id is None:
            return
        span = self.tag_range()
        if span is None:
            message = self.tr("Select text or click in a paragraph first")
            corner = self.view.viewport().mapToGlobal(self.view.cursorRect().bottomLeft())
            QToolTip.showText(corner, message, self.view)
            self.message.emit(message)
            return
        self.tag_requested.emit()
        self.find_bar.hide()
        self.tag_panel.begin(self._document_id, span[0], span[1], self.text[span[0] : span[1]])
        # The panel takes room from the view; keep the text being tagged in sight.
        QTimer.singleShot(0, self._keep_selection_in_sight)

    def _keep_selection_in_sight(self) -> None:
        cursor = self.view.textCursor()
        if cursor.hasSelection():
            self._scroll_to(cursor.selectionStart(), cursor.selectionEnd())
        else:
            self.view.ensureCursorVisible()

    def open_find_bar(self) -> None:
        selected = self.view.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")
        self._refresh()

    def edit_note(self, finding_id: str) -> None:
        note = self.ask_note(get_finding(self.session.project, finding_id).note)
        if note is not None:
            self.session.push(EditFinding(self.session, finding_id, note=note))

    def set_assessment(self, finding_id: str, assessment: Assessment) -> None:
        self.session.push(EditFinding(self.session, finding_id, assessment=assessment))

    def delete_selected_finding(self) -> None:
        if self.selected_finding_id:
            self.session.push(DeleteFindings(self.session, [self.selected_finding_id]))

    def _ask_note_dialog(self, current: str) -> str | None:
        text, accepted = QInputDialog.getMultiLineText(self, self.tr("Note"), self.tr("Note on this finding:"), current)
        return text if accepted else None

    def set_speerpunt(self, finding_id: str, speerpunt_id: str) -> None:
        self.session.push(EditFinding(self.session, finding_id, speerpunt_id=speerpunt_id))

    def _show_context_menu(self, global_pos: QPoint, position: int) -> None:
        menu = self.build_context_menu(position)
        menu.exec(global_pos)

    def build_context_menu(self, position: int) -> QMenu:
        """The right-click menu at Qt ``position``: the menu says what was chosen, the pane does it."""
        menu = FindingMenu(self.view.highlights.at(position), self.speerpunten.values(), self)
        menu.select_requested.connect(lambda fid: (self.select_finding(fid, scroll=False),
                                                   self.finding_selected.emit(fid)))
        menu.edit_note_requested.connect(self.edit_note)
        menu.assessment_requested.connect(self.set_assessment)
        menu.speerpunt_requested.connect(self.set_speerpunt)
        menu.delete_requested.connect(lambda fid: self.session.push(DeleteFindings(self.session, [fid])))
        menu.tag_requested.connect(self.start_tagging)
        menu.find_requested.connect(self.open_find_bar)
        self.suggestions.add_to_menu(menu, position)
        return menu
