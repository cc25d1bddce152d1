"""What a newcomer noticed on a walk through the demo project in Dutch: names cut short in the library and the
documents table, the File menu's export between its two imports, a REFI-QDA entry worded unlike its neighbours,
empty views that said nothing, and an assessment swatch lines below its words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from tests.ui.workspace_helpers import settle

SIZES = [(1280, 800), (1920, 1080)]
# A cell's text needs its width plus the margins a style draws around it.
CELL_MARGIN = 8


def _dutch(main_window, screen, qtbot, demo_path, width, height):
    from desktop.ui import settings

    settings.put(settings.LANGUAGE, "nl")
    screen.set(width, height)
    window = main_window(demo_path, language="nl")
    window.resize(width - 8, height - 40)
    settle(qtbot)
    return window


def _cut(view, column: int, texts: list[str]) -> list[str]:
    metrics = view.fontMetrics()
    return [text for text in texts if metrics.horizontalAdvance(text) + CELL_MARGIN > view.columnWidth(column)]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_library_shows_every_document_name_whole(main_window, screen, qtbot, demo_path, width, height):
    window = _dutch(main_window, screen, qtbot, demo_path, width, height)
    library = window.docks.library
    names = [library.model.index(row, 0).data() for row in range(library.model.rowCount())]
    assert "Coalitieakkoord 2026" in names
    assert _cut(library.view, 0, names) == []
    window.resize(window.width() - 1, window.height())  # and stays so: laying out again does not flip the columns
    settle(qtbot)
    window.resize(window.width() + 1, window.height())
    settle(qtbot)
    assert _cut(library.view, 0, names) == []


def test_the_documents_table_shows_its_headings_and_short_names_whole(main_window, screen, qtbot, demo_path):
    window = _dutch(main_window, screen, qtbot, demo_path, 1280, 800)
    window.docks.show_view("collectionTable")  # as its menu entry and Ctrl+Shift+T do
    settle(qtbot)
    table = window.docks.widgets["collectionTable"]
    view, model = table.view, table.view.model()
    header_metrics = view.horizontalHeader().fontMetrics()
    for column in range(model.columnCount(QModelIndex())):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        # The heading and the sort arrow beside it.
        assert header_metrics.horizontalAdvance(heading) + 2 * CELL_MARGIN <= view.columnWidth(column), heading
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Coalitieakkoord 2026" in names and _cut(view, 0, names) == []


def test_the_file_menu_keeps_its_imports_together_and_words_every_entry_alike(main_window, screen, qtbot, demo_path):
    window = _dutch(main_window, screen, qtbot, demo_path, 1280, 800)
    actions = window.menu_actions
    entries = [a for a in actions.file_menu.actions() if not a.isSeparator()]
    at = entries.index(actions.import_documents)
    assert entries[at + 1] is actions.import_folder and entries[at + 2] is window.reaction_menu.export
    # "Documenten importeren…", "Bundel met bevindingen exporteren…": the verb comes after what it acts on.
    texts = [a.text().replace("&", "") for a in entries]
    assert [t for t in texts if t.split()[0] in ("Importeren", "Exporteren")] == []
    assert "Naar REFI-QDA exporteren" in texts


def test_empty_views_say_what_will_appear_there(main_window, screen, qtbot, demo_path):
    window = _dutch(main_window, screen, qtbot, demo_path, 1280, 800)
    search = window.docks.widgets["searchPanel"]
    assert "Typ woorden" in search.results.empty_hint()
    search.query.setText("woningbouwimpuls")
    search.run_search()
    assert search.model.rowCount() > 0 and search.results.empty_hint() == ""
    view = window.docks.widgets["speerpuntView"]
    assert "Kies hierboven een speerpunt" in view.tree.empty_hint()
    view.show_speerpunt(next(sp.id for sp in view.speerpunten if sp.code == "1.1"))
    assert view.model.rowCount() > 0 and view.tree.empty_hint() == ""


def test_the_reaction_shows_an_assessment_swatch_beside_its_words_at_the_top_of_a_tall_row(
        main_window, screen, qtbot, demo_path):
    window = _dutch(main_window, screen, qtbot, demo_path, 1280, 800)
    window.reaction_menu.show_editor()
    settle(qtbot)
    view = window.findChild(QTableView, "reactionFindings")
    index = view.model().index(0, 0)
    assert view.rowHeight(0) > 2 * view.fontMetrics().height()  # a tall row: a long quote
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.decorationAlignment & Qt.AlignmentFlag.AlignTop
    assert option.displayAlignment & Qt.AlignmentFlag.AlignTop
