"""A finding or speerpunt removed meanwhile says so in the interface's language (docs/I18N.md).

Another window on the same project (or the team folder, or an undo) removes what this window still
shows; the analyst then edits it here. The store's lookup refuses ("no finding with id …"); the window
says the finding was removed meanwhile, in Dutch (English in the English app); the command line as before.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding, delete_findings
from desktop.operations.frameworks import delete_speerpunt
from desktop.store import create_project
from desktop.store.findings import get_finding, list_findings
from desktop.store.project import open_project
from desktop.ui import i18n
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS, choose_speerpunt_for_selection

# The window names no id the analyst never saw: it says the record was removed, and where that can happen.
ELSEWHERE_NL = "(in een ander venster, via de teammap of door samenvoegen)"
ELSEWHERE_EN = "(in another window, by the team folder or by a merge)"


@pytest.fixture
def project_path(tmp_path):
    """A project with one finding (note "Eerste indruk") on speerpunt 1.1."""
    path = tmp_path / "werk.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document_id = add_document(project, PARAGRAPHS)
        add_finding(project, document_id, codes["1.1"], "concern", 0, 11, note="Eerste indruk", author="Anna")
    return path


def _removed_elsewhere(path, finding_id: str) -> None:
    """Another window (or a team-folder round) deletes the finding through its own connection."""
    with open_project(path) as other:
        delete_findings(other, [finding_id])


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Niet opgeslagen: de bevinding is intussen verwijderd " + ELSEWHERE_NL),
    ("en", "Not saved: the finding was removed meanwhile " + ELSEWHERE_EN),
])
def test_a_note_edited_on_a_finding_removed_meanwhile_says_so_in_the_status_bar(
        main_window, project_path, qtbot, language, expected) -> None:
    from desktop.ui.review.findings_model import COLUMNS

    window = main_window(project_path, language=language)
    table = window.docks.show_view("findingsTable")
    index = table.model.index(0, COLUMNS.index("note"))
    finding_id = table.model.row_at(0).id
    assert index.data() == "Eerste indruk"
    _removed_elsewhere(project_path, finding_id)

    assert not table.model.setData(index, "Toch positief")

    assert window.statusBar().currentMessage() == expected
    assert list_findings(window.session.project) == []
    assert get_finding(window.session.project, finding_id, include_deleted=True).note == "Eerste indruk"
    assert not window.session.undo_stack.canUndo()
    assert table.model.rowCount() == 0  # the table lets go of the removed finding at once


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Niet opgeslagen: het speerpunt is intussen verwijderd " + ELSEWHERE_NL),
    ("en", "Not saved: the speerpunt was removed meanwhile " + ELSEWHERE_EN),
])
def test_tagging_with_a_speerpunt_removed_meanwhile_says_so_in_the_tag_panel(
        language, expected, pane, session, qtbot) -> None:
    i18n.install_language(language)
    choose_speerpunt_for_selection(pane, qtbot, 0, 8, "1.2")
    with open_project(session.project.path) as other:  # a colleague's round through the team folder
        delete_speerpunt(other, session.codes["1.2"])

    qtbot.keyClick(pane.tag_panel, Qt.Key.Key_Z)

    assert pane.tag_panel.status.text() == expected
    assert list_findings(session.project) == []


def test_a_speerpunt_renamed_in_the_tree_after_it_was_removed_meanwhile_is_refused_in_dutch(session, qtbot):
    from desktop.ui.commands.frameworks import EditSpeerpunt

    i18n.install_language("nl")
    speerpunt_id = session.codes["1.2"]
    with open_project(session.project.path) as other:
        delete_speerpunt(other, speerpunt_id)
    command = EditSpeerpunt(session, speerpunt_id, title="Wijken")
    session.push(command)
    assert command.error == "het speerpunt is intussen verwijderd " + ELSEWHERE_NL
    assert not session.undo_stack.canUndo()


def test_a_finding_retagged_after_it_was_removed_meanwhile_is_refused_in_dutch(session, qtbot):
    from desktop.ui.commands.findings import EditFinding

    i18n.install_language("nl")
    finding = add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 11)
    _removed_elsewhere(session.project.path, finding.id)
    command = EditFinding(session, finding.id, speerpunt_id=session.codes["2.1"])
    session.push(command)
    assert command.error == "de bevinding is intussen verwijderd " + ELSEWHERE_NL
    assert get_finding(session.project, finding.id, include_deleted=True).speerpunt_id == session.codes["1.1"]


def test_the_lookup_refusal_stays_english_on_the_command_line_and_in_str(session, qapp):
    """str() of the refusal (what the command line prints) does not follow the window's language, and keeps the
    id the analyst typed there; the window, where no id is ever typed, says the record was removed."""
    from desktop.store.ids import NotFound

    i18n.install_language("nl")
    with pytest.raises(NotFound) as refused:
        get_finding(session.project, "weg-1234")
    assert str(refused.value) == "no finding with id 'weg-1234'"
    assert i18n.refusal_text(refused.value) == "de bevinding is intussen verwijderd " + ELSEWHERE_NL


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", ("Als ontbrekend markeren in akkoord", "het speerpunt is intussen verwijderd " + ELSEWHERE_NL)),
    ("en", ("Mark missing in agreement", "the speerpunt was removed meanwhile " + ELSEWHERE_EN)),
])
def test_marking_a_speerpunt_missing_after_it_was_removed_meanwhile_says_so(session, qtbot, monkeypatch,
                                                                           language, expected):
    """The speerpunten tree still lists it; its "Mark missing" opened a crash report instead of the dialog."""
    from desktop.ui.review import missing_dialog
    from desktop.ui.review.framework_tree import FrameworkTree

    i18n.install_language(language)
    shown = []
    monkeypatch.setattr(missing_dialog.QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    tree = FrameworkTree(session)
    qtbot.addWidget(tree)
    speerpunt_id = session.codes["1.2"]
    with open_project(session.project.path) as other:
        delete_speerpunt(other, speerpunt_id)
    tree.run_missing_dialog(speerpunt_id)
    title, text = expected
    assert shown == [(title, text)]
    assert list_findings(session.project) == []


# Undo and redo of a step whose record was removed meanwhile: refused in the window's language and dropped.

def _edit_note_then_remove_elsewhere(window, path) -> str:
    from desktop.ui.review.findings_model import COLUMNS

    table = window.docks.show_view("findingsTable")
    finding_id = table.model.row_at(0).id
    assert table.model.setData(table.model.index(0, COLUMNS.index("note")), "Toch positief")
    assert window.session.undo_stack.canUndo()
    _removed_elsewhere(path, finding_id)
    return finding_id


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Kan niet ongedaan maken: de bevinding is intussen verwijderd " + ELSEWHERE_NL),
    ("en", "Cannot undo: the finding was removed meanwhile " + ELSEWHERE_EN),
])
def test_undo_of_an_edit_on_a_finding_removed_meanwhile_is_refused_and_dropped(
        main_window, project_path, language, expected) -> None:
    window = main_window(project_path, language=language)
    finding_id = _edit_note_then_remove_elsewhere(window, project_path)

    window.session.undo()

    assert window.statusBar().currentMessage() == expected
    assert not window.session.undo_stack.canUndo()  # the step is gone: a second Ctrl+Z does not try again
    assert list_findings(window.session.project) == []  # still removed: the undo wrote nothing
    assert get_finding(window.session.project, finding_id, include_deleted=True).note == "Toch positief"


def test_redo_of_an_edit_on_a_finding_removed_meanwhile_is_refused_in_dutch(main_window, project_path) -> None:
    from desktop.ui.review.findings_model import COLUMNS

    window = main_window(project_path, language="nl")
    table = window.docks.show_view("findingsTable")
    finding_id = table.model.row_at(0).id
    assert table.model.setData(table.model.index(0, COLUMNS.index("note")), "Toch positief")
    window.session.undo()
    assert get_finding(window.session.project, finding_id).note == "Eerste indruk"
    _removed_elsewhere(project_path, finding_id)

    window.session.redo()

    assert window.statusBar().currentMessage() == "Kan niet opnieuw uitvoeren: de bevinding is intussen verwijderd " + ELSEWHERE_NL
    assert not window.session.undo_stack.canRedo()
    assert get_finding(window.session.project, finding_id, include_deleted=True).note == "Eerste indruk"
