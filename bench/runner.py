"""Timing benchmarks: median of several runs, target, ratio, peak memory."""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field


class Skip(Exception):
    """A benchmark that cannot run here (e.g. ../shared/corpus is absent)."""


@dataclass
class Benchmark:
    name: str
    target_s: float
    run: Callable[[object], object]
    setup: Callable[[], object] = lambda: None
    teardown: Callable[[object], None] = lambda state: None
    repeat: int = 5
    quick_repeat: int = 2
    in_quick: bool = True
    notes: str = ""


@dataclass
class Result:
    name: str
    median_s: float | None
    target_s: float
    runs: list[float] = field(default_factory=list)
    peak_mb: float | None = None
    skipped: str = ""
    info: str = ""

    @property
    def ratio(self) -> float | None:
        return None if self.median_s is None else self.median_s / self.target_s

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "median_s": self.median_s,
            "target_s": self.target_s,
            "ratio": self.ratio,
            "peak_mb": self.peak_mb,
            "runs": self.runs,
            "skipped": self.skipped or None,
            "info": self.info or None,
        }


def measure(benchmark: Benchmark, quick: bool = False) -> Result:
    """Time ``repeat`` runs untraced, then one more under tracemalloc for the peak.

    Tracing slows pure-Python work about threefold, so it never touches the timings.
    """
    repeat = benchmark.quick_repeat if quick else benchmark.repeat
    runs: list[float] = []
    info = ""
    try:
        for _ in range(repeat):
            elapsed, outcome = _run_once(benchmark, traced=False)
            runs.append(elapsed)
            if isinstance(outcome, str):
                info = outcome
        peak = _run_once(benchmark, traced=True)[1] if not quick else None
    except Skip as reason:
        return Result(benchmark.name, None, benchmark.target_s, skipped=str(reason))
    peak_mb = round(peak / 2**20, 1) if isinstance(peak, int) else None
    return Result(benchmark.name, statistics.median(runs), benchmark.target_s, runs, peak_mb, info=info)


def _run_once(benchmark: Benchmark, traced: bool) -> tuple[float, object]:
    state = benchmark.setup()
    gc.collect()
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = benchmark.run(state)
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if traced else None
        if traced:
            tracemalloc.stop()
        benchmark.teardown(state)
    return (elapsed, peak) if traced else (elapsed, outcome)


def format_table(results: list[Result]) -> str:
    lines = [f"{'benchmark':44} {'median s':>10} {'target s':>9} {'ratio':>6} {'peak MB':>8}  note"]
    for result in results:
        if result.skipped:
            lines.append(f"{result.name:44} {'-':>10} {result.target_s:>9.3f} {'-':>6} {'-':>8}  skipped: "
                         f"{result.skipped}")
            continue
        flag = "" if result.ratio <= 1 else "  MISSES TARGET"
        lines.append(f"{result.name:44} {result.median_s:>10.4f} {result.target_s:>9.3f} {result.ratio:>6.2f} "
                     f"{result.peak_mb or 0:>8.1f}  {result.info}{flag}")
    return "\n".join(lines)


_FOLDERS: list[str] = []


def temp_folder(prefix: str = "speerpunt-bench-"):
    """A scratch folder removed when the benchmark run ends."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    folder = tempfile.mkdtemp(prefix=prefix)
    if not _FOLDERS:
        atexit.register(lambda: [shutil.rmtree(f, ignore_errors=True) for f in _FOLDERS])
    _FOLDERS.append(folder)
    return Path(folder)
