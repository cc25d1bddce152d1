"""The document pane: whole text, styled passages, highlights, hover, click, find, outline, show_range."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.domain.finding import Assessment
from desktop.store.documents import document_text
from desktop.store.findings import get_finding, list_findings
from desktop.ui import assessments
from desktop.ui.commands.findings import AddFinding


def _add(session, code, assessment, start, end, note=""):
    command = AddFinding(session, session.document_id, session.codes[code], assessment, start, end, note=note)
    session.push(command)
    return command.finding_id


def _point_of(pane, offset):
    """Viewport point on the middle of the character at code-point ``offset``."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.offsets.to_qt(offset))
    rect = pane.view.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def test_the_whole_text_is_shown_with_qt_positions_matching_the_offsets(pane, session):
    text = document_text(session.project, session.document_id)
    document = pane.view.document()
    assert document.toPlainText() == text
    cursor = QTextCursor(document)
    for offset, char in enumerate(text):
        if char == "\n":
            continue
        cursor.setPosition(pane.offsets.to_qt(offset))
        cursor.setPosition(pane.offsets.to_qt(offset + 1), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == char


def test_headings_are_bigger_and_bold_and_pages_are_in_the_margin(pane):
    document = pane.view.document()
    heading = document.findBlock(0)
    body = document.findBlock(pane.offsets.to_qt(pane.passages[1].start))
    assert heading.text() == "1. Wonen"
    heading_font = heading.begin().fragment().charFormat().font()
    body_font = body.begin().fragment().charFormat().font()
    assert heading_font.bold() and not body_font.bold()
    assert heading_font.pointSizeF() > body_font.pointSizeF()
    assert pane.view.margin.page_numbers == ["1", "2", "3"]


def test_a_finding_is_highlighted_at_its_qt_positions_beyond_the_emoji(pane, session):
    text = pane.text
    start = text.index("investeert")
    fid = _add(session, "1.1", Assessment.POSITIVE, start, start + len("investeert"))
    selections = pane.view.extraSelections()
    assert len(selections) == 1
    cursor = selections[0].cursor
    # The builder emoji before it takes more UTF-16 units than code points.
    assert cursor.selectedText() == "investeert"
    assert cursor.selectionStart() == pane.offsets.to_qt(start) > start
    assert pane.view.highlights.get(fid) is not None


def test_hover_shows_speerpunt_assessment_author_and_note(pane, session):
    start = pane.text.index("maatwerk")
    _add(session, "1.2", Assessment.CONCERN, start, start + 8, note="Te vaag <echt>")
    tip = pane.view.tooltip_at(_point_of(pane, start + 2))
    assert "1.2 Leefbare wijken" in tip and "Concern" in tip and "Testanalist" in tip
    assert "Te vaag &lt;echt&gt;" in tip
    assert pane.view.tooltip_at(_point_of(pane, start - 5)) == ""


def test_a_real_hover_event_shows_the_tooltip(pane, session, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    start = pane.text.index("maatwerk")
    _add(session, "1.2", Assessment.CONCERN, start, start + 8, note="Te vaag")
    point = _point_of(pane, start + 2)
    viewport = pane.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert "Leefbare wijken" in QToolTip.text() and "Te vaag" in QToolTip.text()
    QToolTip.hideText()


def test_clicking_a_highlight_selects_the_finding(pane, session, qtbot):
    start = pane.text.index("bijstand")
    fid = _add(session, "2.1", Assessment.POSITIVE, start, start + 8)
    with qtbot.waitSignal(pane.finding_selected) as signal:
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(pane, start + 3))
    assert signal.args == [fid]
    assert pane.selected_finding_id == fid


def test_overlapping_findings_both_stay_highlighted(pane, session):
    start = pane.text.index("Gemeenten")
    first = _add(session, "1.2", Assessment.POSITIVE, start, start + 30)
    second = _add(session, "2.1", Assessment.CONCERN, start + 10, start + 50)
    assert len(pane.view.extraSelections()) == 2
    hits = [item.id for item in pane.view.highlights.at(pane.offsets.to_qt(start + 15))]
    assert set(hits) == {first, second}


def test_edit_note_change_assessment_and_delete_through_the_pane_with_undo(pane, session, qtbot):
    start = pane.text.index("bijstand")
    fid = _add(session, "2.1", Assessment.POSITIVE, start, start + 8)
    pane.ask_note = lambda current: "Goed voor gemeenten"
    pane.edit_note(fid)
    assert get_finding(session.project, fid).note == "Goed voor gemeenten"
    assert "Goed voor gemeenten" in pane.view.tooltip_at(_point_of(pane, start + 2))
    pane.set_assessment(fid, Assessment.CONCERN)
    assert pane.view.highlights.get(fid).finding.assessment is Assessment.CONCERN

    pane.select_finding(fid)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert list_findings(session.project) == []
    assert pane.view.extraSelections() == []
    session.undo_stack.undo()
    assert len(pane.view.extraSelections()) == 1
    assert pane.view.highlights.get(fid).finding.assessment is Assessment.CONCERN


def test_context_menu_offers_edit_assessment_and_delete_for_the_finding_there(pane, session):
    start = pane.text.index("bijstand")
    _add(session, "2.1", Assessment.POSITIVE, start, start + 8)
    menu = pane.build_context_menu(pane.offsets.to_qt(start + 2))
    texts = [action.text() for action in menu.actions()]
    assert "Edit note…" in texts and "Delete finding\tDel" in texts and "Change assessment" in texts
    change = next(action for action in menu.actions() if action.text() == "Change speerpunt").menu()
    werk = next(action for action in change.actions() if action.text() == "2 Werk").menu()
    assert [action.text() for action in werk.actions()] == ["2.1 Iedereen aan het werk"]
    wonen = next(action for action in change.actions() if action.text() == "1 Wonen").menu()
    wonen.actions()[1].trigger()
    assert get_finding(session.project, list_findings(session.project)[0].id).speerpunt_id == session.codes["1.2"]
    assert "1.2 Leefbare wijken" in pane.view.tooltip_at(_point_of(pane, start + 2))
    menu = pane.build_context_menu(pane.offsets.to_qt(start + 2))
    delete = next(action for action in menu.actions() if action.text().startswith("Delete finding"))
    delete.trigger()
    assert list_findings(session.project) == []


def test_find_bar_counts_matches_and_moves_with_enter_and_shift_enter(pane, qtbot):
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.field, "DE")
    expected = pane.text.lower().count("de")
    assert pane.find_bar.count_label.text() == f"1 of {expected}"
    first = pane.view.textCursor().selectionStart()
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return)
    assert pane.find_bar.count_label.text() == f"2 of {expected}"
    assert pane.view.textCursor().selectionStart() > first
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.view.textCursor().selectionStart() == first
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.find_bar.count_label.text() == f"{expected} of {expected}"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()


