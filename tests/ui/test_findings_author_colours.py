"""The findings table marks each author with their colour, the same one the review view uses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.ui.author_colours import AuthorColours
from desktop.ui.review.findings_model import FindingsModel
from desktop.ui.review.findings_rows import COLUMNS


def _centre_colour(icon) -> str:
    return icon.pixmap(12, 12).toImage().pixelColor(6, 6).name()


def test_two_authors_get_two_different_markers(session, qtbot):
    for author, start in (("Anna", 0), ("Bram", 20)):
        add_finding(session.project, session.document_id, session.codes["1.1"], "positive", start, start + 10,
                    author=author)
    model = FindingsModel(session)
    column = COLUMNS.index("author")
    markers = {model.data(model.index(row, column)): _centre_colour(
        model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)) for row in range(model.rowCount())}
    expected = AuthorColours(["Anna", "Bram"])
    assert markers == {"Anna": expected.name("Anna").lower(), "Bram": expected.name("Bram").lower()}
    assert markers["Anna"] != markers["Bram"]
