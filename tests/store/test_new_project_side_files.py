"""A new project never starts from another file's -wal, and a failed one leaves nothing behind.

Before: `speerpunt init` or `demo` on a full disk removed the half-made file but left its -wal and
-shm beside the name; the next `init` of that name had SQLite fold that -wal into the new file
(another file's pages, or a half-made project), and a -wal copied there from another project did
the same.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.store import create_project, open_project
from desktop.store import project as project_module
from tests.cli_process import small_disk, speerpunt


def test_a_new_project_that_fails_halfway_leaves_no_side_files(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "werk.speerpunt"

    keeper: list[sqlite3.Connection] = []

    def full_disk(db) -> None:
        db.execute("CREATE TABLE half (x)")  # the -wal and -shm exist now
        assert path.with_name(path.name + "-wal").exists()
        # On a full disk closing cannot fold the -wal into the file and remove it; a second
        # connection keeps it there the same way.
        keeper.append(sqlite3.connect(path))
        keeper[0].execute("SELECT count(*) FROM sqlite_master").fetchone()
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(project_module, "migrate", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        create_project(path)
    keeper[0].close()
    assert list(tmp_path.iterdir()) == []

    monkeypatch.undo()
    create_project(path).close()
    project = open_project(path)
    try:
        assert "half" not in project.db.table_names()
    finally:
        project.close()


@pytest.mark.parametrize("suffix", ["-wal", "-journal", "-shm"])
def test_a_side_file_left_beside_a_new_name_is_not_taken_into_the_new_project(tmp_path: Path, suffix: str) -> None:
    other = tmp_path / "ander.speerpunt"
    assert speerpunt("demo", other).returncode == 0
    left = tmp_path / f"werk.speerpunt{suffix}"
    left.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    result = speerpunt("init", tmp_path / "werk.speerpunt")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"werk.speerpunt{suffix}" in result.stderr, result.stderr
    assert not (tmp_path / "werk.speerpunt").exists()
    assert left.read_bytes() == b"\x37\x7f\x06\x82" + bytes(60)


def test_the_disk_full_reason_is_named_also_when_sqlite_calls_it_an_io_error(tmp_path: Path, monkeypatch) -> None:
    from desktop.store.project import disk_is_full

    shm_full = sqlite3.OperationalError("disk I/O error")
    shm_full.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    assert disk_is_full(shm_full, tmp_path / "werk.speerpunt")
    write_failed = sqlite3.OperationalError("disk I/O error")
    write_failed.sqlite_errorname = "SQLITE_IOERR_WRITE"
    assert not disk_is_full(write_failed, tmp_path / "werk.speerpunt")  # room enough: a real I/O error
    monkeypatch.setattr(os, "statvfs", lambda folder: os.statvfs_result((4096, 4096, 100, 0, 0, 10, 0, 0, 0, 255)))
    assert disk_is_full(write_failed, tmp_path / "werk.speerpunt")


def test_on_a_really_full_disk_init_and_demo_fail_in_one_line_and_leave_nothing(tmp_path: Path) -> None:
    # Room for a demo project being made (about 5 MB at its peak with 16 KB pages), filled up below.
    with small_disk(tmp_path, "16m") as mount:
        status = os.statvfs(mount)
        (mount / "vol").write_bytes(bytes(status.f_bavail * status.f_frsize - 200 * 1024))
        for command in (["demo", mount / "demo.speerpunt"], ["init", mount / "werk.speerpunt", "--organisation", "G32"]):
            result = speerpunt(*command)
            if result.returncode == 0:
                continue  # it fitted after all
            assert result.returncode == 1
            assert result.stderr.strip().endswith("the disk is full; nothing was changed"), result.stderr
            assert sorted(path.name for path in mount.iterdir()) == ["vol"]
        (mount / "vol").unlink()
        assert speerpunt("demo", mount / "demo.speerpunt").returncode == 0
        assert len(json.loads(speerpunt("findings", mount / "demo.speerpunt", "--json").stdout)) > 0
