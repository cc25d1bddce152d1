"""File → Work together in a folder… in the main window, used as an analyst would."""

from __future__ import annotations

import re

from desktop.operations.findings import add_finding
from desktop.store import open_project
from desktop.store.findings import list_findings
from desktop.sync.state import remembered_folder
from desktop.sync.team_round import sync_round
from desktop.ui import background
from tests.sync.laptops import empty_project, start_team


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=20_000)


def test_choosing_a_folder_brings_in_a_colleagues_work_and_shows_who_published(main_window, qtbot, tmp_path):
    ann, codes, document = start_team(tmp_path / "ann")
    with open_project(ann) as project:
        add_finding(project, document, codes["1.1"], "positive", 42, 106, note="Goed", author="Ann")
    folder = tmp_path / "Teammap"
    folder.mkdir()
    with open_project(ann) as project:
        sync_round(project, folder, "Ann")
    (tmp_path / "bram").mkdir()
    bram = empty_project(tmp_path / "bram" / "werk.speerpunt")
    window = main_window(bram, name="Bram")
    menu = window.team_folder
    window.menu_actions.file_menu.aboutToShow.emit()
    assert menu.action.isEnabled() and menu.action.text() == "Work together in a &folder…"
    menu.ask_folder = lambda start: str(folder)
    menu.action.trigger()
    qtbot.waitUntil(lambda: "synced" in menu.status.text(), timeout=20_000)
    _wait(qtbot)
    assert "Ann" in menu.status.text() and menu.status.isVisible()
    assert [f.note for f in list_findings(window.session.project)] == ["Goed"]
    assert remembered_folder(bram) == folder

    # A change in the folder (Ann tags again and publishes) arrives without a click.
    with open_project(ann) as project:
        add_finding(project, document, codes["2.1"], "concern", 108, 170, note="Vaag", author="Ann")
        sync_round(project, folder, "Ann")
    # No click and no call: the file watcher on the folder starts the round.
    qtbot.waitUntil(lambda: len(list_findings(window.session.project)) == 2, timeout=20_000)
    _wait(qtbot)


def test_the_project_file_inside_the_folder_is_refused_with_a_reason(main_window, tmp_path):
    bram = empty_project(tmp_path / "werk.speerpunt")
    window = main_window(bram, name="Bram")
    menu = window.team_folder
    warnings = []
    menu.warn = warnings.append
    menu.ask_folder = lambda start: str(tmp_path)
    menu.action.trigger()
    assert len(warnings) == 1 and "outside" in warnings[0]
    assert remembered_folder(bram) is None and menu.sync is None


def test_reopening_the_project_syncs_with_the_remembered_folder(main_window, qtbot, tmp_path):
    ann, _codes, _document = start_team(tmp_path / "ann")
    folder = tmp_path / "Teammap"
    folder.mkdir()
    with open_project(ann) as project:
        sync_round(project, folder, "Ann")
    (tmp_path / "bram").mkdir()
    bram = empty_project(tmp_path / "bram" / "werk.speerpunt")
    from desktop.sync.state import remember_folder

    remember_folder(bram, folder)
    window = main_window(bram, name="Bram")
    qtbot.waitUntil(lambda: "synced" in window.team_folder.status.text(), timeout=20_000)
    _wait(qtbot)
    with open_project(bram) as project:
        assert project.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_publication_times_read_as_local_days_and_times_not_as_utc_stamps(main_window, tmp_path):
    from datetime import UTC, datetime, timedelta

    from desktop.sync.team_round import SyncReport

    window = main_window(empty_project(tmp_path / "werk.speerpunt"), name="Bram")
    menu = window.team_folder
    now = datetime.now(UTC)
    yesterday = now - timedelta(days=1)
    stamp = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # noqa: E731 - as the manifests write it
    report = SyncReport(folder=str(tmp_path), device="abc", analyst="Bram", finished=stamp(now), analysts=[
        {"analyst": "Ann", "published": stamp(yesterday), "you": False},
        {"analyst": "Bram", "published": stamp(now), "you": True}])
    menu._show(report)
    local = yesterday.astimezone()
    # Ann published yesterday: the status bar says which day, the tooltip the day and time, never "…T…Z".
    assert f"Ann {local.strftime('%d-%m %H:%M')}" in menu.status.text()
    assert f"Ann published at {local.strftime('%d-%m-%Y %H:%M')}" in menu.status.toolTip()
    assert not re.search(r"\dT\d", menu.status.toolTip())
