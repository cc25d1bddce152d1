"""The document library with many municipal agreements: names, finding one by typing, a category, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.collection_data import MUNICIPALITIES, build_collection


@pytest.fixture
def library(project, qtbot):
    from desktop.ui.documents.document_library import DocumentLibrary
    from desktop.ui.session import Session

    collection = build_collection(project, findings=60)
    session = Session(project, author="Testanalist")
    widget = DocumentLibrary(session)
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    widget.collection = collection
    yield widget
    session.undo_stack.clear()


def _shown_names(library) -> list[str]:
    names = {document_id: name for name, document_id in library.collection.documents.items()}
    return [names[document_id] for document_id in library.shown_document_ids()]


def test_the_list_names_each_agreement_by_its_short_name_with_the_full_title_in_the_tooltip(library):
    model = library.view.model()
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert shown == {name for name, _groups in MUNICIPALITIES}
    row = library.document_ids().index(library.collection.documents["Deventer"])
    tooltip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Coalitieakkoord gemeente Deventer" in tooltip and "G40" in tooltip and "middelgroot" in tooltip


@pytest.mark.parametrize(("language", "headers"), [("nl", ["Naam", "Soort", "Pagina's", "Bevindingen"]),
                                                   ("en", ["Name", "Kind", "Pages", "Findings"])])
def test_the_first_column_is_headed_by_what_it_shows_the_name(library, language, headers):
    """It shows "Deventer", not "Coalitieakkoord gemeente Deventer 2026-2030": a "Titel" above it said otherwise."""
    from desktop.ui import i18n

    i18n.install_language(language)
    model = library.view.model()
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())] == headers
    row = library.document_ids().index(library.collection.documents["Deventer"])
    assert model.index(row, 0).data() == "Deventer"


def test_typing_part_of_a_name_finds_the_municipality_and_enter_opens_it(library, qtbot):
    opened = []
    library.open_requested.connect(lambda document_id, pane: opened.append((document_id, pane)))
    qtbot.keyClicks(library.filter, "borger")
    assert _shown_names(library) == ["Borger-Odoorn"]
    qtbot.keyClick(library.filter, Qt.Key.Key_Return)
    assert opened == [(library.collection.documents["Borger-Odoorn"], -1)]
    assert library.current_document_id() == library.collection.documents["Borger-Odoorn"]
    # Case and accents aside, every word must occur, in the name, title or a category.
    library.filter.setText("ROZÉNDAAL")
    assert _shown_names(library) == ["Rozendaal"]
    library.filter.setText("akkoord g4")
    assert sorted(_shown_names(library)) == ["Amsterdam", "Den Haag", "Rotterdam", "Utrecht"]
    library.filter.setText("")
    assert len(_shown_names(library)) == len(MUNICIPALITIES)


def test_the_category_box_narrows_the_list_to_one_category(library):
    categories = [library.category.itemData(index) for index in range(1, library.category.count())]
    assert categories == ["G4", "G40", "middelgroot", "platteland"]
    library.category.setCurrentIndex(library.category.findData("middelgroot"))
    wanted = sorted(name for name, groups in MUNICIPALITIES if "middelgroot" in groups)
    assert sorted(_shown_names(library)) == wanted  # Deventer is G40 and middelgroot: it is shown
    library.filter.setText("oss")
    assert _shown_names(library) == ["Oss"]
    library.filter.setText("groningen")  # G40, not middelgroot
    assert _shown_names(library) == []


def test_a_project_without_categories_shows_no_category_box(project, qtbot):
    from desktop.ui.documents.document_library import DocumentLibrary
    from desktop.ui.session import Session
    from tests.builders import add_document

    add_document(project, ["Wij bouwen woningen."])
    widget = DocumentLibrary(Session(project, author="Testanalist"))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.category.isHidden()
    assert widget.filter.isVisible()


def test_a_heading_click_sorts_by_name_or_findings_and_both_survive_a_new_finding(library, qtbot):
    from desktop.operations.findings import add_finding

    header = library.view.horizontalHeader()
    library.filter.setText("s")  # not in "Coalitieakkoord gemeente"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, 0))
    shown = _shown_names(library)
    assert shown and shown == sorted(shown, key=str.casefold)
    assert all("s" in name.lower() for name in shown)
    library.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    counts = {document_id: 0 for document_id in library.collection.documents.values()}
    for _id, document_id, *_rest in library.collection.findings:
        counts[document_id] += 1
    assert [counts[d] for d in library.document_ids()] == sorted(counts.values(), reverse=True)
    # The agreement with the fewest findings gets many more: the list re-sorts and keeps its filter.
    last = library.document_ids()[-1]
    for number in range(max(counts.values()) + 1):
        add_finding(library.session.project, last, library.collection.codes["1.1"], "positive", number * 10,
                    number * 10 + 5)
        counts[last] += 1
    library.refresh()
    assert library.document_ids()[0] == last
    assert [counts[d] for d in library.document_ids()] == sorted(counts.values(), reverse=True)
    assert all("s" in name.lower() for name in _shown_names(library))


def _centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_kind_and_pages_come_back_beside_the_name_once_a_long_title_gets_a_short_name(project, qtbot):
    """The widths the rule compares are measured once per change of the rows; a renamed document counts."""
    from desktop.ui.commands.documents import EditDocument
    from desktop.ui.documents.document_library import DocumentLibrary
    from desktop.ui.session import Session
    from tests.builders import add_document

    document_id = add_document(project, ["Wij bouwen woningen."],
                               title="Coalitieakkoord van de gemeente Súdwest-Fryslân 2026-2030")
    session = Session(project, author="Testanalist")
    widget = DocumentLibrary(session)
    qtbot.addWidget(widget)
    widget.show()
    font = widget.font()
    font.setPointSize(font.pointSize() * 2)  # large type (a zoomed screen): the widths are measured again
    widget.setFont(font)
    view = widget.view
    beside = sum(max(widget._heading_width(column), widget._text_width(column)) for column in (1, 2, 3))
    # Room for twelve characters of a name beside kind, pages and findings: a long title (kept to its first 24
    # characters) does not fit, a municipality's name does.
    widget.resize(beside + 12 * view.fontMetrics().averageCharWidth() + (widget.width() - view.viewport().width()),
                  400)
    qtbot.waitUntil(lambda: view.isColumnHidden(1) and view.isColumnHidden(2))
    session.push(EditDocument(session, document_id, short_name="Ede"))
    qtbot.waitUntil(lambda: not view.isColumnHidden(1) and not view.isColumnHidden(2))
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: view.isColumnHidden(1) and view.isColumnHidden(2))
    session.undo_stack.clear()
