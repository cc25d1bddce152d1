"""Class 1: no command writes over the project, its -wal/-shm, a link to it or another project; read-only stays.

Every command that writes a file is tried against every kind of forbidden
target; each must refuse in one line with exit 1, and the project must stay
byte-identical and list what it listed before.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from desktop.files import atomic
from desktop.files.targets import OutputRefused
from tests.reliability.sample import (
    assert_one_line_refusal,
    build_sample,
    file_state,
    json_out,
    listing,
    make_read_only,
    run,
    undo_read_only,
)

# Each writing command, as a function of (project, target) -> argv.
COMMANDS = {
    "bundle": lambda s, out: ["bundle", s.path, "--out", out],
    "framework export": lambda s, out: ["framework", "export", s.path, "--out", out],
    "framework propose": lambda s, out: ["framework", "propose", s.path, s.position, "--out", out],
    "backup": lambda s, out: ["backup", s.path, "--out", out],
    **{f"export {layout}": functools.partial(lambda layout, s, out: ["export", s.path, "--layout", layout,
                                                                      "--out", out], layout)
       for layout in ("speerpunten", "analyse", "annotated", "vergelijking", "csv", "xlsx")},
}


def _project_itself(sample, tmp_path: Path) -> Path:
    return sample.path


def _wal(sample, tmp_path: Path) -> Path:
    return sample.path.with_name(sample.path.name + "-wal")


def _shm(sample, tmp_path: Path) -> Path:
    return sample.path.with_name(sample.path.name + "-shm")


def _hard_link(sample, tmp_path: Path) -> Path:
    link = tmp_path / "ander-naam.docx"
    os.link(sample.path, link)
    return link


def _symbolic_link(sample, tmp_path: Path) -> Path:
    link = tmp_path / "snelkoppeling.xlsx"
    link.symlink_to(sample.path)
    return link


def _relative_spelling(sample, tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    return tmp_path / "sub" / ".." / sample.path.name


TARGETS = [_project_itself, _wal, _shm, _hard_link, _symbolic_link, _relative_spelling]


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path / "werk.speerpunt")


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.__name__.strip("_"))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_command_writes_over_the_open_project(sample, tmp_path, capsys, command, target) -> None:
    before, seen = file_state(sample.path), listing(sample.path)
    out = target(sample, tmp_path)
    code, _, err = run(capsys, *COMMANDS[command](sample, out))
    assert_one_line_refusal(code, err)
    assert any(word in err for word in ("open project", "database", "link", "the file"))
    assert file_state(sample.path) == before
    assert listing(sample.path) == seen
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


@pytest.mark.parametrize("command", ["bundle", "framework export", "backup", "export csv"])
def test_another_project_is_never_replaced(sample, tmp_path, capsys, command) -> None:
    other = build_sample(tmp_path / "collega.speerpunt")
    before = file_state(other.path)
    code, _, err = run(capsys, *COMMANDS[command](sample, other.path))
    assert_one_line_refusal(code, err, "collega.speerpunt", "database")
    assert file_state(other.path) == before


def test_a_backup_never_replaces_an_older_copy_of_the_same_project(sample, tmp_path, capsys) -> None:
    # Decided in docs/RELIABILITY.md §6: a copy of a project is a project; rotate by date instead.
    first = tmp_path / "werk-kopie.speerpunt"
    assert run(capsys, "backup", sample.path, "--out", first)[0] == 0
    kept = file_state(first)
    assert run(capsys, "report", sample.path, "--set", "organisation=G32")[0] == 0
    code, _, err = run(capsys, "backup", sample.path, "--out", first)
    assert_one_line_refusal(code, err, "werk-kopie.speerpunt", "choose another file name")
    assert file_state(first) == kept  # yesterday's copy still holds yesterday's state
    code, _, err = run(capsys, "backup", sample.path, "--out", tmp_path / "werk-2026-02-24.speerpunt")
    assert code == 0, err
    code, out, _ = run(capsys, "report", tmp_path / "werk-2026-02-24.speerpunt", "--json")
    assert json_out(out)["organisation"] == "G32"


@pytest.mark.parametrize("command", ["bundle", "framework export", "framework propose", "backup", "export speerpunten"])
def test_a_read_only_file_is_not_replaced(sample, tmp_path, capsys, command) -> None:
    target = tmp_path / ("doel.docx" if command.startswith("export") else "doel.bestand")
    target.write_bytes(b"the user's earlier version")
    if not make_read_only(target):
        pytest.skip("cannot make a file read-only here")
    try:
        code, _, err = run(capsys, *COMMANDS[command](sample, target))
    finally:
        undo_read_only(target)
    assert_one_line_refusal(code, err, "doel.", "read-only")
    assert target.read_bytes() == b"the user's earlier version"


@pytest.mark.parametrize("command", ["bundle", "framework export", "backup", "export xlsx"])
def test_an_ordinary_target_is_written_whole(sample, tmp_path, capsys, command) -> None:
    # The refusals above must not stop ordinary use, including replacing an earlier output.
    target = tmp_path / ("uit.xlsx" if command == "export xlsx" else "uit.bestand")
    target.write_bytes(b"earlier")
    code, _, err = run(capsys, *COMMANDS[command](sample, target))
    assert code == 0, err
    assert target.read_bytes() != b"earlier" and target.stat().st_size > 100


def test_merge_refuses_a_link_to_the_project_itself(sample, tmp_path, capsys) -> None:
    link = tmp_path / "zelfde.speerpunt"
    os.link(sample.path, link)
    before = file_state(sample.path)
    code, _, err = run(capsys, "merge", sample.path, link)
    assert_one_line_refusal(code, err, "itself")
    assert file_state(sample.path) == before


def test_the_atomic_write_flushes_the_file_before_and_the_folder_after_the_rename(tmp_path, monkeypatch) -> None:
    # A power cut after the rename must find the complete new file: its data is on disk before
    # the rename, and the rename itself is on disk (the folder flushed) before we return.
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        kind = "folder" if os.path.isdir(f"/proc/self/fd/{descriptor}") else "file"
        events.append(f"fsync {kind}")
        real_fsync(descriptor)

    def replace(source, target) -> None:
        events.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic.write_bytes_atomically(tmp_path / "uit.yaml", b"format: speerpunt-framework/1\n")
    assert events == ["fsync file", "rename", "fsync folder"]
    assert (tmp_path / "uit.yaml").read_bytes() == b"format: speerpunt-framework/1\n"


def test_a_failed_atomic_write_leaves_the_earlier_file(tmp_path) -> None:
    target = tmp_path / "kader.yaml"
    target.write_text("earlier")

    def half_then_fail(path: Path) -> None:
        path.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputRefused, match="kader.yaml: could not be written: the disk is full"):
        atomic.write_atomically(target, half_then_fail)
    assert target.read_text() == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["kader.yaml"]


@pytest.mark.parametrize("command", ["init", "demo"])
def test_a_new_project_never_takes_the_place_of_a_side_file_or_a_link(sample, tmp_path, capsys, command) -> None:
    before = file_state(sample.path)
    code, _, err = run(capsys, command, sample.path.with_name(sample.path.name + "-wal"))
    assert_one_line_refusal(code, err, "-wal")
    dangling = tmp_path / "nieuw.speerpunt"
    dangling.symlink_to(sample.path)
    code, _, err = run(capsys, command, dangling)
    assert_one_line_refusal(code, err, "already exists")
    assert file_state(sample.path) == before and listing(sample.path)["findings"]


def test_a_backup_cut_short_is_never_listed_as_a_backup(sample, monkeypatch) -> None:
    from desktop.store import open_project
    from desktop.store.exchange import backup

    def disk_full(project, temporary: Path) -> None:
        temporary.write_bytes(b"SQLite format 3\0 half a backup")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_back_up_into", disk_full)
    with open_project(sample.path) as project, pytest.raises(OutputRefused, match="the disk is full"):
        backup.backup_project(project, reason="auto")
    assert backup.list_backups(sample.path) == []
    # Nothing half-written is left, and the folder this first backup made is taken away again.
    assert not backup.backup_folder(sample.path).exists()
