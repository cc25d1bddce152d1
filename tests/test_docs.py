"""Docs that cannot drift: every command is in the README, every module says what it holds."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.cli import build_parser

REPO = Path(__file__).resolve().parents[1]


def _subcommands() -> list[str]:
    parser = build_parser()
    sub = next(action for action in parser._actions if action.dest == "command")
    names = []
    for name, subparser in sub.choices.items():
        nested = [a for a in subparser._actions if getattr(a, "choices", None) and a.dest.endswith("_command")]
        names += [f"{name} {child}" for action in nested for child in action.choices] or [name]
    return names


def test_every_command_is_shown_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _subcommands() if not re.search(rf"speerpunt {re.escape(name)}\b", readme)]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_module_starts_with_a_docstring_and_stays_small() -> None:
    offenders = []
    for path in [*REPO.glob("desktop/**/*.py"), *REPO.glob("exporters/**/*.py"), *REPO.glob("bench/*.py")]:
        source = path.read_text(encoding="utf-8")
        if source.strip() and ast.get_docstring(ast.parse(source)) is None:
            offenders.append(f"{path.relative_to(REPO)}: no module docstring")
        if source.count("\n") > 600:
            offenders.append(f"{path.relative_to(REPO)}: over 600 lines")
    assert not offenders, "\n".join(offenders)
