"""Tagging stays quick however large the project: views behind a tab catch up when raised, the library and the
speerpunten tree change only the numbers a finding changes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from desktop.domain.document import DocumentKind
from desktop.store import create_project
from desktop.ui.commands.findings import AddFinding
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


class ProjectPath(type(Path())):
    """The project's path, with the ids of its documents and speerpunten."""


@pytest.fixture
def project_path(tmp_path):
    path = ProjectPath(tmp_path / "werk.speerpunt")
    project = create_project(path)
    codes = add_small_framework(project)
    ids = {
        "paper": add_document(project, PARAGRAPHS[:2], title="Positiepaper", kind=DocumentKind.POSITION),
        "first": add_document(project, PARAGRAPHS, title="Akkoord Almere"),
        "second": add_document(project, PARAGRAPHS[::-1], title="Akkoord Zwolle"),
    }
    project.close()
    path.ids, path.codes = ids, codes
    return path


def _raised(window, name: str) -> bool:
    """In sight: a tab behind another is "visible" to Qt but has no area on screen."""
    dock = window.findChild(QDockWidget, f"{name}Dock")
    return dock.isVisible() and not window.docks.widgets[name].visibleRegion().isEmpty()


def _tag(window, document_id, speerpunt_id, assessment="positive", start=0, end=20):
    command = AddFinding(window.session, document_id, speerpunt_id, assessment, start, end)
    window.session.push(command)
    assert not command.error
    return command.finding_id


def _resets(model) -> list[int]:
    counted = [0]
    model.modelReset.connect(lambda: counted.__setitem__(0, counted[0] + 1))
    return counted


@pytest.mark.parametrize("name", ["matrixView", "collectionTable", "coverageView"])
def test_a_view_behind_a_tab_does_no_work_for_a_finding_and_shows_it_once_raised(main_window, project_path, qtbot,
                                                                                 name):
    window = main_window(project_path)
    window.docks.show_view("findingsTable")
    qtbot.waitUntil(lambda: _raised(window, "findingsTable"))
    assert not _raised(window, name)
    view = window.docks.widgets[name]
    resets = _resets(view.model)
    rows = getattr(view.model, "rows", None)  # the documents table reads its rows again in place, without a reset
    for number in range(3):
        _tag(window, project_path.ids["first"], project_path.codes["1.1"], start=number * 10, end=number * 10 + 5)
    assert resets[0] == 0
    assert getattr(view.model, "rows", None) is rows

    window.docks.show_view(name)
    qtbot.waitUntil(lambda: _raised(window, name))
    if name == "matrixView":
        assert sum(sum(total.values()) for total in view.model.totals) == 3
    elif name == "coverageView":
        counts = Counter()
        for row in range(view.model.rowCount()):
            for column in range(view.model.columnCount()):
                counts.update(view.model.counts(row, column))
        assert counts == Counter(positive=3)
    else:
        column = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
        findings = column.index("Findings")
        shown = [str(view.model.index(row, findings).data()) for row in range(view.model.rowCount())]
        assert sorted(shown) == ["0", "0", "3"]  # the position paper and both agreements


def test_a_view_in_sight_follows_every_finding_at_once(main_window, project_path, qtbot):
    window = main_window(project_path)
    view = window.docks.show_view("matrixView")
    qtbot.waitUntil(lambda: _raised(window, "matrixView"))
    resets = _resets(view.model)
    _tag(window, project_path.ids["second"], project_path.codes["1.1"], "concern")
    assert resets[0] == 1
    assert sum(sum(t.values()) for t in view.model.totals) == 1


def test_the_library_counts_a_new_finding_without_reading_its_rows_again(main_window, project_path, qtbot):
    window = main_window(project_path)
    library = window.docks.library
    rows_before = list(library.model.rows)
    findings = 3  # the library's column

    def counts():
        return {row.document_id: library.model.index(n, findings).data() for n, row in enumerate(library.model.rows)}

    # Sorted by findings, most first: a new finding moves its agreement up and the selection stays on its row.
    library.view.sortByColumn(findings, Qt.SortOrder.DescendingOrder)
    library.select_document(project_path.ids["paper"])
    _tag(window, project_path.ids["second"], project_path.codes["1.1"])
    assert counts()[project_path.ids["second"]] == "1"
    assert library.document_ids()[0] == project_path.ids["second"]
    assert library.current_document_id() == project_path.ids["paper"]
    unchanged = [row for row in library.model.rows if row.document_id != project_path.ids["second"]]
    assert all(any(row is old for old in rows_before) for row in unchanged)
    window.menu_actions.undo.trigger()
    assert counts()[project_path.ids["second"]] == "0"


def test_the_speerpunten_tree_tells_its_view_only_of_the_rows_whose_numbers_changed(main_window, project_path):
    window = main_window(project_path)
    tree = window.docks.widgets["frameworkTree"]
    model = tree.model
    told: list[str] = []

    def heard(top_left, bottom_right, _roles=()):
        for row in range(top_left.row(), bottom_right.row() + 1):
            told.append(model.data(top_left.siblingAtRow(row), Qt.ItemDataRole.EditRole))

    model.dataChanged.connect(heard)
    node = model.node_by_id(project_path.codes["1.1"])
    theme = node.parent
    _tag(window, project_path.ids["first"], project_path.codes["1.1"], "missing", None, None)
    assert sorted(told) == sorted([node.title, theme.title, theme.parent.title] if theme.parent else
                                  [node.title, theme.title])
    assert model.index_of(node.id, 3).data() == "1"  # missing
    assert model.index_of(theme.id, 3).data() == "1"


def test_views_behind_tabs_are_filled_when_first_raised_not_before_the_window_shows(main_window, project_path, qtbot):
    from tests.ui.workspace_helpers import settle

    window = main_window(project_path)
    settle(qtbot)
    assert _raised(window, "findingsTable")
    matrix, table, coverage = (window.docks.widgets[name] for name in ("matrixView", "collectionTable",
                                                                         "coverageView"))
    assert (matrix.model.rowCount(), table.model.rowCount(), coverage.model.columnCount()) == (0, 0, 0)
    window.docks.show_view("matrixView")
    qtbot.waitUntil(lambda: matrix.model.rowCount() > 0)
    window.docks.show_view("collectionTable")
    qtbot.waitUntil(lambda: table.model.rowCount() == 3)  # the position paper and both agreements
    window.docks.show_view("coverageView")
    qtbot.waitUntil(lambda: coverage.model.columnCount() == 2)


def test_a_view_raised_by_the_saved_layout_is_filled_when_the_window_opens(main_window, project_path, qtbot):
    from tests.ui.workspace_helpers import settle

    window = main_window(project_path)
    window.docks.show_view("matrixView")
    settle(qtbot)
    window.close()  # saves the layout: the matrix's tab in front
    again = main_window(project_path)
    settle(qtbot)
    assert _raised(again, "matrixView")
    qtbot.waitUntil(lambda: again.docks.widgets["matrixView"].model.rowCount() > 0)


def test_a_view_in_a_floating_dock_is_filled_when_the_window_opens(main_window, project_path, qtbot):
    from tests.ui.workspace_helpers import settle

    window = main_window(project_path)
    window.docks.show_view("coverageView")
    window.findChild(QDockWidget, "coverageViewDock").setFloating(True)
    settle(qtbot)
    window.close()
    again = main_window(project_path)
    settle(qtbot)
    dock = again.findChild(QDockWidget, "coverageViewDock")
    assert dock.isFloating() and dock.isVisible()
    qtbot.waitUntil(lambda: again.docks.widgets["coverageView"].model.columnCount() == 2)
