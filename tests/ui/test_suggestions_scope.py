"""In a project of many agreements the suggestions follow what the analyst reads: the agreements open
in a pane (or chosen in the suggestions window) are ranked, not all 342 after every tag."""

from __future__ import annotations

import pytest

from tests.builders import add_document

OTHER = [
    "De gemeente bouwt tweehonderd betaalbare woningen en houdt de huur betaalbaar voor starters.",
    "In de bijstand komt meer ruimte voor maatwerk, zodat iedereen mee kan doen.",
]


@pytest.fixture
def inline(monkeypatch):
    from desktop.ui import background

    monkeypatch.setattr(background, "run_inline", True)


def _pane(session, qtbot):
    from desktop.ui.panes.document_pane import DocumentPane

    pane = DocumentPane(session)
    qtbot.addWidget(pane)
    return pane


def test_a_large_project_ranks_the_agreement_in_view_and_follows_the_next_one(session, qtbot, inline,
                                                                             monkeypatch) -> None:
    from desktop.ui import suggestion_service

    monkeypatch.setattr(suggestion_service, "ALL_AGREEMENTS_UP_TO", 1)
    other = add_document(session.project, OTHER, title="Ander akkoord")
    pane = _pane(session, qtbot)
    service = pane.suggestions.service

    pane.open_document(session.document_id)
    assert service.suggestions_at(session.document_id)
    assert service.suggestions_at(other) == []

    pane.open_document(other)
    assert service.suggestions_at(other)
    assert service.suggestions_at(session.document_id) == []  # no longer in view


def test_a_second_pane_adds_its_agreement_to_what_is_ranked(session, qtbot, inline, monkeypatch) -> None:
    from desktop.ui import suggestion_service

    monkeypatch.setattr(suggestion_service, "ALL_AGREEMENTS_UP_TO", 1)
    other = add_document(session.project, OTHER, title="Ander akkoord")
    left, right = _pane(session, qtbot), _pane(session, qtbot)
    left.open_document(session.document_id)
    right.open_document(other)
    service = left.suggestions.service
    assert service.suggestions_at(session.document_id) and service.suggestions_at(other)


def test_a_small_project_ranks_every_agreement_whether_open_or_not(session, qtbot, inline) -> None:
    other = add_document(session.project, OTHER, title="Ander akkoord")
    pane = _pane(session, qtbot)
    pane.open_document(session.document_id)
    assert pane.suggestions.service.suggestions_at(other)
