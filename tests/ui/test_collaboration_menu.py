"""The collaboration entries in the main window: where they are, and that they open the right thing."""

from __future__ import annotations

from desktop.operations.findings import add_finding
from desktop.store.project import open_project
from desktop.ui.collaboration.conflicts_dialog import ConflictsDialog
from desktop.ui.collaboration.merge_dialog import MergeDialog
from desktop.ui.collaboration.review_view import ReviewView
from tests.builders import add_document, add_small_framework


def _texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _project(tmp_path):
    from desktop.store import create_project

    project = create_project(tmp_path / "samen.speerpunt")
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt woningen.", "De bijstand wordt eenvoudiger."])
    add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Anna")
    add_finding(project, document, codes["1.1"], "concern", 0, 20, author="Bram")
    project.close()
    return tmp_path / "samen.speerpunt", document


def test_file_and_review_menus_hold_the_collaboration_entries(main_window, qtbot):
    window = main_window()
    file_texts = _texts(window.menu_actions.file_menu)
    assert {"&Merge with…", "&Export findings bundle…", "Restore &backup…"} <= set(file_texts)
    assert _texts(window.collaboration.review_menu) == ["Compare &analysts…", "&Conflicts…"]
    menus = [action.menu().objectName() for action in window.menuBar().actions() if action.menu()]
    assert menus.index("reviewMenu") == menus.index("helpMenu") - 1
    assert not window.collaboration.merge.isEnabled()  # no project yet


def test_entries_open_their_windows_and_another_programs_finding_arrives(main_window, qtbot, tmp_path):
    path, document = _project(tmp_path)
    window = main_window(path)
    collaboration = window.collaboration
    assert collaboration.merge.isEnabled()

    collaboration.merge.trigger()
    assert any(isinstance(w, MergeDialog) and w.isVisible() for w in window.findChildren(MergeDialog))
    collaboration.conflicts.trigger()
    assert isinstance(collaboration._conflicts, ConflictsDialog) and collaboration._conflicts.isVisible()
    collaboration.compare.trigger()
    review = collaboration._review
    assert isinstance(review, ReviewView) and review.isVisible()
    assert review.comparison.analysts == ["Anna", "Bram"]

    # The command line (another connection) adds a finding: the open review view shows the new analyst.
    other = open_project(path)
    try:
        codes = {code: sid for sid, code in other.db.execute("SELECT id, code FROM speerpunten")}
        add_finding(other, document, codes["2.1"], "concern", 29, 40, author="Chantal")
    finally:
        other.close()
    qtbot.waitUntil(lambda: review.comparison.analysts == ["Anna", "Bram", "Chantal"], timeout=3000)

    window.close_project()
    qtbot.waitUntil(lambda: collaboration._review is None, timeout=2000)
    assert not collaboration.merge.isEnabled()
