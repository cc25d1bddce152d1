"""End to end with real processes: two sessions on two project copies, one team folder between them.

Bram's session runs `speerpunt sync --watch`; Ann tags a finding with `speerpunt tag` and runs one
`speerpunt sync`. Within seconds Bram's project, read by a third process, holds her finding.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.sync.laptops import empty_project, start_team

REPO = Path(__file__).resolve().parents[2]


def speerpunt(*args: str) -> object:
    result = subprocess.run([sys.executable, "-m", "desktop.cli", *args, "--json"], cwd=REPO, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_finding_made_in_one_session_appears_in_the_other_within_seconds(tmp_path: Path) -> None:
    ann, _codes, document = start_team(tmp_path / "ann")
    (tmp_path / "bram").mkdir()
    bram = empty_project(tmp_path / "bram" / "werk.speerpunt")
    folder = tmp_path / "OneDrive - Gemeente" / "Speerpunt team"
    folder.mkdir(parents=True)
    speerpunt("sync", str(ann), str(folder), "--analyst", "Ann")
    watcher = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "sync", str(bram), str(folder), "--analyst", "Bram", "--watch",
         "--interval", "0.5", "--json"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while not _has_document(bram):
            assert time.monotonic() < deadline, "Bram never received the agreement"
            time.sleep(0.3)
        made = speerpunt("tag", str(ann), "--doc", document[:8], "--quote", "de jeugdzorg", "--speerpunt", "2.1",
                         "--assessment", "zorg", "--note", "Geen geld erbij", "--author", "Ann")
        speerpunt("sync", str(ann), str(folder), "--analyst", "Ann")
        synced = time.monotonic()
        while True:
            found = {row["id"]: row for row in speerpunt("findings", str(bram))}
            if made["id"] in found:
                break
            assert time.monotonic() - synced < 10, "Ann's finding did not reach Bram within 10 seconds"
            time.sleep(0.2)
        assert found[made["id"]]["note"] == "Geen geld erbij"
    finally:
        watcher.send_signal(signal.SIGINT)
        try:
            watcher.wait(timeout=20)
        except subprocess.TimeoutExpired:
            watcher.kill()
            watcher.wait()
    assert watcher.returncode in (0, 130)
    shutil.rmtree(tmp_path / "bram" / "werk-backups", ignore_errors=True)


def _has_document(project: Path) -> bool:
    return bool(speerpunt("docs", str(project)))
