"""Importing from the window: worker thread with its own connection, progress, cancel, refusals, drops."""

from __future__ import annotations

import threading

import pytest
from docx import Document
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.store import create_project
from desktop.store.documents import list_documents
from desktop.ui import background
from desktop.ui.background import QtProgress
from desktop.ui.documents.import_flow import import_files_into


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "import.speerpunt"
    create_project(path).close()
    return path


def _agreement_docx(path, paragraphs=40):
    document = Document()
    document.add_heading("1. Wonen", level=1)
    for number in range(paragraphs):
        document.add_paragraph(f"Het kabinet bouwt woningen in gemeente {number} en investeert in de wijk.")
    document.save(path)
    return path


def _wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=10_000)


def test_import_runs_on_a_worker_thread_and_the_document_appears_in_library_and_pane(
        main_window, project_path, tmp_path, qtbot, monkeypatch):
    source = _agreement_docx(tmp_path / "Coalitieakkoord Utrecht 2026.docx")
    threads = []
    original = import_files_into

    def recording(*args):
        threads.append(threading.current_thread())
        return original(*args)

    monkeypatch.setattr("desktop.ui.documents.import_flow.import_files_into", recording)
    window = main_window(project_path)
    window.importer.ask_kind = lambda files: "agreement"
    monkeypatch.setattr("desktop.ui.project_files.ask_import_paths", lambda parent: [source])
    window.menu_actions.import_documents.trigger()
    assert window.importer.busy and window.importer.progress_dialog is not None
    _wait_idle(qtbot, window)
    assert threads and threads[0] is not threading.main_thread()
    [record] = list_documents(window.session.project)
    assert record.source_name == "Coalitieakkoord Utrecht 2026.docx" and record.kind == "agreement"
    assert window.docks.library.document_ids() == [record.id]
    assert window.panes[0].document_id == record.id  # the empty left pane shows it
    assert window.importer.progress_dialog is None


def test_the_worker_reports_progress_and_a_cancel_stores_nothing(project_path, tmp_path, qtbot):
    files = [_agreement_docx(tmp_path / f"akkoord-{n}.docx", paragraphs=5 + n) for n in range(2)]
    cancelled = QtProgress()
    cancelled.cancel()
    outcome = import_files_into(project_path, files, "agreement", "Tester", cancelled)
    assert outcome.cancelled and outcome.document_ids == []

    progress = QtProgress()
    seen = []
    progress.started.connect(lambda total, label: seen.append(("start", total)))
    progress.advanced.connect(lambda steps: seen.append(("advance", steps)))
    outcome = import_files_into(project_path, files, "agreement", "Tester", progress)
    assert len(outcome.document_ids) == 2 and not outcome.cancelled
    assert seen[0][0] == "start" and seen[0][1] > 0
    assert any(kind == "advance" for kind, _ in seen)


def test_cancel_in_the_progress_dialog_leaves_the_project_unchanged(main_window, project_path, tmp_path, qtbot):
    source = _agreement_docx(tmp_path / "akkoord.docx")
    window = main_window(project_path)
    gate = threading.Event()
    original = background.run_in_background

    def hold_then_run(work, on_done, on_error):
        # Hold the worker until the dialog's Cancel was pressed, as a slow PDF would.
        original(lambda: (gate.wait(5), work())[1], on_done, on_error)

    window.importer.ask_kind = lambda files: "agreement"
    import desktop.ui.documents.import_flow as flow

    flow.background.run_in_background = hold_then_run
    try:
        window.importer.import_files([source])
        [cancel] = window.importer.progress_dialog.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()
        gate.set()
        _wait_idle(qtbot, window)
    finally:
        flow.background.run_in_background = original
    assert list_documents(window.session.project) == []


def test_a_refused_file_shows_its_reason_and_stores_nothing(main_window, project_path, tmp_path, qtbot,
                                                             monkeypatch):
    damaged = tmp_path / "beschadigd.docx"
    damaged.write_bytes(b"PK\x03\x04 dit is geen echt Word-bestand")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    window = main_window(project_path)
    window.importer.import_files([damaged], kind="agreement")
    _wait_idle(qtbot, window)
    assert list_documents(window.session.project) == []
    [(title, text)] = shown
    assert title == "Not imported" and text.startswith("beschadigd.docx: ")


def test_the_same_file_twice_is_refused_with_the_existing_title(main_window, project_path, tmp_path, qtbot):
    source = _agreement_docx(tmp_path / "akkoord.docx")
    window = main_window(project_path)
    messages = []
    window.importer.show_message = lambda title, text: messages.append(text)
    window.importer.import_files([source], kind="position")
    _wait_idle(qtbot, window)
    window.importer.import_files([source], kind="position")
    _wait_idle(qtbot, window)
    assert len(list_documents(window.session.project)) == 1
    assert messages and "already in the project" in messages[0]


def _drop_event(cls, paths, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    if cls is QDragEnterEvent:
        return QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier), mime
    return QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier), mime


def test_dropping_files_on_the_window_imports_the_supported_ones(main_window, project_path, tmp_path, qtbot):
    source = _agreement_docx(tmp_path / "Positiepaper G40.docx")
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG")
    window = main_window(project_path)
    asked = []
    window.importer.ask_kind = lambda files: asked.append([f.name for f in files]) or "position"
    enter, _mime = _drop_event(QDragEnterEvent, [picture], window)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()  # nothing we can import
    enter, _mime = _drop_event(QDragEnterEvent, [source, picture], window)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop, _mime = _drop_event(QDropEvent, [source, picture], window)
    QApplication.sendEvent(window, drop)
    _wait_idle(qtbot, window)
    assert asked == [["Positiepaper G40.docx"]]
    [record] = list_documents(window.session.project)
    assert record.kind == "position"


def test_dropping_on_the_start_page_is_refused(main_window, tmp_path):
    source = _agreement_docx(tmp_path / "akkoord.docx")
    window = main_window()
    enter, _mime = _drop_event(QDragEnterEvent, [source], window)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_the_kind_dialog_offers_what_the_name_and_the_project_suggest(main_window, project_path, tmp_path, qtbot,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.ui.documents.import_flow import ImportKindDialog

    offered = []

    def exec_and_cancel(dialog):
        offered.append(dialog.kind_combo.kind())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportKindDialog, "exec", exec_and_cancel)
    window = main_window(project_path)
    paper = tmp_path / "Sterke steden.docx"  # a name that says nothing of its kind
    for name in ("nl-coalitieakkoord-2021-2025.pdf", "g40-strategische-agenda-2019-2022.md", paper.name):
        assert window.importer.import_files([tmp_path / name]) is False  # cancelled: nothing imported
    # The project has no agreement yet: a name that says nothing is offered as the agreement.
    assert offered == ["agreement", "position", "agreement"]
    window.importer.import_files([_agreement_docx(tmp_path / "akkoord.docx")], kind="agreement")
    _wait_idle(qtbot, window)
    offered.clear()
    window.importer.import_files([paper])
    # With the agreement in, the next unnamed file is most likely the organisation's own paper.
    assert offered == ["position"]
    offered.clear()
    folder = tmp_path / "stukken"
    folder.mkdir()
    window.importer.import_files([folder])
    assert offered == ["agreement"]  # a folder is a batch of agreements unless its name says otherwise
