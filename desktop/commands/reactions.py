"""Subcommands for the reaction's texts: report (title, organisation, foreword, ...) and reaction (per speerpunt)."""

from __future__ import annotations

import argparse
import re
from datetime import date

from desktop.commands.common import add_json, add_project, opened
from desktop.commands.texts import key_values, read_text, read_text_file

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).

# What `report --set` may set; "signatory" is the signatory's name.
REPORT_KEYS = ("title", "organisation", "organisation_name", "agreement_name", "date", "foreword",
               "introduction", "signatory", "signatory_function", "closing", "audience", "letter_title")
_STORED_AS = {"signatory": "signatory_name"}


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser(
        "report", help="set or list the reaction's parts (title, organisation, foreword, closing, ...)")))
    parser.add_argument("--set", nargs="+", default=[], metavar="KEY=VALUE",
                        help=f"keys: {', '.join(REPORT_KEYS)}; KEY=- reads standard input, KEY= clears")
    parser.add_argument("--file", nargs="+", default=[], metavar="KEY=PATH", help="a long text from a UTF-8 file")
    parser.add_argument("--doc", metavar="DOC_ID",
                        help="the agreement that title and agreement_name are set and shown for (default: the "
                             "newest); another agreement's export uses its own")
    parser.add_argument("--author", default="")

    parser = add_json(add_project(sub.add_parser("reaction", help="write or show a speerpunt's reaction text")))
    parser.add_argument("--speerpunt", required=True, metavar="CODE")
    parser.add_argument("--doc", metavar="DOC_ID", help="the agreement the reaction is about (default: the newest)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--text", metavar="TEXT", help='the reaction ("-" reads standard input, "" clears it)')
    source.add_argument("--file", metavar="PATH", help="the reaction from a UTF-8 text file")
    parser.add_argument("--author", default="")
    return {"report": report, "reaction": reaction}


def _check_date(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a date (use YYYY-MM-DD or write it out)") from None
    return value


def report(args: argparse.Namespace) -> dict:
    """Every value is read and checked before one transaction stores them all."""
    from desktop.operations.reactions import set_agreement_part, set_report_parts
    from desktop.store.agreement_names import AGREEMENT_PARTS, stored_agreement_part
    from desktop.store.documents import get_document
    from desktop.store.reactions import report_parts, report_voice

    values = key_values(args.set, REPORT_KEYS)
    from_files = key_values(args.file, REPORT_KEYS)
    both = sorted(set(values) & set(from_files))
    if both:
        raise ValueError(f"'{both[0]}' is given with --set and --file")
    parts = {key: read_text(value, key) for key, value in values.items()}
    parts |= {key: read_text_file(path, key) for key, path in from_files.items()}
    if "date" in parts:
        parts["date"] = _check_date(parts["date"])
    parts = {_STORED_AS.get(key, key): text.strip() for key, text in parts.items()}
    named = {part: parts.pop(part) for part in AGREEMENT_PARTS if part in parts}
    with opened(args.project, writes=bool(parts or named)) as project:
        document_id = _resolve(project, args.doc) if args.doc else _newest_agreement(project)
        agreement = get_document(project, document_id) if document_id else None
        if parts or named:
            with project.db.atomic():  # all or nothing
                set_report_parts(project, parts, author=args.author or None)
                for part, text in named.items():  # stored for this agreement only (docs/EXPORTS.md)
                    set_agreement_part(project, part, text, agreement, author=args.author or None)
        stored = report_parts(project)
        shown = {key: stored.get(_STORED_AS.get(key, key), "") for key in REPORT_KEYS}
        for part in AGREEMENT_PARTS:  # this agreement's; with no agreement yet, the one waiting for the first
            shown[part] = (stored_agreement_part(project, part, agreement) if agreement else stored.get(part)) or ""
        voice = report_voice(project, agreement)
        # How the texts will name them, so a user sees "de G32" and "het Coalitieakkoord 2021-2025" before exporting.
        return {**shown, "agreement": document_id, "organisation_in_text": voice.values()["org"],
                "agreement_in_text": voice.agreement}


def _resolve(project, reference: str) -> str:
    from desktop.store.documents import resolve_document_id

    return resolve_document_id(project, reference)


def reaction(args: argparse.Namespace) -> dict:
    from desktop.operations.reactions import set_reaction
    from desktop.store.documents import resolve_document_id
    from desktop.store.frameworks import resolve_speerpunt
    from desktop.store.reactions import list_reactions

    with opened(args.project, writes=args.text is not None or args.file is not None) as project:
        speerpunt = resolve_speerpunt(project, args.speerpunt)
        document_id = resolve_document_id(project, args.doc) if args.doc else _newest_agreement(project)
        if args.text is not None or args.file is not None:
            text = read_text(args.text, "reaction") if args.file is None else read_text_file(args.file, "reaction")
            set_reaction(project, speerpunt.id, text.strip(), author=args.author or None, document_id=document_id)
        current = list_reactions(project, document_id).get(speerpunt.id)
        return {"speerpunt": speerpunt.code, "document": document_id, "text": current.text if current else ""}


def _newest_agreement(project) -> str | None:
    from desktop.store.documents import list_documents

    agreements = [d for d in list_documents(project) if d.kind == "agreement"]
    return agreements[-1].id if agreements else None
