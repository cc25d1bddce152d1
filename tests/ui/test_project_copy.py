"""File → Save a copy…: a consistent copy of the open project; the project itself is refused as the target."""

from __future__ import annotations

from desktop.store import open_project
from desktop.store.findings import list_findings
from tests.reliability.sample import build_sample


def test_save_a_copy_writes_the_open_project_with_its_latest_findings(main_window, tmp_path) -> None:
    sample = build_sample(tmp_path / "werk.speerpunt")
    window = main_window(sample.path)
    target = tmp_path / "kopie.speerpunt"
    window.project_copy.ask_path = lambda parent, suggested: target
    window.menu_actions.file_menu.aboutToShow.emit()
    assert window.project_copy.save_copy.isEnabled()
    window.project_copy.save_copy.trigger()
    with open_project(target) as copy:
        assert len(list_findings(copy)) == 4
    assert "kopie.speerpunt" in window.statusBar().currentMessage()


def test_save_a_copy_over_the_project_itself_is_refused(main_window, tmp_path) -> None:
    sample = build_sample(tmp_path / "werk.speerpunt")
    window = main_window(sample.path)
    before = sample.path.stat().st_mtime_ns
    window.project_copy.ask_path = lambda parent, suggested: sample.path
    assert window.project_copy.save() is None
    assert window.errors and "open project" in window.errors[0][1]
    assert window.session is not None and len(list_findings(window.session.project)) == 4
    assert sample.path.stat().st_mtime_ns == before


def test_save_a_copy_is_disabled_without_a_project(main_window) -> None:
    window = main_window()
    window.menu_actions.file_menu.aboutToShow.emit()
    assert not window.project_copy.save_copy.isEnabled()
