"""Backups while editing: one per interval of changes, one more on close, and a failed backup never costs an edit."""

from __future__ import annotations

from pathlib import Path

from desktop.store import create_project, open_project
from desktop.store.exchange.backup import backup_folder, list_backups
from desktop.store.findings import list_findings
from desktop.ui.collaboration.backup_actions import EditingBackups
from desktop.ui.commands.findings import AddFinding
from tests.builders import add_document, add_small_framework


def _tag(session, start: int) -> None:
    session.push(AddFinding(session, session.document_id, session.codes["1.1"], "concern", start, start + 10))


def test_a_burst_of_edits_gives_one_backup_per_interval_and_one_more_on_close(session, qtbot) -> None:
    now = [0.0]
    backups = EditingBackups(session, interval_s=300, clock=lambda: now[0])
    for minute in range(12):  # twelve minutes of tagging, one finding a minute
        now[0] = 60.0 * minute
        _tag(session, minute)
    assert len(list_backups(session.project.path)) == 2  # at 5 and at 10 minutes
    with qtbot.waitSignal(backups.made) as made:
        session.closing.emit()  # as Session.close() does before the connection closes
    with open_project(made.args[0]) as copy:
        assert len(list_findings(copy)) == 12  # the last edits are in the backup made on close


def test_edits_followed_by_a_pause_are_backed_up_by_the_timer(session, qtbot) -> None:
    now = [0.0]
    backups = EditingBackups(session, interval_s=300, clock=lambda: now[0])
    now[0] = 10
    _tag(session, 0)
    assert list_backups(session.project.path) == []
    now[0] = 400  # the analyst went for coffee; nothing else changes
    with qtbot.waitSignal(backups.made):
        backups.timer.timeout.emit()
    backups.timer.timeout.emit()  # nothing new since: no second copy
    assert len(list_backups(session.project.path)) == 1


def test_a_project_only_read_gets_no_backup(session) -> None:
    EditingBackups(session, interval_s=0)
    session.closing.emit()
    assert list_backups(session.project.path) == []


def test_a_backup_that_cannot_be_written_is_reported_and_the_edit_stays(session, qtbot) -> None:
    # A file where the backup folder should be: refused even to root, unlike a read-only folder.
    backup_folder(session.project.path).write_bytes(b"")
    backups = EditingBackups(session, interval_s=0)
    with qtbot.waitSignal(backups.failed) as failed:
        _tag(session, 0)
    assert "exists" in failed.args[0]
    assert len(list_findings(session.project)) == 1


def test_the_main_window_backs_up_an_edited_project_when_it_closes(main_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "werk.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document_id = add_document(project, ["Een alinea over wonen en werk in de stad."])
    window = main_window(path)
    session = window.session
    session.push(AddFinding(session, document_id, codes["1.1"], "positive", 0, 12))
    assert list_backups(path) == []
    window.close_project()
    [backup] = list_backups(path)
    with open_project(backup) as copy:
        assert len(list_findings(copy)) == 1
    window.open_project_file(path)
    window.close_project()  # opened and closed without a change: no new copy
    assert len(list_backups(path)) == 1
