"""A read-only project: refused with the reason and a copy offered; a write that fails later is said to be unsaved.

The file is made read-only with chmod. Root may still write such a file, but Speerpunt reads the
mode bits too (a file marked read-only is not changed), so these tests mean the same as root.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from desktop.files import project_copy
from desktop.files.project_copy import copy_closed_project, read_only_reason
from desktop.operations.findings import add_finding
from desktop.store import create_project, open_project
from desktop.store.documents import document_text, list_documents
from desktop.store.findings import list_findings
from desktop.ui.commands.findings import EditFinding
from tests.builders import add_document, add_small_framework

TEXT = ["Het kabinet bouwt 100.000 woningen per jaar.", "De bijstand wordt vereenvoudigd."]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_only(path: Path) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)


@pytest.fixture
def tagged_project(tmp_path):
    """A project with one finding, in a folder of its own."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "team.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document = add_document(project, TEXT)
        start = document_text(project, document).index("100.000 woningen")
        add_finding(project, document, codes["1.1"], "positive", start, start + 16, note="Goed", author="Ann")
    yield path
    for item in (folder, *folder.iterdir()):
        item.chmod(0o755 if item.is_dir() else 0o644)


def test_the_reasons_a_project_cannot_be_written(tagged_project, monkeypatch):
    assert read_only_reason(tagged_project) is None
    _read_only(tagged_project)
    assert read_only_reason(tagged_project) == project_copy.READ_ONLY_FILE
    tagged_project.chmod(0o644)
    tagged_project.parent.chmod(0o555)
    assert read_only_reason(tagged_project) == project_copy.READ_ONLY_FOLDER
    tagged_project.parent.chmod(0o755)

    class ReadOnlyMount:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr(project_copy.os, "statvfs", lambda _path: ReadOnlyMount())
    assert read_only_reason(tagged_project) == project_copy.READ_ONLY_MEDIA


def test_a_read_only_project_is_not_opened_and_not_touched(main_window, tagged_project):
    _read_only(tagged_project)
    before = _digest(tagged_project)
    window = main_window()
    asked = []
    window.read_only.ask_open_copy = lambda title, text: asked.append((title, text)) or False
    assert not window.open_project_file(tagged_project)
    assert window.session is None
    assert asked == [("The project is read-only",
                      "team.speerpunt cannot be opened here: the file is read-only.\n\nSpeerpunt saves every change "
                      "the moment you make it, so it only opens a project it can write to. Open a copy in a folder "
                      "of your own to read and work in it; the original stays as it is.")]
    assert _digest(tagged_project) == before
    assert sorted(p.name for p in tagged_project.parent.iterdir()) == ["team.speerpunt"]


def test_opening_a_copy_gives_the_work_in_a_writable_project(main_window, tagged_project, tmp_path):
    _read_only(tagged_project)
    before = _digest(tagged_project)
    window = main_window()
    window.read_only.ask_open_copy = lambda title, text: True
    window.read_only.ask_path = lambda parent, suggested: tmp_path / suggested.name
    window.open_project_file(tagged_project)
    copy = tmp_path / "team-kopie.speerpunt"
    assert window.session is not None and window.session.project.path == copy
    [finding] = list_findings(window.session.project)
    assert finding.note == "Goed"
    # The copy takes changes; the original stays as it was.
    window.session.push(EditFinding(window.session, finding.id, note="Beter"))
    assert list_findings(window.session.project)[0].note == "Beter"
    assert _digest(tagged_project) == before
    assert os.access(copy, os.W_OK) and copy.stat().st_mode & 0o200


def test_a_read_only_file_that_is_no_project_is_refused_as_before(main_window, tmp_path):
    fake = tmp_path / "akkoord.speerpunt"
    fake.write_bytes(b"%PDF-1.7 not a project")
    _read_only(fake)
    window = main_window()
    window.read_only.ask_open_copy = lambda title, text: pytest.fail("no copy offered for a PDF")
    assert not window.open_project_file(fake)
    assert "not a Speerpunt project" in window.errors[0][1]


def test_the_copy_holds_changes_still_in_a_write_ahead_log(tagged_project, tmp_path):
    # A project left with its -wal (an unclean shutdown), then found on a read-only share.
    left = tmp_path / "achtergelaten"
    left.mkdir()
    with open_project(tagged_project) as project:
        project.db.execute("PRAGMA wal_autocheckpoint = 0")
        document = list_documents(project)[0].id
        speerpunt = list_findings(project)[0].speerpunt_id
        add_finding(project, document, speerpunt, "concern", 0, 10, note="Alleen in de log", author="Ann")
        for name in ("team.speerpunt", "team.speerpunt-wal"):
            (left / name).write_bytes((tagged_project.parent / name).read_bytes())
    assert (left / "team.speerpunt-wal").stat().st_size > 0
    _read_only(left / "team.speerpunt")
    copy = copy_closed_project(left / "team.speerpunt", tmp_path / "kopie.speerpunt")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kopie")) == ["kopie.speerpunt"]
    with open_project(copy) as project:
        assert sorted(f.note for f in list_findings(project)) == ["Alleen in de log", "Goed"]


def test_a_change_that_cannot_be_written_is_said_to_be_unsaved(main_window, tagged_project):
    window = main_window(tagged_project)
    session = window.session
    [finding] = list_findings(session.project)
    told = []
    window.read_only.tell = lambda title, text: told.append((title, text))
    session.push(EditFinding(session, finding.id, note="Eerste wijziging"))
    assert session.undo_stack.canUndo()
    # The file became read-only while open (a share switched to read-only, a stick locked): SQLite refuses
    # every write from now on; query_only does that on this connection whoever runs the test.
    session.project.db.execute("PRAGMA query_only = ON")
    session.push(EditFinding(session, finding.id, note="Tweede wijziging"))
    assert list_findings(session.project)[0].note == "Eerste wijziging"
    assert [title for title, _text in told] == ["Your change was not saved"]
    assert "attempt to write a readonly database" in told[0][1]
    assert window.read_only.status.isVisible()
    assert window.read_only.status.text() == "Read-only: changes are not saved"
    # No undo step claims a change that is not in the file; the one that is saved stays undoable.
    assert session.undo_stack.count() == 1 and session.undo_stack.index() == 1
    # Undoing it cannot be written either: said so, and the step no longer offered.
    window.menu_actions.undo.trigger()
    assert list_findings(session.project)[0].note == "Eerste wijziging"
    assert len(told) == 2 and not session.undo_stack.canUndo() and not session.undo_stack.canRedo()
    session.project.db.execute("PRAGMA query_only = OFF")
