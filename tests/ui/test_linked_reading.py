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


def test_findings_can_be_coloured_by_analyst_keeping_the_assessment_underline(main_window, tmp_path, qtbot):
    from desktop.store import open_project
    from desktop.store.frameworks import list_speerpunten
    from desktop.ui.author_colours import AuthorColours
    from desktop.ui.panes.highlights import UNDERLINES

    path, finding = make_project(tmp_path)
    with open_project(path) as project:
        speerpunt = list_speerpunten(project)[0].id
        second = add_finding(project, finding.document_id, speerpunt, "concern", 10, 30, author="Bo")
    window = main_window(path)
    right = window.panes[1]

    def fills() -> dict[int, tuple[str, object]]:
        return {sel.cursor.selectionStart(): (sel.format.background().color().name(), sel.format.underlineStyle())
                for sel in right.view.extraSelections()}

    before = fills()
    window.author_highlighting.action.setChecked(True)
    colours = AuthorColours(["Ann", "Bo"])
    after = fills()
    ann_start = right.offsets.to_qt(finding.start)
    bo_start = right.offsets.to_qt(second.start)
    assert after[ann_start][0] == colours.colour("Ann").name()
    assert after[bo_start][0] == colours.colour("Bo").name()
    assert after[ann_start][0] != after[bo_start][0]
    assert after[bo_start][1] == UNDERLINES[second.assessment]
    window.author_highlighting.action.setChecked(False)
    assert fills() == before
