"""Helpers shared by the subcommands: opening the project, the --json flag."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.project import Project, open_project


def add_json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


def add_project(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("project", type=Path, help="the project file (.speerpunt)")
    return parser


@contextmanager
def opened(path: Path) -> Iterator[Project]:
    project = open_project(path)
    try:
        yield project
    finally:
        project.close()
