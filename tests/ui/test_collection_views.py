"""The speerpunt view and the comparison matrix over 25 agreements in four categories."""

from __future__ import annotations

from collections import Counter

import pytest
from openpyxl import load_workbook

from desktop.ui.review.matrix_model import CELL_ROLE, COUNTS_ROLE, LABEL, TOTAL
from desktop.ui.review.passage_tree import COUNTS_ROLE as TREE_COUNTS
from desktop.ui.review.passage_tree import PASSAGE_ROLE
from tests.ui.collection_data import MUNICIPALITIES, build_collection


@pytest.fixture
def collection(project):
    return build_collection(project)


@pytest.fixture
def csession(project, collection, qtbot):
    from desktop.ui.session import Session

    session = Session(project, author="Testanalist")
    yield session
    session.undo_stack.clear()


def expected(collection, speerpunt_ids, by_category: bool) -> dict[str, Counter]:
    """Counts per document name (or category) computed straight from the findings we made."""
    names = {document_id: name for name, document_id in collection.documents.items()}
    counts: dict[str, Counter] = {}
    for finding_id, document_id, speerpunt_id, _start, _end in collection.findings:
        if speerpunt_id not in speerpunt_ids:
            continue
        name = names[document_id]
        keys = (collection.categories[name] or [""]) if by_category else [name]
        for key in keys:
            counts.setdefault(key, Counter())[collection.assessments[finding_id]] += 1
    return counts


def test_speerpunt_view_groups_every_passage_by_category_then_agreement(csession, collection, qtbot, qtmodeltester):
    from desktop.ui.review.speerpunt_view import SpeerpuntView

    view = SpeerpuntView(csession)
    qtbot.addWidget(view)
    speerpunt_id = collection.codes["1.1"]
    view.show_speerpunt(speerpunt_id)
    model = view.model
    qtmodeltester.check(model)
    wanted = expected(collection, {speerpunt_id}, by_category=True)
    categories = [model.index(row, 0).data() for row in range(model.rowCount())]
    # Named categories in order, "No category" last.
    assert [c.split(" — ")[0] for c in categories] == sorted(k for k in wanted if k) + (
        ["No category"] if "" in wanted else [])
    for row in range(model.rowCount()):
        category_index = model.index(row, 0)
        key = category_index.data().split(" — ")[0]
        key = "" if key == "No category" else key
        assert category_index.data(TREE_COUNTS) == wanted[key]
        for document_row in range(model.rowCount(category_index)):
            document_index = model.index(document_row, 0, category_index)
            name = document_index.data().split(" — ")[0]
            assert name in dict(MUNICIPALITIES)  # cited by short name
            assert key in (collection.categories[name] or [""])
            passages = [model.index(r, 0, document_index).data(PASSAGE_ROLE)
                        for r in range(model.rowCount(document_index))]
            assert all(p.document_id == collection.documents[name] for p in passages)
            assert Counter(p.assessment for p in passages) == document_index.data(TREE_COUNTS)


def test_theme_shows_all_its_speerpunten_and_double_click_opens_the_passage(csession, collection, qtbot):
    from desktop.ui.review.speerpunt_view import THEME, SpeerpuntView

    view = SpeerpuntView(csession)
    qtbot.addWidget(view)
    theme_id = view.combo.itemData(0).split(":", 1)[1]
    view.show_theme(theme_id)
    theme_ids = {collection.codes["1.1"], collection.codes["1.2"]}
    shown = {p.finding_id for p in view.model.passages()}
    assert shown == {f[0] for f in collection.findings if f[2] in theme_ids}
    assert view.combo.currentData() == f"{THEME}:{theme_id}"
    # A passage row with a span opens it in the document pane.
    model = view.model
    category = model.index(0, 0)
    documents = [model.index(r, 0, category) for r in range(model.rowCount(category))]
    rows = [model.index(r, 0, d) for d in documents for r in range(model.rowCount(d))]
    spanned = next(index for index in rows if index.data(PASSAGE_ROLE).start is not None)
    view.tree.setCurrentIndex(spanned)
    with qtbot.waitSignal(view.open_requested) as signal:
        view.tree.activated.emit(spanned)
    passage = spanned.data(PASSAGE_ROLE)
    assert signal.args == [passage.document_id, passage.start, passage.end, []]


