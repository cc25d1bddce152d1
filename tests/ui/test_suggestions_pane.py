"""Suggestions in the document pane: faint margin marks, the context menu, J accepts and N rejects
the top suggestion of the passage at the cursor, both undoable, and nothing changes without a key."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.domain.finding import Assessment
from desktop.store.documents import list_passages
from desktop.store.findings import list_findings
from desktop.store.rejections import list_rejections


@pytest.fixture
def pane(session, qtbot, monkeypatch):
    from desktop.ui import background
    from desktop.ui.panes.document_pane import DocumentPane

    monkeypatch.setattr(background, "run_inline", True)
    widget = DocumentPane(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.open_document(session.document_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _passage(session, words: str):
    return next(p for p in list_passages(session.project, session.document_id) if words in p.text)


def _put_cursor(pane, offset: int) -> None:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.offsets.to_qt(offset))
    pane.view.setTextCursor(cursor)
    pane.view.setFocus()


def test_nothing_is_tagged_until_the_analyst_presses_a_key(pane, session) -> None:
    housing = _passage(session, "woningen")
    [(start, end, found)] = [s for s in pane.suggestions.service.suggestions_at(session.document_id)
                             if s[0] == housing.start]
    assert found[0][0] == session.codes["1.1"]  # "betaalbare huur" is Betaalbaar wonen's word
    assert list_findings(session.project) == []
    assert list_rejections(session.project) == []


def test_j_accepts_the_top_suggestion_as_a_finding_and_ctrl_z_takes_it_back(pane, session, qtbot) -> None:
    housing = _passage(session, "woningen")
    _put_cursor(pane, housing.start + 5)
    messages = []
    pane.message.connect(messages.append)
    qtbot.keyClick(pane.view, Qt.Key.Key_J)
    [finding] = list_findings(session.project)
    assert (finding.speerpunt_id, finding.start, finding.end) == (session.codes["1.1"], housing.start, housing.end)
    assert finding.assessment is Assessment.POSITIVE
    assert "1.1 Betaalbaar wonen" in messages[-1]
    # Accepted: it is a finding now, so no longer a suggestion there.
    top = pane.suggestions.service.top_at(session.document_id, housing.start)
    assert top is None or session.codes["1.1"] not in [s for s, _ in top[2]]
    session.undo_stack.undo()
    assert list_findings(session.project) == []


def test_n_rejects_it_and_the_project_remembers(pane, session, qtbot) -> None:
    housing = _passage(session, "woningen")
    _put_cursor(pane, housing.start + 5)
    qtbot.keyClick(pane.view, Qt.Key.Key_N)
    [rejection] = list_rejections(session.project)
    assert (rejection.speerpunt_id, rejection.start, rejection.end) == (session.codes["1.1"], housing.start,
                                                                         housing.end)
    top = pane.suggestions.service.top_at(session.document_id, housing.start)
    assert top is None or top[2][0][0] != session.codes["1.1"]
    assert list_findings(session.project) == []
    session.undo_stack.undo()
    assert list_rejections(session.project) == []
    assert pane.suggestions.service.top_at(session.document_id, housing.start)[2][0][0] == session.codes["1.1"]


def test_the_context_menu_offers_the_suggestions(pane, session) -> None:
    work = _passage(session, "bijstand")
    menu = pane.build_context_menu(pane.offsets.to_qt(work.start + 3))
    texts = [action.text() for action in menu.actions()]
    tag = next(action for action in menu.actions() if action.text().startswith("Tag as 2.1 Iedereen aan het werk"))
    assert any(text.startswith("Not 2.1 Iedereen aan het werk") for text in texts)
    tag.trigger()
    [finding] = list_findings(session.project)
    assert (finding.speerpunt_id, finding.start, finding.end) == (session.codes["2.1"], work.start, work.end)


def test_the_context_menu_writes_the_likelihood_with_a_decimal_comma_in_dutch(pane, session) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        work = _passage(session, "bijstand")
        menu = pane.build_context_menu(pane.offsets.to_qt(work.start + 3))
        texts = " ".join(action.text() for action in menu.actions())
    finally:
        QLocale.setDefault(previous)
    scores = re.findall(r"\((\d[.,]\d\d)\)", texts)
    assert scores and all("," in score for score in scores)


def test_the_margin_shows_faint_marks_where_there_are_suggestions(pane, session) -> None:
    marks = pane.suggestions.marks()
    housing = _passage(session, "woningen")
    assert (pane.offsets.to_qt(housing.start), pane.offsets.to_qt(housing.end)) in [m[:2] for m in marks]
    assert all(colour.alpha() < 128 for _, _, colour in marks)
    assert not pane.view.margin.grab().isNull()  # the painter runs without error


def test_a_project_without_speerpunten_says_so_in_one_line(qtbot, project, monkeypatch) -> None:
    from desktop.ui import background
    from desktop.ui.panes.document_pane import DocumentPane
    from desktop.ui.session import Session
    from tests.builders import add_document

    monkeypatch.setattr(background, "run_inline", True)
    document_id = add_document(project, ["Een alinea over wonen."])
    session = Session(project, author="Testanalist")
    pane = DocumentPane(session)
    qtbot.addWidget(pane)
    pane.open_document(document_id)
    messages = []
    pane.message.connect(messages.append)
    _put_cursor(pane, 3)
    pane.suggestions.accept_top()
    assert messages == ["the project has no speerpunten to suggest: add a framework first (speerpunt framework import)"]
    assert list_findings(project) == []


@pytest.fixture
def panel(session, qtbot, monkeypatch):
    from desktop.ui import background
    from desktop.ui.review.suggestion_panel import SuggestionPanel

    monkeypatch.setattr(background, "run_inline", True)
    widget = SuggestionPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_speerpunts_likely_passages_are_walked_with_the_arrow_keys(panel, session, qtbot) -> None:
    panel.speerpunt.setCurrentIndex(panel.speerpunt.findData(session.codes["1.1"]))
    housing = _passage(session, "woningen")
    assert panel.passages.count() >= 2
    spans = [tuple(panel.passages.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(panel.passages.count())]
    assert spans[0] == (session.document_id, housing.start, housing.end)  # the most likely first
    shown = []
    panel.show_requested.connect(lambda *span: shown.append(span))
    panel.passages.setCurrentRow(0)
    panel.passages.setFocus()
    qtbot.keyClick(panel.passages, Qt.Key.Key_Down)
    qtbot.keyClick(panel.passages, Qt.Key.Key_Up)
    assert shown == [spans[0], spans[1], spans[0]]
    assert "woningen" in panel.passages.item(0).text()


def test_missing_candidates_come_with_their_best_passage(panel, session) -> None:
    panel.select_document(session.document_id)
    texts = [panel.missing.item(row).text() for row in range(panel.missing.count())]
    # Nothing in the three paragraphs is about liveable neighbourhoods.
    assert any(text.startswith("1.2 Leefbare wijken") for text in texts)
    assert not any(text.startswith("1.1 ") for text in texts)
    asked = []
    panel.missing_requested.connect(lambda sp, doc: asked.append((sp, doc)))
    panel.missing.setCurrentRow(next(r for r, t in enumerate(texts) if t.startswith("1.2 ")))
    panel.mark_missing.click()
    assert asked == [(session.codes["1.2"], session.document_id)]
    assert list_findings(session.project) == []


def test_the_edit_menu_opens_the_suggestions_window_and_a_chosen_passage_shows_in_a_pane(
        main_window, tmp_path, qtbot, monkeypatch) -> None:
    from desktop.store import create_project
    from desktop.ui import background
    from desktop.ui.review.suggestion_panel import SuggestionPanel
    from tests.builders import add_document, add_small_framework
    from tests.ui.conftest import PARAGRAPHS

    monkeypatch.setattr(background, "run_inline", True)
    path = tmp_path / "werk.speerpunt"
    project = create_project(path)
    codes = add_small_framework(project)
    document_id = add_document(project, PARAGRAPHS, headings={0: "1. Wonen"})
    project.close()
    window = main_window(path)
    from desktop.ui.suggestion_service import service_for

    # The suggestions are learnt once the window has shown, not while it is built.
    qtbot.waitUntil(lambda: service_for(window.session).ready)
    window.open_document(document_id, 0)
    window.menu_actions.suggestions.trigger()
    panel = window.findChild(SuggestionPanel)
    assert panel is not None and panel.isVisible()
    assert panel.agreement.currentData() == document_id
    panel.speerpunt.setCurrentIndex(panel.speerpunt.findData(codes["1.1"]))
    panel.reload_passages()
    panel.passages.setCurrentRow(0)
    start, end = panel.passages.item(0).data(Qt.ItemDataRole.UserRole)[1:]
    pane = window.panes[0]
    cursor = pane.view.textCursor()
    assert pane.offsets.range_to_core(cursor.selectionStart(), cursor.selectionEnd()) == (start, end)


def test_the_suggestions_are_learnt_on_the_worker_not_the_gui_thread(session, qtbot, monkeypatch) -> None:
    import threading

    from desktop.ui import suggestion_service
    from desktop.ui.panes.document_pane import DocumentPane

    threads = []
    original = suggestion_service.load_suggester

    def spy(project, scope=None):
        threads.append(threading.current_thread())
        return original(project, scope)

    monkeypatch.setattr(suggestion_service, "load_suggester", spy)
    pane = DocumentPane(session)
    qtbot.addWidget(pane)
    service = pane.suggestions.service
    with qtbot.waitSignal(service.updated, timeout=20_000):
        pane.open_document(session.document_id)  # the GUI goes on meanwhile
    assert threads and threads[0] is not threading.main_thread()
    assert service.suggestions_at(session.document_id)


def test_the_likelihoods_are_written_with_a_decimal_comma_in_dutch(panel, session) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        panel.speerpunt.setCurrentIndex(panel.speerpunt.findData(session.codes["1.1"]))
        panel.reload_passages()
        panel.select_document(session.document_id)
        panel.reload_missing()
        lines = [widget.item(row).text() for widget in (panel.passages, panel.missing)
                 for row in range(widget.count())]
    finally:
        QLocale.setDefault(previous)
    scores = re.findall(r"\b\d[.,]\d\d\b", " ".join(lines))
    assert scores and all("," in score for score in scores), lines


def test_j_and_n_work_with_two_panes_open_side_by_side(session, qtbot, monkeypatch) -> None:
    """Each pane has its own J and N; with both in one window the keys must not be ambiguous."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from desktop.ui import background
    from desktop.ui.panes.document_pane import DocumentPane

    monkeypatch.setattr(background, "run_inline", True)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    left, right = DocumentPane(session), DocumentPane(session)
    for pane in (left, right):
        layout.addWidget(pane)
        pane.open_document(session.document_id)
    window.resize(1600, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    housing = _passage(session, "woningen")
    _put_cursor(right, housing.start + 5)
    qtbot.keyClick(right.view, Qt.Key.Key_J)
    [finding] = list_findings(session.project)
    assert (finding.speerpunt_id, finding.start) == (session.codes["1.1"], housing.start)
    work = _passage(session, "bijstand")
    _put_cursor(left, work.start + 3)
    qtbot.keyClick(left.view, Qt.Key.Key_N)
    assert [r.speerpunt_id for r in list_rejections(session.project)] == [session.codes["2.1"]]
