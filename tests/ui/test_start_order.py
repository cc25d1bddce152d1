"""Opening a project in the main window: work over every agreement (the suggestions' learning) waits until
the window has shown, then runs; a project closed before that starts none of it."""

from __future__ import annotations

from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


def _project(tmp_path):
    from desktop.store import create_project

    path = tmp_path / "werk.speerpunt"
    with create_project(path) as project:
        add_small_framework(project)
        add_document(project, PARAGRAPHS, headings={0: "1. Wonen"})
    return path


def _spy(monkeypatch) -> list:
    from desktop.ui import background, suggestion_service

    monkeypatch.setattr(background, "run_inline", True)
    learnt = []
    original = suggestion_service.load_suggester
    monkeypatch.setattr(suggestion_service, "load_suggester", lambda project, scope=None: learnt.append(1) or original(project, scope))
    return learnt


def test_the_suggestions_are_learnt_after_the_window_shows(tmp_path, qtbot, monkeypatch):
    from desktop.app import create_main_window
    from desktop.ui import settings
    from desktop.ui.suggestion_service import service_for

    learnt = _spy(monkeypatch)
    settings.put(settings.ANALYST_NAME, "Testanalist")
    window = create_main_window(_project(tmp_path))
    qtbot.addWidget(window)
    [document_id] = [pane.document_id for pane in window.panes if pane.document_id]  # with its suggestions margin
    assert learnt == [], "nothing learnt while the window is built"
    window.show()
    qtbot.waitUntil(lambda: service_for(window.session).ready, timeout=10_000)
    assert learnt == [1]
    assert service_for(window.session).suggestions_at(document_id)


def test_a_project_closed_before_the_window_shows_starts_no_learning(tmp_path, qtbot, monkeypatch):
    from desktop.app import create_main_window
    from desktop.ui import settings

    learnt = _spy(monkeypatch)
    settings.put(settings.ANALYST_NAME, "Testanalist")
    window = create_main_window(_project(tmp_path))
    qtbot.addWidget(window)
    session = window.session
    window.close_project()
    session.start_background_work()
    qtbot.wait(50)
    assert learnt == []
