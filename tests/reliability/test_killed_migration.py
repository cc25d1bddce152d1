"""An older project file whose upgrade is killed in the middle of a step (a power cut while the new
version opens it) opens on the next start as if nothing had happened: every step commits with its
version number or not at all, and what the killed step left in the write-ahead log is recognised as
this project's own (not refused as a stranger's log, not folded in half).

The kill is deterministic: the child process ends itself with SIGKILL right after the step's work,
before its transaction commits.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from desktop.store.migrations import LATEST_VERSION
from tests.cli_process import speerpunt

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "projects" / "v1.speerpunt"

KILLED_IN_STEP = """
import os, signal, sys
from desktop.store import migrations
step = int(sys.argv.pop(1))
original = migrations.MIGRATIONS[step]
def killed(db):
    original(db)
    os.kill(os.getpid(), signal.SIGKILL)
migrations.MIGRATIONS[step] = killed
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _what_an_analyst_sees(project: Path) -> tuple:
    """The documents, findings and a search, read as the next start reads the file (with its whole-file check)."""
    from desktop.store import open_project
    from desktop.store.documents import list_documents
    from desktop.store.findings import list_findings
    from desktop.store.index.search import search

    with open_project(project, full_check=True) as opened:
        documents = [(d.id, d.title, d.passages) for d in list_documents(opened)]
        findings = [(f.id, f.start, f.end, f.note) for f in list_findings(opened)]
        hits = [(h.passage_id, h.matches) for h in search(opened, "woning")]
    return documents, findings, hits


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory) -> tuple:
    """What the old file shows after an upgrade nobody interrupted."""
    path = tmp_path_factory.mktemp("gewoon") / "oud.speerpunt"
    shutil.copy(FIXTURE, path)
    seen = _what_an_analyst_sees(path)
    assert all(seen), "the fixture has documents, findings and hits to compare"
    return seen


@pytest.mark.parametrize("step", range(1, LATEST_VERSION))
def test_an_upgrade_killed_inside_a_step_opens_whole_on_the_next_start(tmp_path: Path, upgraded: tuple,
                                                                       step: int) -> None:
    path = tmp_path / "oud.speerpunt"
    shutil.copy(FIXTURE, path)

    killed = speerpunt(step, "docs", path, program=KILLED_IN_STEP)
    assert killed.returncode == -signal.SIGKILL
    # The steps before the killed one committed; the killed one did not.
    version = sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("PRAGMA user_version").fetchone()[0]
    assert version == step

    assert _what_an_analyst_sees(path) == upgraded
