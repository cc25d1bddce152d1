"""The feature menus built on WindowMenu: enabled with a project, retranslated on a language change."""

from __future__ import annotations

import pytest

from desktop.store import create_project
from desktop.ui import i18n
from tests.builders import add_document, add_small_framework


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "menus.speerpunt"
    with create_project(path) as project:
        add_small_framework(project)
        add_document(project, ["Het kabinet bouwt woningen."])
    return path


def _feature_entries(window) -> dict:
    return {
        "merge": window.collaboration.merge,
        "conflicts": window.collaboration.conflicts,
        "export menu": window.refi_exchange.export_menu,
        "import qdpx": window.refi_exchange.import_qdpx,
        "team folder": window.team_folder.action,
    }


def test_feature_entries_follow_the_open_project_without_opening_a_menu(main_window, project_path):
    window = main_window()
    assert not any(entry.isEnabled() for entry in _feature_entries(window).values())
    assert window.open_project_file(project_path)
    assert all(entry.isEnabled() for entry in _feature_entries(window).values())
    window.close_project()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    disabled = {name: entry.isEnabled() for name, entry in _feature_entries(window).items()}
    assert disabled == dict.fromkeys(disabled, False)


def test_feature_entries_change_language_with_the_window(main_window, project_path, qtbot):
    window = main_window(project_path, language="en")
    assert window.collaboration.review_menu.title() == "&Review"
    assert window.refi_exchange.export_menu.title() == "E&xport to REFI-QDA"
    assert window.team_folder.action.text() == "Work together in a &folder…"
    i18n.install_language("nl")
    qtbot.waitUntil(lambda: window.team_folder.action.text() != "Work together in a &folder…")
    assert window.collaboration.review_menu.title() == "&Controle"
    assert window.refi_exchange.export_menu.title() == "Naar REFI-QDA e&xporteren"
    assert window.team_folder.action.text() == "Samenwerken via een &map…"


def test_a_menu_entry_runs_its_own_action(main_window, project_path):
    window = main_window(project_path)
    asked = []
    window.refi_exchange.ask_open_path = lambda title, pattern: asked.append(title)
    window.refi_exchange.import_qdpx.trigger()
    assert asked == ["Import REFI-QDA project"]


def test_opening_another_project_keeps_the_new_projects_menus_working(main_window, project_path, tmp_path, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.sync.state import remember_folder
    from desktop.ui import background

    other = tmp_path / "ander" / "ander.speerpunt"
    other.parent.mkdir()
    with create_project(other) as project:
        add_small_framework(project)
        add_document(project, ["De bijstand wordt eenvoudiger."])
    folder = tmp_path / "Teammap"
    folder.mkdir()
    remember_folder(other, folder)
    window = main_window(project_path)
    assert window.open_project_file(other)
    # The first project's session goes when the event loop deletes it, after the second one is attached.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=20_000)
    assert window.team_folder.sync is not None and window.team_folder.sync.session is window.session
    assert window.revision_menu.session is window.session
    assert window.collaboration.live_refresh is not None
    assert all(entry.isEnabled() for entry in _feature_entries(window).values())
