"""`python -m bench.fuzz.importers [-n N] [--seed S] [--out DIR] [FORMAT ...]`: a fuzzing campaign over every importer.

Each input (random bytes, a mutated valid file, hostile text) goes through
``desktop.ingest.read_document`` in a child process with a time limit; anything
other than a sound document or an ImportRefused is saved to DIR with its
verdict, so it can be replayed with ``--replay FILE``.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
import time
from pathlib import Path

from bench.fuzz.inputs import DOCX_MEMBERS, FORMATS, hostile_text, mutate, mutate_member, random_mutations, seeds
from bench.fuzz.worker import TIME_LIMIT_S, ImporterChild, Verdict


def make_input(fmt: str, rng: random.Random, bases: dict[str, list[bytes]]) -> tuple[str, bytes]:
    """One input for ``fmt`` and a short description of how it was made."""
    roll = rng.random()
    if roll < 0.1:
        header = {"pdf": b"%PDF-1.7\n", "docx": b"PK\x03\x04"}.get(fmt, b"")
        return "random bytes", header * rng.randrange(2) + rng.randbytes(rng.choice((1, 64, 4096, 65536)))
    if fmt in ("txt", "md") and roll < 0.55:
        return "hostile text", hostile_text(rng)
    base = rng.choice(bases[fmt])
    mutations = random_mutations(rng)
    if fmt == "docx" and roll < 0.6:
        member = rng.choice(DOCX_MEMBERS)
        return f"{member} mutated {mutations!r}"[:300], mutate_member(base, member, mutations)
    return f"mutated {mutations!r}"[:300], mutate(base, mutations)


def signature(verdict: Verdict) -> str:
    """Failures that end the same way (last traceback line; innermost frame of a hang) are one finding."""
    lines = [line.strip() for line in verdict.detail.strip().splitlines() if line.strip()]
    if verdict.outcome in ("hang", "crash"):
        return f"{verdict.outcome}: {lines[1] if len(lines) > 1 else (lines or [''])[0]}"[:200]
    # "character '\\udc7d' in position 3300" and "... '\\ud963' in position 5616" are the same bug.
    last = re.sub(r"\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\d+", "#", lines[-1] if lines else "")
    return f"{verdict.outcome}: {last}"[:200]


def campaign(formats: list[str], count: int, seed: int, out: Path, store_every: int,
             extra: list[Path] | None = None, time_limit: float = TIME_LIMIT_S) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    bases = seeds()
    if extra:
        # Real files (e.g. ../shared/corpus) bring their producers' quirks; given, they replace the seeds.
        for fmt in FORMATS:
            chosen = [path.read_bytes() for path in extra if path.suffix.lower() == f".{fmt}"]
            bases[fmt] = chosen or bases[fmt]
    summary: dict[str, dict] = {}
    with ImporterChild(time_limit) as child:
        for fmt in formats:
            rng = random.Random(f"{seed}-{fmt}")
            outcomes: collections.Counter[str] = collections.Counter()
            found: dict[str, dict] = {}
            slowest = 0.0
            started = time.monotonic()
            for index in range(count):
                how, data = make_input(fmt, rng, bases)
                verdict = child.judge(f".{fmt}", data, store=store_every > 0 and index % store_every == 0)
                outcomes[verdict.outcome] += 1
                slowest = max(slowest, verdict.seconds)
                if verdict.acceptable:
                    continue
                key = signature(verdict)
                if key not in found:
                    saved = out / f"{fmt}-{verdict.outcome}-{index}.{fmt}"
                    saved.write_bytes(data)
                    found[key] = {"file": str(saved), "how": how, "detail": verdict.detail[-1500:], "count": 0}
                    print(f"{fmt} #{index}: {key} -> {saved}", file=sys.stderr)
                found[key]["count"] += 1
            summary[fmt] = {"inputs": count, "outcomes": dict(outcomes), "slowest_s": round(slowest, 2),
                            "seconds": round(time.monotonic() - started, 1), "failures": found}
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz.importers", description=__doc__)
    parser.add_argument("formats", nargs="*", metavar="FORMAT", help=f"some of {', '.join(FORMATS)} (default all)")
    parser.add_argument("-n", type=int, default=2000, help="inputs per format (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"), help="where failing inputs go")
    parser.add_argument("--store-every", type=int, default=10,
                        help="also store every Nth sound document in a scratch project (0: never)")
    parser.add_argument("--bases", type=Path, nargs="+", metavar="FILE",
                        help="mutate these files instead of the built-in seeds (per format)")
    parser.add_argument("--time-limit", type=float, default=TIME_LIMIT_S, metavar="SECONDS",
                        help=f"an input taking longer is a hang (default {TIME_LIMIT_S:.0f}; raise it on a busy machine)")
    parser.add_argument("--replay", type=Path, help="judge one saved input and print the verdict")
    args = parser.parse_args(argv)
    if args.replay:
        with ImporterChild(args.time_limit) as child:
            verdict = child.judge(args.replay.suffix, args.replay.read_bytes(), store=True)
        print(f"{verdict.outcome} in {verdict.seconds:.2f} s\n{verdict.detail}")
        return 0 if verdict.acceptable else 1
    unknown = set(args.formats) - set(FORMATS)
    if unknown:
        parser.error(f"unknown format(s): {', '.join(sorted(unknown))}")
    summary = campaign(args.formats or list(FORMATS), args.n, args.seed, args.out, args.store_every, args.bases,
                       args.time_limit)
    failed = False
    for fmt, result in summary.items():
        outcomes = ", ".join(f"{name} {n}" for name, n in sorted(result["outcomes"].items()))
        print(f"{fmt:5} {result['inputs']:6} inputs in {result['seconds']:7.1f} s (slowest {result['slowest_s']} s): "
              f"{outcomes}; {len(result['failures'])} distinct failures")
        for key, failure in result["failures"].items():
            failed = True
            print(f"      {failure['count']:4} x {key}\n           e.g. {failure['file']} ({failure['how'][:120]})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
