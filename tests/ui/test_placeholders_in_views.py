"""Titles and names holding "%2" show as typed wherever the interface fills them into a sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.review.search_panel import SearchPanel
from tests.builders import add_document


def test_a_search_hit_in_a_document_titled_with_a_marker_shows_its_title(session, qtbot) -> None:
    add_document(session.project, ["De kwartiermaker begint in maart."], title="Nota %2 wonen")
    panel = SearchPanel(session)
    qtbot.addWidget(panel)
    panel.query.setText("kwartiermaker")
    panel.run_search()
    line = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert line.startswith("Nota %2 wonen, p. 1: ")
