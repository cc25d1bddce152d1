"""A command killed while writing a file (export, bundle, backup) leaves the project as it was, and
the next write of that file removes the temporary file the killed one left.

Before: each killed export, bundle or backup left a hidden temporary file as large as the output
(`.werk.c7wjga17.speerpunt.tmp` and its `-journal` for a backup) in the target folder, for good;
automatic backups killed in `<name>-backups/` piled up there. The kill here is deterministic: the
child process ends itself with SIGKILL at the moment the temporary file is complete and about to be
renamed onto the target (the fsync every atomic write makes first).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.files import atomic
from desktop.files.atomic import write_bytes_atomically
from tests.cli_process import demo_project, digest
from tests.cli_process import speerpunt as run_speerpunt

KILLED_BEFORE_RENAME = """
import os, signal, sys
import desktop.files.atomic as atomic
atomic._fsync_file = lambda path: os.kill(os.getpid(), signal.SIGKILL)
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def speerpunt(*args: object, killed: bool = False) -> subprocess.CompletedProcess:
    return run_speerpunt(*args, program=KILLED_BEFORE_RENAME if killed else None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return demo_project(tmp_path_factory.mktemp("demo"))


@pytest.mark.parametrize("command, name", [
    (["backup", "{project}", "--out", "{out}"], "kopie.speerpunt"),
    (["bundle", "{project}", "--out", "{out}"], "werk.bundle"),
    (["export", "{project}", "--layout", "speerpunten", "--out", "{out}"], "reactie.docx"),
    (["export", "{project}", "--layout", "xlsx", "--out", "{out}"], "bevindingen.xlsx"),
    (["export", "{project}", "--layout", "csv", "--out", "{out}"], "bevindingen.csv"),
])
def test_a_killed_write_leaves_the_project_and_its_next_write_leaves_no_temporary_file(
        demo: Path, tmp_path: Path, command: list[str], name: str) -> None:
    out = tmp_path / "uit" / name
    out.parent.mkdir()
    arguments = [part.format(project=demo, out=out) for part in command]
    project_before = digest(demo)

    killed = speerpunt(*arguments, killed=True)
    assert killed.returncode == -signal.SIGKILL
    assert not out.exists()
    assert [path.name for path in out.parent.iterdir()], "the kill came after the temporary file was written"
    assert digest(demo) == project_before
    assert speerpunt("check", demo).returncode == 0

    again = speerpunt(*arguments)
    assert again.returncode == 0, again.stderr
    assert [path.name for path in out.parent.iterdir()] == [name]


def test_a_temporary_file_another_process_is_still_writing_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "werk.bundle"
    writer = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    gone_pid = _a_pid_that_is_gone()
    try:
        busy = tmp_path / f".werk.{atomic._HOST}-{writer.pid}-abc123.bundle.tmp"
        left = [tmp_path / f".werk.{atomic._HOST}-{gone_pid}-xyz789.bundle.tmp",
                tmp_path / f".werk.{atomic._HOST}-{gone_pid}-xyz789.bundle.tmp-journal"]
        other_computer = tmp_path / f".werk.ffffff-{gone_pid}-q1w2e3.bundle.tmp"
        for path in (busy, *left, other_computer):
            path.write_bytes(b"half")
        write_bytes_atomically(target, b"klaar")
        assert sorted(path.name for path in tmp_path.iterdir()) == sorted([target.name, busy.name, other_computer.name])
    finally:
        writer.communicate(b"")


def _a_pid_that_is_gone() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    try:
        os.kill(process.pid, 0)
    except ProcessLookupError:
        return process.pid
    pytest.skip("the finished process's id was taken again at once")


def test_a_merge_killed_while_backing_up_first_changes_nothing_and_leaves_no_half_backup(
        demo: Path, tmp_path: Path) -> None:
    ours = tmp_path / "werk.speerpunt"
    assert speerpunt("backup", demo, "--out", ours).returncode == 0
    bundle = tmp_path / "collega.bundle"
    assert speerpunt("bundle", demo, "--out", bundle).returncode == 0
    before = digest(ours)

    killed = speerpunt("merge", ours, bundle, killed=True)
    assert killed.returncode == -signal.SIGKILL
    backups = tmp_path / "werk-backups"
    assert [path.name for path in backups.iterdir()], "the kill came after the backup's temporary file was written"
    assert speerpunt("check", ours).returncode == 0
    assert digest(ours) == before

    again = speerpunt("merge", ours, bundle)
    assert again.returncode == 0, again.stderr
    left = [path.name for path in backups.iterdir()]
    assert len(left) == 1 and left[0].startswith("werk-") and left[0].endswith("-before-merge.speerpunt"), left
