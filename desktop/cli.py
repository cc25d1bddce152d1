"""The `speerpunt` command: parses arguments, calls the core, prints text or JSON.

Expected errors (a refused file, an unknown id, a wrong option, a project that
cannot be written) print one line to stderr and exit with 1; a closed pipe
(``speerpunt findings | head``) ends quietly; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.commands import COMMANDS, add_arguments, damage_report, expected_errors


class UsageError(Exception):
    """A command line argparse cannot read; the message says what is wrong."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing a usage block and exiting with 2."""

    def error(self, message: str):  # noqa: D401 - argparse's name
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="speerpunt",
        description="Tag coalition agreements against your speerpunten and draft a formal reaction.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_arguments(sub)
    open_parser = sub.add_parser("open", help="start the desktop application")
    open_parser.add_argument("project", nargs="?", type=Path, help="project file to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(f"speerpunt: {_one_line(str(error))} (see speerpunt --help)", file=sys.stderr)
        return 1
    if args.command in (None, "open"):
        return _start_app(getattr(args, "project", None))
    command: Callable[[argparse.Namespace], object] = COMMANDS[args.command]
    try:
        result = command(args)
        if result is not None:
            _print(result, as_json=getattr(args, "json", False))
            sys.stdout.flush()
    except expected_errors() as error:  # evaluated only when an error is raised: no imports to start
        print(f"speerpunt {args.command}: {_one_line(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `speerpunt findings | head`: the reader has all it wants; say nothing more.
        _silence_stdout()
        return 0
    except sqlite3.OperationalError as error:
        # The environment's fault (a read-only file or folder, a full disk, a lock held too long).
        print(f"speerpunt {args.command}: {_database_reason(args, error)}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:
        # Damage found in the middle of a command (a disk error, a file changed underneath).
        name = Path(getattr(args, "project", "") or "").name or "the project"
        print(f"speerpunt {args.command}: {name}: the project file is damaged ({_one_line(str(error))}); "
              "restore a backup (File → Restore backup…)", file=sys.stderr)
        return 1
    except OSError as error:
        # A disk that is full or gone, a file another program holds: the environment, not a bug.
        where = f"{Path(error.filename).name}: " if getattr(error, "filename", None) else ""
        print(f"speerpunt {args.command}: {where}{_one_line(error.strerror or str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"speerpunt {args.command}: interrupted", file=sys.stderr)
        return 130
    finally:
        for line in damage_report():
            print(f"speerpunt {args.command}: {line}", file=sys.stderr)
    return getattr(args, "exit_code", 0)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _database_reason(args: argparse.Namespace, error: sqlite3.OperationalError) -> str:
    from desktop.store.project import disk_is_full

    name = Path(getattr(args, "project", "") or "").name or "the project"
    text = str(error)
    if "readonly" in text or "read-only" in text:
        return f"{name}: the project or its folder is read-only; nothing was changed"
    if "locked" in text or "busy" in text:
        return f"{name}: the project is busy in another program; try again when it is done"
    if disk_is_full(error, Path(getattr(args, "project", "") or ".").absolute()):
        return f"{name}: the disk is full; nothing was changed"
    return f"{name}: the project could not be written ({_one_line(text)}); nothing was changed"


def _silence_stdout() -> None:
    # Python flushes stdout at exit and would report the broken pipe once more.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _print(result: object, as_json: bool) -> None:
    from desktop.commands.output import render_text

    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render_text(result))


def _start_app(project: Path | None) -> int:
    from desktop.app import run

    return run(project)


if __name__ == "__main__":
    sys.exit(main())
