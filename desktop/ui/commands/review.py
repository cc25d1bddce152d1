"""Undo commands for settling differences between analysts: accept one's tagging, write a joint finding."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.finding import Assessment
from desktop.operations.findings import (
    FindingRefused,
    add_finding,
    delete_findings,
    restore_findings,
    update_finding,
)
from desktop.placeholders import fill
from desktop.store.findings import get_finding
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session


class AcceptTagging(QUndoCommand):
    """Delete the other analysts' differing findings and note the agreement on the kept ones.

    ``notes`` maps a kept finding's id to its new note; undo restores the
    deleted findings and the old notes in one step.
    """

    def __init__(self, session: Session, analyst: str, delete_ids: list[str], notes: dict[str, str]) -> None:
        super().__init__(fill(QCoreApplication.translate("ReviewCommands", "Accept %1's tagging"), analyst))
        self.session = session
        self.delete_ids = list(dict.fromkeys(delete_ids))
        self.new_notes = dict(notes)
        self.old_notes = {finding_id: get_finding(session.project, finding_id).note for finding_id in notes}

    def redo(self) -> None:
        if not self.delete_ids and not self.new_notes:
            self.setObsolete(True)
            return
        changes = delete_findings(self.session.project, self.delete_ids)
        for finding_id, note in self.new_notes.items():
            update_finding(self.session.project, finding_id, note=note)
            changes.findings.add(finding_id)
        self.session.notify(changes)

    def undo(self) -> None:
        changes = restore_findings(self.session.project, self.delete_ids)
        for finding_id, note in self.old_notes.items():
            update_finding(self.session.project, finding_id, note=note)
            changes.findings.add(finding_id)
        self.session.notify(changes)


class WriteJointFinding(QUndoCommand):
    """A new finding in the names of several analysts, replacing theirs; undo brings theirs back.

    After push, ``finding_id`` holds the joint finding's id, or ``error`` why it
    was refused (then nothing changed and nothing is on the stack).
    """

    def __init__(self, session: Session, document_id: str, speerpunt_id: str, assessment: Assessment | str,
                 start: int, end: int, note: str, author: str, replaced_ids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("ReviewCommands", "Write joint finding"))
        self.session = session
        self.finding_id: str | None = None
        self.error = ""
        self.replaced_ids = list(dict.fromkeys(replaced_ids))
        self._arguments = dict(document_id=document_id, speerpunt_id=speerpunt_id,
                               assessment=Assessment(assessment), start=start, end=end, note=note, author=author)

    def redo(self) -> None:
        project = self.session.project
        if self.finding_id is None:
            try:
                self.finding_id = add_finding(project, **self._arguments).id
            except (FindingRefused, LookupError, ValueError) as refusal:
                self.error = refusal_text(refusal)
                self.setObsolete(True)
                return
        else:
            restore_findings(project, [self.finding_id])
        changes = delete_findings(project, self.replaced_ids)
        changes.findings.add(self.finding_id)
        self.session.notify(changes)

    def undo(self) -> None:
        if self.finding_id is None:
            return
        changes = delete_findings(self.session.project, [self.finding_id])
        self.session.notify(changes.merge(restore_findings(self.session.project, self.replaced_ids)))


def joint_author(analysts: list[str]) -> str:
    """"Anna & Bram", "Anna, Bram & Chantal": the authors of a joint finding."""
    names = list(dict.fromkeys(analysts))
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " & " + names[-1]


