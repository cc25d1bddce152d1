"""The export dialog's outline on its own thread: the latest options win, closing mid-way is clean."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from docx import Document

from desktop.domain.finding import Assessment
from desktop.operations.findings import add_finding
from desktop.operations.reactions import set_report_parts
from desktop.store.documents import document_text

WAIT = 20_000  # ms; generous, the machine is shared


class Gate:
    """Holds the first outline on the preview thread until the test opens the gate; counts the outlines made."""

    def __init__(self, monkeypatch) -> None:
        from desktop.ui.reaction import outline_preview

        self.open = threading.Event()
        self.made: list[str | None] = []  # the organisation each computed outline was asked for
        self.connections: list = []  # every project the preview thread opened
        real_outline, real_open = outline_preview.export_outline, outline_preview.open_project

        def gated_outline(project, layout, options, progress):
            self.made.append(options.organisation)
            if len(self.made) == 1:
                assert self.open.wait(30), "the test never opened the gate"
            return real_outline(project, layout, options, progress)

        def recorded_open(path):
            project = real_open(path)
            self.connections.append(project)
            return project

        monkeypatch.setattr(outline_preview, "export_outline", gated_outline)
        monkeypatch.setattr(outline_preview, "open_project", recorded_open)


@pytest.fixture
def gate(monkeypatch):
    return Gate(monkeypatch)


@pytest.fixture
def make_dialog(session, qtbot):
    text = document_text(session.project, session.document_id)
    start = text.index("100.000 woningen")
    add_finding(session.project, session.document_id, session.codes["1.1"], Assessment.POSITIVE, start,
                start + len("100.000 woningen"), note="Goed.", author="Testanalist")
    set_report_parts(session.project, {"organisation": "G40"})

    def make():
        from desktop.ui.reaction.export_dialog import ExportDialog

        widget = ExportDialog(session)
        widget.messages = []
        widget.show_message = lambda title, text: widget.messages.append((title, text))
        return widget

    return make


def test_rapid_option_changes_end_with_the_outline_of_the_last_options(make_dialog, gate, qtbot):
    dialog = make_dialog()
    qtbot.addWidget(dialog)
    shown = []
    dialog.outline_preview.ready.connect(lambda outline: shown.append(outline.headings[0][1]))
    qtbot.waitUntil(lambda: len(gate.made) == 1, timeout=WAIT)  # the first outline is being made
    assert dialog.preview_status.text() == "Updating the preview…"
    for name in ("M1", "M2", "M3", "", "M25"):  # an analyst typing and clicking while it works
        dialog.organisation.setText(name)
        dialog.update_preview()
        assert dialog.preview_status.text() == "Updating the preview…"
    gate.open.set()
    qtbot.waitUntil(lambda: not dialog.preview_busy, timeout=WAIT)
    assert dialog.preview_texts()[0] == "Reactie van de M25 op het akkoord"
    assert dialog.preview.isEnabled() and "finding" in dialog.preview_status.text()
    # Only the latest options' outline reached the screen; those in between were never made.
    assert shown == ["Reactie van de M25 op het akkoord"]
    assert gate.made == [None, "M25"]


def test_closing_while_the_outline_is_made_is_clean(make_dialog, gate, qtbot):
    from desktop.ui import background

    dialog = make_dialog()
    dialog.show()
    shown = []
    dialog.outline_preview.ready.connect(shown.append)
    qtbot.waitUntil(lambda: len(gate.made) == 1, timeout=WAIT)
    dialog.organisation.setText("M25")  # a change still waiting for its turn
    dialog.update_preview()
    dialog.close()
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT):
        dialog.deleteLater()
    gate.open.set()  # the worker finishes after the dialog is gone
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=WAIT)
    assert background.wait_for_all(WAIT)
    # Nothing was shown, the waiting change was never computed, and the worker closed its connection.
    assert shown == [] and gate.made == [None]
    assert len(gate.connections) == 1
    with pytest.raises(sqlite3.ProgrammingError):
        gate.connections[0].db.execute("SELECT 1")


def test_the_outline_does_not_wait_behind_a_long_job_on_the_worker(make_dialog, qtbot):
    from desktop.ui import background

    learning = threading.Event()
    finished = []
    # A suggestion model being learnt for minutes, say.
    background.run_in_background(lambda: learning.wait(30), finished.append, finished.append)
    try:
        dialog = make_dialog()
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.preview_busy, timeout=WAIT)
        assert dialog.preview_texts()[0] == "Reactie van de G40 op het akkoord"
        assert finished == []  # the long job is still running
    finally:
        learning.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=WAIT)


def test_export_uses_the_options_shown_while_the_outline_is_still_made(make_dialog, gate, qtbot, tmp_path):
    dialog = make_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(gate.made) == 1, timeout=WAIT)
    qtbot.keyClicks(dialog.organisation, "M25")  # typed; the outline of it is not there yet
    assert dialog.preview_status.text() == "Updating the preview…"
    out = tmp_path / "reactie.docx"
    dialog.output_edit.setText(str(out))
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.exported_path == out, timeout=WAIT)
    headings = [p.text for p in Document(str(out)).paragraphs if p.text.startswith("Reactie van")]
    assert headings and headings[0] == "Reactie van de M25 op het akkoord"
    gate.open.set()
    qtbot.waitUntil(lambda: not dialog.preview_busy, timeout=WAIT)
    assert dialog.preview_texts()[0] == "Reactie van de M25 op het akkoord"
