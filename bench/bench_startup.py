"""Cold start: from starting the process to an interactive main window on a large project."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.runner import Benchmark, Skip, temp_folder

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "Speerpunt" / "speerpunt"
VENV_COMMAND = Path(sys.executable).with_name("speerpunt")


def _setup():
    from bench.core import _collection

    return _collection()


def _cold_start(project) -> str:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(temp_folder("speerpunt-cfg-")),
                       XDG_DATA_HOME=str(temp_folder("speerpunt-data-")))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup_probe", str(project)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=environment)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    words = line.split()
    if not words or words[0] != "ready":
        raise RuntimeError(f"the app did not start (exit {process.returncode})")
    return f"interactive after {elapsed:.2f} s (incl. interpreter start), app peak RSS {words[1]} MB"


def _speerpunt_open(executable: Path, project) -> str:
    """`speerpunt open PROJECT` as an analyst starts it: a fresh process, an empty environment (no
    virtualenv on PATH), a known analyst name; SPEERPUNT_STARTUP_PROBE makes it say when it takes input."""
    if not executable.exists():
        raise Skip(f"{executable.relative_to(REPO) if executable.is_relative_to(REPO) else executable} is not built "
                   "(bash scripts/build-app.sh)")
    home = temp_folder("speerpunt-home-")
    (home / ".config" / "Speerpunt").mkdir(parents=True)
    (home / ".config" / "Speerpunt" / "Speerpunt.ini").write_text("[analyst]\nname=Bench\n", encoding="utf-8")
    environment = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "SPEERPUNT_STARTUP_PROBE": "1",
                   "QT_LOGGING_RULES": "qt.qpa.*=false"}
    started = time.perf_counter()
    process = subprocess.Popen([str(executable), "open", str(project)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=environment, cwd=home)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    words = line.split()
    if not words or words[0] != "ready":
        raise RuntimeError(f"{executable} did not start (exit {process.returncode})")
    return f"interactive after {elapsed:.2f} s, peak RSS {words[1]} MB"


BENCHMARKS = [
    Benchmark("cold start to interactive window (25 agreements, 10k findings)", 1.5, _cold_start, setup=_setup,
              repeat=3, quick_repeat=1),
    # Side by side: the same command from the development venv and from the app bundle.
    Benchmark("cold start, `speerpunt open` from the venv (same project, empty environment)", 1.5,
              lambda project: _speerpunt_open(VENV_COMMAND, project), setup=_setup, repeat=3, quick_repeat=1),
    Benchmark("cold start, `speerpunt open` from the app bundle dist/Speerpunt (same project, empty environment)", 1.5,
              lambda project: _speerpunt_open(BUNDLE, project), setup=_setup, repeat=3, quick_repeat=1),
]
