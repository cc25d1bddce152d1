"""Linked reading: scrolling the position paper shows, in the agreement panes, what was tagged to it."""

from __future__ import annotations

import bisect

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.domain.document import DocumentKind
from desktop.frameworks.linking import speerpunt_for_headings
from desktop.store.documents import get_document
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten


class LinkedReading(QObject):
    """View → "Linked reading" (Ctrl+L). While on, the speerpunt on screen in a pane showing a
    position paper (its heading, "1.1 Betaalbaar wonen", or the one enclosing the top line) decides what the panes
    showing agreements show: the first passage tagged to that speerpunt.

    Wiring in the main window: ``self.linked_reading = LinkedReading(self)`` after the menus exist.
    """

    DELAY_MS = 150

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("linkedReadingAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.toggled.connect(self.set_enabled)
        window.addAction(self.action)
        window.menu_actions.view_menu.insertAction(window.menu_actions.docks_separator, self.action)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.follow)
        # Panes come and go with projects and the third pane: look for new ones while on.
        self.watch = QTimer(self)
        self.watch.setInterval(1000)
        self.watch.timeout.connect(self._connect_panes)
        self._source = None
        self.last_speerpunt_id: str | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Linked reading"))
        self.action.setToolTip(self.tr("Scrolling the position paper shows what was tagged to its speerpunt "
                                       "in the agreement"))

    def set_enabled(self, enabled: bool) -> None:
        self.last_speerpunt_id = None
        if not enabled:
            self.watch.stop()
            return
        self._connect_panes()
        self.watch.start()
        source = next((pane for pane in self.window.panes if self._is_position_paper(pane)), None)
        if source is not None:
            self._scrolled(source)

    def _connect_panes(self) -> None:
        for pane in self.window.panes:
            if not pane.property("linkedReading"):
                pane.setProperty("linkedReading", True)
                pane.view.verticalScrollBar().valueChanged.connect(lambda _value, pane=pane: self._scrolled(pane))

    def _is_position_paper(self, pane) -> bool:
        session = self.window.session
        if session is None or not pane.document_id:
            return False
        return get_document(session.project, pane.document_id).kind == DocumentKind.POSITION.value

    def _scrolled(self, pane) -> None:
        if self.action.isChecked() and self._is_position_paper(pane):
            self._source = pane
            self.timer.start()

    @staticmethod
    def speerpunt_on_screen(pane, speerpunten) -> str | None:
        """The first speerpunt heading on screen, else the speerpunt enclosing the top line."""
        first, last = (pane.offsets.to_core(position) for position in pane.view.visible_range())
        starts = [passage.start for passage in pane.passages]
        top = max(0, bisect.bisect_right(starts, first) - 1)
        for passage in pane.passages[top: bisect.bisect_right(starts, last)]:
            if passage.kind.value == "heading":
                found = speerpunt_for_headings(passage.heading_path[-1:], speerpunten)
                if found:
                    return found
        return speerpunt_for_headings(pane.passages[top].heading_path, speerpunten)

    def follow(self) -> None:
        """Show, in each agreement pane, the first passage tagged to the speerpunt on screen."""
        pane = self._source
        session = self.window.session
        if pane is None or session is None or not shiboken6.isValid(pane) or not pane.passages:
            return
        speerpunt_id = self.speerpunt_on_screen(pane, list_speerpunten(session.project))
        if speerpunt_id is None or speerpunt_id == self.last_speerpunt_id:
            return
        self.last_speerpunt_id = speerpunt_id
        for target in self.window.panes:
            if target is pane or not target.document_id or self._is_position_paper(target):
                continue
            findings = [f for f in list_findings(session.project, target.document_id, speerpunt_id)
                        if f.start is not None]
            if findings:
                target.show_range(findings[0].start, findings[0].end)
                target.select_finding(findings[0].id, scroll=False)
            else:
                target.message.emit(self.tr("Nothing tagged to this speerpunt in this document"))
