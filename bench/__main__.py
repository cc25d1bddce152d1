"""`python -m bench [--quick] [--json FILE] [NAME ...]`: run the benchmarks and print a table."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import sys
from pathlib import Path

from bench.runner import Benchmark, format_table, measure

# Each module holds a BENCHMARKS list; modules whose optional parts are missing are skipped.
MODULES = ["bench.core", "bench.collaboration", "bench.bench_startup", "bench.bench_pane", "bench.bench_table", "bench.bench_export",
           "bench.bench_collection", "bench.bench_search", "bench.bench_refi",
           "bench.bench_revisions", "bench.bench_markdown",
           "bench.suggestions.benchmarks", "bench.bench_rows", "bench.bench_team_folder"]


def collect() -> list[Benchmark]:
    benchmarks: list[Benchmark] = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError as error:
            print(f"bench: skipping {name}: {error}", file=sys.stderr)
            continue
        benchmarks.extend(module.BENCHMARKS)
    return benchmarks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs and only the quick benchmarks")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains one of these")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The offscreen platform's notices about window hints would drown the table.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    results = []
    for benchmark in collect():
        if args.quick and not benchmark.in_quick:
            continue
        if args.names and not any(name in benchmark.name for name in args.names):
            continue
        result = measure(benchmark, quick=args.quick)
        results.append(result)
        print(format_table([result]).splitlines()[1], flush=True)
    print()
    print(format_table(results))
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of the whole run: {peak_rss:.0f} MB")
    if args.json:
        rows = [result.as_dict() for result in results]
        rows.append({"name": "peak memory (whole run)", "median_s": None, "target_s": None, "peak_mb": peak_rss})
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
