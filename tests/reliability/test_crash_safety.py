"""A process killed in the middle of a burst of tagging loses nothing it reported as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop.store import create_project, open_project
from tests.builders import add_document, add_small_framework

BURST = """
import sys
from desktop.operations.findings import add_finding
from desktop.store import open_project

project = open_project(sys.argv[1])
document = project.db.execute("SELECT id FROM documents").fetchone()[0]
speerpunt = project.db.execute("SELECT id FROM speerpunten").fetchone()[0]
n = 0
while True:
    start = n % 300
    finding = add_finding(project, document, speerpunt, "concern", start, start + 5, note=f"notitie {n}",
                          author="Burst")
    print(finding.id, flush=True)
    n += 1
"""


def test_sigkill_mid_burst_keeps_every_reported_finding(tmp_path: Path) -> None:
    path = tmp_path / "burst.speerpunt"
    project = create_project(path)
    add_small_framework(project)
    add_document(project, ["Een lange alinea over wonen en werk in de stad. " * 10])
    project.close()
    process = subprocess.Popen(
        [sys.executable, "-c", BURST, str(path)], stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    reported = []
    try:
        for line in process.stdout:
            reported.append(line.strip())
            if len(reported) == 200:
                os.kill(process.pid, signal.SIGKILL)
                break
    finally:
        process.kill()
        process.wait(timeout=10)
    # Whatever the pipe still held was also reported as saved.
    reported += [line.strip() for line in process.stdout.read().splitlines() if line.strip()]
    assert process.returncode == -signal.SIGKILL
    with open_project(path) as reopened:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in reopened.db.execute("SELECT id FROM findings")}
    assert len(reported) >= 200
    assert set(reported) <= stored
