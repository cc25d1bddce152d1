"""Tagging suggestions in a document pane: faint marks in the margin, entries in the context menu,
J to accept the top suggestion of the passage at the cursor as a finding, N to reject it.

Nothing becomes a finding without the analyst's key press; both keys are undoable (Ctrl+Z).
The pane is used by duck typing (``session``, ``view``, ``offsets``, ``document_id``,
``speerpunten``, ``message``), so this module stays below the pane in the layers.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QMenu

from desktop.domain.finding import Assessment
from desktop.placeholders import fill
from desktop.store.findings import list_findings
from desktop.ui import assessments
from desktop.ui.commands.findings import AddFinding
from desktop.ui.commands.suggestions import RejectSuggestion
from desktop.ui.suggestion_service import service_for

ACCEPT_KEY = Qt.Key.Key_J  # "ja"
REJECT_KEY = Qt.Key.Key_N  # "nee"
_MARK_ALPHA = 70
_MARK_WIDTH = 3
_FALLBACK_COLOUR = "#808080"


class PaneSuggestions(QObject):
    def __init__(self, pane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.session = pane.session
        self.service = service_for(pane.session)
        self.service.updated.connect(self._on_updated)
        self._marks_key: tuple | None = None
        self._marks: list[tuple[int, int, QColor]] = []  # qt start, qt end, colour
        pane.view.margin.extra_painters.append(self.paint)
        # setContext, not the constructor's keyword: given as a keyword PySide6 leaves WindowShortcut, and with
        # two panes open J and N were ambiguous and did nothing at all.
        for key, slot in ((ACCEPT_KEY, self.accept_top), (REJECT_KEY, self.reject_top)):
            shortcut = QShortcut(QKeySequence(key), pane.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # -- what is suggested where ------------------------------------------------------------------

    def at_cursor(self) -> tuple[int, int, list[tuple[str, float]]] | None:
        if self.pane.document_id is None:
            return None
        offset = self.pane.offsets.to_core(self.pane.view.textCursor().position())
        return self.service.top_at(self.pane.document_id, offset)

    def label(self, speerpunt_id: str) -> str:
        sp = self.pane.speerpunten.get(speerpunt_id)
        return f"{sp.code} {sp.title}".strip() if sp else speerpunt_id

    # -- acting -----------------------------------------------------------------------------------

    def accept_top(self) -> None:
        found = self.at_cursor()
        if not found:
            self._tell_none()
            return
        start, end, suggestions = found
        self.accept(start, end, suggestions[0][0])

    def reject_top(self) -> None:
        found = self.at_cursor()
        if not found:
            self._tell_none()
            return
        start, end, suggestions = found
        self.reject(start, end, suggestions[0][0])

    def accept(self, start: int, end: int, speerpunt_id: str) -> None:
        """Tag the passage with the speerpunt, with the assessment the analyst gave last here."""
        assessment = self._last_assessment()
        command = AddFinding(self.session, self.pane.document_id, speerpunt_id, assessment, start, end)
        self.session.push(command)
        if command.error:
            self.pane.message.emit(command.error)
            return
        self.pane.message.emit(fill(self.tr("Tagged %1 (%2); Ctrl+Z undoes it"),
                                    self.label(speerpunt_id), assessments.label(assessment)))

    def reject(self, start: int, end: int, speerpunt_id: str) -> None:
        self.session.push(RejectSuggestion(self.session, self.pane.document_id, speerpunt_id, start, end))
        self.pane.message.emit(fill(self.tr("%1 will not be suggested for this passage again; Ctrl+Z undoes it"),
                                    self.label(speerpunt_id)))

    def _last_assessment(self) -> Assessment:
        mine = [f for f in list_findings(self.session.project, document_id=self.pane.document_id)
                if f.start is not None and f.author == self.session.author]
        if not mine:
            return Assessment.POSITIVE
        return max(mine, key=lambda f: f.created).assessment

    def _tell_none(self) -> None:
        if self.service.problem:
            self.pane.message.emit(self.service.problem)
        elif not self.service.ready:
            self.pane.message.emit(self.tr("Suggestions are still being prepared"))
        else:
            self.pane.message.emit(self.tr("No suggestion for this passage"))

    # -- the context menu ---------------------------------------------------------------------

    def add_to_menu(self, menu: QMenu, qt_position: int) -> None:
        if self.pane.document_id is None:
            return
        offset = self.pane.offsets.to_core(qt_position)
        found = self.service.top_at(self.pane.document_id, offset)
        if not found:
            return
        start, end, suggestions = found
        menu.addSection(self.tr("Suggested"))
        for rank, (speerpunt_id, score) in enumerate(suggestions):
            keys = ("\tJ", "\tN") if rank == 0 else ("", "")
            name = f"{self.label(speerpunt_id)} ({QLocale().toString(float(score), 'f', 2)})"  # 0,06 in Dutch
            menu.addAction(fill(self.tr("Tag as %1"), name) + keys[0],
                           lambda s=speerpunt_id: self.accept(start, end, s))
            menu.addAction(fill(self.tr("Not %1"), self.label(speerpunt_id)) + keys[1],
                           lambda s=speerpunt_id: self.reject(start, end, s))

    # -- the margin -----------------------------------------------------------------------------

    def marks(self) -> list[tuple[int, int, QColor]]:
        """Faint marks (Qt positions, colour of the top suggestion) for the passages with suggestions."""
        document_id = self.pane.document_id
        snapshot = self.service.suggestions_at(document_id) if document_id else []
        key = (document_id, id(snapshot), id(self.pane.offsets))
        if key != self._marks_key:
            self._marks_key = key
            self._marks = []
            for start, end, found in snapshot:
                sp = self.pane.speerpunten.get(found[0][0])
                colour = QColor((sp.colour or sp.theme_colour) if sp else _FALLBACK_COLOUR)
                if not colour.isValid():
                    colour = QColor(_FALLBACK_COLOUR)
                colour.setAlpha(_MARK_ALPHA)
                self._marks.append((*self.pane.offsets.range_to_qt(start, end), colour))
        return self._marks

    def paint(self, margin, painter: QPainter, first: int, last: int) -> None:
        marks = self.marks()
        x = margin.suggestion_x()
        for qt_start, qt_end, colour in marks[max(0, bisect_left(marks, (first,)) - 1):]:
            if qt_start > last:
                break
            if qt_end < first:
                continue
            top, bottom = margin.line_span(qt_start, qt_end)
            painter.fillRect(QRectF(x, top, _MARK_WIDTH, max(bottom - top, 4)), colour)

    def _on_updated(self) -> None:
        self.pane.view.margin.update()

