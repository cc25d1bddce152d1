"""Undo commands for the reaction: an editing session of a speerpunt's text, a draft, report parts.

Typing is saved as it happens (desktop.ui.reaction.autosave), so the step for a whole
editing session is pushed afterwards with the text before and after: its first
redo() finds the database already holding the new text and does nothing; undo()
and later redo() write the old or new text back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.drafting import Order, draft_reaction, findings_fingerprint
from desktop.operations.reactions import restore_reaction, set_reaction, set_report_parts
from desktop.placeholders import fill
from desktop.store.findings import list_findings
from desktop.store.pages import page_lookup
from desktop.store.reactions import report_voice
from desktop.ui.session import Session


@dataclass(frozen=True)
class ReactionState:
    """What one reaction row holds, to put it back exactly."""

    text: str
    drafted_from: str | None


@dataclass(frozen=True)
class DraftChoice:
    """How the analyst asked for the draft."""

    order: Order = "text"
    quotes: bool = False
    pages: bool = False


class EditReaction(QUndoCommand):
    """One editing session of one speerpunt's reaction text (already saved when pushed)."""

    def __init__(self, session: Session, speerpunt_id: str, document_id: str | None, code: str,
                 old: ReactionState, new_text: str) -> None:
        super().__init__(fill(QCoreApplication.translate("ReactionCommands", "Edit reaction %1"), code))
        self.session = session
        self.speerpunt_id = speerpunt_id
        self.document_id = document_id
        self.old = old
        self.new_text = new_text
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False  # typing already stored this text
            return
        self.session.notify(set_reaction(self.session.project, self.speerpunt_id, self.new_text,
                                         author=self.session.author, document_id=self.document_id))

    def undo(self) -> None:
        self.session.notify(restore_reaction(self.session.project, self.speerpunt_id, self.old.text,
                                             self.old.drafted_from, author=self.session.author,
                                             document_id=self.document_id))


class DraftReaction(QUndoCommand):
    """Fill a speerpunt's reaction from its findings and remember their fingerprint.

    The caller asks the analyst first when a text exists; this command only writes.
    ``text`` holds the draft after the first redo.
    """

    def __init__(self, session: Session, speerpunt_id: str, document_id: str | None, code: str,
                 old: ReactionState, choice: DraftChoice) -> None:
        super().__init__(fill(QCoreApplication.translate("ReactionCommands", "Draft reaction %1"), code))
        self.session = session
        self.speerpunt_id = speerpunt_id
        self.document_id = document_id
        self.old = old
        self.choice = choice
        self.text: str | None = None
        self.fingerprint = ""

    def _draft(self) -> None:
        project = self.session.project
        findings = list_findings(project, document_id=self.document_id, speerpunt_id=self.speerpunt_id)
        pages = page_lookup(project, {f.document_id for f in findings}) if self.choice.pages else None
        self.text = draft_reaction(findings, order=self.choice.order,
                                   include_quotes=self.choice.quotes or self.choice.pages,
                                   pages=pages or (lambda finding: None),
                                   voice=report_voice(project, self.document_id))
        self.fingerprint = findings_fingerprint(findings)

    def redo(self) -> None:
        if self.text is None:
            self._draft()
        self.session.notify(restore_reaction(self.session.project, self.speerpunt_id, self.text or "",
                                             self.fingerprint, author=self.session.author,
                                             document_id=self.document_id))

    def undo(self) -> None:
        self.session.notify(restore_reaction(self.session.project, self.speerpunt_id, self.old.text,
                                             self.old.drafted_from, author=self.session.author,
                                             document_id=self.document_id))


class EditReportPart(QUndoCommand):
    """One editing session of a document-level part (foreword, closing, ...), already saved when pushed."""

    def __init__(self, session: Session, key: str, label: str, old: str, new: str) -> None:
        super().__init__(fill(QCoreApplication.translate("ReactionCommands", "Edit %1"), label))
        self.session = session
        self.key = key
        self.old = old
        self.new = new
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.session.notify(set_report_parts(self.session.project, {self.key: self.new}, self.session.author))

    def undo(self) -> None:
        self.session.notify(set_report_parts(self.session.project, {self.key: self.old}, self.session.author))
