"""The file dialogs for new, open and import start in a folder that exists, with an empty file name box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from desktop.ui import project_files


def _locations(monkeypatch, documents: Path, home: Path) -> None:
    places = {QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
              QStandardPaths.StandardLocation.HomeLocation: str(home)}
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: places[where])


def _start_folder_of_import_dialog(monkeypatch) -> str:
    seen = {}

    def fake(parent, caption, folder, filters):
        seen["folder"] = folder
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    assert project_files.ask_import_paths(None) == []
    return seen["folder"]


def test_without_a_documents_folder_the_import_dialog_starts_in_the_home_folder(qapp, monkeypatch, tmp_path):
    _locations(monkeypatch, tmp_path / "Documents", tmp_path)
    assert _start_folder_of_import_dialog(monkeypatch) == str(tmp_path)


def test_with_a_documents_folder_the_import_dialog_starts_there(qapp, monkeypatch, tmp_path):
    (tmp_path / "Documents").mkdir()
    _locations(monkeypatch, tmp_path / "Documents", tmp_path)
    assert _start_folder_of_import_dialog(monkeypatch) == str(tmp_path / "Documents")
