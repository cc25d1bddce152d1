"""Speerpunt titles in a laptop's narrow left column: long Dutch compounds wrap at their syllables, never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.frameworks import add_framework
from desktop.ui.review.framework_tree import FrameworkTree
from desktop.ui.review.wrapped_titles import SOFT_HYPHEN, breakable
from desktop.ui.session import Session

# Real speerpunten (VNG's analysis of the 2024 hoofdlijnenakkoord) whose words are wider than the column.
TITLES = ["Bestaanszekerheid", "Kinderopvang", "Arbeidsmarkt(wetgeving)", "Compensatie transitievergoeding",
          "Energietransitie en klimaatadaptatie"]


@pytest.fixture
def tree(project, qtbot):
    framework = Framework(name="VNG", themes=[
        Theme(title="Bestaanszekerheid en koopkracht", code="1",
              speerpunten=[Speerpunt(code=f"1.{n}", title=title) for n, title in enumerate(TITLES, start=1)]),
    ])
    add_framework(project, framework, author="Test")
    widget = FrameworkTree(Session(project, author="Test"))
    qtbot.addWidget(widget)
    widget.resize(245, 700)  # the left column at 1280×800 beside two documents
    widget.show()
    widget.view.expandAll()
    qtbot.waitExposed(widget)
    return widget


def _rows(model, parent=None):
    parent = QModelIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def _overflowing_lines(tree, index) -> list[str]:
    """The lines of the title as the cell lays it out that are wider than the cell: Qt cuts those with "…"."""
    view = tree.view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    tree.title_delegate.initStyleOption(option, index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
    width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width() - 2 * margin
    layout = QTextLayout(option.text, option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(text_option)
    layout.beginLayout()
    overflowing = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        if line.naturalTextWidth() > width:
            overflowing.append(option.text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return overflowing


def test_no_title_is_cut_in_a_laptops_left_column(tree) -> None:
    shown = list(_rows(tree.model))
    assert len(shown) == 1 + len(TITLES)
    assert {index: _overflowing_lines(tree, index) for index in shown} == {index: [] for index in shown}
    # The rows are as tall as their lines: a hyphenated title has more than one.
    speerpunt = tree.model.index(0, 0, tree.model.index(0, 0))
    assert tree.view.visualRect(speerpunt).height() >= 2 * tree.view.fontMetrics().height()


def test_only_words_too_wide_get_break_points_at_their_syllables() -> None:
    fits = lambda word: len(word) <= 10  # noqa: E731
    broken = breakable("1.5 Compensatie transitievergoeding en zorg", fits)
    assert broken.replace(SOFT_HYPHEN, "") == "1.5 Compensatie transitievergoeding en zorg"
    words = broken.split(" ")
    assert words[0] == "1.5" and words[-2:] == ["en", "zorg"]
    assert SOFT_HYPHEN in words[1] and SOFT_HYPHEN in words[2]
    # Dutch syllables: a compound may break where its parts meet, never inside "ng" or "oe".
    assert "transitie" + SOFT_HYPHEN + "ver" in words[2].replace(SOFT_HYPHEN, "", 2)
    assert all(pair not in words[2] for pair in ("n" + SOFT_HYPHEN + "g", "o" + SOFT_HYPHEN + "e"))
