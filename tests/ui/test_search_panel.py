"""The search panel: hits as you type (diacritics ignored), a clear message, opening a hit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store.documents import document_text
from desktop.ui.review.search_panel import SearchPanel, snippet_html
from tests.builders import add_document


def test_model_passes_the_model_tester(session, qtbot, qtmodeltester):
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("woningen")
    panel.run_search()
    qtmodeltester.check(panel.model)


def test_typing_financiele_finds_the_passage_with_financiele(session, qtbot):
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query, "financiele")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    line = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert line.startswith("Akkoord, p. 2: ")
    assert "financiële kaders" in line
    assert "<b>financiële</b>" in panel.model.data(panel.model.index(0), Qt.ItemDataRole.UserRole + 1)
    assert panel.message.text() == "1 passage"


def test_enter_opens_the_best_hit_with_its_offsets_and_words(session, qtbot):
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("financiele kaders")
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    document_id, start, end, words = opened.args
    text = document_text(session.project, document_id)
    assert document_id == session.document_id
    assert text[start:end].startswith("Gemeenten krijgen meer ruimte")
    assert "financiële kaders" in text[start:end]
    assert words == ["financiële", "kaders"]  # as the passage spells them


def test_double_click_opens_the_chosen_hit(session, qtbot):
    other = add_document(session.project, ["Over woningen in de regio."], title="Regio-akkoord")
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("woningen")
    panel.run_search()
    titles = [panel.model.hits[row].document_title for row in range(panel.model.rowCount())]
    assert sorted(titles) == ["Akkoord", "Regio-akkoord"]
    row = titles.index("Regio-akkoord")
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.results.doubleClicked.emit(panel.model.index(row))
    assert opened.args[0] == other
    panel.scope.setCurrentIndex(panel.scope.findData(other))
    assert [hit.document_title for hit in panel.model.hits] == ["Regio-akkoord"]


def test_a_query_without_words_says_so_and_nothing_found_says_so(session, qtbot):
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("-- ::")
    panel.run_search()
    assert panel.model.rowCount() == 0
    assert panel.message.text() == "Type at least one word (letters or digits) to search for."
    panel.query.setText("zeppelin")
    panel.run_search()
    assert panel.message.text() == "Nothing found for “zeppelin”."


def test_snippet_html_escapes_the_text_and_bolds_the_hits():
    assert snippet_html("a < b \x02wonen\x03") == "a &lt; b <b>wonen</b>"


def test_search_can_be_restricted_to_a_category_of_documents(session, qtbot):
    from desktop.operations.documents import update_document

    venlo = add_document(session.project, ["Venlo investeert in schuldhulpverlening."], title="Venlo")
    add_document(session.project, ["Zutphen investeert ook in schuldhulpverlening."], title="Zutphen")
    update_document(session.project, venlo, categories=["G40"])
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("schuldhulpverlening")
    panel.run_search()
    assert panel.model.rowCount() == 2
    panel.scope.setCurrentIndex(panel.scope.findText("Category: G40"))
    assert [hit.document_id for hit in panel.model.hits] == [venlo]


def test_hits_can_be_grouped_by_document_with_their_number_of_passages(session, qtbot):
    from desktop.operations.documents import update_document

    venlo = add_document(session.project, ["Venlo bouwt sociale huur.", "Sociale huur blijft.", "Niets."], title="Venlo")
    zutphen = add_document(session.project, ["Zutphen wil sociale huur."], title="Zutphen")
    update_document(session.project, venlo, categories=["G40"])
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText('"sociale huur"')
    panel.by_document.setChecked(True)
    assert [hit.document_id for hit in panel.model.hits] == [venlo, zutphen]
    lines = [panel.model.data(panel.model.index(row), Qt.ItemDataRole.DisplayRole) for row in range(2)]
    assert lines[0].startswith("Venlo · 2 matching passages: ") and lines[1].startswith("Zutphen · 1 matching passage: ")
    assert panel.message.text() == "2 documents, 3 matching passages"
    panel.scope.setCurrentIndex(panel.scope.findText("Category: G40"))
    assert [hit.document_id for hit in panel.model.hits] == [venlo]
    assert panel.message.text() == "1 document, 2 matching passages"
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.results.doubleClicked.emit(panel.model.index(0))
    assert opened.args[0] == venlo
    panel.by_document.setChecked(False)
    assert panel.message.text() == "2 passages"


def test_hits_name_each_agreement_by_its_short_name_and_follow_a_rename(session, qtbot):
    from desktop.ui.commands.documents import EditDocument

    long_title = "Coalitieakkoord 2026-2030: samen verder bouwen aan een sterke gemeente"
    venlo = add_document(session.project, ["Wij bouwen sociale huur."], title=long_title)
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("huur")
    panel.by_document.setChecked(True)
    line = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert line.startswith(f"{long_title} · 1 matching passage")
    session.push(EditDocument(session, venlo, short_name="Venlo"))
    line = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert line.startswith("Venlo · 1 matching passage")
    panel.by_document.setChecked(False)
    assert panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole).startswith("Venlo, p. 1: ")
