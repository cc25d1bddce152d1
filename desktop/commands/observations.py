"""Subcommand observe: the analyst's texts for the comparison layout (theme introductions, observations, closing)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.commands.common import add_json, add_project, opened

if TYPE_CHECKING:
    from desktop.store.project import Project

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser(
        "observe", help="write or list the comparison's texts (per theme, per speerpunt and category, closing)")))
    parser.add_argument("--speerpunt", metavar="CODE", help="with --category and --text: an observation")
    parser.add_argument("--category", metavar="NAME", help="the group of agreements, as stored (e.g. G40-steden)")
    parser.add_argument("--text", metavar="T", help='the observation ("-" reads standard input, "" clears it)')
    parser.add_argument("--theme", metavar="CODE_OR_TITLE", help="with --intro: the theme's introduction")
    parser.add_argument("--intro", metavar="T", help='the introduction ("-" reads standard input)')
    parser.add_argument("--closing", metavar="T", help='the closing chapter ("-" reads standard input)')
    parser.add_argument("--author", default="")
    return {"observe": observe}


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def observe(args: argparse.Namespace) -> dict | list[dict]:
    from desktop.operations.observations import set_comparison_closing, set_observation, set_theme_intro
    from desktop.store.analysis.observations import comparison_texts
    from desktop.store.frameworks import resolve_speerpunt, resolve_theme

    author = args.author or None
    writes = bool(args.speerpunt or args.category or args.text is not None or args.theme or args.intro is not None
                  or args.closing is not None)
    with opened(args.project, writes=writes) as project:
        if args.speerpunt or args.category or args.text is not None:
            if not (args.speerpunt and args.category and args.text is not None):
                raise ValueError("an observation needs --speerpunt, --category and --text together")
            speerpunt = resolve_speerpunt(project, args.speerpunt)
            set_observation(project, speerpunt.id, args.category, _text(args.text), author)
            return {"speerpunt": speerpunt.code, "category": args.category.strip(),
                    "text": comparison_texts(project).observation(speerpunt.id, args.category.strip())}
        if args.theme or args.intro is not None:
            if not (args.theme and args.intro is not None):
                raise ValueError("a theme introduction needs --theme and --intro together")
            theme = resolve_theme(project, args.theme)
            set_theme_intro(project, theme.id, _text(args.intro), author)
            return {"theme": theme.title, "intro": comparison_texts(project).intro(theme.id)}
        if args.closing is not None:
            set_comparison_closing(project, _text(args.closing), author)
            return {"closing": comparison_texts(project).closing}
        return _listing(project)


def _listing(project: Project) -> list[dict]:
    """Every stored text in framework order: what the comparison will print."""
    from desktop.store.analysis.observations import comparison_texts
    from desktop.store.frameworks import list_speerpunten

    texts = comparison_texts(project)
    rows: list[dict] = []
    seen_themes: set[str] = set()
    for sp in list_speerpunten(project):
        if sp.theme_id not in seen_themes:
            seen_themes.add(sp.theme_id)
            if texts.intro(sp.theme_id):
                rows.append({"kind": "intro", "theme": sp.theme_title, "speerpunt": "", "category": "",
                             "text": texts.intro(sp.theme_id)})
        for (speerpunt_id, category), text in sorted(texts.observations.items(), key=lambda item: item[0][1]):
            if speerpunt_id == sp.id:
                rows.append({"kind": "observation", "theme": sp.theme_title, "speerpunt": sp.code,
                             "category": category, "text": text})
    if texts.closing:
        rows.append({"kind": "closing", "theme": "", "speerpunt": "", "category": "", "text": texts.closing})
    return rows
