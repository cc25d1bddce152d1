"""The main window's collaboration entries: merge, bundle, backups, conflicts, compare analysts, live refresh."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton, QWidget

from desktop.domain.document import DocumentKind
from desktop.operations.changes import Changes
from desktop.operations.conflicts import open_conflict_count
from desktop.placeholders import fill
from desktop.store.documents import get_document
from desktop.ui.collaboration.backup_actions import EditingBackups
from desktop.ui.collaboration.bundle_export import export_findings_bundle
from desktop.ui.collaboration.conflicts_dialog import ConflictsDialog
from desktop.ui.collaboration.live_refresh import LiveRefresh
from desktop.ui.collaboration.merge_dialog import MergeDialog
from desktop.ui.collaboration.restore_backup_dialog import RestoreBackupDialog
from desktop.ui.collaboration.review_view import ReviewView, open_review_window
from desktop.ui.session import Session
from desktop.ui.window_menu import WindowMenu


class CollaborationMenu(WindowMenu):
    """Adds File → Merge with… / Export findings bundle… / Restore backup… and a Review menu.

    Wiring in the main window (two lines)::

        self.collaboration = CollaborationMenu(self)        # after the menus exist
        self.collaboration.attach(self.session)             # each time a project is opened

    It reads ``window.session`` when an entry is chosen, opens passages with
    ``window.show_in_pane(document_id, start, end, words)``, and starts a
    LiveRefresh for each attached session (it ends with the session).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.live_refresh: LiveRefresh | None = None
        self.backups: EditingBackups | None = None
        self._conflicts: ConflictsDialog | None = None
        self._review: ReviewView | None = None
        actions = window.menu_actions
        self.merge = self._action("mergeAction", self.show_merge)
        self.export_bundle = self._action("exportBundleAction", self._export_bundle)
        self.restore_backup = self._action("restoreBackupAction", self.show_restore_backup)
        file_menu: QMenu = actions.file_menu
        before = actions.close_project
        file_menu.insertActions(before, [self.merge, self.export_bundle, self.restore_backup])
        file_menu.insertSeparator(before)
        self.review_menu = self._menu("reviewMenu")
        self.conflicts = self._action("conflictsAction", self.show_conflicts)
        self.compare = self._action("compareAnalystsAction", self.show_review)
        self.review_menu.addActions([self.compare, self.conflicts])
        window.menuBar().insertMenu(actions.help_menu.menuAction(), self.review_menu)
        self._update_when_shown(file_menu, self.review_menu)
        # Open conflicts, however they came (a merge here, a colleague's file in the team folder, `speerpunt
        # merge` while the window was closed), wait in the status bar until resolved; a click lists them.
        self.open_conflicts = QToolButton(window)
        self.open_conflicts.setObjectName("openConflictsStatus")
        self.open_conflicts.setAutoRaise(True)
        self.open_conflicts.setStyleSheet("#openConflictsStatus { color: #8A4B00; font-weight: bold; }")
        self.open_conflicts.clicked.connect(self.show_conflicts)
        self.open_conflicts.hide()
        window.statusBar().addPermanentWidget(self.open_conflicts)
        self._ready()

    def retranslate_ui(self) -> None:
        self.merge.setText(self.tr("&Merge with…"))
        self.export_bundle.setText(self.tr("&Export findings bundle…"))
        self.restore_backup.setText(self.tr("Restore &backup…"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.conflicts.setText(self.tr("&Conflicts…"))
        self.compare.setText(self.tr("Compare &analysts…"))
        self._count_conflicts()

    def _attached(self, session: Session) -> None:
        """Watch the project's file for other programs' changes, back it up while it is edited."""
        self.live_refresh = LiveRefresh(session, parent=session)
        self.live_refresh.start()
        self.backups = EditingBackups(session)
        self.backups.failed.connect(self._backup_failed)
        session.changed.connect(self._count_conflicts)
        self._count_conflicts()

    def _count_conflicts(self, _changes: Changes | None = None) -> None:
        session = self._session()
        try:
            count = open_conflict_count(session.project) if session is not None else 0
        except sqlite3.Error:  # a project closing or unreadable now: the next change counts again
            count = 0
        self.open_conflicts.setVisible(count > 0)
        self.open_conflicts.setText(self.tr("%Ln open conflict(s)", "", count))
        self.open_conflicts.setToolTip(self.tr(
            "Merged versions that differ from yours wait for your choice: click to list them (Review → Conflicts)"))

    def _session_gone(self) -> None:
        # Windows showing a closed project would read from a closed connection.
        for widget in (self._conflicts, self._review):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self._conflicts = self._review = None
        self.live_refresh = self.backups = None
        self.open_conflicts.hide()
        super()._session_gone()

    def _backup_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(fill(self.tr("Automatic backup failed: %1"), reason), 15000)

    def _export_bundle(self) -> None:
        session = self._session()
        if session is not None:
            export_findings_bundle(session, self.window)

    def _open_passage(self, document_id: str, start: int, end: int, words: list) -> None:
        self.window.show_in_pane(document_id, start, end, words)

    def show_merge(self) -> MergeDialog | None:
        session = self._session()
        if session is None:
            return None
        dialog = MergeDialog(session, self.window)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.open()
        return dialog

    def show_restore_backup(self) -> RestoreBackupDialog | None:
        session = self._session()
        if session is None:
            return None
        dialog = RestoreBackupDialog(session, self.window)
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog | None:
        session = self._session()
        if session is None:
            return None
        if self._conflicts is None or self._conflicts.session is not session:
            self._conflicts = ConflictsDialog(session, self.window)
            self._conflicts.open_requested.connect(self._open_passage)
            self._conflicts.resolved.connect(self._count_conflicts)  # keeping one's own version changes no record
        self._conflicts.show()
        self._conflicts.raise_()
        return self._conflicts

    def show_review(self) -> ReviewView | None:
        session = self._session()
        if session is None:
            return None
        if self._review is None or self._review.session is not session:
            parent: QWidget = self.window
            self._review = open_review_window(session, parent)
            self._review.open_requested.connect(self._open_passage)
        pane = self.window.active_pane() if getattr(self.window, "pane_area", None) else None
        if pane is not None and pane.document_id:
            try:
                if get_document(session.project, pane.document_id).kind == DocumentKind.AGREEMENT:
                    self._review.set_document(pane.document_id)
            except LookupError:
                pass
        self._review.show()
        self._review.raise_()
        return self._review
