"""File → Export → REFI-QDA and File → Import REFI-QDA: exchange with ATLAS.ti, MAXQDA, NVivo, QualCoder.

The work runs on the background worker with its own connection; an import is one transaction
(all or nothing) and, like a merge, no undo step: it only adds documents, a framework and findings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.progress import Cancelled
from desktop.store.project import open_project
from desktop.ui import background
from desktop.ui.background import QtProgress, progress_dialog
from desktop.ui.i18n import reason_text, refusal_text
from desktop.ui.session import Session
from desktop.ui.window_menu import WindowMenu


def _export(project_path: Path, out: Path, progress: QtProgress) -> dict:
    from exporters import export

    with open_project(project_path) as project:
        return export(project, "qdpx", out, progress=progress)


def _export_codebook(project_path: Path, out: Path) -> dict:
    from exporters.qdpx import export_qdc

    with open_project(project_path) as project:
        return export_qdc(project, out)


def _import(project_path: Path, source: Path, author: str, progress: QtProgress):
    from desktop.operations.exchange import import_qdpx

    with open_project(project_path) as project:
        return import_qdpx(project, source, author=author or None, progress=progress)


class RefiExchangeMenu(WindowMenu):
    """Adds File → Export → REFI-QDA project / codebook, and File → Import REFI-QDA project.

    Wiring in the main window (one line, after the menus exist)::

        self.refi_exchange = RefiExchangeMenu(self)

    File choices and messages go through replaceable attributes (``ask_save_path``,
    ``ask_open_path``, ``inform``, ``warn``) so tests never block.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        actions = window.menu_actions
        self.export_menu = self._menu("exportMenu", needs_project=True)
        self.export_qdpx = self._action("exportQdpxAction", self.choose_export)
        self.export_qdc = self._action("exportQdcAction", self.choose_codebook_export)
        self.export_menu.addActions([self.export_qdpx, self.export_qdc])
        self.import_qdpx = self._action("importQdpxAction", self.choose_import)
        file_menu: QMenu = actions.file_menu
        file_menu.insertAction(actions.close_project, self.import_qdpx)
        file_menu.insertMenu(actions.close_project, self.export_menu)
        file_menu.insertSeparator(actions.close_project)
        self._update_when_shown(file_menu)
        self.ask_save_path = self._ask_save_path
        self.ask_open_path = self._ask_open_path
        self.inform = lambda title, text: QMessageBox.information(self.window, title, text)
        self.warn = lambda title, text: QMessageBox.warning(self.window, title, text)
        self._ready()

    def retranslate_ui(self) -> None:
        self.export_menu.setTitle(self.tr("E&xport to REFI-QDA"))
        self.export_qdpx.setText(self.tr("REFI-QDA &project (.qdpx)…"))
        self.export_qdc.setText(self.tr("REFI-QDA &codebook (.qdc)…"))
        self.import_qdpx.setText(self.tr("Import REFI-&QDA project (.qdpx)…"))

    def _ask_save_path(self, title: str, suggested: Path, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(suggested), pattern)
        return Path(name) if name else None

    def _ask_open_path(self, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), pattern)
        return Path(name) if name else None

    def _run(self, title: str, label: str, work, done) -> None:
        """``work(progress)`` on the worker behind a progress dialog (Cancel stops it, nothing is left
        half-done), then ``done(result)`` or a warning."""
        progress = QtProgress(self)
        dialog = progress_dialog(self.window, progress, title, label, self.tr("Cancel"))

        def finish() -> None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

        def failed(error: BaseException) -> None:
            finish()
            if not isinstance(error, Cancelled):
                self.warn(title, refusal_text(error))

        background.run_in_background(lambda: work(progress), lambda result: (finish(), done(result)), failed)

    # Export -----------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        session = self._session()
        if session is None:
            return
        title = self.tr("Export REFI-QDA project")
        path = self.ask_save_path(title, session.project.path.with_suffix(".qdpx"),
                                  self.tr("REFI-QDA projects (*.qdpx)"))
        if path is None:
            return
        path = path if path.suffix.lower() == ".qdpx" else path.with_name(path.name + ".qdpx")
        self._run(
            title, fill(self.tr("Writing %1…"), path.name),
            lambda progress: _export(session.project.path, path, progress),
            lambda summary: self.inform(title, fill(self.tr(
                "Wrote %1. Documents: %2, findings: %3. ATLAS.ti, MAXQDA, NVivo and QualCoder open it "
                "with their REFI-QDA import; each assessment is a code under \"Speerpunt-beoordeling\"."),
                path.name, summary["documents"], summary["findings"])))

    def choose_codebook_export(self) -> None:
        session = self._session()
        if session is None:
            return
        title = self.tr("Export REFI-QDA codebook")
        path = self.ask_save_path(title, session.project.path.with_suffix(".qdc"),
                                  self.tr("REFI-QDA codebooks (*.qdc)"))
        if path is None:
            return
        path = path if path.suffix.lower() == ".qdc" else path.with_name(path.name + ".qdc")
        background.run_in_background(
            lambda: _export_codebook(session.project.path, path),
            lambda summary: self.inform(title, fill(self.tr("Wrote %1. Speerpunten: %2."),
                                                    path.name, summary["speerpunten"])),
            lambda error: self.warn(title, refusal_text(error)))

    # Import -----------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        session = self._session()
        if session is None:
            return
        title = self.tr("Import REFI-QDA project")
        path = self.ask_open_path(title, self.tr("REFI-QDA projects (*.qdpx)"))
        if path is None:
            return
        self._run(title, fill(self.tr("Reading %1…"), path.name),
                  lambda progress: _import(session.project.path, path, session.author, progress),
                  lambda result: self._imported(session, title, result))

    def _imported(self, session: Session, title: str, result) -> None:
        session.notify(Changes.everything(documents=result.changes.documents,
                                          frameworks=result.changes.frameworks))
        text = fill(self.tr("Imported. Documents: %1, findings: %2 (missing: %3)."),
                    len(result.documents), result.findings, result.missing)
        if result.unassessed:
            text += "\n\n" + fill(self.tr(
                "Codings made without an assessment: %1. They are marked concern and their note starts "
                "with \"Beoordeling nog te bepalen\"; review them in the findings table."), str(result.unassessed))
        # Said above in full; the others are Reasons from the core, shown in the interface language.
        other = [w for w in result.warnings if "had no assessment" not in w]
        if other:
            text += "\n\n" + "\n".join(reason_text(warning) for warning in other)
        self.inform(title, text)
