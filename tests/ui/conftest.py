"""Fixtures for Qt tests: a session over a fresh project with a document and a framework."""

from __future__ import annotations

import pytest

from tests.builders import add_document, add_small_framework

PARAGRAPHS = [
    "Het kabinet bouwt 100.000 woningen per jaar 🏗️ en investeert € 1 miljard in betaalbare huur.",
    "Gemeenten krijgen meer ruimte voor maatwerk in het sociaal domein, maar de financiële kaders blijven krap.",
    "De bijstand wordt vereenvoudigd zodat iedereen mee kan doen naar vermogen.",
]


@pytest.fixture
def session(project, qtbot):
    from desktop.ui.session import Session

    codes = add_small_framework(project)
    document_id = add_document(project, PARAGRAPHS, headings={0: "1. Wonen", 2: "2. Werk"})
    opened = Session(project, author="Testanalist")
    opened.codes = codes  # type: ignore[attr-defined]  # code -> speerpunt id, for tests
    opened.document_id = document_id  # type: ignore[attr-defined]
    yield opened
    opened.undo_stack.clear()
