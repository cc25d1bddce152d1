"""Subcommands about findings: tag and findings."""

from __future__ import annotations

import argparse

from desktop.commands.common import add_json, add_project, opened
from desktop.domain.finding import Assessment, Finding
from desktop.operations.findings import add_finding
from desktop.store.documents import resolve_document_id
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten, resolve_speerpunt
from desktop.store.project import Project
from desktop.store.quotes import QuoteRefused, locate_quote


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("tag", help="tag a span of a document to a speerpunt")))
    parser.add_argument("--doc", required=True, metavar="DOC_ID")
    parser.add_argument("--start", type=int, help="first character (code points, from 0)")
    parser.add_argument("--end", type=int, help="character after the last")
    parser.add_argument("--quote", metavar="TEXT",
                        help="tag where the document has exactly these words (instead of --start/--end)")
    parser.add_argument("--occurrence", type=int, metavar="N",
                        help="with --quote: the N-th place it occurs (from 1), when it occurs more than once")
    parser.add_argument("--speerpunt", required=True, metavar="CODE")
    parser.add_argument("--assessment", required=True, choices=[a.value for a in Assessment])
    parser.add_argument("--note", default="")
    parser.add_argument("--author", default="")

    parser = add_json(add_project(sub.add_parser("findings", help="list findings")))
    parser.add_argument("--doc", metavar="DOC_ID")
    return {"tag": tag, "findings": findings}


def finding_row(finding: Finding, codes: dict[str, str]) -> dict:
    return {
        "id": finding.id,
        "document": finding.document_id,
        "start": finding.start,
        "end": finding.end,
        "quote": finding.quote,
        "speerpunt": codes.get(finding.speerpunt_id, finding.speerpunt_id),
        "assessment": finding.assessment.value,
        "note": finding.note,
        "anchor": finding.anchor,
        "anchor_score": finding.anchor_score,
        "author": finding.author,
        "created": finding.created,
        "modified": finding.modified,
    }


def _codes(project: Project) -> dict[str, str]:
    return {sp.id: sp.code for sp in list_speerpunten(project)}


def tag(args: argparse.Namespace) -> dict:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc)
        speerpunt = resolve_speerpunt(project, args.speerpunt)
        start, end = args.start, args.end
        if args.quote is not None:
            if start is not None or end is not None:
                raise QuoteRefused("give either --quote or --start/--end, not both")
            start, end = locate_quote(project, document_id, args.quote, args.occurrence)
        elif args.occurrence is not None:
            raise QuoteRefused("--occurrence goes with --quote")
        finding = add_finding(
            project,
            document_id,
            speerpunt.id,
            args.assessment,
            start=start,
            end=end,
            note=args.note,
            author=args.author,
        )
        return finding_row(finding, _codes(project))


def findings(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc) if args.doc else None
        codes = _codes(project)
        return [finding_row(finding, codes) for finding in list_findings(project, document_id=document_id)]
