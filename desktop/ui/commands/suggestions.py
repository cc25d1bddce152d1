"""Undo command for turning down a suggestion: the rejection is remembered in the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.store.rejections import add_rejection, remove_rejection
from desktop.ui.session import Session
from desktop.ui.suggestion_service import service_for


class RejectSuggestion(QUndoCommand):
    """Remember that a speerpunt is not what a passage treats; undo forgets it again."""

    def __init__(self, session: Session, document_id: str, speerpunt_id: str, start: int, end: int) -> None:
        super().__init__(QCoreApplication.translate("SuggestionCommands", "Reject suggestion"))
        self.session = session
        self._arguments = (document_id, speerpunt_id, start, end)
        self.rejection_id: str | None = None

    def redo(self) -> None:
        rejection = add_rejection(self.session.project, *self._arguments, author=self.session.author)
        self.rejection_id = rejection.id
        service_for(self.session).refresh()

    def undo(self) -> None:
        if self.rejection_id is not None:
            remove_rejection(self.session.project, self.rejection_id)
            service_for(self.session).refresh()
