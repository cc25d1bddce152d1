"""Helpers shared by the subcommands: opening the project, the --json flag."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.project import Project


def add_json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


def add_project(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("project", type=Path, help="the project file (.speerpunt)")
    return parser


_DAMAGE_LINES: list[str] = []


@contextmanager
def opened(path: Path, writes: bool = True) -> Iterator[Project]:
    """The project, open for one command; ``writes=False`` for a command that only reads.

    A project Speerpunt may not write (docs/RELIABILITY.md, "A read-only project") is refused
    before anything is done when the command writes, and read without a byte written in or
    beside it when it only reads.
    """
    # Here, not at the top: building the parser (and `speerpunt --help`) needs no project store.
    from desktop.store.checks.damage import damage_lines
    from desktop.store.project import ProjectRefused, open_project
    from desktop.store.read_only import open_for_reading, refuse_if_read_only

    if writes:
        refuse_if_read_only(path)
        project = open_project(path)
    else:
        project = open_for_reading(path)
    try:
        yield project
    except sqlite3.DatabaseError as error:
        # Opening checks only what is cheap; damage found later is named here with the way to examine it.
        # A lock, a read-only file or folder, a full disk: not damage; the command line says those itself.
        if isinstance(error, sqlite3.OperationalError):
            raise
        raise ProjectRefused(f"{path.name}: the project file could not be read ({error}); "
                             f"`speerpunt check {path}` examines the whole file") from error
    finally:
        # Rows the readers skipped are reported once the command is done (stderr, after its output).
        if getattr(project, "_damage", None):
            _DAMAGE_LINES.extend(line for line in damage_lines(project) if line not in _DAMAGE_LINES)
        project.close()


def damage_report() -> list[str]:
    """The damaged-row lines the commands run so far saw, once (the list is emptied)."""
    lines = list(_DAMAGE_LINES)
    _DAMAGE_LINES.clear()
    return lines
