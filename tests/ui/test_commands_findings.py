"""Undo commands for findings, without widgets: push, check the database, undo, redo."""

from __future__ import annotations

from desktop.domain.finding import Assessment
from desktop.store.findings import get_finding, list_findings
from desktop.ui.commands.findings import AddFinding, DeleteFindings, EditFinding


def _changes(session):
    seen = []
    session.changed.connect(lambda changes: seen.append(changes))
    return seen


def test_add_finding_saves_at_once_and_undo_redo_keep_the_same_finding(session):
    seen = _changes(session)
    command = AddFinding(session, session.document_id, session.codes["1.1"], Assessment.POSITIVE, 4, 10, note="Goed")
    session.push(command)
    finding = get_finding(session.project, command.finding_id)
    assert (finding.start, finding.end, finding.note, finding.author) == (4, 10, "Goed", "Testanalist")
    assert session.undo_stack.undoText() == "Add finding"
    assert seen[-1].findings == {command.finding_id}

    session.undo_stack.undo()
    assert list_findings(session.project) == []
    assert seen[-1].findings == {command.finding_id}

    session.undo_stack.redo()
    assert [f.id for f in list_findings(session.project)] == [command.finding_id]
    assert get_finding(session.project, command.finding_id).note == "Goed"


def test_a_refused_finding_stores_nothing_and_leaves_no_undo_step(session):
    command = AddFinding(session, session.document_id, session.codes["1.1"], Assessment.CONCERN, None, None)
    session.push(command)
    assert "needs a span" in command.error
    assert command.finding_id is None
    assert session.undo_stack.count() == 0
    assert list_findings(session.project) == []


def test_missing_finding_without_span_is_named_mark_missing(session):
    command = AddFinding(session, session.document_id, session.codes["2.1"], Assessment.MISSING, None, None)
    session.push(command)
    assert get_finding(session.project, command.finding_id).start is None
    assert session.undo_stack.undoText() == "Mark missing"


def test_edit_note_assessment_and_speerpunt_each_undo_to_the_old_value(session):
    add = AddFinding(session, session.document_id, session.codes["1.1"], Assessment.POSITIVE, 0, 3, note="Eerst")
    session.push(add)
    fid = add.finding_id
    steps = [
        (EditFinding(session, fid, note="Later"), "Edit note", lambda f: f.note, "Eerst", "Later"),
        (EditFinding(session, fid, assessment="concern"), "Change assessment",
         lambda f: f.assessment, Assessment.POSITIVE, Assessment.CONCERN),
        (EditFinding(session, fid, speerpunt_id=session.codes["1.2"]), "Change speerpunt",
         lambda f: f.speerpunt_id, session.codes["1.1"], session.codes["1.2"]),
    ]
    for command, text, read, old, new in steps:
        session.push(command)
        assert session.undo_stack.undoText() == text
        assert read(get_finding(session.project, fid)) == new
        session.undo_stack.undo()
        assert read(get_finding(session.project, fid)) == old
        session.undo_stack.redo()
        assert read(get_finding(session.project, fid)) == new


def test_an_edit_that_changes_nothing_leaves_no_undo_step(session):
    add = AddFinding(session, session.document_id, session.codes["1.1"], Assessment.POSITIVE, 0, 3, note="Zelfde")
    session.push(add)
    session.push(EditFinding(session, add.finding_id, note="Zelfde"))
    assert session.undo_stack.count() == 1


def test_a_note_typed_right_after_tagging_is_undone_with_the_finding(session):
    add = AddFinding(session, session.document_id, session.codes["1.1"], Assessment.POSITIVE, 0, 3)
    session.push(add)
    session.push(EditFinding(session, add.finding_id, note="Met notitie", merge_into_add=True))
    assert session.undo_stack.count() == 1
    assert get_finding(session.project, add.finding_id).note == "Met notitie"
    session.undo_stack.undo()
    assert list_findings(session.project) == []
    session.undo_stack.redo()
    assert get_finding(session.project, add.finding_id).note == "Met notitie"


def test_delete_findings_and_undo_restores_them_whole(session):
    ids = []
    for start in (0, 10):
        add = AddFinding(session, session.document_id, session.codes["1.1"], "concern", start, start + 5, note="n")
        session.push(add)
        ids.append(add.finding_id)
    session.push(DeleteFindings(session, ids))
    assert session.undo_stack.undoText() == "Delete 2 findings"
    assert list_findings(session.project) == []
    session.undo_stack.undo()
    restored = list_findings(session.project)
    assert [(f.id, f.start, f.note) for f in restored] == [(ids[0], 0, "n"), (ids[1], 10, "n")]
    session.undo_stack.redo()
    assert list_findings(session.project) == []
