"""Conflicts dialog: both versions side by side; keep the current one or restore the other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.operations.changes import Changes
from desktop.operations.findings import add_finding, update_finding
from desktop.operations.merge import merge_into
from desktop.store.findings import get_finding
from desktop.ui.collaboration.conflicts_dialog import ConflictsDialog
from tests.ui.collab_helpers import colleague_copy, in_copy


def make_conflict(session, tmp_path, name="collega.speerpunt", their_author="Fatima"):
    """Both analysts change the same note; the colleague's later edit wins the merge."""
    finding = add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 20,
                          note="Goed", author="Testanalist")
    theirs = colleague_copy(session.project, tmp_path, name)
    update_finding(session.project, finding.id, note="Goed, maar te laat")
    with in_copy(theirs) as copy:
        update_finding(copy, finding.id, note="Prima plan", author=their_author)
    merge_into(session.project, theirs, backup=False)
    return finding.id


def cell(dialog, row, column):
    return dialog.model.data(dialog.model.index(row, column))


def test_the_conflict_shows_both_notes_and_what_else_differs(session, qtbot, tmp_path, qtmodeltester):
    make_conflict(session, tmp_path)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)

    assert dialog.model.rowCount() == 1
    assert cell(dialog, 0, 0) == "Finding"
    assert "Wonen Het kabine" in cell(dialog, 0, 1) and "1.1 Betaalbaar wonen" in cell(dialog, 0, 1)
    assert "Note: Prima plan" in cell(dialog, 0, 2) and "Author: Fatima" in cell(dialog, 0, 2)
    assert "Note: Goed, maar te laat" in cell(dialog, 0, 3) and "Author: Testanalist" in cell(dialog, 0, 3)
    assert "— changed " in cell(dialog, 0, 3)


def test_restoring_the_other_version_puts_my_note_back(session, qtbot, tmp_path):
    finding_id = make_conflict(session, tmp_path)
    seen = []
    session.changed.connect(seen.append)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    asked = []
    dialog.confirm = lambda count: asked.append(count) or True

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert asked == [1]
    assert get_finding(session.project, finding_id).note == "Goed, maar te laat"
    assert dialog.model.rowCount() == 0 and "No open conflicts" in dialog.message.text()
    assert any(finding_id in changes.findings for changes in seen)


def test_declining_the_confirmation_changes_nothing(session, qtbot, tmp_path):
    finding_id = make_conflict(session, tmp_path)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.confirm = lambda count: False
    assert dialog.resolve_selected(keep_other=True) == 0
    assert get_finding(session.project, finding_id).note == "Prima plan"
    assert dialog.model.rowCount() == 1


def test_keeping_the_current_version_closes_the_conflict_but_shows_it_under_resolved(session, qtbot, tmp_path):
    finding_id = make_conflict(session, tmp_path)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)

    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)

    assert get_finding(session.project, finding_id).note == "Prima plan"
    assert dialog.model.rowCount() == 0
    dialog.show_resolved.setChecked(True)
    assert dialog.model.rowCount() == 1
    assert "current version kept" in cell(dialog, 0, 4)
    dialog.table.selectRow(0)
    assert not dialog.keep_button.isEnabled()


def test_a_merge_made_elsewhere_appears_when_the_session_reports_it(session, qtbot, tmp_path):
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    make_conflict(session, tmp_path)
    session.notify(Changes.everything())
    assert dialog.model.rowCount() == 1


def test_double_click_opens_the_findings_passage(session, qtbot, tmp_path):
    make_conflict(session, tmp_path)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = []
    dialog.open_requested.connect(lambda *args: opened.append(args))
    view = dialog.table
    rect = view.visualRect(dialog.model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(session.document_id, 0, 20, [])]


def test_an_unchanged_author_is_not_shown_as_a_difference(session, qtbot, tmp_path):
    make_conflict(session, tmp_path, their_author=None)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    assert "Author" not in cell(dialog, 0, 2) + cell(dialog, 0, 3)
    assert cell(dialog, 0, 2).startswith("Note: Prima plan\n— changed ")


def test_the_version_a_restore_replaces_stays_in_the_list_with_its_author(session, qtbot, tmp_path):
    # Fatima's later note was in use; restoring mine must not make hers disappear without a trace.
    finding_id = make_conflict(session, tmp_path)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.confirm = lambda count: True
    assert dialog.resolve_selected(keep_other=True) == 1
    assert get_finding(session.project, finding_id).note == "Goed, maar te laat"
    dialog.show_resolved.setChecked(True)
    others = [cell(dialog, row, 3) for row in range(dialog.model.rowCount())]
    kept = [text for text in others if "Prima plan" in text]
    assert len(kept) == 1 and "Author: Fatima" in kept[0]
    assert any("replaced when the other version was restored" in cell(dialog, row, 4)
               for row in range(dialog.model.rowCount()))


def test_a_report_part_in_conflict_is_named_as_the_report_parts_name_it(session, qtbot, tmp_path):
    from desktop.operations.reactions import set_agreement_part, set_report_parts
    from desktop.store.documents import get_document
    from desktop.ui import i18n
    from tests.ui.collab_helpers import in_copy

    agreement = get_document(session.project, session.document_id)
    theirs = colleague_copy(session.project, tmp_path)
    set_agreement_part(session.project, "agreement_name", "het Coalitieakkoord", agreement, author="Testanalist")
    set_report_parts(session.project, {"foreword": "Beste lezer,"}, author="Testanalist")
    with in_copy(theirs) as copy:
        set_agreement_part(copy, "agreement_name", "het akkoord van Zwolle", get_document(copy, agreement.id),
                           author="Fatima")
        set_report_parts(copy, {"foreword": "Geachte lezer,"}, author="Fatima")
    merge_into(session.project, theirs, backup=False)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)

    records = sorted(cell(dialog, row, 1) for row in range(dialog.model.rowCount()))
    assert records == [f"Report: Agreement name ({agreement.title})", "Report: Foreword"]
    i18n.install_language("nl")
    try:
        dialog.reload()
        records = sorted(cell(dialog, row, 1) for row in range(dialog.model.rowCount()))
        assert records == [f"Rapport: Naam van het akkoord ({agreement.title})", "Rapport: Voorwoord"]
    finally:
        i18n.install_language("en")
