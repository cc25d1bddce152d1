"""File → Work together in a folder…: keep the open project in step with a team folder.

The folder (OneDrive, SharePoint, a network share) is remembered per project copy (beside the project
file, see ``desktop.sync.state``). A round (``desktop.sync.team_round``) runs on the background worker
with its own connection: shortly after each change in the project, when the folder changes (a file
watcher) and once every half minute (the watcher misses changes on some network shares). What it brings
in reaches the views through the live refresh, as any other program's writes do. The status bar shows who
published when and the last sync.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from desktop.domain.timestamps import local_time
from desktop.placeholders import fill
from desktop.store.project import open_project
from desktop.sync.folder import ANALYSTS, ORIGINALS
from desktop.sync.state import remember_folder, remembered_folder
from desktop.sync.team_round import SyncReport, sync_round
from desktop.ui import background
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session
from desktop.ui.window_menu import WindowMenu

AFTER_CHANGE_MS = 2000
AFTER_FOLDER_CHANGE_MS = 1000
PERIODIC_MS = 30_000


def _round(project_path: Path, folder: Path, analyst: str) -> SyncReport:
    with open_project(project_path) as project:
        return sync_round(project, folder, analyst)


def _clock(stamp: str) -> str:
    """'14:05' for an ISO time in UTC, in local time; '01-12 14:05' when it was not today."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return "?"
    return moment.strftime("%H:%M" if moment.date() == datetime.now().astimezone().date() else "%d-%m %H:%M")


class FolderSync(QObject):
    """Rounds with one team folder for one session; never two at once, one more if asked while running."""

    synced = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, session: Session, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.setObjectName("folderSync")
        self.session = session
        self.folder = folder
        self.last_report: SyncReport | None = None
        self._running = False
        self._again = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync_now)
        self._periodic = QTimer(self)
        self._periodic.setInterval(PERIODIC_MS)
        self._periodic.timeout.connect(self.sync_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.schedule(AFTER_FOLDER_CHANGE_MS))
        session.changed.connect(lambda _changes: self.schedule(AFTER_CHANGE_MS))

    def start(self) -> None:
        self._periodic.start()
        self.sync_now()

    def stop(self) -> None:
        self._periodic.stop()
        self._soon.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())

    def schedule(self, delay_ms: int) -> None:
        if self._periodic.isActive() and not (self._soon.isActive() and self._soon.remainingTime() < delay_ms):
            self._soon.start(delay_ms)

    def sync_now(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        path, folder, analyst = self.session.project.path, self.folder, self.session.author
        background.run_in_background(lambda: _round(path, folder, analyst), self._done, self._error)

    def _done(self, report: SyncReport) -> None:
        try:
            self._running = False
            self.last_report = report
            self._watch()
            self.synced.emit(report)
            self._after()
        except RuntimeError:
            pass  # the project was closed while the round ran

    def _error(self, error: BaseException) -> None:
        try:
            self._running = False
            self.failed.emit(refusal_text(error))
            self._after()
        except RuntimeError:
            pass

    def _after(self) -> None:
        if self._again and self._periodic.isActive():
            self._again = False
            self.schedule(AFTER_FOLDER_CHANGE_MS)

    def _watch(self) -> None:
        wanted = [str(self.folder), str(self.folder / ANALYSTS), str(self.folder / ORIGINALS)]
        missing = [path for path in wanted if path not in self._watcher.directories() and Path(path).is_dir()]
        if missing:
            self._watcher.addPaths(missing)


class TeamFolderMenu(WindowMenu):
    """Adds File → Work together in a folder… and a status bar label with the team folder's state.

    Wiring in the main window::

        self.team_folder = TeamFolderMenu(self)      # after the menus exist
        self.team_folder.attach(self.session)        # each time a project is opened

    ``ask_folder`` and ``warn`` are replaceable so tests never block.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.sync: FolderSync | None = None
        actions = window.menu_actions
        self.action = self._action("teamFolderAction", self.choose_folder)
        actions.file_menu.insertAction(actions.close_project, self.action)
        self._update_when_shown(actions.file_menu)
        self.status = QLabel(window)
        self.status.setObjectName("teamFolderStatus")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.ask_folder = lambda start: QFileDialog.getExistingDirectory(window, self.tr("Team folder"), start)
        self.warn = lambda text: QMessageBox.warning(window, self.tr("Team folder"), text)
        self._ready()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Work together in a &folder…"))
        self.action.setStatusTip(self.tr("Keep this project in step with colleagues through a shared folder "
                                         "(OneDrive, SharePoint, a network share)"))
        if self.sync is not None and self.sync.last_report is not None:
            self._show(self.sync.last_report)

    def _attached(self, session: Session) -> None:
        """Sync with the folder remembered for this project, if any."""
        self._stop()
        folder = remembered_folder(session.project.path)
        if folder is not None:
            self._start(session, folder)

    def _session_gone(self) -> None:
        self._stop()
        super()._session_gone()

    def choose_folder(self) -> None:
        session = self._session()
        if session is None:
            return
        current = remembered_folder(session.project.path)
        chosen = self.ask_folder(str(current or session.project.path.parent))
        if not chosen:
            return
        folder = Path(chosen)
        if session.project.path.resolve().is_relative_to(folder.resolve()):
            self.warn(self.tr("The project file is inside this folder. Keep the project file outside the "
                              "team folder: a sync service damages a database it copies while it is open. "
                              "Choose an empty folder of its own for the team."))
            return
        remember_folder(session.project.path, folder)
        self._start(session, folder)

    def _start(self, session: Session, folder: Path) -> None:
        self._stop()
        self.sync = FolderSync(session, folder)
        self.sync.synced.connect(self._show)
        self.sync.failed.connect(self._failed)
        self.status.setText(self.tr("Team folder: syncing…"))
        self.status.show()
        self.sync.start()

    def _stop(self) -> None:
        if self.sync is not None:
            try:
                self.sync.stop()
                self.sync.deleteLater()
            except RuntimeError:
                pass  # went with its session
        self.sync = None
        self.status.hide()

    def _show(self, report: SyncReport) -> None:
        others = [entry for entry in report.analysts if not entry["you"] and entry["published"]]
        who = ", ".join(f"{entry['analyst']} {_clock(entry['published'])}" for entry in others[-4:])
        text = fill(self.tr("Team folder: synced %1"), _clock(report.finished))
        if who:
            text += " · " + fill(self.tr("published: %1"), who)
        if report.open_conflicts:
            text += " · " + self.tr("%Ln open conflict(s)", "", report.open_conflicts)
        self.status.setText(text)
        lines = [fill(self.tr("Folder: %1"), report.folder)]
        lines += [fill(self.tr("%1 published at %2"), entry["analyst"], local_time(entry["published"]))
                  for entry in report.analysts if entry["published"]]
        lines += [fill(self.tr("Waiting for %1: %2"), entry["file"], entry["reason"])
                  for entry in report.skipped]
        lines += [fill(self.tr("Not matched: %1"), message) for message in report.unmatched]
        self.status.setToolTip("\n".join(lines))
        if report.unmatched:
            self.window.statusBar().showMessage(
                fill(self.tr("Team folder: a document could not be matched: %1"), report.unmatched[0]), 15000)

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("Team folder: not synced"))
        self.status.setToolTip(reason)
        self.window.statusBar().showMessage(fill(self.tr("Team folder: %1"), reason), 15000)