def test_find_bar_ignores_diacritics_as_search_does_and_selects_the_words_themselves(session, qtbot):
    from desktop.ui.panes.document_pane import DocumentPane
    from tests.builders import add_document

    document_id = add_document(session.project, [
        "De Straße en İzmir: over de financiële positie van gemeenten.",
        "FINANCIELE zorgen blijven; geïnvesteerd wordt er niet.",
    ], title="Diakrieten")
    pane = DocumentPane(session)
    qtbot.addWidget(pane)
    pane.open_document(document_id)
    pane.show()
    qtbot.waitExposed(pane)
    pane.find_bar.open_bar("financiele")
    assert pane.find_bar.count_label.text() == "1 of 2"
    # "ß" and "İ" fold longer; the selection is still exactly the word as written.
    assert pane.view.textCursor().selectedText() == "financiële"
    pane.find_bar.find_next()
    assert pane.view.textCursor().selectedText() == "FINANCIELE"
    pane.find_bar.field.setText("geinvesteerd")
    assert pane.view.textCursor().selectedText() == "geïnvesteerd"


def test_outline_lists_headings_and_clicking_one_jumps_there(pane, qtbot):
    model = pane.outline.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == ["1. Wonen", "2. Werk"]
    rect = pane.outline.visualRect(model.index(1, 0))
    qtbot.mouseClick(pane.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    heading = pane.text.index("2. Werk")
    assert pane.view.textCursor().position() == pane.offsets.to_qt(heading)


def test_outline_model_is_a_valid_item_model(pane, qtmodeltester):
    qtmodeltester.check(pane.outline.model())


def test_show_range_selects_scrolls_and_marks_the_words(session, qtbot):
    from desktop.ui.panes.document_pane import DocumentPane
    from tests.builders import add_document

    long_id = add_document(session.project, [f"Alinea {n} over wonen en werk." for n in range(300)])
    pane = DocumentPane(session)
    qtbot.addWidget(pane)
    pane.resize(800, 400)
    pane.open_document(long_id)
    pane.show()
    qtbot.waitExposed(pane)
    text = pane.text
    start = text.index("Alinea 250 ")
    end = start + len("Alinea 250 over wonen en werk.")
    pane.show_range(start, end, words=["wonen"])
    assert pane.view.verticalScrollBar().value() > 0
    first, last = pane.view.visible_range()
    assert first <= pane.offsets.to_qt(start) <= last
    assert pane.view.textCursor().selectedText() == text[start:end]
    marked = [sel.cursor.selectedText() for sel in pane.view.extraSelections()]
    assert text[start:end] in marked and "wonen" in marked


def test_palettes_colour_the_assessments_and_underlines_tell_them_apart_without_colour(pane, session):
    start = pane.text.index("Gemeenten")
    _add(session, "1.2", Assessment.POSITIVE, start, start + 9)
    _add(session, "2.1", Assessment.CONCERN, start + 20, start + 30)
    selections = pane.view.extraSelections()  # kept, or Qt frees the formats read below
    formats = [sel.format for sel in selections]
    assert formats[0].background().color().name() == assessments.colour(Assessment.POSITIVE).name() == "#009e73"
    assert formats[0].underlineStyle() != formats[1].underlineStyle()
    pane.set_assessment_palette("colour_blind")
    try:
        selections = pane.view.extraSelections()
        formats = [sel.format for sel in selections]
        assert [f.background().color().name() for f in formats] == ["#0072b2", "#e69f00"]
        assert assessments.colour(Assessment.POSITIVE).name() == "#0072b2"  # the tables and trees follow
        with pytest.raises(ValueError):
            pane.set_assessment_palette("pastel")
    finally:
        assessments.set_palette("standard")  # the palette is the whole application's


def test_a_change_nobody_could_list_reloads_the_findings(pane, session):
    from desktop.operations.changes import Changes
    from desktop.operations.findings import add_finding

    # Written behind the session's back, as another program would.
    start = pane.text.index("bijstand")
    add_finding(session.project, session.document_id, session.codes["2.1"], "concern", start, start + 8, author="X")
    assert pane.view.extraSelections() == []
    session.notify(Changes.everything())
    assert [sel.cursor.selectedText() for sel in pane.view.extraSelections()] == ["bijstand"]


def test_a_deleted_document_leaves_the_pane_empty(pane, session):
    from desktop.operations.changes import Changes

    # No delete operation exists yet; the marker is what one would set.
    session.project.db.execute("UPDATE documents SET deleted = 'nu' WHERE id = ?", [session.document_id])
    session.notify(Changes(documents={session.document_id}))
    assert pane.document_id is None
    assert pane.view.document().toPlainText() == ""
    assert pane.outline.model().rowCount() == 0
