"""The findings table's "Carried over" column after a revised agreement: shown, sorted, filtered, followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.operations.revisions import import_revision
from desktop.store.documents import document_text
from desktop.store.findings import get_finding
from desktop.ui.commands.revisions import AcceptPlacements
from desktop.ui.review.findings_rows import COLUMNS, RowFilter
from desktop.ui.review.findings_table import FindingsTable
from tests.ui.conftest import PARAGRAPHS

# The new version: "2. Werk" moved to the front, the first paragraph kept, the second rephrased
# with its last clause deleted.
NEW_VERSION = (
    f"2. Werk\n\n{PARAGRAPHS[2]}\n\n1. Wonen\n\n{PARAGRAPHS[0]}\n\n"
    "Gemeenten krijgen meer ruimte voor eigen maatwerk in het sociaal domein.\n"
)
QUOTES = {
    "kept": "100.000 woningen per jaar",
    "moved": "De bijstand wordt vereenvoudigd zodat iedereen mee kan doen",
    "changed": "meer ruimte voor maatwerk",
    "orphan": "maar de financiële kaders blijven krap",
}


@pytest.fixture
def revised(session, tmp_path: Path):
    """Four findings carried onto a new version (one of each status), plus one tagged on the new version."""
    project, document = session.project, session.document_id
    text = document_text(project, document)
    ids = {}
    for key, quote in QUOTES.items():
        start = text.index(quote)
        ids[key] = add_finding(project, document, session.codes["1.1"], "concern", start, start + len(quote),
                               note=key, author="Ann").id
    path = tmp_path / "definitief.txt"
    path.write_text(NEW_VERSION, encoding="utf-8")
    report = import_revision(project, path, document, author="Ann")
    new_text = document_text(project, report.new_document.id)
    start = new_text.index("eigen maatwerk")
    ids["own"] = add_finding(project, report.new_document.id, session.codes["1.2"], "positive", start,
                             start + len("eigen maatwerk"), note="own", author="Ann").id
    return ids


def _cell(table, finding_id, column="anchor", role=Qt.ItemDataRole.DisplayRole):
    model = table.model
    return model.index(model.row_of(finding_id), COLUMNS.index(column)).data(role)


def test_the_setup_has_every_status(session, revised):
    # Ground truth from the store: the re-anchoring placed each finding as the fixture intends.
    anchors = {key: get_finding(session.project, finding_id).anchor for key, finding_id in revised.items()}
    assert anchors == {"kept": "exact", "moved": "moved", "changed": "changed", "orphan": "orphaned", "own": None}


def test_the_column_says_how_each_finding_came_over(session, revised, qtbot, qtmodeltester):
    table = FindingsTable(session)
    qtbot.addWidget(table)
    qtmodeltester.check(table.model)
    assert table.model.headerData(COLUMNS.index("anchor"), Qt.Orientation.Horizontal) == "Carried over"
    score = get_finding(session.project, revised["changed"]).anchor_score
    assert {key: _cell(table, finding_id) for key, finding_id in revised.items()} == {
        "kept": "exactly", "moved": "moved", "changed": f"review: changed ({score:.0f}%)",
        "orphan": "review: not found", "own": "",
    }
    assert "Not found" in _cell(table, revised["orphan"], role=Qt.ItemDataRole.ToolTipRole)
    assert _cell(table, revised["own"], role=Qt.ItemDataRole.ToolTipRole) is None


def test_sorting_puts_what_needs_review_first_and_findings_tagged_here_last(session, revised, qtbot):
    table = FindingsTable(session)
    qtbot.addWidget(table)
    table.view.sortByColumn(COLUMNS.index("anchor"), Qt.SortOrder.AscendingOrder)
    order = [row.note for row in table.model.visible_rows()]
    assert order == ["orphan", "changed", "moved", "kept", "own"]
    table.view.sortByColumn(COLUMNS.index("anchor"), Qt.SortOrder.DescendingOrder)
    assert [row.note for row in table.model.visible_rows()] == list(reversed(order))


@pytest.mark.parametrize(("group", "expected"), [
    ("exact", {"kept"}), ("moved", {"moved"}), ("review", {"changed", "orphan"}), ("own", {"own"}),
    ("confirmed", set()),
])
def test_the_filter_narrows_to_one_kind_of_carry_over(session, revised, qtbot, group, expected):
    table = FindingsTable(session)
    qtbot.addWidget(table)
    table.anchor_filter.setCurrentIndex(table.anchor_filter.findData(group))
    assert {row.note for row in table.model.visible_rows()} == expected
    assert table.model.row_filter == RowFilter(anchor_group=group)
    # Text typed on top narrows within the chosen kind only.
    table.text_filter.setText("orphan")
    table.apply_filter()
    assert {row.note for row in table.model.visible_rows()} == expected & {"orphan"}


def test_accepting_a_placement_shows_it_confirmed_and_undo_brings_the_review_back(session, revised, qtbot):
    table = FindingsTable(session)
    qtbot.addWidget(table)
    table.anchor_filter.setCurrentIndex(table.anchor_filter.findData("review"))
    session.push(AcceptPlacements(session, [revised["changed"]]))
    assert get_finding(session.project, revised["changed"]).anchor == "confirmed"
    assert {row.note for row in table.model.visible_rows()} == {"orphan"}
    table.clear_filters()
    assert _cell(table, revised["changed"]) == "confirmed"
    session.undo_stack.undo()
    assert _cell(table, revised["changed"]).startswith("review: changed (")


def test_the_column_and_its_filter_appear_only_once_findings_were_carried_over(session, qtbot, tmp_path):
    text = document_text(session.project, session.document_id)
    start = text.index(QUOTES["kept"])
    add_finding(session.project, session.document_id, session.codes["1.1"], "positive", start,
                start + len(QUOTES["kept"]), author="Ann")
    table = FindingsTable(session)
    qtbot.addWidget(table)
    table.show()
    assert table.view.isColumnHidden(COLUMNS.index("anchor")) and not table.anchor_filter.isVisible()
    path = tmp_path / "definitief.txt"
    path.write_text(NEW_VERSION, encoding="utf-8")
    # As Document → Import new version… does: the import on its own, then the views are told.
    report = import_revision(session.project, path, session.document_id, author="Ann")
    session.notify(report.changes)
    assert not table.view.isColumnHidden(COLUMNS.index("anchor")) and table.anchor_filter.isVisible()
    assert [table.model.data(table.model.index(0, COLUMNS.index("anchor")))] == ["exactly"]
