"""The right-click menu of a document pane: per finding under the mouse edit, re-assess, move, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from desktop.domain.finding import Assessment
from desktop.ui import assessments
from desktop.ui.commands.findings import DeleteFindings
from desktop.ui.panes.highlights import Highlight

if TYPE_CHECKING:
    from desktop.ui.panes.document_pane import DocumentPane

# Overlaps deeper than this are rare; the menu would only grow unreadable.
_MAX_FINDINGS = 3


class FindingMenu(QMenu):
    """Built for one Qt ``position`` of ``pane``; every change goes through the pane's undo commands."""

    def __init__(self, pane: DocumentPane, position: int) -> None:
        super().__init__(pane)
        self.pane = pane
        self.setObjectName("documentContextMenu")
        self.setAccessibleName(self.tr("Finding actions"))
        for item in pane.view.highlights.at(position)[:_MAX_FINDINGS]:
            self._add_finding_section(item)
        self.addSeparator()
        self.addAction(self.tr("Tag selection…") + "\tT", pane.start_tagging)
        self.addAction(self.tr("Find…") + "\tCtrl+F", pane.open_find_bar)

    def _add_finding_section(self, item: Highlight) -> None:
        pane, fid = self.pane, item.id
        self.addSection(f"{item.speerpunt_label} · {assessments.label(item.finding.assessment)}")
        self.addAction(self.tr("Select finding"), lambda: (pane.select_finding(fid, scroll=False),
                                                           pane.finding_selected.emit(fid)))
        self.addAction(self.tr("Edit note…"), lambda: pane.edit_note(fid))
        assess = self.addMenu(self.tr("Change assessment"))
        for assessment in Assessment:
            action = assess.addAction(assessments.label(assessment),
                                      lambda a=assessment: pane.set_assessment(fid, a))
            action.setEnabled(assessment is not item.finding.assessment)
        self._add_speerpunt_menu(item.finding.speerpunt_id, fid)
        self.addAction(self.tr("Delete finding") + "\tDel",
                       lambda: pane.session.push(DeleteFindings(pane.session, [fid])))

    def _add_speerpunt_menu(self, current: str, finding_id: str) -> None:
        """Change speerpunt: one submenu per theme (frameworks hold tens, not thousands)."""
        change = self.addMenu(self.tr("Change speerpunt"))
        themes: dict[str, QMenu] = {}
        for sp in self.pane.speerpunten.values():
            key = f"{sp.framework_id}/{sp.theme_id}"
            if key not in themes:
                themes[key] = change.addMenu(f"{sp.theme_code} {sp.theme_title}".strip())
            action = themes[key].addAction(f"{sp.code} {sp.title}".strip(),
                                           lambda s=sp.id, f=finding_id: self.pane.set_speerpunt(f, s))
            action.setEnabled(sp.id != current)
