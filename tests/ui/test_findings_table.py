"""The findings table: rows match the store, filters narrow, sorting, inline edits, delete, re-tag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.finding import Assessment
from desktop.operations.findings import add_finding
from desktop.store.documents import document_text
from desktop.store.findings import get_finding, list_findings
from desktop.ui.review.findings_rows import COLUMNS, RowFilter
from desktop.ui.review.findings_table import FindingsTable
from tests.builders import add_document


def _add(session, code, assessment, start=None, end=None, note="", author="Testanalist", document_id=None):
    return add_finding(
        session.project, document_id or session.document_id, session.codes[code], assessment, start, end,
        note=note, author=author,
    ).id


@pytest.fixture
def tagged(session):
    """Four findings: two in the first paragraph, one concern on 'financiële kaders', one missing."""
    text = document_text(session.project, session.document_id)
    woningen = text.index("100.000 woningen")
    kaders = text.index("financiële kaders")
    bijstand = text.index("bijstand")
    session.ids = {
        "woningen": _add(session, "1.1", "positive", woningen, woningen + 16, note="Goed nieuws voor de bouw"),
        "kaders": _add(session, "1.2", "concern", kaders, kaders + 17, note="Geld ontbreekt", author="Anna"),
        "bijstand": _add(session, "2.1", "positive", bijstand, bijstand + 8),
        "missing": _add(session, "2.1", "missing", note="Geen woord over statushouders"),
    }
    return session


def _column(table, name):
    model = table.model
    return [model.data(model.index(row, COLUMNS.index(name))) for row in range(model.rowCount())]


def _visible_ids(table):
    return [row.id for row in table.model.visible_rows()]


def test_model_passes_the_model_tester(tagged, qtmodeltester):
    table = FindingsTable(tagged)
    qtmodeltester.check(table.model)


def test_rows_match_the_findings_in_the_store(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    assert sorted(_visible_ids(table)) == sorted(f.id for f in list_findings(tagged.project))
    row = table.model.visible_rows()[_visible_ids(table).index(tagged.ids["kaders"])]
    assert (row.document_title, row.speerpunt_code, row.theme_title, row.assessment, row.author) == (
        "Akkoord", "1.2", "Wonen", "concern", "Anna"
    )
    assert row.quote == "financiële kaders"
    assert row.page == "2"  # the builder puts paragraph n on page n + 1
    assert "Concern" in _column(table, "assessment")
    assert "(not in the agreement)" in _column(table, "quote")


@pytest.mark.parametrize(
    ("row_filter", "expected"),
    [
        (RowFilter(assessment="concern"), {"kaders"}),
        (RowFilter(assessment="missing"), {"missing"}),
        (RowFilter(author="Anna"), {"kaders"}),
        (RowFilter(text="financiele"), {"kaders"}),  # diacritics do not matter
        (RowFilter(text="BOUW woningen"), {"woningen"}),  # note and quote, every word, any case
        (RowFilter(text="statushouders"), {"missing"}),
        (RowFilter(text="iedereen"), {"bijstand", "missing"}),  # speerpunt title
    ],
)
def test_each_filter_narrows_to_the_right_rows(tagged, qtbot, row_filter, expected):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.model.set_filter(row_filter)
    assert set(_visible_ids(table)) == {tagged.ids[name] for name in expected}


def test_combo_filters_for_theme_speerpunt_and_document(tagged, qtbot):
    other = add_document(tagged.project, ["Een ander akkoord over wonen en werk."], title="Gemeente X")
    extra = _add(tagged, "1.1", "positive", 0, 3, document_id=other)
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.theme_filter.setCurrentIndex(table.theme_filter.findText("Werk"))
    assert set(_visible_ids(table)) == {tagged.ids["bijstand"], tagged.ids["missing"]}
    table.theme_filter.setCurrentIndex(0)
    table.speerpunt_filter.setCurrentIndex(table.speerpunt_filter.findData(tagged.codes["1.1"]))
    assert set(_visible_ids(table)) == {tagged.ids["woningen"], extra}
    table.document_filter.setCurrentIndex(table.document_filter.findData(other))
    assert _visible_ids(table) == [extra]
    assert table.count_label.text() == "1 of 5"


def test_typing_filters_after_a_short_pause(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    qtbot.keyClicks(table.text_filter, "financ")
    assert table.model.rowCount() == 4  # not yet: the filter waits for a pause in typing
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=1000)
    qtbot.keyClicks(table.text_filter, "iele")
    qtbot.wait(250)
    assert _visible_ids(table) == [tagged.ids["kaders"]]
    table.text_filter.clear()
    qtbot.waitUntil(lambda: table.model.rowCount() == 4, timeout=1000)


def test_text_filter_over_ten_thousand_findings(session, qtbot):
    document_id = session.document_id
    speerpunten = list(session.codes.values())
    stamp = "2026-01-01T00:00:00.000000Z"
    rows = [
        {
            "id": f"f{i:05d}", "document_id": document_id, "document_sha256": "x",
            "speerpunt_id": speerpunten[i % 3], "assessment": ("positive", "concern")[i % 2],
            "start": i % 50, "end": i % 50 + 5, "quote": f"citaat {i}",
            "note": "wonen" if i % 7 == 0 else ("geïnvesteerd" if i % 11 == 0 else "overig"),
            "author": "Analist", "created": stamp, "modified": stamp,
        }
        for i in range(10_000)
    ]
    session.project.db["findings"].insert_all(rows)
    table = FindingsTable(session)
    qtbot.addWidget(table)
    assert table.model.rowCount() == 10_000
    table.model.set_filter(RowFilter(text="geinv"))
    expected = {f"f{i:05d}" for i in range(10_000) if i % 11 == 0 and i % 7 != 0}
    assert set(_visible_ids(table)) == expected
    table.model.set_filter(RowFilter(text="geinvesteerd"))  # narrows: filters the shown rows only
    assert set(_visible_ids(table)) == expected
    table.model.set_filter(RowFilter(text="geinvesteerd", assessment="concern"))
    assert set(_visible_ids(table)) == {i for i in expected if int(i[1:]) % 2 == 1}
    table.model.set_filter(RowFilter(text="wonen"))  # widened again: back to all rows
    # "wonen" is also the theme of the speerpunten 1.1 and 1.2
    assert len(_visible_ids(table)) == sum(1 for i in range(10_000) if i % 7 == 0 or i % 3 in (0, 1))


def test_sorting_by_columns(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.view.sortByColumn(COLUMNS.index("speerpunt"), Qt.SortOrder.DescendingOrder)
    assert [row.speerpunt_code for row in table.model.visible_rows()] == ["2.1", "2.1", "1.2", "1.1"]
    table.view.sortByColumn(COLUMNS.index("assessment"), Qt.SortOrder.AscendingOrder)
    assert [row.assessment for row in table.model.visible_rows()] == ["positive", "positive", "concern", "missing"]
    table.view.sortByColumn(COLUMNS.index("page"), Qt.SortOrder.AscendingOrder)
    assert [row.page for row in table.model.visible_rows()] == ["1", "2", "3", None]


def test_inline_note_edit_saves_and_undo_restores(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    row = table.model.row_of(tagged.ids["kaders"])
    index = table.model.index(row, COLUMNS.index("note"))
    assert table.model.setData(index, "Krap, vraag om compensatie")
    assert get_finding(tagged.project, tagged.ids["kaders"]).note == "Krap, vraag om compensatie"
    assert table.model.data(index) == "Krap, vraag om compensatie"
    assert tagged.undo_stack.undoText() == "Edit note"
    tagged.undo_stack.undo()
    assert get_finding(tagged.project, tagged.ids["kaders"]).note == "Geld ontbreekt"
    assert table.model.data(table.model.index(row, COLUMNS.index("note"))) == "Geld ontbreekt"


def test_assessment_editor_changes_the_assessment(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.show()
    row = table.model.row_of(tagged.ids["woningen"])
    index = table.model.index(row, COLUMNS.index("assessment"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.findChild(type(table.assessment_filter), "assessmentEditor")
    editor.setCurrentIndex(editor.findData("concern"))
    table.view.commitData(editor)
    assert get_finding(tagged.project, tagged.ids["woningen"]).assessment is Assessment.CONCERN
    # A missing finding has no passage: its assessment is not editable.
    missing = table.model.index(table.model.row_of(tagged.ids["missing"]), COLUMNS.index("assessment"))
    assert not table.model.flags(missing) & Qt.ItemFlag.ItemIsEditable


def test_delete_key_deletes_the_selected_rows_and_undo_restores(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.show()
    table.select_findings([tagged.ids["woningen"], tagged.ids["kaders"]])
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert {f.id for f in list_findings(tagged.project)} == {tagged.ids["bijstand"], tagged.ids["missing"]}
    assert table.model.rowCount() == 2
    tagged.undo_stack.undo()
    assert len(list_findings(tagged.project)) == 4
    assert table.model.rowCount() == 4


def test_retag_moves_the_selected_findings_in_one_undo_step(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.select_findings([tagged.ids["woningen"], tagged.ids["bijstand"]])
    table.choose_speerpunt = lambda: tagged.codes["1.2"]
    table.retag_action.trigger()
    moved = {tagged.ids["woningen"], tagged.ids["bijstand"]}
    assert {f.id for f in list_findings(tagged.project, speerpunt_id=tagged.codes["1.2"])} >= moved
    assert {row.speerpunt_code for row in table.model.visible_rows() if row.id in moved} == {"1.2"}
    tagged.undo_stack.undo()
    assert get_finding(tagged.project, tagged.ids["woningen"]).speerpunt_id == tagged.codes["1.1"]
    assert get_finding(tagged.project, tagged.ids["bijstand"]).speerpunt_id == tagged.codes["2.1"]


def test_double_click_and_enter_open_the_passage(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.show()
    finding = get_finding(tagged.project, tagged.ids["kaders"])
    index = table.model.index(table.model.row_of(finding.id), COLUMNS.index("quote"))
    with qtbot.waitSignal(table.open_requested) as opened:
        table.view.doubleClicked.emit(index)
    assert opened.args == [tagged.document_id, finding.start, finding.end, []]
    table.view.setCurrentIndex(index)
    with qtbot.waitSignal(table.open_requested) as opened:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened.args[1:3] == [finding.start, finding.end]


def test_a_finding_added_elsewhere_appears(tagged, qtbot):
    from desktop.ui.commands.findings import AddFinding

    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    command = AddFinding(tagged, tagged.document_id, tagged.codes["1.2"], "positive", 0, 10, note="nieuw")
    tagged.push(command)
    assert table.model.row_of(command.finding_id) is not None
    assert table.count_label.text() == "5 findings"


def test_show_findings_clears_filters_that_hide_them_and_show_speerpunt_narrows(tagged, qtbot):
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.show_speerpunt(tagged.codes["2.1"])
    assert set(_visible_ids(table)) == {tagged.ids["bijstand"], tagged.ids["missing"]}
    table.show_findings([tagged.ids["kaders"]])
    assert table.model.rowCount() == 4
    assert table.selected_ids() == [tagged.ids["kaders"]]


def test_filtering_at_once_after_opening_finds_the_same_rows_as_after_the_idle_folding(tagged, qtbot):
    """The folded filter text is made while the app is idle; a filter typed before that is done is just as right."""
    tagged.hold_background_work()  # as while the main window is being built: no idle folding yet
    table = FindingsTable(tagged)
    qtbot.addWidget(table)
    table.model.set_filter(RowFilter(text="financiele"))  # typed without the diaeresis
    assert _visible_ids(table) == [tagged.ids["kaders"]]
    table.model.set_filter(RowFilter(text="statushouders"))
    assert _visible_ids(table) == [tagged.ids["missing"]]
    table.model.set_filter(RowFilter())
    assert len(_visible_ids(table)) == 4
    tagged.start_background_work()  # the window has shown: the rest is folded a slice per idle turn
    qtbot.waitUntil(lambda: not table.model._folding.isActive())
    table.model.set_filter(RowFilter(text="GELD ontbreekt"))
    assert _visible_ids(table) == [tagged.ids["kaders"]]
