"""Subcommands that create projects: init and demo."""

from __future__ import annotations

import argparse

from desktop.commands.common import add_json, add_project
from desktop.store.project import create_project


def register(sub: argparse._SubParsersAction) -> dict:
    add_json(add_project(sub.add_parser("init", help="create a new, empty project file")))
    add_json(add_project(sub.add_parser("demo", help="create a demo project with documents and findings")))
    return {"init": init, "demo": demo}


def init(args: argparse.Namespace) -> dict:
    create_project(args.project).close()
    return {"project": str(args.project), "message": f"created {args.project}"}


def demo(args: argparse.Namespace) -> dict:
    from desktop.demo import build_demo_project

    summary = build_demo_project(args.project)
    return {"project": str(args.project), **summary}
