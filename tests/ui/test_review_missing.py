"""Compare analysts: a speerpunt one analyst calls missing while another tagged a passage under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.store.documents import list_passages
from desktop.store.findings import get_finding, list_findings
from desktop.ui import i18n
from desktop.ui.collaboration.review_view import ReviewView


@pytest.fixture
def missing_against_tagged(session):
    """Anna says 2.1 is missing from the agreement; Bram tagged the bijstand paragraph for 2.1 as positive.

    Both tagged the first paragraph for 1.1, alike.
    """
    paragraphs = [p for p in list_passages(session.project, session.document_id) if p.kind.value == "paragraph"]
    codes = session.codes
    for author in ("Anna", "Bram"):
        add_finding(session.project, session.document_id, codes["1.1"], "positive", paragraphs[0].start,
                    paragraphs[0].end, author=author)
    return {
        "paragraph": paragraphs[2],
        "anna_missing": add_finding(session.project, session.document_id, codes["2.1"], "missing",
                                    note="Geen woord over werk", author="Anna").id,
        "bram_tagged": add_finding(session.project, session.document_id, codes["2.1"], "positive",
                                   paragraphs[2].start, paragraphs[2].end, note="Mee naar vermogen",
                                   author="Bram").id,
    }


def make_view(session, qtbot, language="en"):
    i18n.install_language(language)
    view = ReviewView(session)
    qtbot.addWidget(view)
    return view


def row_texts(view, row):
    model = view.comparison
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_row_shows_who_said_missing_and_who_tagged_a_passage_instead(
        session, missing_against_tagged, qtbot, qtmodeltester):
    view = make_view(session, qtbot)
    qtmodeltester.check(view.comparison)

    assert row_texts(view, 0) == ["Speerpunt 2.1 Iedereen aan het werk — the agreement as a whole", "Missing",
                                  "Tagged 1 passage: Positive", "≠ Differ"]
    model = view.comparison
    assert "Geen woord over werk" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Mee naar vermogen" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "1 speerpunt called missing by at least one analyst (rows at the top); no agreement yet on 1." \
        in view.message.text()
    view.differences_only.setChecked(True)
    assert row_texts(view, 0)[0].startswith("Speerpunt 2.1")


def test_an_analyst_who_said_nothing_is_shown_as_such(session, missing_against_tagged, qtbot):
    paragraph = missing_against_tagged["paragraph"]
    add_finding(session.project, session.document_id, session.codes["1.2"], "concern", paragraph.start,
                paragraph.end, author="Chantal")
    view = make_view(session, qtbot)
    assert row_texts(view, 0)[1:] == ["Missing", "Tagged 1 passage: Positive", "— said nothing about it",
                                      "≠ Differ"]


def test_the_speerpunt_measure_counts_the_disagreement(session, missing_against_tagged, qtbot):
    view = make_view(session, qtbot)
    figures = view.agreement
    rows = {figures.data(figures.index(row, 0)): [figures.data(figures.index(row, c)) for c in (1, 2)]
            for row in range(figures.rowCount())}
    # 1.1 treated by both, 2.1 missing against treated: agree on one speerpunt of two.
    assert rows["Per speerpunt: treated, missing or silent (whole agreement)"] == ["2 speerpunten", "50%"]


def test_accepting_missing_removes_the_tagging_under_it_and_settles_the_row(session, missing_against_tagged, qtbot):
    view = make_view(session, qtbot)
    view.table.selectRow(0)

    qtbot.mouseClick(view.accept_buttons["Anna"], Qt.MouseButton.LeftButton)

    assert missing_against_tagged["bram_tagged"] not in {f.id for f in list_findings(session.project)}
    assert "✓ Agreed after comparison with Bram (" in get_finding(session.project,
                                                                  missing_against_tagged["anna_missing"]).note
    assert row_texts(view, 0)[1:] == ["Missing", "— said nothing about it", "✓ Settled"]
    assert "no agreement yet on 0" in view.message.text()

    session.undo_stack.undo()

    assert row_texts(view, 0)[1:] == ["Missing", "Tagged 1 passage: Positive", "≠ Differ"]
    assert get_finding(session.project, missing_against_tagged["anna_missing"]).note == "Geen woord over werk"


def test_accepting_the_tagging_removes_the_missing_finding_and_the_row(session, missing_against_tagged, qtbot):
    view = make_view(session, qtbot)
    view.table.selectRow(0)
    assert not view.joint_button.isEnabled()  # a joint finding needs one passage

    qtbot.mouseClick(view.accept_buttons["Bram"], Qt.MouseButton.LeftButton)

    assert missing_against_tagged["anna_missing"] not in {f.id for f in list_findings(session.project)}
    assert not any(text.startswith("Speerpunt") for text in
                   (view.comparison.data(view.comparison.index(r, 0)) for r in range(view.comparison.rowCount())))
    assert "called missing" not in view.message.text()


def test_clicking_the_row_opens_the_passage_tagged_under_the_speerpunt(session, missing_against_tagged, qtbot):
    view = make_view(session, qtbot)
    opened = []
    view.open_requested.connect(lambda *args: opened.append(args))
    view.table.clicked.emit(view.comparison.index(0, 0))
    paragraph = missing_against_tagged["paragraph"]
    assert opened == [(session.document_id, paragraph.start, paragraph.end, [])]


def test_the_row_in_dutch(session, missing_against_tagged, qtbot):
    view = make_view(session, qtbot, "nl")
    assert row_texts(view, 0) == ["Speerpunt 2.1 Iedereen aan het werk — het akkoord als geheel", "Ontbreekt",
                                  "1 passage getagd: Positief", "≠ Verschillen"]
    assert "1 speerpunt door minstens één analist ontbrekend genoemd" in view.message.text()
    assert "3 getagde passages" not in view.message.text() and "2 getagde passages" in view.message.text()
