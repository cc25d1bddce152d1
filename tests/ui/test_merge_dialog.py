"""Merge dialog: a colleague's work comes in on the worker thread; refusals change nothing."""

from __future__ import annotations

import gzip

from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding, update_finding
from desktop.store.findings import list_findings
from desktop.ui.collaboration.merge_dialog import MergeDialog
from tests.ui.collab_helpers import colleague_copy, in_copy


def _merge(dialog, qtbot):
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)


def _counts(dialog) -> dict[str, list[str]]:
    table = dialog.counts
    return {table.verticalHeaderItem(row).text(): [table.item(row, c).text() for c in range(table.columnCount())]
            for row in range(table.rowCount())}


def test_merging_a_colleagues_project_adds_their_finding_and_refreshes_views(session, qtbot, tmp_path):
    theirs = colleague_copy(session.project, tmp_path)
    with in_copy(theirs) as copy:
        added = add_finding(copy, session.document_id, session.codes["1.2"], "concern", 0, 20,
                            note="Te weinig sociale huur", author="Fatima")
    seen = []
    session.changed.connect(seen.append)
    dialog = MergeDialog(session, path=theirs)
    qtbot.addWidget(dialog)

    _merge(dialog, qtbot)

    assert [f.id for f in list_findings(session.project)] == [added.id]
    assert _counts(dialog) == {"Findings": ["1", "0", "0", "0"]}
    assert "1 added" in dialog.message.text()
    assert any(added.id in changes.findings for changes in seen)
    assert dialog.summary.backup and dialog.summary.backup in dialog.details.text()
    assert not dialog.conflicts_button.isVisible()


def test_both_changed_the_same_note_shows_the_conflict(session, qtbot, tmp_path):
    mine = add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 20,
                       note="Goed", author="Testanalist")
    theirs = colleague_copy(session.project, tmp_path)
    update_finding(session.project, mine.id, note="Goed, maar te laat")
    with in_copy(theirs) as copy:
        update_finding(copy, mine.id, note="Prima plan")
    dialog = MergeDialog(session, path=theirs)
    qtbot.addWidget(dialog)
    dialog.show()
    requested = []
    dialog.conflicts_requested.connect(lambda: requested.append(True))

    _merge(dialog, qtbot)

    assert _counts(dialog)["Findings"][3] == "1"
    assert "1 conflict" in dialog.details.text()
    assert dialog.conflicts_button.isVisible()
    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    assert requested == [True]


def test_a_file_that_is_not_a_project_is_refused_with_its_reason(session, qtbot, tmp_path):
    notes = tmp_path / "notities.speerpunt"
    notes.write_text("geen project")
    seen = []
    session.changed.connect(seen.append)
    dialog = MergeDialog(session, path=notes)
    qtbot.addWidget(dialog)

    _merge(dialog, qtbot)

    assert "not a Speerpunt project" in dialog.message.text()
    assert "Nothing was changed" in dialog.message.text()
    assert dialog.summary is None and not seen
    assert not (tmp_path / "test-backups").exists()


def test_a_damaged_bundle_is_refused(session, qtbot, tmp_path):
    bundle = tmp_path / "fatima.spbundle"
    bundle.write_bytes(gzip.compress(b"{ half a bundle")[:12])
    dialog = MergeDialog(session, path=bundle)
    qtbot.addWidget(dialog)

    _merge(dialog, qtbot)

    assert "damaged" in dialog.message.text()
    assert list_findings(session.project) == []


def test_merging_the_project_with_itself_is_refused(session, qtbot):
    dialog = MergeDialog(session, path=session.project.path)
    qtbot.addWidget(dialog)
    _merge(dialog, qtbot)
    assert "cannot merge a project with itself" in dialog.message.text()


def test_merge_needs_a_file(session, qtbot):
    dialog = MergeDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()
    dialog.path_edit.setText("/tmp/x.spbundle")
    assert dialog.merge_button.isEnabled()


def test_a_speerpunt_renamed_on_both_sides_is_told_in_the_interface_language(session, qtbot, tmp_path):
    from desktop.operations.frameworks import edit_speerpunt
    from desktop.ui import i18n

    theirs = colleague_copy(session.project, tmp_path)
    with in_copy(theirs) as copy:
        edit_speerpunt(copy, session.codes["1.1"], title="Wonen voor iedereen")
    edit_speerpunt(session.project, session.codes["1.1"], title="Betaalbaar en duurzaam wonen")
    i18n.install_language("nl")
    dialog = MergeDialog(session, path=theirs)
    qtbot.addWidget(dialog)

    _merge(dialog, qtbot)

    details = dialog.details.text()
    assert ("'Betaalbaar en duurzaam wonen' heet nu 'Wonen voor iedereen'" in details
            or "'Wonen voor iedereen' heet nu 'Betaalbaar en duurzaam wonen'" in details)
    assert "became" not in details
