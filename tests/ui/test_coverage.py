"""The coverage view: counts per speerpunt and agreement, gaps, opening a cell's findings."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.ui.commands.findings import DeleteFindings
from desktop.ui.review.coverage import COUNTS_ROLE, CoverageView, cell_text
from tests.builders import add_document


@pytest.fixture
def coverage(session, qtbot):
    session.other = add_document(session.project, ["Een tweede akkoord over werk en wonen."], title="Gemeente Z")
    made = [
        add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 20, 30, author="A"),
        add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 5, 12, author="A"),
        add_finding(session.project, session.document_id, session.codes["1.1"], "concern", 40, 50, author="A"),
        add_finding(session.project, session.other, session.codes["2.1"], "missing", author="A"),
    ]
    session.made = [finding.id for finding in made]
    view = CoverageView(session)
    qtbot.addWidget(view)
    return view


def _cell(view, code, document_id):
    model = view.model
    row = [r for r, (row_id, _) in enumerate(model.matrix.rows) if row_id == view.session.codes[code]][0]
    column = [c for c, (column_id, _) in enumerate(model.matrix.columns) if column_id == document_id][0]
    return model.index(row, column)


def test_model_passes_the_model_tester(coverage, qtmodeltester):
    qtmodeltester.check(coverage.model)


def test_cells_count_findings_per_assessment(coverage):
    session = coverage.session
    assert coverage.model.rowCount() == 3 and coverage.model.columnCount() == 2
    assert _cell(coverage, "1.1", session.document_id).data() == "2+ 1! 0–"
    assert _cell(coverage, "2.1", session.other).data() == "0+ 0! 1–"
    assert _cell(coverage, "1.2", session.document_id).data(COUNTS_ROLE) == Counter()
    assert "mark it missing" in _cell(coverage, "1.2", session.document_id).data(Qt.ItemDataRole.ToolTipRole)


def test_counts_follow_changes(coverage):
    session = coverage.session
    session.push(DeleteFindings(session, session.made[:2]))
    assert _cell(coverage, "1.1", session.document_id).data() == "0+ 1! 0–"
    session.undo_stack.undo()
    assert _cell(coverage, "1.1", session.document_id).data() == "2+ 1! 0–"


def test_clicking_a_cell_opens_its_first_finding_and_lists_all(coverage, qtbot):
    session = coverage.session
    with qtbot.waitSignal(coverage.open_requested) as opened, qtbot.waitSignal(coverage.findings_requested) as listed:
        coverage.view.clicked.emit(_cell(coverage, "1.1", session.document_id))
    assert opened.args == [session.document_id, 5, 12, []]  # the first in text order
    assert sorted(listed.args[0]) == sorted(session.made[:3])


def test_an_empty_cell_offers_mark_missing_for_that_agreement(coverage):
    asked = []
    coverage.run_missing_dialog = lambda speerpunt_id, document_id: asked.append((speerpunt_id, document_id))
    coverage.view.setCurrentIndex(_cell(coverage, "1.2", coverage.session.other))
    coverage.mark_missing_action.trigger()
    assert asked == [(coverage.session.codes["1.2"], coverage.session.other)]


def test_cell_text_is_compact():
    assert cell_text(Counter(positive=2, concern=1)) == "2+ 1! 0–"


def test_agreements_are_columns_in_dutch_name_order(session, qtbot):
    from desktop.operations.documents import update_document

    update_document(session.project, session.document_id, short_name="Gemeente 100")
    for name in ("Gemeente 10", "Gemeente 2", "Émmen"):
        document_id = add_document(session.project, [f"Akkoord van {name}."], title=name)
        update_document(session.project, document_id, short_name=name)
    view = CoverageView(session)
    qtbot.addWidget(view)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Émmen", "Gemeente 2", "Gemeente 10", "Gemeente 100"]
