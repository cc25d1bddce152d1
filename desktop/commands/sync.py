"""`speerpunt sync`: one round (or, with --watch, rounds until interrupted) with a team folder."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened

# The team sync is imported when `sync` runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser(
        "sync", help="publish your work into a team folder and bring in everyone else's (one round)")))
    parser.add_argument("folder", type=Path, help="the team folder a sync service shares (OneDrive, a share)")
    parser.add_argument("--analyst", default="",
                        help="your name, as colleagues see it (remembered; the first time, your login name)")
    parser.add_argument("--watch", action="store_true", help="sync again every few seconds until interrupted")
    parser.add_argument("--interval", type=float, default=3.0, metavar="SECONDS",
                        help="with --watch: seconds between rounds (default 3)")
    return {"sync": sync}


def sync(args: argparse.Namespace) -> object:
    from desktop.operations.merge import MergeRefused
    from desktop.store.read_only import refuse_if_read_only
    from desktop.sync.state import load_state
    from desktop.sync.team_round import SyncRefused, sync_round

    refuse_if_read_only(args.project)  # before the team folder is read
    if not args.analyst and not load_state(args.project).analyst:
        args.analyst = _login_name()
    if not args.watch:
        with opened(args.project) as project:
            report = sync_round(project, args.folder, args.analyst)
        return report.as_dict() if args.json else describe(report)
    try:
        with opened(args.project) as project:
            first = True
            while True:
                try:
                    report = sync_round(project, args.folder, args.analyst)
                except (SyncRefused, MergeRefused, OSError) as error:
                    # A share that went offline, a file held open: say so and try again next round.
                    print(f"speerpunt sync: {error}", file=sys.stderr, flush=True)
                    time.sleep(max(0.2, args.interval))
                    continue
                if first or report.anything or report.unmatched:
                    print(json.dumps(report.as_dict(), ensure_ascii=False) if args.json else describe(report),
                          flush=True)
                first = False
                time.sleep(max(0.2, args.interval))
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def describe(report) -> str:
    """One line per round: what came in, what went out, conflicts, skipped files."""
    received = report.received
    parts = [f"{report.finished[11:19]} in: {received['added']} new, {received['updated']} updated "
             f"from {len(report.read)} file(s)"]
    if report.documents_in:
        parts.append(f"documents in: {', '.join(report.documents_in)}")
    parts.append(f"out: {report.published} row(s)")
    if report.originals_out:
        parts.append(f"originals out: {', '.join(report.originals_out)}")
    parts.append(f"open conflicts: {report.open_conflicts}")
    if report.skipped:
        parts.append(f"skipped {len(report.skipped)}: "
                     + "; ".join(f"{entry['file']} ({entry['reason']})" for entry in report.skipped))
    lines = ["; ".join(parts)]
    lines += [f"not matched: {message}" for message in report.unmatched]
    return "\n".join(lines)
