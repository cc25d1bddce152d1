"""Linked reading: the position paper's speerpunt on screen brings its tagged passage into the agreement pane."""

from __future__ import annotations

from desktop.domain.document import DocumentKind
from desktop.operations.findings import add_finding
from desktop.store import create_project
from desktop.store.documents import document_text
from tests.builders import add_document, add_small_framework


def make_project(tmp_path):
    path = tmp_path / "gekoppeld.speerpunt"
    project = create_project(path)
    codes = add_small_framework(project)
    add_document(project, [f"Inleidende alinea {n} over de stad en haar inwoners." for n in range(30)]
                 + ["We willen betaalbare woningen voor iedereen."] * 20
                 + ["Werk is de beste weg naar bestaanszekerheid."] * 20,
                 title="Positiepaper", kind=DocumentKind.POSITION,
                 headings={0: "Inleiding", 30: "1.1 Betaalbaar wonen", 50: "2.1 Iedereen aan het werk"})
    agreement = add_document(project, [f"Algemene alinea {n} van het akkoord." for n in range(60)]
                             + ["Het kabinet bouwt honderdduizend betaalbare woningen per jaar."]
                             + [f"Slotalinea {n}." for n in range(60)], title="Akkoord")
    text = document_text(project, agreement)
    start = text.index("Het kabinet bouwt")
    finding = add_finding(project, agreement, codes["1.1"], "positive", start, start + 40, author="Ann")
    project.close()
    return path, finding


def test_scrolling_the_position_paper_to_a_speerpunt_shows_its_tagged_passage(main_window, tmp_path, qtbot):
    path, finding = make_project(tmp_path)
    window = main_window(path)
    left, right = window.panes[0], window.panes[1]
    assert right.document_id == finding.document_id
    window.linked_reading.action.setChecked(True)
    heading = left.text.index("1.1 Betaalbaar wonen")
    left.show_range(heading, heading + 5)
    qtbot.waitUntil(lambda: window.linked_reading.last_speerpunt_id == finding.speerpunt_id, timeout=3000)
    qtbot.waitUntil(lambda: right.selected_finding_id == finding.id, timeout=3000)
    first, last = right.view.visible_range()
    assert first <= right.offsets.to_qt(finding.start) <= last


def test_linked_reading_is_off_until_switched_on(main_window, tmp_path, qtbot):
    path, finding = make_project(tmp_path)
    window = main_window(path)
    left = window.panes[0]
    heading = left.text.index("1.1 Betaalbaar wonen")
    left.show_range(heading, heading + 5)
    qtbot.wait(400)
    assert window.linked_reading.last_speerpunt_id is None
    assert window.panes[1].selected_finding_id is None
