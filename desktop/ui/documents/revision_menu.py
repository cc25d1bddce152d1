"""The Document menu: import a file as the new version of the open document, and review that revision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.ingest import SUPPORTED_SUFFIXES, ImportRefused
from desktop.operations.revisions import RevisionRefused, RevisionReport, import_revision
from desktop.placeholders import fill
from desktop.progress import Cancelled
from desktop.store.documents import get_document
from desktop.store.project import ProjectRefused, open_project
from desktop.store.revisions import revision_of
from desktop.ui import background
from desktop.ui.background import QtProgress, progress_dialog
from desktop.ui.commands.revisions import ImportNewVersion
from desktop.ui.documents.revision_review import RevisionReview
from desktop.ui.i18n import refusal_text
from desktop.ui.project_files import documents_folder
from desktop.ui.session import Session
from desktop.ui.window_menu import WindowMenu


def _import_on_worker(project_path: Path, path: Path, old_id: str, author: str,
                      progress: QtProgress) -> RevisionReport:
    project = open_project(project_path)
    try:
        return import_revision(project, path, old_id, author=author, progress=progress)
    finally:
        project.close()


class RevisionMenu(WindowMenu):
    """Wiring in the main window (two lines)::

        self.revision_menu = RevisionMenu(self)       # after the menus exist
        self.revision_menu.attach(self.session)       # each time a project is opened

    The document is the one in the active pane. ``ask_file``, ``show_message`` and
    ``show_review(dialog)`` are replaceable so tests never block on a dialog.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.session: Session | None = None
        self.busy = False
        self.last_review: RevisionReview | None = None
        self.ask_file = self._ask_file
        self.show_message = lambda title, text: QMessageBox.warning(self.window, title, text)
        self.show_review = lambda dialog: dialog.exec()
        self.menu = self._menu("documentMenu")
        self.import_version = self._action("importNewVersionAction", self.import_new_version)
        self.review = self._action("reviewRevisionAction", self.review_current)
        self.menu.addActions([self.import_version, self.review])
        # After View, before Reaction: documents come in before the reaction goes out.
        reaction = getattr(window, "reaction_menu", None)
        before = reaction.menu if reaction is not None else window.menu_actions.help_menu
        window.menuBar().insertMenu(before.menuAction(), self.menu)
        self._ready()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Document"))
        self.import_version.setText(self.tr("Import &new version…"))
        self.review.setText(self.tr("&Review new version…"))

    def _attached(self, session: Session) -> None:
        self.session = session
        docks = getattr(self.window, "docks", None)
        if docks is not None:  # the library's "Import new version…" and a file dropped on a document
            docks.library.new_version_requested.connect(
                lambda document_id, path: self.import_new_version(Path(path) if path else None, document_id))

    def _session_gone(self) -> None:
        self.session = None
        super()._session_gone()

    def current_document(self) -> str | None:
        pane = self.window.active_pane() if self.session is not None else None
        return pane.document_id if pane is not None else None

    # Importing ------------------------------------------------------------------------------------

    def import_new_version(self, path: Path | None = None, document_id: str | None = None) -> bool:
        """Import ``path`` (asked for when None) as the new version of ``document_id`` (default: the active
        pane's document) on the worker."""
        document_id = document_id or self.current_document()
        if self.session is None or self.busy:
            return False
        if document_id is None:
            self.show_message(self.tr("Import new version"),
                              self.tr("Open the document that has a new version first."))
            return False
        record = get_document(self.session.project, document_id)
        if record.superseded:
            self.show_message(self.tr("Import new version"), fill(self.tr(
                "“%1” has already been replaced by a newer version; open that one."), record.title))
            return False
        path = path or self.ask_file(record.title)
        if path is None:
            return False
        self.busy = True
        progress = QtProgress(self)
        dialog = progress_dialog(self.window, progress, self.tr("Import new version"),
                                 fill(self.tr("Reading %1 and carrying the findings over…"), path.name),
                                 self.tr("Cancel"))
        project_path, author = self.session.project.path, self.session.author
        background.run_in_background(
            lambda: _import_on_worker(project_path, path, document_id, author, progress),
            lambda report: self._imported(report, dialog, document_id),
            lambda error: self._failed(error, dialog),
        )
        return True

    def _close(self, dialog) -> None:
        self.busy = False
        dialog.close()
        dialog.deleteLater()

    def _imported(self, report: RevisionReport, dialog, old_id: str) -> None:
        self._close(dialog)
        if self.session is None:
            return
        # One undo step: Ctrl+Z takes the import back, Ctrl+Shift+Z or Ctrl+Y writes it again (no file read).
        command = ImportNewVersion(self.session, report)
        command.switch = self._switch_panes
        command.refused = lambda reason: self.show_message(self.tr("Not undone"), reason)
        self.session.push(command)
        self.session.notify(report.changes)
        # The new version takes the old one's place in the panes, so the analyst reads on where they were.
        self._switch_panes(old_id, report.new_document.id)
        self.review_current(report.new_document.id)

    def _switch_panes(self, from_id: str, to_id: str) -> None:
        """Show ``to_id`` in every pane that shows ``from_id`` (after an import, its undo or its redo)."""
        review = self.last_review
        if review is not None and review.isVisible() and from_id == review.revision.new_document_id:
            review.reject()  # its import was taken back (by its own Undo too): nothing left to review
            self.window.activateWindow()  # so Ctrl+Shift+Z / Ctrl+Y there can bring it back
        for index, pane in enumerate(getattr(self.window, "panes", [])):
            if pane.document_id == from_id:
                self.window.open_document(to_id, index)

    def _failed(self, error: BaseException, dialog) -> None:
        self._close(dialog)
        if isinstance(error, Cancelled):
            return
        if isinstance(error, ImportRefused | RevisionRefused | ProjectRefused | LookupError):
            self.show_message(self.tr("Not imported"), refusal_text(error))
        else:
            self.show_message(self.tr("Not imported"),
                              fill(self.tr("An unexpected error stopped the import: %1"), repr(error)))

    def _ask_file(self, title: str) -> Path | None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, fill(self.tr("The new version of “%1”"), title), documents_folder(),
            fill(QCoreApplication.translate("ProjectFiles", "Documents (%1)"), patterns))
        return Path(chosen) if chosen else None

    # Reviewing ------------------------------------------------------------------------------------

    def review_current(self, document_id: str | None = None) -> RevisionReview | None:
        document_id = document_id or self.current_document()
        if self.session is None or document_id is None:
            return None
        revision = revision_of(self.session.project, document_id)
        if revision is None:
            self.show_message(self.tr("Review new version"),
                              self.tr("This document has no earlier version in the project."))
            return None
        dialog = RevisionReview(self.session, revision, self.window)
        self.last_review = dialog
        self.show_review(dialog)
        return dialog
