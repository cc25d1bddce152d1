"""Rotating backups and restoring one."""

from __future__ import annotations

import pytest

from desktop.operations.findings import add_finding
from desktop.store import open_project
from desktop.store.exchange.backup import AutoBackup, backup_project, list_backups, restore_backup
from desktop.store.exchange.backup_info import describe_backup
from desktop.store.findings import list_findings
from tests.builders import add_document, add_small_framework


def test_backups_rotate_and_a_restore_brings_the_old_state_back(project) -> None:
    codes = add_small_framework(project)
    document = add_document(project, ["Een alinea over wonen."])
    add_finding(project, document, codes["1.1"], "positive", 0, 4, author="Ann")
    saved = backup_project(project, keep=3)
    add_finding(project, document, codes["1.2"], "concern", 4, 10, author="Ann")
    assert len(list_findings(project)) == 2
    for _ in range(4):
        backup_project(project, keep=3)
    assert len(list_backups(project.path)) == 3  # the oldest went
    assert saved not in list_backups(project.path)
    oldest_kept = list_backups(project.path)[-1]
    safety = restore_backup(project, oldest_kept)
    assert len(list_findings(project)) == 2  # those backups already had both
    with open_project(safety) as copy:
        assert len(list_findings(copy)) == 2


def test_restore_replaces_the_content_and_keeps_a_safety_copy(project) -> None:
    codes = add_small_framework(project)
    document = add_document(project, ["Een alinea over wonen."])
    before = backup_project(project)
    add_finding(project, document, codes["1.1"], "positive", 0, 4, author="Ann")
    safety = restore_backup(project, before)
    assert list_findings(project) == []
    with open_project(safety) as copy:
        assert len(list_findings(copy)) == 1
    project.close()
    with open_project(project.path) as reopened:
        assert list_findings(reopened) == []


def test_auto_backup_writes_at_most_one_per_interval(project) -> None:
    now = [0.0]
    auto = AutoBackup(project, interval=300, clock=lambda: now[0])
    assert auto.edited() is None
    now[0] = 120
    assert auto.edited() is None
    now[0] = 301
    assert auto.edited() is not None
    now[0] = 302
    assert auto.edited() is None
    assert auto.flush() is not None  # closing the project writes the pending one
    assert auto.flush() is None
    assert len(list_backups(project.path)) == 2


def test_auto_backup_when_due_writes_edits_left_waiting_after_a_pause(project) -> None:
    now = [0.0]
    auto = AutoBackup(project, interval=300, clock=lambda: now[0])
    assert auto.due() is None  # nothing edited
    auto.edited()
    now[0] = 200
    assert auto.due() is None  # edited, but too soon
    now[0] = 400
    assert auto.due() is not None  # the analyst paused: the waiting edit is backed up anyway
    now[0] = 800
    assert auto.due() is None  # nothing new since
    assert len(list_backups(project.path)) == 1


@pytest.mark.parametrize("name", ["akkoord [concept]", "versie*2", "wat?", "[a-z]"])
def test_backups_of_a_project_whose_name_has_glob_characters_rotate_and_are_listed(tmp_path, name: str) -> None:
    from desktop.store import create_project

    with create_project(tmp_path / f"{name}.speerpunt") as named:
        made = [backup_project(named, keep=2) for _ in range(3)]
        # A sibling whose name the unescaped pattern would also have matched keeps its own backups.
        with create_project(tmp_path / "x.speerpunt") as other:
            backup_project(other)
        assert list_backups(named.path) == [made[2], made[1]]  # newest first, the oldest rotated away
        assert not made[0].exists()
        assert [info.reason for info in map(describe_backup, list_backups(named.path))] == ["auto", "auto"]


def test_a_backup_name_with_an_impossible_time_falls_back_to_the_file_time(project) -> None:
    made = backup_project(project)
    odd = made.with_name(f"{project.path.stem}-20260231-250000-000000-auto.speerpunt")
    made.rename(odd)
    info = describe_backup(odd)
    assert info.made is not None and info.made.year >= 2026 and info.reason == "auto"
    assert describe_backup(list_backups(project.path)[0]).made == info.made
