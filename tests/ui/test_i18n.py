"""The interface language: Dutch by default from the shipped translation, English on request, switched live."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from desktop.store import create_project
from desktop.ui import i18n, settings
from resources import TRANSLATIONS
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS

# Dock titles that are the same word in both languages.
SAME_IN_BOTH = {"Speerpunten"}


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "taal.speerpunt"
    with create_project(path) as project:
        add_small_framework(project)
        add_document(project, PARAGRAPHS)
    return path


def _menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def _visible_action_texts(window):
    texts = {}
    menus = [action.menu() for action in window.menuBar().actions()] + [window.menu_actions.recent_menu]
    for menu in menus:
        for index, action in enumerate(menu.actions()):
            if action.isVisible() and not action.isSeparator() and action.text():
                texts[(menu.objectName(), index)] = action.text()
    return texts


def test_the_dutch_translation_is_shipped_and_complete_for_the_shell():
    tree = ET.parse(TRANSLATIONS / "speerpunt_nl.ts")
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        if context.findtext("name") in {"MainActions", "MainWindow", "StartPage", "PreferencesDialog", "NamePrompt",
                                         "DocumentLibrary", "LibraryModel", "DocumentImporter", "WorkspaceDocks"}
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert (TRANSLATIONS / "speerpunt_nl.qm").stat().st_size > 1000


def test_dutch_menus_by_default_and_english_on_request(main_window, project_path):
    dutch = main_window(project_path, language="nl")
    assert _menu_titles(dutch)[:3] == ["&Bestand", "Be&werken", "&Beeld"]
    assert dutch.menu_actions.undo.text() == "&Ongedaan maken"
    dutch.close()
    english = main_window(project_path, language="en")
    assert _menu_titles(english)[:3] == ["&File", "&Edit", "&View"]
    assert _menu_titles(english)[-1] == "&Help"


def test_no_visible_action_is_left_in_english_in_dutch(main_window, project_path):
    english = _visible_action_texts(main_window(project_path, language="en"))
    dutch_window = main_window(project_path, language="nl")
    dutch = _visible_action_texts(dutch_window)
    assert dutch.keys() == english.keys()
    left_english = [text for name, text in dutch.items()
                    if text == english[name] and text.replace("&", "") not in SAME_IN_BOTH]
    assert left_english == []


def test_undo_text_names_the_action_in_dutch(main_window, project_path):
    from desktop.domain.finding import Assessment
    from desktop.store.documents import list_documents
    from desktop.store.frameworks import list_speerpunten
    from desktop.ui.commands.findings import AddFinding

    window = main_window(project_path, language="nl")
    session = window.session
    [document] = list_documents(session.project)
    speerpunt = list_speerpunten(session.project)[0]
    session.push(AddFinding(session, document.id, speerpunt.id, Assessment.CONCERN, 0, 10))
    assert window.menu_actions.undo.text() == "&Ongedaan maken: Bevinding toevoegen"


def test_preferences_switch_the_language_live_and_remember_it(main_window, project_path):
    window = main_window(project_path, language="nl")
    assert window.docks.library.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    window.apply_preferences({"name": "Sanne de Vries", "language": "en", "font_size": 0})
    assert _menu_titles(window)[:3] == ["&File", "&Edit", "&View"]
    assert window.start_page.new_button.text() == "&New project…"
    assert window.findChild(type(window.docks.docks["documentLibrary"]), "documentLibraryDock").windowTitle() \
        == "Documents"
    assert window.session.author == "Sanne de Vries"
    assert settings.get(settings.LANGUAGE) == "en" and settings.get(settings.ANALYST_NAME) == "Sanne de Vries"
    window.apply_preferences({"name": "Sanne de Vries", "language": "nl", "font_size": 14})
    assert _menu_titles(window)[0] == "&Bestand"
    assert window.pane_area.frames[1].header.text().endswith("Akkoord")
    assert i18n.current_language() == "nl"


def test_the_preferences_dialog_offers_both_languages_in_their_own_names(qtbot):
    from desktop.ui.window.preferences import PreferencesDialog

    dialog = PreferencesDialog("Fatima", "nl", 12)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nederlands", "English"]
    combo.setCurrentIndex(1)
    dialog.font_size.setValue(15)
    assert dialog.values() == {"name": "Fatima", "language": "en", "font_size": 15, "palette": "standard"}


def test_the_colour_blind_palette_is_a_preference_that_recolours_and_is_remembered(main_window, project_path):
    from desktop.ui import assessments
    from desktop.ui.window.preferences import PreferencesDialog

    dialog = PreferencesDialog("Fatima", "en", 0, palette="standard")
    assert dialog.palette_combo.count() == 2
    dialog.palette_combo.setCurrentIndex(dialog.palette_combo.findData("colour_blind"))
    assert dialog.values()["palette"] == "colour_blind"
    dialog.deleteLater()

    window = main_window(project_path)
    positive_before = assessments.colour("positive").name()
    try:
        window.apply_preferences({"name": "Fatima", "language": "en", "font_size": 0, "palette": "colour_blind"})
        assert settings.get(settings.PALETTE) == "colour_blind"
        assert assessments.colour("positive").name() != positive_before
        assert all(pane.view.highlights.palette == "colour_blind" for pane in window.panes)
        window.close()
        second = main_window(project_path)
        assert assessments.palette_name() == "colour_blind"
        second.apply_preferences({"name": "Fatima", "language": "en", "font_size": 0, "palette": "standard"})
        assert assessments.colour("positive").name() == positive_before
    finally:
        assessments.set_palette("standard")


def test_the_report_parts_form_is_dutch_in_dutch(session, qtbot):
    """Every label and hint of Reactie → Onderdelen van het rapport is translated (none left as the English source)."""
    from desktop.ui.reaction.report_parts import ReportPartsForm

    def shown(form):
        return {key: (form.labels[key].text(), form.fields[key].placeholderText()) for key in form.fields}

    i18n.install_language("en")
    english = ReportPartsForm(session)
    qtbot.addWidget(english)
    i18n.install_language("nl")
    try:
        dutch = ReportPartsForm(session)
        qtbot.addWidget(dutch)
        english_texts, dutch_texts = shown(english), shown(dutch)
    finally:
        i18n.install_language("en")
    assert dutch_texts["organisation"][0].rstrip(":") == "Organisatie"
    # The remarks per theme are labelled with the theme's own (Dutch) title.
    left_english = [(key, text) for key, texts in dutch_texts.items() if not key.startswith("theme_remarks.")
                    for text, source in zip(texts, english_texts[key], strict=True) if text and text == source]
    assert left_english == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_two_entries_of_the_file_menu_read_the_same(main_window, project_path, language):
    """The reaction's "Exporteren…" and the REFI-QDA submenu were both called "Exporteren"."""
    window = main_window(project_path, language=language)
    file_menu = window.menu_actions.file_menu
    texts = [action.text().replace("&", "").rstrip("…").strip() for action in file_menu.actions()
             if action.isVisible() and not action.isSeparator() and action.text()]
    assert len(texts) == len(set(texts)), texts


