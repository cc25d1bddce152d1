"""The collection views in the main window: called up by menu and key, wired to the panes; folder import;
one palette for every assessment colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from bench.documents import write_docx
from bench.generate import agreement_blocks
from desktop.domain.document import DocumentKind
from desktop.domain.finding import Assessment
from desktop.store import create_project
from desktop.store.documents import list_documents
from desktop.ui import assessments
from desktop.ui.commands.findings import AddFinding
from desktop.ui.review.passage_tree import PASSAGE_ROLE
from desktop.ui.window.help_dialogs import action_shortcuts
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS

VIEWS = {  # dock widget name -> (menu text, shortcut)
    "speerpuntView": ("&Speerpunt view", "Ctrl+Shift+S"),
    "matrixView": ("Comparison &matrix", "Ctrl+Shift+M"),
    "collectionTable": ("Documents &table", "Ctrl+Shift+T"),
    "hitWalker": ("Tag search &hits", "Ctrl+Shift+H"),
}


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "werk.speerpunt"
    project = create_project(path)
    add_small_framework(project)
    add_document(project, PARAGRAPHS[:2], title="Positiepaper", kind=DocumentKind.POSITION)
    add_document(project, PARAGRAPHS, title="Regeerprogramma", headings={0: "1. Wonen"})
    project.close()
    return path


def _raised(window, name: str) -> bool:
    dock = window.findChild(QDockWidget, f"{name}Dock")
    # A tab behind another is "visible" to Qt but has no area on screen.
    return dock.isVisible() and dock.widget().isVisible() and not dock.widget().visibleRegion().isEmpty()


def _view_action(window, name):
    [action] = [a for a in window.menu_actions.view_menu.actions() if a.objectName() == f"{name}DockAction"]
    return action


@pytest.mark.parametrize("name", list(VIEWS))
def test_each_collection_view_comes_to_the_front_from_its_menu_entry_and_its_key(main_window, project_path,
                                                                                 qtbot, name):
    window = main_window(project_path)
    text, keys = VIEWS[name]
    action = _view_action(window, name)
    assert action.text() == text and action.shortcut() == QKeySequence(keys)
    assert (QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText), text.replace("&", "")) \
        in action_shortcuts(window.menu_actions.all_actions())
    window.docks.docks["findingsTable"].raise_()
    qtbot.waitUntil(lambda: not _raised(window, name))
    action.trigger()
    qtbot.waitUntil(lambda: _raised(window, name))
    # Asked for again while in front, it stays: the entry shows the view, it does not toggle it away.
    action.trigger()
    assert _raised(window, name)
    window.docks.docks["findingsTable"].raise_()
    qtbot.waitUntil(lambda: not _raised(window, name))
    window.panes[0].view.setFocus()
    qtbot.keySequence(window, QKeySequence(keys))
    qtbot.waitUntil(lambda: _raised(window, name))


def test_a_speerpunt_chosen_in_the_tree_is_read_out_in_the_speerpunt_view_and_a_passage_opens_in_the_pane(
        main_window, project_path, qtbot):
    window = main_window(project_path)
    session = window.session
    codes = {sp.code: sp.id for sp in __import__("desktop.store.frameworks", fromlist=["x"]).list_speerpunten(
        session.project)}
    agreement = next(r.id for r in list_documents(session.project) if r.kind == "agreement")
    text = window.panes[1].text
    start = text.index("bijstand")
    session.push(AddFinding(session, agreement, codes["2.1"], Assessment.CONCERN, start, start + 30))
    window.panes[1].open_document(next(r.id for r in list_documents(session.project) if r.kind == "position"))
    window.pane_area.set_active(1)

    window.docks.widgets["frameworkTree"].speerpunt_activated.emit(codes["2.1"])
    view = window.docks.show_view("speerpuntView")
    model = view.tree.model()

    def passages(parent=None):
        parent = parent or QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(PASSAGE_ROLE) is not None:
                yield index
            yield from passages(index)

    [passage] = list(passages())
    assert passage.data(PASSAGE_ROLE).quote == text[start:start + 30]
    view.tree.setCurrentIndex(passage)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    pane = window.active_pane()
    assert pane.document_id == agreement
    assert pane.view.textCursor().selectedText() == text[start:start + 30]


def test_import_folder_reads_every_file_as_one_batch_and_shows_a_summary_with_the_documents_table(
        main_window, project_path, tmp_path, qtbot, monkeypatch):
    from desktop.ui import background
    from desktop.ui.documents.batch_import import BatchSummaryDialog

    folder = tmp_path / "akkoorden"
    folder.mkdir()
    write_docx(agreement_blocks(2, seed=1), folder / "gemeente-almere-coalitieakkoord-2026-2030.docx")
    write_docx(agreement_blocks(2, seed=2), folder / "gemeente-zwolle-coalitieakkoord-2026-2030.docx")
    (folder / "gemeente-emmen-coalitieakkoord-2026.docx").write_bytes(b"PK\x03\x04 geen echt Word-bestand")
    window = main_window(project_path)
    before = len(list_documents(window.session.project))
    asked, summaries = [], []
    monkeypatch.setattr("desktop.ui.project_files.ask_import_folder", lambda parent: folder)
    window.importer.ask_kind = lambda files: asked.append(files) or "agreement"

    def summary(dialog):
        summaries.append(dialog.headline.text())
        dialog.details_button.click()  # "Edit details…": the documents table comes up
        return BatchSummaryDialog.DialogCode.Accepted

    monkeypatch.setattr(BatchSummaryDialog, "exec", summary)
    monkeypatch.setattr(background, "run_inline", True)
    assert window.menu_actions.import_folder.shortcut() == QKeySequence("Ctrl+Shift+I")
    window.menu_actions.import_folder.trigger()
    qtbot.waitUntil(lambda: not window.importer.busy)
    assert asked == [[Path(folder)]]
    assert summaries and summaries[0].startswith("Documents imported: 2; not imported: 1.")
    records = list_documents(window.session.project)
    assert len(records) == before + 2
    assert {"Almere", "Zwolle"} <= {r.short_name for r in records}
    assert window.docks.library.model.rowCount() == before + 2
    qtbot.waitUntil(lambda: _raised(window, "collectionTable"))
    assert window.docks.widgets["collectionTable"].model.rowCount() == before + 2


def test_two_dropped_files_share_one_progress_bar_and_summary(main_window, project_path, tmp_path, qtbot,
                                                              monkeypatch):
    from desktop.ui import background
    from desktop.ui.documents.batch_import import BatchSummaryDialog

    files = [tmp_path / "gemeente-ede-coalitieakkoord-2026.docx", tmp_path / "gemeente-epe-coalitieakkoord-2026.docx"]
    for seed, path in enumerate(files):
        write_docx(agreement_blocks(2, seed=seed), path)
    window = main_window(project_path)
    summaries = []
    monkeypatch.setattr(BatchSummaryDialog, "exec", lambda dialog: summaries.append(dialog.headline.text()) or 0)
    monkeypatch.setattr(background, "run_inline", True)
    assert window.importer.import_files(files, kind="agreement")
    qtbot.waitUntil(lambda: not window.importer.busy)
    assert len(summaries) == 1 and summaries[0].startswith("Documents imported: 2.")


def test_every_view_takes_its_assessment_colours_from_one_palette(main_window, project_path, qtbot):
    window = main_window(project_path)
    session = window.session
    codes = {sp.code: sp.id for sp in __import__("desktop.store.frameworks", fromlist=["x"]).list_speerpunten(
        session.project)}
    agreement = window.panes[1].document_id
    session.push(AddFinding(session, agreement, codes["1.1"], Assessment.POSITIVE, 0, 8))
    assessments.set_palette("colour_blind")
    try:
        blue = assessments.colour(Assessment.POSITIVE)
        assert blue.name() == "#0072b2"
        # Findings table: the swatch in the assessment column.
        table = window.docks.widgets["findingsTable"].model
        column = next(c for c in range(table.columnCount()) if table.headerData(c, Qt.Orientation.Horizontal)
                      == "Assessment")
        icon = table.index(0, column).data(Qt.ItemDataRole.DecorationRole)
        assert icon.pixmap(12, 12).toImage().pixelColor(6, 6).name() == blue.name()
        # Framework tree: the counts in the positive column, in the palette's (darker) ink.
        tree = window.docks.widgets["frameworkTree"].model
        assert tree.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole).color() \
            == assessments.ink(Assessment.POSITIVE)
        # Document pane: the highlight, redrawn in the palette another view switched to.
        pane = window.panes[1]
        selections = pane.view.highlights.selections(pane.view.document())  # kept: Qt frees the formats
        assert selections and selections[0].format.background().color().name() == blue.name()
        # The tag panel's buttons, when it next opens.
        pane.tag_panel.begin(agreement, 0, 8, pane.text[:8])
        assert blue.name().lower() in pane.tag_panel.buttons[Assessment.POSITIVE].styleSheet().lower()
    finally:
        assessments.set_palette("standard")


def test_no_other_interface_module_names_an_assessment_colour_of_its_own():
    ui = Path(assessments.__file__).parent
    palette_colours = {value.lower() for palette in assessments.PALETTES.values() for value in palette.values()}
    offenders = []
    for path in ui.rglob("*.py"):
        if path.name == "assessments.py":
            continue
        source = path.read_text(encoding="utf-8")
        found = {match.lower() for match in re.findall(r"#[0-9A-Fa-f]{6}\b", source)} & palette_colours
        if found or re.search(r"Assessment\.(POSITIVE|CONCERN|MISSING)\s*:\s*[\"']#", source):
            offenders.append(path.name)
    assert offenders == []