def test_matrix_counts_match_the_findings_by_document_and_by_category(csession, collection, qtbot, qtmodeltester):
    from desktop.ui.review.matrix_view import MatrixView

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.set_mode("speerpunt", "document")
    qtmodeltester.check(view.proxy)
    model = view.model
    for across, by_category in (("document", False), ("category", True)):
        view.set_mode("speerpunt", across)
        headers = [model.headerData(c, _horizontal()) for c in range(2, model.columnCount())]
        for row, (speerpunt_id, _label) in enumerate(model.matrix.rows):
            wanted = expected(collection, {speerpunt_id}, by_category)
            for column, header in enumerate(headers, start=2):
                key = "" if header == "No category" else header
                assert model.index(row, column).data(COUNTS_ROLE) == wanted.get(key, Counter()), (header, row)
            total = model.index(row, TOTAL).data(COUNTS_ROLE)
            assert sum(total.values()) == sum(1 for f in collection.findings if f[2] == speerpunt_id)
    assert headers == ["G4", "G40", "middelgroot", "platteland", "No category"]
    # Themes: the two speerpunten of "Wonen" add up.
    view.set_mode("theme", "category")
    wonen = expected(collection, {collection.codes["1.1"], collection.codes["1.2"]}, by_category=True)
    assert model.index(0, 2).data(COUNTS_ROLE) == wonen["G4"]


def test_matrix_sorts_by_any_column_and_back_to_framework_order(csession, collection, qtbot):
    from desktop.ui.review.matrix_view import MatrixView

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.set_mode("speerpunt", "category")
    proxy = view.proxy
    view.table.sortByColumn(TOTAL, _descending())
    totals = [sum(proxy.index(r, TOTAL).data(COUNTS_ROLE).values()) for r in range(proxy.rowCount())]
    assert totals == sorted(totals, reverse=True) and len(set(totals)) > 1
    view.table.sortByColumn(3, _ascending())  # G40
    g40 = [sum(proxy.index(r, 3).data(COUNTS_ROLE).values()) for r in range(proxy.rowCount())]
    assert g40 == sorted(g40)
    view.table.sortByColumn(LABEL, _ascending())
    assert [proxy.index(r, LABEL).data() for r in range(proxy.rowCount())] == [
        "1.1 Betaalbaar wonen", "1.2 Leefbare wijken", "2.1 Iedereen aan het werk"]


def test_clicking_a_cell_lists_its_passages_and_a_new_finding_recounts(csession, collection, project, qtbot):
    from desktop.ui.review.matrix_view import MatrixView

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.set_mode("speerpunt", "document")
    model = view.model
    column = 2 + [c[0] for c in model.matrix.columns].index(collection.documents["Almere"])
    index = view.proxy.index(0, column)
    view.open_cell(index)
    speerpunt_id, document_id = index.data(CELL_ROLE)
    listed = {p.finding_id for p in view.passages.model.passages()}
    assert listed == {f[0] for f in collection.findings if f[1] == document_id and f[2] == speerpunt_id}
    assert view.passages.filter_label.text() == "Only Almere"
    before = Counter(index.data(COUNTS_ROLE))
    from desktop.ui.commands.findings import AddFinding

    csession.push(AddFinding(csession, document_id, speerpunt_id, "positive", 10, 60))
    after = view.proxy.index(0, column).data(COUNTS_ROLE)
    assert after["positive"] == before["positive"] + 1
    csession.undo_stack.undo()
    assert view.proxy.index(0, column).data(COUNTS_ROLE) == before


def test_the_matrix_keeps_the_whole_height_until_a_cell_is_clicked(csession, collection, qtbot):
    from desktop.ui.review.matrix_view import MatrixView

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.resize(1200, 190)  # the strip below the documents on a 1280x800 laptop
    view.show()
    view.set_mode("speerpunt", "document")
    qtbot.wait(10)
    assert not view.passages.isVisible()
    rows_tall = view.table.verticalHeader().defaultSectionSize()
    assert view.table.viewport().height() >= 3 * rows_tall  # before: one row beside the passages part
    view.open_cell(view.proxy.index(0, 1))
    assert view.passages.isVisible()
    assert view.passages.model.passages()


def test_matrix_exports_as_xlsx_with_headers_and_counts(csession, collection, qtbot, tmp_path, monkeypatch):
    from desktop.ui import i18n
    from desktop.ui.review.matrix_view import MatrixView

    monkeypatch.setattr(i18n, "current_language", lambda: "nl")  # the workbook speaks the interface language

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.set_mode("theme", "category")
    target = tmp_path / "vergelijking.xlsx"
    view.ask_export_path = lambda: target
    assert view.export_xlsx() == target
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Thema"
    assert [sheet.cell(1, c).value for c in (2, 5, 8, 11, 14, 17)] == [
        "G4", "G40", "middelgroot", "platteland", "—", "Totaal"]
    assert [sheet.cell(2, c).value for c in (2, 3, 4)] == ["positief", "zorg", "ontbreekt"]
    assert sheet.freeze_panes == "B3"
    assert sheet["A3"].value == "1 Wonen"
    wonen = expected(collection, {collection.codes["1.1"], collection.codes["1.2"]}, by_category=True)
    assert [sheet.cell(3, c).value for c in (5, 6, 7)] == [wonen["G40"][a] for a in ("positive", "concern", "missing")]
    assert sheet.cell(3, 17).value == sum(1 for f in collection.findings
                                          if f[2] in {collection.codes["1.1"], collection.codes["1.2"]}
                                          and collection.assessments[f[0]] == "positive")
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _ascending():
    from PySide6.QtCore import Qt

    return Qt.SortOrder.AscendingOrder


