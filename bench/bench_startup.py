"""Cold start: from starting the process to an interactive main window on a large project."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.runner import Benchmark, temp_folder


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


BENCHMARKS = [
    Benchmark("cold start to interactive window (25 agreements, 10k findings)", 1.5, _cold_start, setup=_setup,
              repeat=3, quick_repeat=1),
]
