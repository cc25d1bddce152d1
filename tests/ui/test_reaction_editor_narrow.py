"""The reaction editor in a dock 480 pixels wide (beside two documents on a 1280-pixel laptop screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton

from desktop.operations.changes import Changes
from desktop.operations.findings import add_finding, update_finding
from desktop.store.documents import document_text
from desktop.store.reactions import list_reactions


@pytest.fixture
def narrow(session, qtbot):
    from desktop.ui.reaction.reaction_editor import ReactionEditor

    widget = ReactionEditor(session)
    qtbot.addWidget(widget)
    widget.resize(480, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _inside(widget, outer) -> bool:
    """The widget is whole inside ``outer`` and at least as wide as it asks to be (its text is not cut)."""
    box = QRect(widget.mapTo(outer, QPoint(0, 0)), widget.size())
    return outer.rect().contains(box) and widget.width() >= widget.minimumSizeHint().width()


def test_the_speerpunt_is_chosen_from_a_list_above_and_the_text_gets_the_width(narrow, session, qtbot):
    assert narrow.narrow and not narrow.list_view.isVisible() and narrow.speerpunt_combo.isVisible()
    # The findings and the text take the editor's whole width, less the margins.
    assert narrow.text.width() > 480 - 30
    assert narrow.speerpunt_combo.currentText().startswith("1.1")
    assert not narrow.heading.isVisible()  # the drop-down list names the speerpunt already
    row = narrow.outline.row_of(session.codes["1.2"])
    narrow.speerpunt_combo.activated.emit(row)
    assert narrow.speerpunt.code == "1.2"
    narrow.text.setPlainText("Tekst bij 1.2")
    narrow.finish_editing()
    assert list_reactions(session.project, session.document_id)[session.codes["1.2"]].text == "Tekst bij 1.2"
    # Ctrl+PgDown walks on and the list above follows.
    narrow.step(1)
    assert narrow.speerpunt_combo.currentText().startswith(narrow.speerpunt.code)


def test_a_theme_heading_chosen_opens_its_first_speerpunt(narrow, session):
    themes = [i for i, row in enumerate(narrow.outline.rows) if row.is_theme]
    narrow.speerpunt_combo.activated.emit(themes[1])
    assert narrow.speerpunt.code == "2.1"
    assert narrow.speerpunt_combo.currentIndex() == narrow.outline.row_of(session.codes["2.1"])


def test_no_button_is_clipped_and_the_stale_notice_stacks(narrow, session, qtbot):
    start = document_text(session.project, session.document_id).index("100.000 woningen")
    finding = add_finding(session.project, session.document_id, session.codes["1.1"], "positive", start,
                          start + 16, note="Goed.", author="Testanalist")
    narrow.select_speerpunt(session.codes["1.1"])
    narrow.draft()
    update_finding(session.project, finding.id, note="Toch niet zo goed.")
    session.notify(Changes(findings={finding.id}))
    qtbot.waitUntil(lambda: narrow.redraft_button.isVisible())
    buttons = [b for b in narrow.findChildren(QAbstractButton) if b.isVisible()]
    assert narrow.redraft_button in buttons and narrow.draft_button in buttons
    assert all(_inside(button, narrow) for button in buttons), [b.objectName() for b in buttons
                                                                 if not _inside(b, narrow)]
    # The button stands under the notice's words, not squeezed beside them.
    assert narrow.redraft_button.y() > narrow.stale_label.y() + narrow.stale_label.height() - 1


def test_widening_brings_the_list_back_beside_the_text(narrow, qtbot):
    narrow.resize(900, 560)
    qtbot.waitUntil(lambda: narrow.list_view.isVisible())
    assert not narrow.speerpunt_combo.isVisible() and narrow.heading.isVisible()
    assert narrow.heading.text().startswith("1.1")
    assert narrow.redraft_button.parentWidget().layout().direction().name == "LeftToRight"


def test_a_long_quote_keeps_its_assessment_and_note_in_sight_at_the_top_of_the_row(narrow, session, qtbot):
    from PySide6.QtCore import Qt

    from desktop.domain.finding import Assessment

    text = document_text(session.project, session.document_id)
    add_finding(session.project, session.document_id, session.codes["1.1"], Assessment.POSITIVE, 0, len(text),
                note="Goed nieuws", author="Testanalist")
    narrow.reload()
    narrow.select_speerpunt(session.codes["1.1"])
    view, model = narrow.findings_view, narrow.findings_model
    view.resize(440, 120)
    view.resizeRowsToContents()
    qtbot.wait(10)
    # The whole quote makes the row taller than the list shows; what is centred in it is out of sight.
    assert view.rowHeight(0) > view.viewport().height()
    for column in (model.ASSESSMENT, model.PAGE, model.QUOTE, model.NOTE):
        alignment = Qt.AlignmentFlag(model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole))
        assert alignment & Qt.AlignmentFlag.AlignTop
