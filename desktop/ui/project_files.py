"""Where project files come from: file dialogs for new/open, and the demo project in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from desktop.placeholders import fill
from desktop.store.project import SUFFIX

DEMO_NAME = "demo" + SUFFIX


def _filter() -> str:
    return fill(QCoreApplication.translate("ProjectFiles", "Speerpunt projects (*%1)"), SUFFIX)


def documents_folder() -> str:
    """The user's Documents folder, or the home folder when there is none (a file dialog given a folder that
    does not exist puts its name in the file name box, and Enter would make "Documents.speerpunt")."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def ask_new_project_path(parent: QWidget | None) -> Path | None:
    """The file a new project goes to, with the .speerpunt suffix added when left out."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ProjectFiles", "New project"), documents_folder(), _filter())
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_organisation(parent: QWidget | None, default: str) -> str | None:
    """The organisation a new project reacts for ("G32", "Gemeente Utrecht"), the last one used filled in.

    None when cancelled; "" when left empty (the export then warns that no organisation is set, as drafts
    say "onze organisatie" until it is).
    """
    dialog = QInputDialog(parent)
    dialog.setObjectName("organisationDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ProjectFiles", "New project"))
    dialog.setLabelText(QCoreApplication.translate(
        "ProjectFiles", "Organisation the reaction speaks for (e.g. G32, Gemeente Utrecht):\n"
                        "drafts and the exported reaction name it; you can change it later under Report parts."))
    dialog.setTextValue(default)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return " ".join(dialog.textValue().split())


def ask_open_project_path(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProjectFiles", "Open project"), documents_folder(), _filter())
    return Path(chosen) if chosen else None


def ask_import_paths(parent: QWidget | None) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ProjectFiles", "Import documents"),
        documents_folder(),
        QCoreApplication.translate("ProjectFiles", "Documents (*.pdf *.docx *.txt *.md *.markdown)"),
    )
    return [Path(name) for name in chosen]


def ask_import_folder(parent: QWidget | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ProjectFiles", "Import a folder of documents"), documents_folder())
    return Path(chosen) if chosen else None


def demo_project_path() -> Path:
    """The demo project lives in the user's data folder, made on first use."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / DEMO_NAME


def ensure_demo_project() -> Path:
    """Build the demo project if it is not there yet; returns its path."""
    from desktop.demo import build_demo_project

    path = demo_project_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo_project(path)
    return path
