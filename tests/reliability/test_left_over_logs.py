"""A -wal or -journal left beside a project that does not belong to it must never be folded in.

SQLite folds a left-over -wal into the file (and rolls a left-over -journal back into it) the moment
any program opens the file, and neither log records which file it belongs to. Before this check a
-wal from another project (or another copy of the same one) beside a project destroyed it on the
first command, even `docs`: the project, 3.4 MB, became the other project's 0.8 MB of pages and
`check` called it damaged. Each case runs the real `speerpunt` command in a child process; the logs
are made by a child process that writes and ends without closing (as a crash or SIGKILL leaves them).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.cli_process import REPO, speerpunt


def digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())
            if path.is_file()}


def notes(path: Path) -> list[str]:
    result = speerpunt("findings", path, "--json")
    assert result.returncode == 0, result.stderr
    return sorted(finding["note"] for finding in json.loads(result.stdout))


def crash_after_writing(path: Path, statement: str, journal: str = "wal") -> None:
    """A child process commits ``statement`` (or, for a rollback journal, leaves it half done) and dies
    without closing the project: the state a crash or SIGKILL leaves on disk."""
    script = textwrap.dedent(f"""
        import os, sqlite3, sys
        connection = sqlite3.connect(sys.argv[1], isolation_level=None)
        if {journal!r} == "wal":
            connection.execute("PRAGMA wal_autocheckpoint = 0")
            connection.execute(sys.argv[2])
        else:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("PRAGMA cache_size = 5")  # spill pages into the file before the commit
            connection.execute("BEGIN")
            connection.execute(sys.argv[2])
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script, str(path), statement], check=True, timeout=60)
    assert path.with_name(f"{path.name}-{journal}").stat().st_size > 0


@pytest.fixture
def two_projects(tmp_path: Path) -> tuple[Path, Path]:
    ours, theirs = tmp_path / "ours" / "werk.speerpunt", tmp_path / "theirs" / "werk.speerpunt"
    for path in (ours, theirs):
        path.parent.mkdir()
        result = speerpunt("demo", path)
        assert result.returncode == 0, result.stderr
    assert speerpunt("finding", ours, json.loads(speerpunt("findings", ours, "--json").stdout)[0]["id"],
                     "--set", "note=Alleen in ons project").returncode == 0
    return ours, theirs


@pytest.mark.parametrize("journal", ["wal", "journal"])
def test_a_log_left_by_another_project_is_refused_and_changes_nothing(two_projects, journal: str) -> None:
    ours, theirs = two_projects
    ours_before = notes(ours)
    crash_after_writing(theirs, "UPDATE findings SET note = 'van het andere project' WHERE rowid % 3 = 0", journal)
    for suffix in (f"-{journal}", "-shm"):
        if theirs.with_name(theirs.name + suffix).exists():
            shutil.copyfile(theirs.with_name(theirs.name + suffix), ours.with_name(ours.name + suffix))
    before = digests(ours.parent)

    for command in (["docs", ours], ["findings", ours, "--json"], ["check", ours],
                    ["tag", ours, "--doc", "x", "--start", "0", "--end", "5", "--speerpunt", "1.1",
                     "--assessment", "zorg"],
                    ["backup", ours, "--out", ours.parent.parent / "kopie.speerpunt"]):
        result = speerpunt(*command)
        assert result.returncode == 1, (command, result.stdout)
        assert result.stderr.count("\n") == 1, result.stderr
        assert f"werk.speerpunt-{journal} beside it does not belong to this project" in result.stderr
        assert digests(ours.parent) == before, f"{command[0]} changed the project or its log"

    # The way out the message gives: move the log away, and the project is as it was.
    ours.with_name(f"{ours.name}-{journal}").rename(ours.parent.parent / "apart")
    assert notes(ours) == ours_before
    assert speerpunt("check", ours).returncode == 0


def test_the_projects_own_log_after_a_crash_is_folded_in(tmp_path: Path) -> None:
    path = tmp_path / "werk.speerpunt"
    assert speerpunt("demo", path).returncode == 0
    crash_after_writing(path, "UPDATE findings SET note = 'na de crash' WHERE rowid % 2 = 0")
    assert "na de crash" in notes(path)
    assert speerpunt("check", path).returncode == 0


def test_a_project_reached_through_a_symbolic_link_is_protected_the_same(two_projects) -> None:
    ours, theirs = two_projects
    crash_after_writing(theirs, "UPDATE findings SET note = 'van het andere project' WHERE rowid % 3 = 0")
    shutil.copyfile(theirs.with_name(theirs.name + "-wal"), ours.with_name(ours.name + "-wal"))
    link = ours.parent.parent / "snelkoppeling.speerpunt"
    link.symlink_to(ours)
    before = digests(ours.parent)
    result = speerpunt("docs", link)
    assert result.returncode == 1
    assert f"{ours}-wal beside it does not belong to this project" in result.stderr, result.stderr
    assert digests(ours.parent) == before


def test_a_log_in_use_by_another_process_is_told_from_one_left_over(tmp_path: Path) -> None:
    """The check on a copy is for a log left over; a command beside an open window must not copy and
    check the window's live log (a copy taken while the window writes need not be consistent)."""
    from desktop.store.project import _in_use_elsewhere

    path = tmp_path / "werk.speerpunt"
    assert speerpunt("demo", path).returncode == 0
    assert not _in_use_elsewhere(path)
    window = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys
        from desktop.store.project import open_project
        project = open_project(sys.argv[1])
        project.db.execute("UPDATE findings SET note = 'in het venster' WHERE rowid = 1")
        print("open", flush=True)
        sys.stdin.read()
    """), str(path)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        assert _in_use_elsewhere(path)
        assert "in het venster" in notes(path)
    finally:
        window.communicate("")
    assert not _in_use_elsewhere(path)


@pytest.mark.parametrize("suffix", ["-wal", "-journal", "-shm"])
@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_a_side_file_that_is_not_a_file_is_refused_in_one_line(tmp_path: Path, suffix: str, kind: str) -> None:
    """Before: a pipe named werk.speerpunt-journal made every command wait forever (SQLite reads it as
    a journal), and a folder named werk.speerpunt-wal gave a message about free space."""
    path = tmp_path / "werk.speerpunt"
    assert speerpunt("demo", path).returncode == 0
    side = tmp_path / f"werk.speerpunt{suffix}"
    side.mkdir() if kind == "folder" else os.mkfifo(side)
    before = digests(tmp_path)
    result = speerpunt("docs", path, timeout=30)
    assert result.returncode == 1
    assert result.stderr == (f"speerpunt docs: werk.speerpunt: werk.speerpunt{suffix} beside it is not a file "
                             "(a folder, pipe, device or broken link); move it away and open the project again\n")
    assert side.exists()
    assert digests(tmp_path) == before