def _labels_of_the_next_file_dialog(qtbot, open_dialog):
    """Open the app's file dialog, read the labels the user sees beside its fields, and cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    seen = {}

    def read_and_cancel():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text():
                seen[label.objectName()] = label.text().replace("&", "")
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    open_dialog()
    return seen


@pytest.mark.parametrize("language, expected", [
    ("nl", {"lookInLabel": "Zoeken in:", "fileNameLabel": "Bestandsnaam:", "fileTypeLabel": "Bestanden van type:"}),
    ("en", {"lookInLabel": "Look in:", "fileNameLabel": "File name:", "fileTypeLabel": "Files of type:"}),
])
def test_the_file_dialog_labels_are_in_the_interface_language(main_window, project_path, qtbot, language, expected):
    """Qt 6.11's catalogue lacks the dialog's new "&Look in:" and "Files of &type:"; ours fills them in."""
    from desktop.ui.project_files import ask_import_paths

    window = main_window(project_path, language=language)
    assert _labels_of_the_next_file_dialog(qtbot, lambda: ask_import_paths(window)) == expected


@pytest.mark.parametrize(("language", "passages", "findings", "of"), [
    ("nl", "1.423 passages", "1.423 bevindingen", "33.154"),
    ("en", "1,423 passages", "1,423 findings", "33,154"),
])
def test_counts_in_the_interface_are_grouped_by_thousands_in_its_language(qtbot, language, passages, findings, of):
    from desktop.ui.review.findings_table import FindingsTable
    from desktop.ui.review.passage_tree import _count_text

    i18n.install_language(language)
    try:
        assert _count_text(1423) == passages
        assert FindingsTable.tr("%Ln findings", "", 1423) == findings
        assert i18n.count_text(33154) == of
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize("language, folder", [("nl", "Map"), ("en", "Folder")])
def test_the_file_dialog_calls_a_folder_a_folder_in_the_interface_language(main_window, project_path, qtbot,
                                                                           tmp_path, language, folder):
    """Qt's catalogue lacks the Type column's "Folder" (a text with a disambiguation, beyond lupdate)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

    from desktop.ui.project_files import ask_import_paths

    (tmp_path / "Mapje").mkdir()
    window = main_window(project_path, language=language)
    seen = {}

    def read_and_cancel(tries: int = 0):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_cancel)
            return
        if tries == 0:
            dialog.setDirectory(str(tmp_path))
        model = dialog.findChild(QFileSystemModel)
        index = model.index(str(tmp_path / "Mapje"))
        kind = model.data(index.siblingAtColumn(2)) if index.isValid() else None
        if kind or tries > 200:
            seen["type"] = kind
            dialog.reject()
        else:
            QTimer.singleShot(20, lambda: read_and_cancel(tries + 1))

    QTimer.singleShot(0, read_and_cancel)
    ask_import_paths(window)
    assert seen == {"type": folder}
    # A text no catalogue knows still reads as written, not empty.
    assert QApplication.translate("NoSuchContext", "A text nobody translated") == "A text nobody translated"
