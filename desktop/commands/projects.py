"""Subcommands that create projects: init and demo."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("init", help="create a new, empty project file")))
    parser.add_argument("--organisation", metavar="NAME", help="kept in the project for every export")
    add_json(add_project(sub.add_parser("demo", help="create a demo project with documents and findings")))
    parser = add_json(add_project(sub.add_parser(
        "backup", help="write a consistent copy of a project, also while it is open (SQLite's online backup)")))
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="the copy to write")
    add_json(add_project(sub.add_parser(
        "check", help="read the whole project file and report damage (opening checks only what is cheap)")))
    return {"init": init, "demo": demo, "backup": backup, "check": check}


def check(args: argparse.Namespace) -> dict:
    from desktop.store.project import check_project

    facts = check_project(args.project)
    return {"project": str(args.project), "ok": True, **facts,
            "message": f"{args.project}: the whole file was checked ({facts['bytes']:,} bytes); no damage found"}


def init(args: argparse.Namespace) -> dict:
    from desktop.operations.reactions import set_report_parts
    from desktop.store.project import create_project, discard_new_project

    organisation = (args.organisation or "").strip()
    project = create_project(args.project)
    try:
        if organisation:
            set_report_parts(project, {"organisation": organisation})
    except BaseException:
        project.close()
        discard_new_project(args.project)  # a full disk: no half-made project, no -wal left for the next one
        raise
    project.close()
    return {"project": str(args.project), "message": f"created {args.project}"}


def backup(args: argparse.Namespace) -> dict:
    from desktop.files.project_copy import copy_closed_project
    from desktop.store.exchange.backup import copy_project
    from desktop.store.project import project_version
    from desktop.store.read_only import not_writable

    why = not_writable(args.project)
    if why is None:
        with opened(args.project) as project:
            copy = copy_project(project, args.out)
    else:
        # Read-only: copied without opening it there (a -wal left beside it folded into the copy).
        project_version(args.project)
        copy = copy_closed_project(args.project, args.out)
    with opened(copy) as copied:
        findings = copied.db.execute("SELECT count(*) FROM findings WHERE deleted IS NULL").fetchone()[0]
    return {"project": str(args.project), "copy": str(copy), "bytes": copy.stat().st_size, "findings": findings}


def demo(args: argparse.Namespace) -> dict:
    from desktop.demo import build_demo_project

    summary = build_demo_project(args.project)
    return {"project": str(args.project), **summary}
