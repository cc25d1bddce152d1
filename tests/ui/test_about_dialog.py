"""Help → About Speerpunt: the version, the open project's file and the bundled libraries' licences."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

import desktop
from desktop.demo import build_demo_project


def _open_about(window, qtbot):
    window.findChild(type(window.actions()[0]), "aboutAction").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QWidget) and w.objectName() == "aboutDialog" and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def _rows(dialog) -> list[str]:
    return [dialog.libraries.item(row).text() for row in range(dialog.libraries.count())]


def test_about_names_the_version_and_the_open_project_file(main_window, qtbot, tmp_path):
    path = tmp_path / "Woonbeleid 2026.speerpunt"
    build_demo_project(path)
    window = main_window(path)
    dialog = _open_about(window, qtbot)
    assert f"Speerpunt {desktop.__version__}" in dialog.summary.text()
    assert str(path) in dialog.project_label.text()
    dialog.reject()


def test_about_without_a_project_says_none_is_open(main_window, qtbot):
    dialog = _open_about(main_window(), qtbot)
    assert dialog.project_label.text() == "No project is open."


def test_about_lists_qt_under_the_lgpl_with_its_full_text(main_window, qtbot):
    from importlib.metadata import version

    dialog = _open_about(main_window(), qtbot)
    rows = _rows(dialog)
    qt_row = next(row for row, text in enumerate(rows) if text.startswith("Qt for Python"))
    # The installed PySide6's own version, and its licence as the wheel's metadata states it.
    assert version("PySide6-Essentials") in rows[qt_row]
    assert "LGPL-3.0" in rows[qt_row]
    dialog.libraries.setCurrentRow(qt_row)
    text = dialog.notice.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "Version 3, 29 June 2007" in text


def test_about_shows_pdfiums_own_licence_files(main_window, qtbot):
    dialog = _open_about(main_window(), qtbot)
    rows = _rows(dialog)
    dialog.libraries.setCurrentRow(next(row for row, text in enumerate(rows) if text.startswith("pypdfium2")))
    text = dialog.notice.toPlainText()
    # The wheel's licence files: the Apache licence PDFium is under, and pypdfium2's BSD notice.
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "Redistribution and use in source and binary forms" in text


def test_about_is_translated_to_dutch(main_window, qtbot):
    dialog = _open_about(main_window(language="nl"), qtbot)
    assert dialog.windowTitle() == "Over Speerpunt"
    assert dialog.project_label.text() == "Er is geen project geopend."


def test_a_project_file_named_with_markers_shows_as_typed(main_window, qtbot, tmp_path):
    path = tmp_path / "Nota %2 over %1.speerpunt"
    build_demo_project(path)
    dialog = _open_about(main_window(path), qtbot)
    assert dialog.project_label.text() == f"Project file: {path}"
    assert "%1" not in dialog.summary.text()
    dialog.reject()
