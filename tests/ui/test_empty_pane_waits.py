"""An empty pane beside a document waits out of sight: the one document takes the width, the next comes beside it."""

from __future__ import annotations

import pytest

from desktop.operations.changes import Changes
from desktop.operations.documents import import_document
from desktop.store import create_project
from tests.ui.workspace_helpers import open_at, settle


@pytest.fixture()
def one_agreement(tmp_path):
    """A project holding one agreement and one position paper, with the agreement alone on screen."""
    path = tmp_path / "een.speerpunt"
    project = create_project(path)
    agreement = tmp_path / "akkoord.txt"
    agreement.write_text("Samen verder\n\n" + "\n\n".join(
        f"Alinea {n}: wij bouwen betaalbare woningen in de stad en geven gemeenten de middelen die daarbij horen."
        for n in range(60)), encoding="utf-8")
    paper = tmp_path / "inzet.txt"
    paper.write_text("Onze inzet\n\n" + "\n\n".join(f"Punt {n} van onze inzet voor het kabinet." for n in range(10)),
                     encoding="utf-8")
    ids = {"agreement": import_document(project, agreement, kind="agreement").document.id,
           "paper": import_document(project, paper, kind="position").document.id}
    project.close()
    return path, ids


def agreement_alone(main_window, screen, qtbot, one_agreement):
    """The window at 1280 × 800 with the agreement in the right pane and nothing on the left."""
    path, ids = one_agreement
    window = open_at(main_window, screen, qtbot, path, 1280, 800)
    window.open_document(ids["agreement"], 1)
    window.pane_area.frames[0].pane.close_document()
    window.menu_actions.focus_panes[1].trigger()
    settle(qtbot)
    return window, ids


def shown(window) -> list[int]:
    return [frame.index for frame in window.pane_area.frames if frame.isVisible()]


def text_width(window, index: int) -> int:
    return window.pane_area.frames[index].pane.view.viewport().width()


def test_one_document_takes_the_width_of_both_panes(main_window, screen, qtbot, one_agreement):
    window, ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    assert shown(window) == [1]
    alone = text_width(window, 1)
    # The paper opened on the left comes beside it, and the two share the width.
    window.open_document(ids["paper"], 0)
    settle(qtbot)
    assert shown(window) == [0, 1]
    assert abs(text_width(window, 0) - text_width(window, 1)) <= 40
    assert alone > 1.6 * text_width(window, 1)


def test_ctrl_1_brings_the_empty_pane_and_a_double_click_fills_it(main_window, screen, qtbot, one_agreement):
    window, ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    assert shown(window) == [1]
    window.menu_actions.focus_panes[0].trigger()
    settle(qtbot)
    assert shown(window) == [0, 1]
    header = window.pane_area.frames[0].header.text()
    assert "double-click" in header
    window.docks.library.open_requested.emit(ids["paper"], -1)  # what a double-click in the library sends
    settle(qtbot)
    assert [pane.document_id for pane in window.panes] == [ids["paper"], ids["agreement"]]
    # Back in the agreement, the paper stays beside it: a pane with a document is never put away.
    window.menu_actions.focus_panes[1].trigger()
    settle(qtbot)
    assert shown(window) == [0, 1]


def test_an_empty_pane_made_active_goes_again_once_the_analyst_returns_to_the_document(
        main_window, screen, qtbot, one_agreement):
    window, ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    window.menu_actions.focus_panes[0].trigger()
    settle(qtbot)
    assert shown(window) == [0, 1]
    window.menu_actions.focus_panes[1].trigger()
    settle(qtbot)
    assert shown(window) == [1]


def test_the_third_pane_switched_on_shows_at_once_and_takes_the_next_document(
        main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1920, 1080)
    assert shown(window) == [0, 1]
    window.menu_actions.third_pane.setChecked(True)
    settle(qtbot)
    assert shown(window) == [0, 1, 2]
    assert window.pane_area.active_index() == 2
    window.menu_actions.third_pane.setChecked(False)
    settle(qtbot)
    assert shown(window) == [0, 1]


def test_a_document_removed_meanwhile_puts_its_pane_away(main_window, screen, qtbot, demo_path):
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    assert shown(window) == [0, 1]
    left = window.panes[0].document_id
    window.menu_actions.focus_panes[1].trigger()
    settle(qtbot)
    # As a restored backup or another program would leave it: the document is gone, nobody can say what changed.
    window.session.project.db.execute("UPDATE documents SET deleted = '2026-12-03T06:00:00Z' WHERE id = ?", [left])
    window.session.notify(Changes.everything())
    settle(qtbot)
    assert window.panes[0].document_id is None
    assert shown(window) == [1]
    # The analyst stays where they were working.
    assert window.pane_area.active_index() == 1
    assert window.panes[1].view.hasFocus()


def test_reading_mode_and_back_keep_the_rule(main_window, screen, qtbot, one_agreement):
    window, ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    window.menu_actions.focus_panes[0].trigger()
    settle(qtbot)
    window.menu_actions.reading_mode.trigger()
    settle(qtbot)
    assert shown(window) == [0]
    window.menu_actions.focus_panes[1].trigger()  # in reading mode Ctrl+2 shows the other document
    settle(qtbot)
    assert shown(window) == [1]
    window.menu_actions.side_by_side.trigger()
    settle(qtbot)
    assert shown(window) == [1]


def test_a_new_project_shows_one_pane_no_outline_and_says_how_to_import(main_window, screen, qtbot, tmp_path):
    path = tmp_path / "nieuw.speerpunt"
    create_project(path).close()
    window = open_at(main_window, screen, qtbot, path, 1280, 800)
    assert shown(window) == [0]
    assert not window.panes[0].outline.isVisible()  # an outline without headings is an empty box
    library = window.docks.library.view
    assert "Ctrl+I" in library.empty_hint()


def test_the_library_hint_goes_once_a_document_is_in(main_window, screen, qtbot, one_agreement):
    window, _ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    assert window.docks.library.view.empty_hint() == ""
    assert window.panes[1].outline.isVisible()


def test_a_layout_saved_with_one_pane_shown_opens_two_documents_evenly(main_window, screen, qtbot, one_agreement,
                                                                        demo_path):
    window, _ids = agreement_alone(main_window, screen, qtbot, one_agreement)
    window.close()  # saves the splitter with the left pane hidden
    settle(qtbot)
    window = open_at(main_window, screen, qtbot, demo_path, 1280, 800)
    assert shown(window) == [0, 1]
    widths = [text_width(window, 0), text_width(window, 1)]
    assert min(widths) >= 420 or abs(widths[0] - widths[1]) <= 40, widths