def _descending():
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


def test_matrix_columns_follow_dutch_name_order(project, qtbot):
    """Generated names as a national project has them: "Gemeente 2" before "Gemeente 10", accents and case aside."""
    from desktop.operations.documents import update_document
    from desktop.ui.review.matrix_view import MatrixView
    from desktop.ui.session import Session
    from tests.builders import add_document, add_small_framework

    add_small_framework(project)
    names = ["Gemeente 10", "Gemeente 2", "Gemeente 100", "gemeente 1", "Émmen", "Ede", "'s-Gravenhage", "Zwolle"]
    for number, name in enumerate(names):
        document_id = add_document(project, [f"Akkoord {number}: wij bouwen woningen."], title=f"Akkoord {number}")
        update_document(project, document_id, short_name=name,
                        categories=[f"Groep {number % 3 * 5 + 1}", ["klein", "G40", "middelgroot", "G4"][number % 4]])
    session = Session(project, author="Testanalist")
    view = MatrixView(session)
    qtbot.addWidget(view)
    model = view.model
    view.set_mode("speerpunt", "document")
    assert [model.headerData(c, _horizontal()) for c in range(2, model.columnCount())] == [
        "Ede", "Émmen", "gemeente 1", "Gemeente 2", "Gemeente 10", "Gemeente 100", "'s-Gravenhage", "Zwolle"]
    view.set_mode("speerpunt", "category")
    assert [model.headerData(c, _horizontal()) for c in range(2, model.columnCount())] == [
        "G4", "G40", "middelgroot", "klein", "Groep 1", "Groep 6", "Groep 11"]  # as the national overview has them
    session.undo_stack.clear()


def test_the_theme_and_total_stay_in_view_while_the_agreements_scroll_by(csession, collection, qtbot):
    from PySide6.QtCore import QPoint

    from desktop.ui.review.matrix_view import MatrixView

    view = MatrixView(csession)
    qtbot.addWidget(view)
    view.resize(700, 260)
    view.show()
    qtbot.waitExposed(view)
    view.set_mode("speerpunt", "document")  # 25 agreement columns: far wider than the view
    table, frozen = view.table, view.frozen
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # scrolled to the last agreements
    assert table.columnViewportPosition(LABEL) < 0  # the table's own label column has scrolled away...
    assert frozen.isVisible()  # ...while the frozen one is over the table's left edge
    shown = [c for c in range(view.proxy.columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [LABEL, TOTAL]
    assert frozen.width() == table.columnWidth(LABEL) + table.columnWidth(TOTAL)
    # Its rows are the table's rows, sorted and scrolled alike.
    table.sortByColumn(TOTAL, _descending())
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    top = table.rowAt(0)
    label = frozen.indexAt(QPoint(5, 2))
    assert label.row() == top and label.data() == view.proxy.index(top, LABEL).data()
    # A click on a frozen label lists that row's passages.
    qtbot.mouseClick(frozen.viewport(), _left(), pos=frozen.visualRect(label).center())
    assert view.passages.isVisible()
    assert frozen.horizontalHeader().sortIndicatorSection() == TOTAL


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_total_of_four_digits_has_room_in_bold(csession, collection, qtbot, monkeypatch):
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.store.analysis.collection import Matrix
    from desktop.ui.review import matrix_view

    # A national project tagged in depth: a theme with thousands of findings.
    big = Matrix(rows=[("t1", "1 Wonen")], columns=[("d1", "Gemeente 1"), ("d2", "Gemeente 2")],
                 cells={("t1", "d1"): Counter(positive=1234, concern=56), ("t1", "d2"): Counter(missing=7)})
    monkeypatch.setattr(matrix_view, "comparison_matrix", lambda *args, **kwargs: big)
    view = matrix_view.MatrixView(csession)
    qtbot.addWidget(view)
    bold = QFont(view.table.font())
    bold.setBold(True)
    slot = (view.table.columnWidth(TOTAL) - 8) // 3  # the delegate's three slots
    assert slot >= QFontMetrics(bold).horizontalAdvance("1234+")
    assert view.table.columnWidth(2) < view.table.columnWidth(TOTAL)  # the agreements' cells stay narrow
