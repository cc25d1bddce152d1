"""Reaction editor: typing is saved, drafts fill the text and never silently replace it, undo per session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.domain.finding import Assessment
from desktop.operations.changes import Changes
from desktop.operations.findings import add_finding, update_finding
from desktop.operations.reactions import set_reaction
from desktop.store.documents import document_text
from desktop.store.drafts import current_fingerprint
from desktop.store.reactions import list_reactions


def stored(session, code: str) -> str:
    reaction = list_reactions(session.project, session.document_id).get(session.codes[code])
    return reaction.text if reaction else ""


@pytest.fixture
def editor(session, qtbot):
    from desktop.ui.reaction.reaction_editor import ReactionEditor

    widget = ReactionEditor(session)
    qtbot.addWidget(widget)
    # A second field to move the focus to, as the analyst clicks into a document pane.
    other = QLineEdit(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.other = other
    return widget


def span(session, words: str) -> tuple[int, int]:
    start = document_text(session.project, session.document_id).index(words)
    return start, start + len(words)


def tagged(session, code: str, note: str, assessment=Assessment.POSITIVE, start=None, end=None):
    if start is None:
        start, end = span(session, "100.000 woningen")
    return add_finding(session.project, session.document_id, session.codes[code], assessment, start, end,
                       note=note, author="Testanalist")


def test_typing_is_saved_after_the_pause(editor, session, qtbot):
    editor.select_speerpunt(session.codes["1.1"])
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Wij zijn verheugd")
    assert stored(session, "1.1") == ""  # not on every keystroke
    qtbot.waitUntil(lambda: stored(session, "1.1") == "Wij zijn verheugd", timeout=2000)
    assert "Saved" in editor.save_status.text()


def test_focus_out_saves_at_once(editor, session, qtbot):
    editor.select_speerpunt(session.codes["1.2"])
    editor.autosave._timer.setInterval(60_000)  # no pause-save in this test: only the focus change may save
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    qtbot.keyClicks(editor.text, "Zorgen over de wijken")
    editor.other.setFocus()
    qtbot.waitUntil(lambda: stored(session, "1.2") == "Zorgen over de wijken", timeout=1000)


def test_switching_speerpunt_saves_and_makes_one_undo_step(editor, session, qtbot):
    set_reaction(session.project, session.codes["1.1"], "Oude tekst", document_id=session.document_id)
    editor.reload()
    editor.select_speerpunt(session.codes["1.1"])
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " en nieuwe")
    editor.step(+1)  # Ctrl+PgDown
    assert editor.speerpunt.code == "1.2"
    assert stored(session, "1.1") == "Oude tekst en nieuwe"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit reaction 1.1"
    session.undo_stack.undo()
    assert stored(session, "1.1") == "Oude tekst"
    session.undo_stack.redo()
    assert stored(session, "1.1") == "Oude tekst en nieuwe"
    editor.step(-1)
    assert editor.text.toPlainText() == "Oude tekst en nieuwe"


def test_undo_while_showing_the_speerpunt_puts_the_old_text_on_screen(editor, session, qtbot):
    editor.select_speerpunt(session.codes["2.1"])
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Eerste versie")
    editor.other.setFocus()
    qtbot.waitUntil(lambda: session.undo_stack.count() == 1)
    session.undo_stack.undo()
    assert stored(session, "2.1") == ""
    assert editor.text.toPlainText() == ""


def test_draft_fills_the_text_and_records_the_fingerprint(editor, session):
    tagged(session, "1.1", "Goed dat er gebouwd wordt.")
    tagged(session, "1.1", "Te weinig geld.", Assessment.CONCERN, *span(session, "financiële kaders"))
    editor.select_speerpunt(session.codes["1.1"])
    editor.order_assessment.setChecked(True)
    assert editor.draft()
    # Prose in the G32 manner, in the project's voice (no organisation set: "onze organisatie").
    assert editor.text.toPlainText() == ("Onze organisatie is verheugd over wat het akkoord hierover zegt. Goed dat "
                                         "er gebouwd wordt.\n\nWel maakt onze organisatie zich zorgen. Te weinig geld.")
    reaction = list_reactions(session.project, session.document_id)[session.codes["1.1"]]
    assert reaction.drafted_from == current_fingerprint(session.project, session.codes["1.1"], session.document_id)
    assert not editor.stale_bar.isVisible()
    assert session.undo_stack.undoText() == "Draft reaction 1.1"
    session.undo_stack.undo()
    assert stored(session, "1.1") == ""
    assert list_reactions(session.project, session.document_id)[session.codes["1.1"]].drafted_from is None


def test_draft_with_quotes_and_pages(editor, session):
    tagged(session, "1.1", "Mooi.", Assessment.POSITIVE, *span(session, "kabinet"))
    editor.select_speerpunt(session.codes["1.1"])
    editor.pages_action.setChecked(True)
    editor.draft()
    assert editor.text.toPlainText() == ("Onze organisatie is verheugd over wat het akkoord hierover zegt. "
                                         "Mooi (“kabinet”, p. 1).")


def test_changed_finding_shows_the_stale_notice(editor, session):
    finding = tagged(session, "1.1", "Goed.")
    editor.select_speerpunt(session.codes["1.1"])
    editor.draft()
    assert not editor.stale_bar.isVisible()
    update_finding(session.project, finding.id, note="Toch niet zo goed.")
    session.notify(Changes(findings={finding.id}))
    assert editor.stale_bar.isVisible()
    assert "Findings changed since this draft" in editor.stale_label.text()
    assert editor.text.toPlainText().endswith(" Goed.")  # the analyst's text stays


def test_existing_text_is_not_replaced_without_consent(editor, session):
    tagged(session, "1.1", "Uit de bevinding.")
    set_reaction(session.project, session.codes["1.1"], "Eigen tekst", document_id=session.document_id)
    editor.reload()
    editor.select_speerpunt(session.codes["1.1"])
    asked = []
    editor.confirm_replace = lambda code: asked.append(code) or False
    assert not editor.draft()
    assert asked == ["1.1"]
    assert stored(session, "1.1") == "Eigen tekst"
    editor.confirm_replace = lambda code: True
    assert editor.draft()
    assert stored(session, "1.1").endswith("hierover zegt. Uit de bevinding.")
    session.undo_stack.undo()
    assert stored(session, "1.1") == "Eigen tekst"


def test_findings_list_and_click_opens_the_passage(editor, session, qtbot):
    start, end = span(session, "kabinet")
    tagged(session, "1.1", "Notitie", Assessment.POSITIVE, start, end)
    add_finding(session.project, session.document_id, session.codes["1.1"], Assessment.MISSING, None, None,
                note="Geen woord over huur", author="Testanalist")
    editor.reload()
    editor.select_speerpunt(session.codes["1.1"])
    model = editor.findings_model
    assert model.rowCount() == 2
    assert model.index(0, model.QUOTE).data() == "kabinet"
    assert model.index(0, model.PAGE).data() == "1"
    assert model.index(1, model.QUOTE).data() == "(not in the agreement)"
    assert editor.findings_label.text().startswith("2 finding")
    with qtbot.waitSignal(editor.open_requested) as signal:
        editor.findings_view.clicked.emit(model.index(0, model.QUOTE))
    assert signal.args == [session.document_id, start, end, []]


def test_outline_lists_themes_and_marks_written_speerpunten(editor, session, qtbot):
    set_reaction(session.project, session.codes["2.1"], "Klaar", document_id=session.document_id)
    editor.reload()
    texts = [editor.outline.index(i).data() for i in range(editor.outline.rowCount())]
    assert texts[0].endswith("Wonen")
    assert texts[1] == "1.1  Betaalbaar wonen"
    assert texts[-1] == "2.1  Iedereen aan het werk  ✓"
    assert not editor.outline.flags(editor.outline.index(0)) & Qt.ItemFlag.ItemIsSelectable
    editor.select_speerpunt(session.codes["2.1"])
    editor.step(+1)  # the last one stays the last one
    assert editor.speerpunt.code == "2.1"
    assert editor.formulation.text() == "(Eén regeling voor de onderkant.)"


def test_models_pass_the_model_tester(editor, session, qtmodeltester):
    tagged(session, "1.1", "Notitie")
    editor.reload()
    editor.select_speerpunt(session.codes["1.1"])
    qtmodeltester.check(editor.outline)
    qtmodeltester.check(editor.findings_model)
