"""What an analyst noticed on a walk through the workspace: speerpunt titles cut to "1.1 Preve…", the
library and the speerpunten gone for good after the reaction was opened, and a document that jumped
(or went back to its first page) when a dock opened or the project was reopened.

The demo project gives real titles and real documents; the ``screen`` fixture gives the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics

from desktop.demo import build_demo_project
from tests.ui.workspace_helpers import FRAME, open_at, settle

SIZES = [(1280, 800), (1920, 1080)]


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.speerpunt"
    build_demo_project(path)
    return path




def _rows(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def _cut_titles(tree) -> list[str]:
    """Titles whose row shows less than the whole title: the text does not fit the room its row draws it in."""
    view = tree.view
    cut = []
    for index in _rows(view.model()):
        label = index.data(Qt.ItemDataRole.DisplayRole)
        rect = view.visualRect(index)
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or view.font())
        # The room for the text: the cell less the colour swatch and the delegate's margins.
        room = rect.width() - view.iconSize().width() - 12
        lines = max(1, round(rect.height() / metrics.lineSpacing() - 0.4))
        wrapped = metrics.boundingRect(0, 0, room, 10_000, int(Qt.TextFlag.TextWordWrap), label)
        if wrapped.width() > room or wrapped.height() > lines * metrics.lineSpacing() + 2:
            cut.append(label)
    return cut


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_speerpunt_title_is_readable_in_the_tree_at_the_default_size(
        main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    tree = window.docks.widgets["frameworkTree"]
    assert tree.isVisible()
    assert _cut_titles(tree) == []
    # A wider screen gives the column more room, not just the documents.
    if width >= 1920:
        assert window.docks.docks["frameworkTree"].width() > 340


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_library_and_the_speerpunten_are_there_again_after_the_reaction_and_a_restart(
        main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    left = ("documentLibrary", "frameworkTree")
    window.reaction_menu.show_editor()
    settle(qtbot)
    assert window.docks.docks["reactionPanel"].isVisible()
    if width >= 1920:  # room enough: they stay beside the reaction
        assert all(window.docks.docks[name].isVisible() for name in left)
    window.close()  # with the reaction still open
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    if width >= 1920:
        assert all(window.docks.docks[name].isVisible() for name in left)
    window.docks.docks["reactionPanel"].close()
    settle(qtbot)
    assert all(window.docks.docks[name].isVisible() for name in left)


def test_docks_hidden_for_the_reaction_on_a_laptop_come_back_when_the_window_moves_to_a_large_screen(
        main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    window.reaction_menu.show_editor()
    settle(qtbot)
    screen.set(1920, 1080)
    window.resize(1920 - FRAME.width(), 1080 - FRAME.height())
    settle(qtbot)
    assert window.docks.docks["reactionPanel"].isVisible()
    assert window.docks.docks["frameworkTree"].isVisible() and window.docks.docks["documentLibrary"].isVisible()


def _top_passage(pane) -> int:
    return pane.view.cursorForPosition(pane.view.viewport().rect().topLeft()).block().position()


def _scroll_to_block(pane, qtbot, number: int) -> int:
    view = pane.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)  # the analyst starts reading
    block = view.document().findBlockByNumber(number)
    bar = view.verticalScrollBar()
    bar.setValue(int(view.document().documentLayout().blockBoundingRect(block).top()))
    settle(qtbot)
    return _top_passage(pane)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_document_keeps_its_place_when_the_reaction_opens_and_after_the_project_is_reopened(
        main_window, screen, qtbot, demo_path, width, height):
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    pane = window.panes[1]
    blocks = pane.view.document().blockCount()
    assert blocks > 100
    top = _scroll_to_block(pane, qtbot, blocks * 2 // 3)
    assert top > 0
    document_id = pane.document_id
    window.reaction_menu.show_editor()
    settle(qtbot)
    assert _top_passage(pane) == top
    window.docks.docks["reactionPanel"].close()
    settle(qtbot)
    assert _top_passage(pane) == top
    window.close()
    window = open_at(main_window, screen, qtbot, demo_path, width, height)
    pane = window.panes[1]
    assert pane.document_id == document_id
    assert _top_passage(pane) == top


def test_a_layout_saved_on_a_laptop_gives_the_speerpunten_more_room_on_a_large_screen(
        main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    laptop = window.docks.docks["frameworkTree"].width()
    window.close()
    window = open_at(main_window, screen, qtbot, demo_path, 1920, 1080)
    assert window.docks.docks["frameworkTree"].width() > max(laptop, 340)
    assert _cut_titles(window.docks.widgets["frameworkTree"]) == []


def _top_block_text(pane) -> str:
    """The first paragraph at the top of the pane (the top pixel may fall in the gap above it)."""
    block = pane.view.cursorForPosition(pane.view.viewport().rect().topLeft()).block()
    while block.isValid() and not block.text().strip():
        block = block.next()
    return block.text()


def test_a_new_version_opens_where_the_old_one_was_left_and_at_its_start_when_that_passage_is_gone(
        main_window, screen, qtbot, demo_path, tmp_path, monkeypatch):
    from desktop.demo import AGREEMENT
    from desktop.ui import background

    monkeypatch.setattr(background, "run_inline", True)
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    pane = max(window.panes, key=lambda p: p.view.document().blockCount())  # the agreement
    index = window.panes.index(pane)
    document = pane.view.document()
    number = next(n for n in range(document.blockCount() * 2 // 3, document.blockCount())
                  if len(document.findBlockByNumber(n).text()) > 80)  # a paragraph, not a heading or a gap
    top = _scroll_to_block(pane, qtbot, number)
    words = _top_block_text(pane)
    assert top > 0 and len(words) > 40
    # The final text: a new chapter before everything, so every passage moved down.
    source = AGREEMENT.read_text(encoding="utf-8")
    chapter = "# 0. Vooraf\n\n" + "Dit hoofdstuk is bij de eindredactie toegevoegd en verschuift alles. " * 30 + "\n\n"
    final = tmp_path / "coalitieakkoord-definitief.md"
    final.write_text(source.replace("# Voorwoord", chapter + "# Voorwoord", 1), encoding="utf-8")
    window.revision_menu.show_review = lambda dialog: None
    window.pane_area.set_active(index)
    old_id = pane.document_id
    assert window.revision_menu.import_new_version(final)
    settle(qtbot)
    assert pane.document_id != old_id
    assert _top_block_text(pane) == words and _top_passage(pane) > top
    # Reopened later, the new version is where it was left.
    window.close()
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    pane = window.panes[index]
    assert _top_block_text(pane) == words
    # A further version without that paragraph opens at its start, not at some other passage.
    gone = tmp_path / "coalitieakkoord-herzien.md"
    gone.write_text(final.read_text(encoding="utf-8").replace(words, ""), encoding="utf-8")
    window.revision_menu.show_review = lambda dialog: None
    window.pane_area.set_active(index)
    assert window.revision_menu.import_new_version(gone)
    settle(qtbot)
    assert _top_passage(pane) == 0
