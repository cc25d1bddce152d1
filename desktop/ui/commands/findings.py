"""Undo commands for findings: add, edit (note, assessment, speerpunt), delete.

Every step is already saved, so undo is itself a saved change: redo() and
undo() each call desktop.operations (one transaction) and then tell the
session what changed. A command that the operations refuse marks itself
obsolete, so the undo stack drops it, and keeps the reason in ``error``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.finding import Assessment
from desktop.operations.changes import Changes
from desktop.operations.findings import (
    FindingRefused,
    add_finding,
    delete_findings,
    restore_findings,
    update_finding,
)
from desktop.store.findings import get_finding
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session

# Texts are written as QCoreApplication.translate("FindingCommands", ...) calls
# in full, because lupdate only finds literal calls.

# A note typed right after tagging merges into the AddFinding step: one undo
# removes the whole finding, as the analyst made it in one go.
_MERGE_INTO_ADD = 1701


class AddFinding(QUndoCommand):
    """Store a new finding; undo deletes it, redo restores the same finding (same id).

    After push, ``finding_id`` holds the new id, or ``error`` the reason the
    finding was refused (then nothing was stored and nothing is on the stack).
    """

    def __init__(
        self,
        session: Session,
        document_id: str,
        speerpunt_id: str,
        assessment: Assessment | str,
        start: int | None,
        end: int | None,
        note: str = "",
        source_document_id: str | None = None,
        source_start: int | None = None,
        source_end: int | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.finding_id: str | None = None
        self.error = ""
        self._arguments = dict(
            document_id=document_id,
            speerpunt_id=speerpunt_id,
            assessment=Assessment(assessment),
            start=start,
            end=end,
            note=note,
            source_document_id=source_document_id,
            source_start=source_start,
            source_end=source_end,
        )
        missing = self._arguments["assessment"] is Assessment.MISSING
        if missing:
            self.setText(QCoreApplication.translate("FindingCommands", "Mark missing"))
        else:
            self.setText(QCoreApplication.translate("FindingCommands", "Add finding"))

    def id(self) -> int:
        return _MERGE_INTO_ADD

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Only a note edit asked to merge, on this very finding; the database
        # already holds the note, and undo/redo of this step take it along.
        return isinstance(other, EditFinding) and other.merge_into_add and other.finding_id == self.finding_id

    def redo(self) -> None:
        if self.finding_id is None:
            try:
                finding = add_finding(self.session.project, author=self.session.author, **self._arguments)
            except (FindingRefused, LookupError, ValueError) as refusal:
                self.error = refusal_text(refusal)
                self.setObsolete(True)
                return
            self.finding_id = finding.id
        else:
            restore_findings(self.session.project, [self.finding_id])
        self.session.notify(Changes(findings={self.finding_id}))

    def undo(self) -> None:
        if self.finding_id is not None:
            self.session.notify(delete_findings(self.session.project, [self.finding_id]))


class EditFinding(QUndoCommand):
    """Change a finding's note, assessment and/or speerpunt; undo puts the old values back.

    With ``merge_into_add`` a note given right after AddFinding joins that step.
    """

    def __init__(
        self,
        session: Session,
        finding_id: str,
        *,
        note: str | None = None,
        assessment: Assessment | str | None = None,
        speerpunt_id: str | None = None,
        merge_into_add: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.finding_id = finding_id
        self.merge_into_add = merge_into_add
        self.error = ""
        self._new: dict[str, object] = {}
        self._old: dict[str, object] = {}
        try:
            current = get_finding(session.project, finding_id)
        except LookupError as refusal:
            # Removed meanwhile (another window, the team folder): refused with the reason, nothing to change.
            self.error = refusal_text(refusal)
            self.setText(QCoreApplication.translate("FindingCommands", "Edit finding"))
            return
        if note is not None and note.strip() != current.note:
            self._new["note"], self._old["note"] = note.strip(), current.note
        if assessment is not None and Assessment(assessment) is not current.assessment:
            self._new["assessment"], self._old["assessment"] = Assessment(assessment), current.assessment
        if speerpunt_id is not None and speerpunt_id != current.speerpunt_id:
            self._new["speerpunt_id"], self._old["speerpunt_id"] = speerpunt_id, current.speerpunt_id
        if set(self._new) == {"note"}:
            self.setText(QCoreApplication.translate("FindingCommands", "Edit note"))
        elif set(self._new) == {"assessment"}:
            self.setText(QCoreApplication.translate("FindingCommands", "Change assessment"))
        elif set(self._new) == {"speerpunt_id"}:
            self.setText(QCoreApplication.translate("FindingCommands", "Change speerpunt"))
        else:
            self.setText(QCoreApplication.translate("FindingCommands", "Edit finding"))

    def id(self) -> int:
        return _MERGE_INTO_ADD if self.merge_into_add else -1

    def redo(self) -> None:
        if not self._new:
            self.setObsolete(True)  # nothing changes (or the finding is gone: see error), so nothing to undo
            if self.error:
                self.session.notify(Changes(findings={self.finding_id}))  # the views let go of the removed finding
            return
        try:
            update_finding(self.session.project, self.finding_id, **self._new)
        except (FindingRefused, LookupError, ValueError) as refusal:
            self.error = refusal_text(refusal)
            self.setObsolete(True)
            if isinstance(refusal, LookupError):
                self.session.notify(Changes(findings={self.finding_id}))
            return
        self.session.notify(Changes(findings={self.finding_id}))

    def undo(self) -> None:
        update_finding(self.session.project, self.finding_id, **self._old)
        self.session.notify(Changes(findings={self.finding_id}))


class DeleteFindings(QUndoCommand):
    """Delete findings (a deleted marker); undo restores them with everything they held."""

    def __init__(self, session: Session, ids: list[str]) -> None:
        super().__init__()
        self.session = session
        self.ids = list(dict.fromkeys(ids))
        if len(self.ids) == 1:
            self.setText(QCoreApplication.translate("FindingCommands", "Delete finding"))
        else:
            self.setText(QCoreApplication.translate("FindingCommands", "Delete %Ln findings", None, len(self.ids)))

    def redo(self) -> None:
        if not self.ids:
            self.setObsolete(True)
            return
        self.session.notify(delete_findings(self.session.project, self.ids))

    def undo(self) -> None:
        self.session.notify(restore_findings(self.session.project, self.ids))
