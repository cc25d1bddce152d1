"""A sync round killed between publishing and saving its state: the next round publishes under the same name.

Before: the first round made up this copy's device name, published under it and saved the name only at
the end; killed in between, the next round made up another, and colleagues listed this analyst twice
for good (the first name's files were never updated again). The child process ends itself with SIGKILL
right after publishing (deterministic).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

KILLED_AFTER_PUBLISHING = """
import os, signal, sys
import desktop.sync.team_round as team_round
real_publish = team_round.publish
def publish_and_die(*args, **kwargs):
    real_publish(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
team_round.publish = publish_and_die
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_round_killed_after_publishing_keeps_its_name_next_time(tmp_path: Path) -> None:
    project, folder = tmp_path / "werk.speerpunt", tmp_path / "team"
    folder.mkdir()
    assert subprocess.run([sys.executable, "-m", "desktop.cli", "demo", str(project)], cwd=REPO,
                          capture_output=True, check=False).returncode == 0
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_PUBLISHING, "sync", str(project), str(folder),
                             "--analyst", "Fatima"], cwd=REPO, capture_output=True, text=True, check=False)
    assert killed.returncode == -signal.SIGKILL
    published = sorted(path.name for path in (folder / "analysts").iterdir())
    assert len(published) == 2, published  # the manifest and the work file

    again = subprocess.run([sys.executable, "-m", "desktop.cli", "sync", str(project), str(folder), "--json"],
                           cwd=REPO, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert sorted(path.name for path in (folder / "analysts").iterdir()) == published
    assert [entry["analyst"] for entry in json.loads(again.stdout)["analysts"]] == ["Fatima"]
