"""Undo command for a document's details (title, kind, issuer, categories, period, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.operations.documents import update_document
from desktop.store.documents import get_document
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session


class EditDocument(QUndoCommand):
    """Change any of a document's EDITABLE_FIELDS (title, kind, categories, ...); undo puts the old ones back.

    After push, ``error`` holds the reason when the change was refused (an empty
    title); then nothing changed and nothing is on the undo stack.
    """

    def __init__(self, session: Session, document_id: str, **fields: object) -> None:
        super().__init__(QCoreApplication.translate("DocumentCommands", "Change document details"))
        self.session = session
        self.document_id = document_id
        self.error = ""
        record = get_document(session.project, document_id)
        self._new = dict(fields)
        self._old = {name: getattr(record, name) for name in fields}

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, fields: dict[str, object]) -> None:
        try:
            changes = update_document(self.session.project, self.document_id, **fields)
        except ValueError as error:
            self.error = refusal_text(error)
            self.setObsolete(True)
            return
        self.session.notify(changes)
