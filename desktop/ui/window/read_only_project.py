"""A project Speerpunt may not write: refused at opening with the reason and an offer to open a copy;
a change that could not be written later is said to be unsaved, and the window shows "read-only".

Decided in docs/RELIABILITY.md ("A read-only project"): every change is saved the moment it is made,
so a project that cannot be written is not opened in place, where every click would have to be refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desktop.files.held_files import is_held
from desktop.files.project_copy import READ_ONLY_FOLDER, READ_ONLY_MEDIA, copy_closed_project, read_only_reason
from desktop.files.targets import SQLITE_MAGIC, OutputRefused
from desktop.placeholders import fill
from desktop.store.project import SUFFIX
from desktop.ui.i18n import refusal_text
from desktop.ui.project_files import documents_folder
from desktop.ui.session import Session
from desktop.ui.window.project_copy import ask_copy_path


def _looks_like_a_database(path: Path) -> bool:
    if is_held(path):
        return True  # open as a project in this window already; open() and close() would drop its locks
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


class ReadOnlyProject(QObject):
    """Wiring in the main window: ``self.read_only = ReadOnlyProject(self)``; before opening a file,
    ``if self.read_only.refuses(path)`` (it has offered a copy); after, ``self.read_only.attach(session)``.

    ``ask_open_copy(title, text) -> bool``, ``ask_path(parent, suggested)`` and ``tell(title, text)``
    are replaceable so tests never block.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ask_open_copy = self._ask_open_copy
        self.ask_path = ask_copy_path
        self.tell = lambda title, text: QMessageBox.warning(self.window, title, text)
        self.status = QLabel(window)
        self.status.setObjectName("readOnlyStatus")
        self.status.setStyleSheet("#readOnlyStatus { color: #8A1C1C; font-weight: bold; }")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)

    # Opening ------------------------------------------------------------------------------------

    def refuses(self, path: Path) -> bool:
        """True when ``path`` is a project Speerpunt may not write; then a copy was offered (and maybe opened)."""
        if not path.is_file() or not _looks_like_a_database(path):
            return False  # opening says what is wrong with it, without writing a byte
        reason = read_only_reason(path)
        if reason is None:
            return False
        self.offer_copy(path, reason)
        return True

    def reason_text(self, reason: str) -> str:
        if reason == READ_ONLY_MEDIA:
            return self.tr("it is on read-only media (a CD, a locked USB stick or a read-only network share)")
        if reason == READ_ONLY_FOLDER:
            return self.tr("its folder is read-only, and Speerpunt keeps working files beside an open project")
        return self.tr("the file is read-only")

    def offer_copy(self, path: Path, reason: str) -> Path | None:
        """Say why ``path`` is not opened and, if the analyst wants, write a copy they choose and open it."""
        title = self.tr("The project is read-only")
        text = fill(self.tr(
            "%1 cannot be opened here: %2.\n\nSpeerpunt saves every change the moment you make it, so it only "
            "opens a project it can write to. Open a copy in a folder of your own to read and work in it; the "
            "original stays as it is."), path.name, self.reason_text(reason))
        if not self.ask_open_copy(title, text):
            return None
        target = self.ask_path(self.window, Path(documents_folder() or Path.home()) / f"{path.stem}-kopie{SUFFIX}")
        if target is None:
            return None
        try:
            copy = copy_closed_project(path, target)
        except OutputRefused as refusal:
            self.window.show_error(self.tr("Cannot save a copy"), refusal_text(refusal))
            return None
        if not self.window.open_project_file(copy):
            copy.unlink(missing_ok=True)  # ours, just made, and not a project after all
            return None
        return copy

    def _ask_open_copy(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("readOnlyProjectMessage")
        open_copy = box.addButton(self.tr("Open a &copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_copy)
        box.exec()
        chosen = box.clickedButton() is open_copy
        box.deleteLater()
        return chosen

    # While open ---------------------------------------------------------------------------------

    def attach(self, session: Session) -> None:
        self.status.hide()
        session.write_failed.connect(self._write_failed)
        session.destroyed.connect(self.status.hide)

    def _write_failed(self, reason: str) -> None:
        self.status.setText(self.tr("Read-only: changes are not saved"))
        self.status.setToolTip(reason)
        self.status.show()
        self.tell(self.tr("Your change was not saved"), fill(self.tr(
            "The project file can no longer be written (%1), so your last change was not saved and is not "
            "shown. What was saved before is safe. Save a copy (File → Save a copy…) and go on working in "
            "the copy."), reason))

