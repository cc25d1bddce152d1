"""The `speerpunt` command: parses arguments, calls the core, prints text or JSON.

Expected errors (a refused file, an unknown id) print one line to stderr and
exit with 1; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.commands import COMMANDS, EXPECTED_ERRORS, add_arguments


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="speerpunt",
        description="Tag coalition agreements against your speerpunten and draft a formal reaction.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_arguments(sub)
    open_parser = sub.add_parser("open", help="start the desktop application")
    open_parser.add_argument("project", nargs="?", type=Path, help="project file to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "open"):
        return _start_app(getattr(args, "project", None))
    command: Callable[[argparse.Namespace], object] = COMMANDS[args.command]
    try:
        result = command(args)
    except EXPECTED_ERRORS as error:
        print(f"speerpunt {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"speerpunt {args.command}: interrupted", file=sys.stderr)
        return 130
    if result is not None:
        _print(result, as_json=getattr(args, "json", False))
    return getattr(args, "exit_code", 0)


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
