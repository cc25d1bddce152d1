"""No layout item of the window keeps a Python wrapper that can outlive it.

A CI run failed when ``menuBar().addMenu("")`` handed back a QWidgetItem: PySide6 had wrapped the
items of a filled layout nested with addLayout, Qt deleted one (the start page moves its demo
button between rows), and the next object at that address came back as the dead item.
desktop.ui.layouts explains; these tests hold the window to it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from desktop.demo import build_demo_project
from desktop.ui.layouts import nested
from desktop.ui.window.workspace_docks import OPTIONAL_WIDGETS

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def item_wrappers() -> list[QLayoutItem]:
    """Python wrappers of layout items that are neither a widget nor a layout (QWidgetItem, QSpacerItem)."""
    return [wrapper for wrapper in shiboken6.getAllValidWrappers()
            if isinstance(wrapper, QLayoutItem) and not isinstance(wrapper, (QLayout, QWidget))]


def test_a_filled_layout_nested_the_plain_way_leaves_wrappers_a_nested_one_does_not(qtbot):
    before = len(item_wrappers())
    plain = QWidget()
    qtbot.addWidget(plain)
    row = QHBoxLayout()
    row.addWidget(QLabel("een"))
    QVBoxLayout(plain).addLayout(row)
    assert len(item_wrappers()) == before + 1  # the hazard is real on this PySide6

    widget = QWidget()
    qtbot.addWidget(widget)
    row = nested(QVBoxLayout(widget), QHBoxLayout())
    row.addWidget(QLabel("twee"))
    assert len(item_wrappers()) == before + 1


def test_nesting_a_filled_layout_is_refused(qtbot):
    row = QHBoxLayout()
    row.addWidget(QLabel("een"))
    with pytest.raises(ValueError):
        nested(QVBoxLayout(), row)


def test_the_window_with_every_view_and_the_start_page_keeps_no_item_wrappers(main_window, qtbot, tmp_path):
    before = {id(wrapper) for wrapper in item_wrappers()}
    path = tmp_path / "demo.speerpunt"
    build_demo_project(path)
    window = main_window(path)
    for name in OPTIONAL_WIDGETS:
        window.docks.show_view(name)
    qtbot.wait(10)
    window.close_project()
    # The start page moves its demo button between its two rows as recent projects come and go.
    window.start_page.set_recent([])
    window.start_page.set_recent([str(path)])
    assert [type(item).__name__ for item in item_wrappers() if id(item) not in before] == []


def test_desktop_ui_nests_layouts_only_through_the_helper():
    plain = re.compile(r"\.(addLayout|insertLayout)\(")
    offenders = [f"{path.relative_to(UI)}:{number}"
                 for path in sorted(UI.rglob("*.py")) if path.name != "layouts.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if plain.search(line)]
    assert offenders == []
