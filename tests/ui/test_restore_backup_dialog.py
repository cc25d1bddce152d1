"""Restore backup: the chosen backup replaces the project, after a question, and can itself be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.store.exchange.backup import backup_project
from desktop.store.findings import list_findings
from desktop.ui.collaboration.restore_backup_dialog import RestoreBackupDialog
from desktop.ui.commands.findings import AddFinding


def test_restoring_the_backup_made_before_a_merge_puts_the_old_findings_back(session, qtbot, qtmodeltester):
    kept = add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 20, author="Ik")
    backup_project(session.project, reason="before-merge")
    session.push(AddFinding(session, session.document_id, session.codes["2.1"], "concern", 30, 50))
    later = session.undo_stack.command(0).finding_id
    seen = []
    session.changed.connect(seen.append)
    dialog = RestoreBackupDialog(session)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "Before a merge"
    assert dialog.model.data(dialog.model.index(0, 2)) == "1"
    asked = []
    dialog.confirm = lambda backup: asked.append(backup) or True

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert [f.id for f in list_findings(session.project)] == [kept.id]
    assert seen and seen[-1].everything_changed and later in seen[-1].findings
    assert session.undo_stack.count() == 0
    # The state just replaced is now the newest backup, so the restore can be undone.
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 1)) == "Before restoring a backup"
    assert dialog.model.data(dialog.model.index(0, 2)) == "2"
    assert "Restored" in dialog.message.text()


def test_saying_no_changes_nothing(session, qtbot):
    backup_project(session.project, reason="auto")
    add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 20, author="Ik")
    dialog = RestoreBackupDialog(session)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda backup: False
    assert not dialog.restore_selected()
    assert len(list_findings(session.project)) == 1


def test_without_backups_the_dialog_says_so(session, qtbot):
    dialog = RestoreBackupDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.message.text()


def test_each_backup_before_a_merge_names_the_file_merged_after_it(session, qtbot, tmp_path):
    # Two merges in a morning: undoing the second means restoring the backup made before *that* one.
    from desktop.operations.merge import merge_into
    from tests.ui.collab_helpers import colleague_copy, in_copy

    files = []
    for name, code in (("joris.speerpunt", "1.1"), ("anouk.speerpunt", "2.1")):
        copy = colleague_copy(session.project, tmp_path, name)
        with in_copy(copy) as project:
            add_finding(project, session.document_id, session.codes[code], "concern", 0, 20, author=name)
        files.append(copy)
    for copy in files:
        merge_into(session.project, copy)
    dialog = RestoreBackupDialog(session)
    qtbot.addWidget(dialog)
    reasons = [dialog.model.data(dialog.model.index(row, 1)) for row in range(dialog.model.rowCount())]
    assert reasons == ["Before merging anouk.speerpunt", "Before merging joris.speerpunt"]
    assert [dialog.model.data(dialog.model.index(row, 2)) for row in range(2)] == ["1", "0"]
