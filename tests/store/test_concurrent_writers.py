"""Two programs writing one project: an edit waits for the other's write, it is never refused or lost.

Before: every write transaction began deferred (sqlite-utils' ``atomic()``): it read under a
snapshot and asked for the write lock only at its first write. When another program (a
`speerpunt` command beside the open window) committed in between, SQLite refused the lock at once
("database is locked", after a millisecond, no busy wait), so a tag made in the window failed
whenever a command wrote meanwhile. Measured with the window's store layer adding a finding every
20 ms beside four CLI writers: 90 of 450 tags refused. Now the transaction takes the write lock
when it begins and waits for it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.operations import findings as finding_operations
from desktop.operations.findings import add_finding
from desktop.store.project import open_project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "werk.speerpunt"
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "demo", str(path)], cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return path


def _a_place_to_tag(project) -> tuple[str, str, int, int]:
    return project.db.execute("SELECT document_id, speerpunt_id, start, \"end\" FROM findings "
                              "WHERE start IS NOT NULL LIMIT 1").fetchone()


def test_an_edit_made_while_another_program_commits_waits_and_both_are_kept(demo: Path, monkeypatch) -> None:
    window = open_project(demo)
    other = sqlite3.connect(demo, isolation_level=None, timeout=0)  # the other program: does not wait
    others_write = "UPDATE findings SET note = 'van de andere' WHERE rowid = 1"
    outcome: dict[str, object] = {}
    real_ensure_author = finding_operations.ensure_author

    def other_program_commits_meanwhile(project, name):
        # The edit's transaction has begun; sqlite-utils' insert reads the table's columns first,
        # which starts the transaction's snapshot, and the other program commits right then.
        project.db.execute("SELECT count(*) FROM authors").fetchone()
        try:
            other.execute(others_write)
            outcome["other"] = "committed before the edit"
        except sqlite3.OperationalError as error:
            outcome["other"] = str(error)  # the edit holds the write lock: the other program waits its turn
        return real_ensure_author(project, name)

    try:
        document, speerpunt, start, end = _a_place_to_tag(window)
        add_finding(window, document, speerpunt, "concern", start, end, note="eerste", author="Fatima el Amrani")
        monkeypatch.setattr(finding_operations, "ensure_author", other_program_commits_meanwhile)
        add_finding(window, document, speerpunt, "concern", start, end, note="tijdens de andere",
                    author="Fatima el Amrani")
        if outcome["other"] != "committed before the edit":
            assert "locked" in str(outcome["other"])
            other.execute(others_write)  # its turn, now the edit is committed
    finally:
        other.close()
        window.close()

    project = open_project(demo)
    try:
        notes = {row[0] for row in project.db.execute("SELECT note FROM findings")}
    finally:
        project.close()
    assert {"eerste", "tijdens de andere", "van de andere"} <= notes


def test_the_window_and_a_command_writing_at_once_lose_nothing(demo: Path, tmp_path: Path) -> None:
    window = open_project(demo)
    document, speerpunt, start, end = _a_place_to_tag(window)
    code = window.db.execute("SELECT code FROM speerpunten WHERE id = ?", [speerpunt]).fetchone()[0]
    commands = []
    for run in range(2):
        lines = tmp_path / f"bulk-{run}.jsonl"
        lines.write_text("".join(json.dumps({"document": document, "start": start, "end": end, "speerpunt": code,
                                             "assessment": "zorg", "note": f"cli-{run}-{n}"}) + "\n"
                                 for n in range(300)), encoding="utf-8")
        commands.append(subprocess.Popen([sys.executable, "-m", "desktop.cli", "tag", str(demo), "--from", str(lines)],
                                         cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    done = threading.Event()
    tagged = 0
    try:
        # The window tags until both commands are done (at least 20 times), each tag its own transaction.
        while tagged < 20 or not done.is_set():
            add_finding(window, document, speerpunt, "concern", start, end, note=f"window-{tagged}")
            tagged += 1
            if all(command.poll() is not None for command in commands):
                done.set()
    finally:
        window.close()
    for command in commands:
        _, error = command.communicate(timeout=120)
        assert command.returncode == 0, error

    project = open_project(demo)
    try:
        notes = [row[0] for row in project.db.execute("SELECT note FROM findings")]
    finally:
        project.close()
    assert sum(note.startswith("cli-") for note in notes) == 600
    assert sum(note.startswith("window-") for note in notes) == tagged
