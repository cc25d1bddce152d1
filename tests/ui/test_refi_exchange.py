"""File → Export → REFI-QDA and File → Import REFI-QDA in the main window, used as an analyst would."""

from __future__ import annotations

import zipfile

from desktop.operations.findings import add_finding
from desktop.store import create_project
from desktop.store.findings import list_findings
from desktop.store.project import open_project
from desktop.ui import background
from tests.builders import add_document, add_small_framework


def _project(path):
    project = create_project(path)
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt woningen.", "De bijstand wordt eenvoudiger."])
    add_finding(project, document, codes["1.1"], "positive", 0, 20, note="Mooi", author="Anna")
    add_finding(project, document, codes["2.1"], "missing", note="Niet genoemd", author="Bram")
    project.close()


def _choose(window, action) -> None:
    """Open the File menu (which enables the entries for an open project) and choose ``action``."""
    window.menu_actions.file_menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=20_000)


def test_export_and_import_through_the_file_menu(main_window, qtbot, tmp_path):
    _project(tmp_path / "bron.speerpunt")
    window = main_window(tmp_path / "bron.speerpunt")
    exchange = window.refi_exchange
    file_texts = [a.text() for a in window.menu_actions.file_menu.actions() if not a.isSeparator()]
    assert "E&xport to REFI-QDA" in file_texts and "Import REFI-&QDA project (.qdpx)…" in file_texts
    assert [a.text() for a in exchange.export_menu.actions()] == ["REFI-QDA &project (.qdpx)…",
                                                                   "REFI-QDA &codebook (.qdc)…"]
    messages: list[tuple[str, str]] = []
    exchange.inform = lambda title, text: messages.append((title, text))
    exchange.warn = lambda title, text: messages.append(("warning: " + title, text))
    exchange.ask_save_path = lambda title, suggested, pattern: tmp_path / "uitwisseling"
    _choose(window, exchange.export_qdpx)
    _wait(qtbot)
    assert messages[-1][0] == "Export REFI-QDA project"
    assert "Documents: 1, findings: 2." in messages[-1][1]
    with zipfile.ZipFile(tmp_path / "uitwisseling.qdpx") as archive:
        assert "project.qde" in archive.namelist()

    window.close_project()
    create_project(tmp_path / "doel.speerpunt").close()
    window.open_project_file(tmp_path / "doel.speerpunt")
    exchange.ask_open_path = lambda title, pattern: tmp_path / "uitwisseling.qdpx"
    _choose(window, exchange.import_qdpx)
    _wait(qtbot)
    assert messages[-1] == ("Import REFI-QDA project", "Imported. Documents: 1, findings: 2 (missing: 1).")
    with open_project(tmp_path / "doel.speerpunt") as project:
        assert sorted((f.assessment.value, f.note, f.author) for f in list_findings(project)) == [
            ("missing", "Niet genoemd", "Bram"), ("positive", "Mooi", "Anna")]


def test_a_broken_file_is_a_warning_and_changes_nothing(main_window, qtbot, tmp_path):
    _project(tmp_path / "p.speerpunt")
    window = main_window(tmp_path / "p.speerpunt")
    exchange = window.refi_exchange
    messages: list[tuple[str, str]] = []
    exchange.warn = lambda title, text: messages.append((title, text))
    (tmp_path / "kapot.qdpx").write_bytes(b"PK\x03\x04 kapot")
    exchange.ask_open_path = lambda title, pattern: tmp_path / "kapot.qdpx"
    _choose(window, exchange.import_qdpx)
    _wait(qtbot)
    assert messages == [("Import REFI-QDA project", "kapot.qdpx: damaged REFI-QDA file: not a valid ZIP archive")]
    with open_project(tmp_path / "p.speerpunt") as project:
        assert len(list_findings(project)) == 2


def test_the_entries_need_an_open_project(main_window, qtbot):
    window = main_window()
    window.menu_actions.file_menu.aboutToShow.emit()
    exchange = window.refi_exchange
    assert not exchange.import_qdpx.isEnabled() and not exchange.export_qdpx.isEnabled()
