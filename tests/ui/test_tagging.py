"""Tagging with the keyboard: select, T, type to find the speerpunt, P / Z / O, optional note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.domain.finding import Assessment
from desktop.store.findings import get_finding, list_findings
from desktop.ui.panes.speerpunt_picker import match_speerpunten


def _select(pane, start, end):
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.offsets.to_qt(start))
    cursor.setPosition(pane.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()


def _tag(qtbot, pane, query, key):
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    assert pane.tag_panel.isVisible()
    if query:
        qtbot.keyClicks(pane.tag_panel.filter, query)
    qtbot.keyClick(pane.tag_panel.filter, Qt.Key.Key_Return)
    qtbot.keyClick(pane.tag_panel, key)


def test_tagging_a_selection_across_the_emoji_stores_the_exact_code_points(pane, session, qtbot):
    text = pane.text
    start = text.index("per jaar")
    end = text.index(" en investeert") + 3
    assert "🏗️" in text[start:end]
    _select(pane, start, end)
    _tag(qtbot, pane, "2.1", Qt.Key.Key_Z)
    [finding] = list_findings(session.project)
    assert (finding.start, finding.end) == (start, end)
    assert finding.quote == text[start:end] == "per jaar 🏗️ en"
    assert finding.speerpunt_id == session.codes["2.1"]
    assert finding.assessment is Assessment.CONCERN
    # Saved and highlighted at once, at the Qt positions of the same characters.
    [selection] = pane.view.extraSelections()
    assert selection.cursor.selectedText() == "per jaar 🏗️ en"
    assert pane.selected_finding_id == finding.id


def test_tagging_across_two_paragraphs_keeps_the_paragraph_break_in_the_quote(pane, session, qtbot):
    text = pane.text
    start = text.index("betaalbare huur")
    end = text.index("meer ruimte") + len("meer ruimte")
    _select(pane, start, end)
    _tag(qtbot, pane, "wijk", Qt.Key.Key_P)
    [finding] = list_findings(session.project)
    assert finding.quote == text[start:end]
    assert "\n\n" in finding.quote
    assert finding.speerpunt_id == session.codes["1.2"]
    assert finding.assessment is Assessment.POSITIVE


def test_a_click_without_selection_tags_the_whole_paragraph(pane, session, qtbot):
    passage = pane.passages[-1]
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.offsets.to_qt(passage.start + 5))
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()
    _tag(qtbot, pane, "werk", Qt.Key.Key_O)
    [finding] = list_findings(session.project)
    assert (finding.start, finding.end) == (passage.start, passage.end)
    assert finding.assessment is Assessment.MISSING


def test_a_note_typed_after_the_key_is_saved_and_undone_with_the_finding(pane, session, qtbot):
    _select(pane, 0, 8)
    _tag(qtbot, pane, "betaalbaar", Qt.Key.Key_P)
    finding_id = pane.tag_panel.finding_id
    assert get_finding(session.project, finding_id).note == ""  # already saved before the note
    qtbot.keyClicks(pane.tag_panel.note, "Mooi, maar wie betaalt?")
    qtbot.keyClick(pane.tag_panel.note, Qt.Key.Key_Return)
    assert not pane.tag_panel.isVisible()
    assert get_finding(session.project, finding_id).note == "Mooi, maar wie betaalt?"
    session.undo_stack.undo()
    assert list_findings(session.project) == []
    assert pane.view.extraSelections() == []
    session.undo_stack.redo()
    assert get_finding(session.project, finding_id).note == "Mooi, maar wie betaalt?"
    assert len(pane.view.extraSelections()) == 1


def test_number_keys_pick_the_recent_speerpunten(pane, session, qtbot):
    _select(pane, 0, 8)
    _tag(qtbot, pane, "2.1", Qt.Key.Key_P)
    qtbot.keyClick(pane.tag_panel.note, Qt.Key.Key_Escape)
    _select(pane, 20, 30)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    assert pane.tag_panel.list_model.rows[0].recent_number == 1
    qtbot.keyClick(pane.tag_panel.filter, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.tag_panel.stage == "assessment"
    qtbot.keyClick(pane.tag_panel, Qt.Key.Key_Z)
    assert [f.speerpunt_id for f in list_findings(session.project)] == [session.codes["2.1"]] * 2


def test_typing_a_code_that_starts_with_a_digit_tags_that_speerpunt_not_a_recent_one(pane, session, qtbot):
    """Speerpunt codes are numbers: after tagging 2.1, typing "1.1" means speerpunt 1.1, not recent number 1."""
    _select(pane, 0, 8)
    _tag(qtbot, pane, "2.1", Qt.Key.Key_P)
    qtbot.keyClick(pane.tag_panel.note, Qt.Key.Key_Escape)
    _select(pane, 20, 30)
    _tag(qtbot, pane, "1.1", Qt.Key.Key_Z)
    assert [f.speerpunt_id for f in list_findings(session.project)] == [
        session.codes["2.1"], session.codes["1.1"]]


def test_escape_closes_the_panel_without_saving(pane, session, qtbot):
    _select(pane, 0, 8)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    qtbot.keyClicks(pane.tag_panel.filter, "1.1")
    qtbot.keyClick(pane.tag_panel.filter, Qt.Key.Key_Escape)
    assert not pane.tag_panel.isVisible()
    assert list_findings(session.project) == []


def test_the_assessment_keys_are_shown_on_the_buttons(pane, qtbot):
    _select(pane, 0, 8)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    texts = [button.text() for button in pane.tag_panel.buttons.values()]
    assert texts == ["P   Positive", "Z   Concern", "O   Missing"]


def test_picker_matches_codes_first_then_title_words_ignoring_accents(session):
    from desktop.store.frameworks import list_speerpunten

    speerpunten = list_speerpunten(session.project)
    assert [row.speerpunt.code for row in match_speerpunten(speerpunten, "2.1")] == ["2.1"]
    assert [row.speerpunt.code for row in match_speerpunten(speerpunten, "1")][:2] == ["1.1", "1.2"]
    assert [row.speerpunt.code for row in match_speerpunten(speerpunten, "WIJK")] == ["1.2"]
    assert [row.speerpunt.code for row in match_speerpunten(speerpunten, "een regeling")] == ["2.1"]
    assert [row.speerpunt.code for row in match_speerpunten(speerpunten, "eén")] == ["2.1"]
    recent = match_speerpunten(speerpunten, "", recent_ids=[session.codes["2.1"]])
    assert [(row.speerpunt.code, row.recent_number) for row in recent] == [("2.1", 1), ("1.1", None), ("1.2", None)]


def test_picker_model_is_a_valid_item_model(pane, qtbot, qtmodeltester):
    _select(pane, 0, 8)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    qtmodeltester.check(pane.tag_panel.list_model)


def test_a_filter_matching_nothing_says_so(pane, qtbot):
    _select(pane, 0, 8)
    qtbot.keyClick(pane.view, Qt.Key.Key_T)
    qtbot.keyClicks(pane.tag_panel.filter, "xyzzy")
    assert pane.tag_panel.list_model.rowCount() == 0
    assert pane.tag_panel.status.text() == "No speerpunt matches."
    qtbot.keyClick(pane.tag_panel.filter, Qt.Key.Key_Return)
    assert pane.tag_panel.stage == "speerpunt"
