"""The right-click menu of a document pane: per finding under the mouse edit, re-assess, move, delete."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.finding import Assessment
from desktop.store.frameworks import SpeerpuntRecord
from desktop.ui import assessments
from desktop.ui.panes.highlights import Highlight

# Overlaps deeper than this are rare; the menu would only grow unreadable.
_MAX_FINDINGS = 3


class FindingMenu(QMenu):
    """Built for the findings under one spot of a pane; it only says what was chosen, the pane acts.

    So the menu knows nothing of the pane: each entry emits a signal with the finding's id.
    """

    select_requested = Signal(str)
    edit_note_requested = Signal(str)
    assessment_requested = Signal(str, object)  # finding id, Assessment
    speerpunt_requested = Signal(str, str)  # finding id, speerpunt id
    delete_requested = Signal(str)
    tag_requested = Signal()
    find_requested = Signal()

    def __init__(self, findings: list[Highlight], speerpunten: Iterable[SpeerpuntRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speerpunten = list(speerpunten)
        self.setObjectName("documentContextMenu")
        self.setAccessibleName(self.tr("Finding actions"))
        for item in findings[:_MAX_FINDINGS]:
            self._add_finding_section(item)
        self.addSeparator()
        self.addAction(self.tr("Tag selection…") + "\tT", self.tag_requested.emit)
        self.addAction(self.tr("Find…") + "\tCtrl+F", self.find_requested.emit)

    def _add_finding_section(self, item: Highlight) -> None:
        fid = item.id
        self.addSection(f"{item.speerpunt_label} · {assessments.label(item.finding.assessment)}")
        self.addAction(self.tr("Select finding"), lambda: self.select_requested.emit(fid))
        self.addAction(self.tr("Edit note…"), lambda: self.edit_note_requested.emit(fid))
        assess = self.addMenu(self.tr("Change assessment"))
        for assessment in Assessment:
            action = assess.addAction(assessments.label(assessment),
                                      lambda a=assessment: self.assessment_requested.emit(fid, a))
            action.setEnabled(assessment is not item.finding.assessment)
        self._add_speerpunt_menu(item.finding.speerpunt_id, fid)
        self.addAction(self.tr("Delete finding") + "\tDel", lambda: self.delete_requested.emit(fid))

    def _add_speerpunt_menu(self, current: str, finding_id: str) -> None:
        """Change speerpunt: one submenu per theme (frameworks hold tens, not thousands)."""
        change = self.addMenu(self.tr("Change speerpunt"))
        themes: dict[str, QMenu] = {}
        for sp in self.speerpunten:
            key = f"{sp.framework_id}/{sp.theme_id}"
            if key not in themes:
                themes[key] = change.addMenu(f"{sp.theme_code} {sp.theme_title}".strip())
            action = themes[key].addAction(f"{sp.code} {sp.title}".strip(),
                                           lambda s=sp.id, f=finding_id: self.speerpunt_requested.emit(f, s))
            action.setEnabled(sp.id != current)
