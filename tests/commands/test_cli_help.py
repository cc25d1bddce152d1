"""Every `speerpunt ... --help` says what each positional argument is."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli import build_parser, main


def _subcommands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """Every (sub)command as the words a user types, with its parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*words, name), child
                yield from _subcommands(child, (*words, name))


def test_every_positional_argument_of_every_command_is_explained(capsys):
    commands = dict(_subcommands(build_parser()))
    assert ("passages",) in commands and ("framework", "propose") in commands
    unexplained = []
    for words, parser in commands.items():
        positionals = [action for action in parser._actions
                       if not action.option_strings and not isinstance(action, argparse._SubParsersAction)]
        if not positionals:
            continue
        with pytest.raises(SystemExit):
            main([*words, "--help"])
        shown = capsys.readouterr().out.split("positional arguments:", 1)[1].split("\noptions:", 1)[0]
        for action in positionals:
            name = action.metavar or action.dest
            line = next((line for line in shown.splitlines() if line.strip().startswith(name)), "")
            if not action.help or action.help not in " ".join(shown.split()):
                unexplained.append(f"speerpunt {' '.join(words)}: {line.strip() or name}")
    assert unexplained == []
