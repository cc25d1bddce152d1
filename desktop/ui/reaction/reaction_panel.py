"""The "Reaction" dock: the reaction per speerpunt and the report's document-level parts, as two tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.ui.reaction.reaction_editor import ReactionEditor
from desktop.ui.reaction.report_parts import ReportPartsForm
from desktop.ui.session import Session


class ReactionPanel(QTabWidget):
    """``editor`` (per speerpunt) and ``parts`` (title, foreword, closing, remarks per theme).

    Re-emits the editor's ``open_requested(document_id, start, end, words)``.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionPanel")
        self.setDocumentMode(True)
        self.editor = ReactionEditor(session, self)
        self.parts = ReportPartsForm(session, self)
        self.addTab(self.editor, "")
        self.addTab(self.parts, "")
        self.editor.open_requested.connect(self.open_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Reaction"))
        self.setTabText(0, self.tr("Per speerpunt"))
        self.setTabText(1, self.tr("Report parts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def finish_editing(self) -> None:
        """Save every field and close the editing sessions (the project is about to close)."""
        self.editor.finish_editing()
        self.parts.finish_editing()
