"""Undo commands for a revised agreement: its import, accepting findings' new places, re-pointing one.

The review steps store the findings' anchors as they were (desktop.operations.revisions.AnchorState)
and put them back on undo; redo calls the same operation again. The import keeps what its undo
took away (desktop.operations.revision_undo.RevisionRedo) and writes that again on redo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.operations.revision_undo import RevisionRedo, RevisionUndoRefused, redo_revision, undo_revision
from desktop.operations.revisions import (
    RevisionRefused,
    RevisionReport,
    accept_findings,
    anchor_states,
    repoint_finding,
    restore_anchor_states,
)
from desktop.placeholders import fill
from desktop.ui.i18n import count_text, refusal_text
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
            self.setText(fill(QCoreApplication.translate("RevisionCommands", "Accept %1 new places"), count_text(len(self.ids))))

    def redo(self) -> None:
        try:
            changes = accept_findings(self.session.project, self.ids)
        except RevisionRefused as refusal:
            self.error = refusal_text(refusal)
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
            self.error = refusal_text(refusal)
            self.setObsolete(True)
            return
        self.session.notify(changes)

    def undo(self) -> None:
        self.session.notify(restore_anchor_states(self.session.project, self._before))


class ImportNewVersion(QUndoCommand):
    """The import of a new version, done on the worker before this command is pushed.

    Its first redo does nothing (the import is in the file already); undo takes it back with
    desktop.operations.revision_undo and keeps what it took, so a redo writes the same document and
    findings again without reading the file. ``switch(from_id, to_id)``, when set, lets the window
    show the version that is current after each step; it runs before the views are told, so no view
    reads a version that is gone. After a refused step ``error`` holds the reason, ``refused(reason)``
    is called, and the stack drops the command (nothing changed).
    """

    def __init__(self, session: Session, report: RevisionReport) -> None:
        super().__init__(fill(QCoreApplication.translate("RevisionCommands", "Import new version of “%1”"),
                              report.old_document.title))
        self.session = session
        self.report = report
        self.error = ""
        self.switch: Callable[[str, str], None] | None = None
        self.refused: Callable[[str], None] | None = None
        self._redo: RevisionRedo | None = None

    def redo(self) -> None:
        if self._redo is None:
            return  # the first time: the worker imported it
        try:
            changes = redo_revision(self.session.project, self._redo)
        except RevisionUndoRefused as refusal:
            self._refuse(refusal)
            return
        self._redo = None
        self._show(self.report.old_document.id, self.report.new_document.id)
        self.session.notify(changes)

    def undo(self) -> None:
        if self.report.before is None:
            return
        try:
            changes, self._redo = undo_revision(self.session.project, self.report.revision_id, self.report.before)
        except RevisionUndoRefused as refusal:
            self._refuse(refusal)
            return
        self._show(self.report.new_document.id, self.report.old_document.id)
        self.session.notify(changes)

    def _show(self, from_id: str, to_id: str) -> None:
        if self.switch is not None:
            self.switch(from_id, to_id)

    def _refuse(self, refusal: Exception) -> None:
        self.error = refusal_text(refusal)
        self.setObsolete(True)
        if self.refused is not None:
            self.refused(self.error)
