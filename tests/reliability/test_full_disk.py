"""A really full disk (a small tmpfs; needs root, skipped otherwise): for the project and its -wal, and
for an export or backup target. Every command fails with one line, exit 1; the project is unchanged
and nothing is left behind.

Before: a backup onto a full disk left its temporary file's `-journal` behind, an XLSX or Word export
printed a ZipFile traceback under its one-line reason, and a project on a disk with a few kilobytes
left was "the project file cannot be opened (disk I/O error)" instead of "the disk is full".
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.cli_process import demo_project, digest, speerpunt
from tests.cli_process import small_disk as mounted_small_disk


@pytest.fixture
def small_disk(tmp_path: Path):
    with mounted_small_disk(tmp_path) as mount:
        yield mount


def fill(mount: Path, leave_kb: int) -> None:
    status = os.statvfs(mount)
    (mount / "vol").write_bytes(bytes(max(0, status.f_bavail * status.f_frsize - leave_kb * 1024)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return demo_project(tmp_path_factory.mktemp("demo"))


@pytest.mark.parametrize("command, name", [
    (["backup", "{project}", "--out", "{out}"], "kopie.speerpunt"),
    (["bundle", "{project}", "--out", "{out}"], "werk.bundle"),
    (["export", "{project}", "--layout", "xlsx", "--out", "{out}"], "bevindingen.xlsx"),
    (["export", "{project}", "--layout", "speerpunten", "--include-empty", "--appendix", "--out", "{out}"],
     "reactie.docx"),
])
def test_an_output_on_a_full_disk_fails_in_one_line_and_leaves_nothing(demo: Path, small_disk: Path,
                                                                       command: list[str], name: str) -> None:
    fill(small_disk, 8)
    before = digest(demo)
    result = speerpunt(*[part.format(project=demo, out=small_disk / name) for part in command])
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"speerpunt {command[0]}: {name}: could not be written: the disk is full; "
                                          "free some space or choose another folder"], result.stderr
    assert sorted(path.name for path in small_disk.iterdir()) == ["vol"]
    assert digest(demo) == before


@pytest.mark.parametrize("leave_kb", [4, 64])
def test_a_project_on_a_full_disk_refuses_every_change_in_one_line(demo: Path, small_disk: Path, tmp_path: Path,
                                                                    leave_kb: int) -> None:
    project = small_disk / "werk.speerpunt"
    shutil.copyfile(demo, project)
    bundle = tmp_path / "collega.bundle"
    assert speerpunt("bundle", demo, "--out", bundle).returncode == 0
    finding = json.loads(speerpunt("findings", demo, "--json").stdout)[0]
    fill(small_disk, leave_kb)
    for command in (["finding", project, finding["id"], "--set", "note=" + "lang " * 20_000],
                    ["merge", project, bundle]):
        result = speerpunt(*command)
        assert result.returncode == 1, result.stdout
        assert result.stderr.splitlines() == [f"speerpunt {command[0]}: werk.speerpunt: the disk is full; "
                                              "nothing was changed"], result.stderr
        # The merge's backup could not be written: no empty werk-backups/ folder is left beside the project.
        assert sorted(path.name for path in small_disk.iterdir() if not path.name.startswith("werk.speerpunt")) \
            == ["vol"], command[0]
    (small_disk / "vol").unlink()
    assert speerpunt("check", project).returncode == 0
    assert speerpunt("findings", project, "--json").stdout == speerpunt("findings", demo, "--json").stdout
