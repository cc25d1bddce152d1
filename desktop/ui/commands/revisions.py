"""Undo commands for reviewing a revised agreement: accept findings' new places, re-point a finding.

Each stores the findings' anchors as they were (desktop.operations.revisions.AnchorState)
and puts them back on undo; redo calls the same operation again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.operations.revisions import (
    RevisionRefused,
    accept_findings,
    anchor_states,
    repoint_finding,
    restore_anchor_states,
)
from desktop.placeholders import fill
from desktop.ui.session import Session


class AcceptPlacements(QUndoCommand):
    """Accept where moved or changed findings were placed (they become confirmed)."""

    def __init__(self, session: Session, finding_ids: list[str]) -> None:
        super().__init__()
        self.session = session
        self.ids = list(dict.fromkeys(finding_ids))
        self.error = ""
        self._before = anchor_states(session.project, self.ids)
        if len(self.ids) == 1:
            self.setText(QCoreApplication.translate("RevisionCommands", "Accept new place"))
        else:
            # Two or more here (one has its own text), so no plural forms are needed.
            self.setText(fill(QCoreApplication.translate("RevisionCommands", "Accept %1 new places"), len(self.ids)))

    def redo(self) -> None:
        try:
            changes = accept_findings(self.session.project, self.ids)
        except RevisionRefused as refusal:
            self.error = str(refusal)
            self.setObsolete(True)
            return
        if not changes:
            self.setObsolete(True)  # nothing to accept, nothing to undo
            return
        self.session.notify(changes)

    def undo(self) -> None:
        self.session.notify(restore_anchor_states(self.session.project, self._before))


class RepointFinding(QUndoCommand):
    """Put a finding on the text the analyst selected in the new version."""

    def __init__(self, session: Session, finding_id: str, start: int, end: int) -> None:
        super().__init__(QCoreApplication.translate("RevisionCommands", "Re-point finding"))
        self.session = session
        self.finding_id = finding_id
        self.span = (start, end)
        self.error = ""
        self._before = anchor_states(session.project, [finding_id])

    def redo(self) -> None:
        try:
            changes = repoint_finding(self.session.project, self.finding_id, *self.span)
        except RevisionRefused as refusal:
            self.error = str(refusal)
            self.setObsolete(True)
            return
        self.session.notify(changes)

    def undo(self) -> None:
        self.session.notify(restore_anchor_states(self.session.project, self._before))
