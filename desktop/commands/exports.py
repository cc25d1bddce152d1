"""Subcommands that write outside the project: export (Word, CSV, XLSX) and draft (a reaction from findings)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened
from desktop.drafting import ORDERS
from exporters.labels import LANGUAGES
from exporters.options import LAYOUTS

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("export", help="export the reaction, annotated agreement or table")))
    parser.add_argument("--layout", required=True, choices=LAYOUTS)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.add_argument("--doc", metavar="DOC_ID", help="the agreement (default: the newest one; CSV/XLSX: all)")
    parser.add_argument("--template", type=Path, metavar="T.docx", help="a Word file whose styles to use")
    parser.add_argument("--organisation", metavar="NAME", help="overrides the organisation the project stores")
    parser.add_argument("--agreement-name", metavar="NAME", help="how the text names the agreement (default: the name stored for this agreement, else its own)")
    parser.add_argument("--audience", metavar="NAME", help='analyse layout: "Wat betekent dit voor NAME?"')
    parser.add_argument("--lang", choices=LANGUAGES, default="nl")
    parser.add_argument("--include-empty", action="store_true", help="also speerpunten without findings")
    parser.add_argument("--appendix", action="store_true", help="add a table of all findings")
    parser.add_argument("--authors", action="store_true",
                        help="name the analysts in the appendix (for internal exports only)")
    parser.add_argument("--theme", action="append", metavar="CODE_OR_TITLE", help="only this theme (repeatable)")
    parser.add_argument("--category", action="append", metavar="NAME",
                        help="vergelijking: only this group of agreements, in the order given (repeatable)")
    parser.add_argument("--quotes", action="store_true", help="vergelijking: quote the agreements under each point")

    parser = add_json(add_project(sub.add_parser("draft", help="draft a speerpunt's reaction from its findings")))
    parser.add_argument("--speerpunt", required=True, metavar="CODE")
    parser.add_argument("--doc", metavar="DOC_ID", help="the agreement the reaction is about")
    parser.add_argument("--order", choices=ORDERS, default="assessment",
                        help="positive, concern, missing (default), or the agreement's text order")
    parser.add_argument("--quotes", action="store_true", help="quote the agreement with its page")
    parser.add_argument("--force", action="store_true", help="replace a reaction that already has text")
    parser.add_argument("--author", default="")
    return {"export": export_command, "draft": draft}


def export_command(args: argparse.Namespace) -> dict:
    from desktop.store.documents import resolve_document_id
    from desktop.store.frameworks import resolve_theme
    from exporters import ExportOptions, export

    with opened(args.project, writes=False) as project:
        options = ExportOptions(
            document_id=resolve_document_id(project, args.doc) if args.doc else None,
            template=args.template,
            organisation=args.organisation,
            agreement_name=args.agreement_name,
            audience=args.audience,
            lang=args.lang,
            include_empty=args.include_empty,
            appendix=args.appendix,
            authors=args.authors,
            theme_ids={resolve_theme(project, ref).id for ref in args.theme} if args.theme else None,
            categories=args.category,
            quotes=args.quotes,
        )
        result = export(project, args.layout, args.out, options)
    if result.get("warning"):
        # One line on stderr, so a script reading the JSON (or the table) on stdout still gets it clean;
        # the JSON keeps it as "warning", the table does not print it twice.
        print(f"speerpunt export: {result['warning']}", file=sys.stderr)
        if not args.json:
            del result["warning"]
    return result


def draft(args: argparse.Namespace) -> dict:
    from desktop.operations.drafts import draft_speerpunt_reaction
    from desktop.store.documents import resolve_document_id
    from desktop.store.frameworks import resolve_speerpunt

    with opened(args.project) as project:
        speerpunt = resolve_speerpunt(project, args.speerpunt)
        document_id = resolve_document_id(project, args.doc) if args.doc else _newest_agreement(project)
        text, _changes = draft_speerpunt_reaction(
            project, speerpunt.id, document_id=document_id, order=args.order, include_quotes=args.quotes,
            author=args.author or None, force=args.force,
        )
        return {"speerpunt": speerpunt.code, "document": document_id, "text": text}


def _newest_agreement(project) -> str | None:
    from exporters.report import choose_agreement

    return choose_agreement(project, None).id
