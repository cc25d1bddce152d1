"""Subcommands about findings: tag, findings, and finding (change or delete one)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import add_json, add_project, opened
from desktop.commands.texts import key_values, read_text
from desktop.domain.finding import ASSESSMENT_NAMES, Assessment, Finding

if TYPE_CHECKING:
    from desktop.store.project import Project

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("tag", help="tag a span of a document to a speerpunt")))
    parser.add_argument("--doc", metavar="DOC_ID")
    parser.add_argument("--from", dest="from_file", type=Path, metavar="FILE",
                        help="tag many at once, all or nothing: JSON lines with the fields `findings --json` writes, "
                             "or a CSV with the CSV export's columns")
    parser.add_argument("--start", type=int, help="first character (code points, from 0)")
    parser.add_argument("--end", type=int, help="character after the last")
    parser.add_argument("--quote", metavar="TEXT",
                        help="tag where the document has exactly these words (instead of --start/--end)")
    parser.add_argument("--occurrence", type=int, metavar="N",
                        help="with --quote: the N-th place it occurs (from 1), when it occurs more than once")
    parser.add_argument("--speerpunt", metavar="CODE")
    parser.add_argument("--assessment", choices=ASSESSMENT_NAMES, metavar="ASSESSMENT",
                        help="positive/positief, concern/zorg or missing/ontbreekt")
    parser.add_argument("--note", default="")
    parser.add_argument("--author", default="")

    parser = add_json(add_project(sub.add_parser("findings", help="list findings")))
    parser.add_argument("--doc", metavar="DOC_ID")

    parser = add_json(add_project(sub.add_parser("finding", help="change or delete one finding")))
    parser.add_argument("finding", metavar="ID", help="the finding (any unique prefix of its id)")
    parser.add_argument("--set", nargs="+", default=[], metavar="KEY=VALUE",
                        help="note=TEXT (note=- reads standard input), assessment=zorg, speerpunt=CODE")
    parser.add_argument("--delete", action="store_true", help="delete the finding (a merge and undo know it)")
    parser.add_argument("--author", default="")
    return {"tag": tag, "findings": findings, "finding": finding_command}


def finding_row(finding: Finding, codes: dict[str, str]) -> dict:
    return {
        "id": finding.id,
        "document": finding.document_id,
        # The file's fingerprint: finds the same document in another project (`tag --from`).
        "document_sha256": finding.document_sha256,
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
    from desktop.store.frameworks import list_speerpunten

    return {sp.id: sp.code for sp in list_speerpunten(project)}


def tag(args: argparse.Namespace) -> dict:
    from desktop.operations.findings import add_finding
    from desktop.store.documents import resolve_document_id
    from desktop.store.frameworks import resolve_speerpunt
    from desktop.store.quotes import QuoteRefused, locate_quote

    if args.from_file is not None:
        return tag_from(args)
    missing = [flag for flag, value in (("--doc", args.doc), ("--speerpunt", args.speerpunt),
                                         ("--assessment", args.assessment)) if not value]
    if missing:
        raise ValueError(f"{', '.join(missing)} needed (or --from FILE)")
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
            Assessment(args.assessment),
            start=start,
            end=end,
            note=args.note,
            author=args.author,
        )
        return finding_row(finding, _codes(project))


def findings(args: argparse.Namespace) -> list[dict]:
    from desktop.store.documents import resolve_document_id
    from desktop.store.findings import list_findings

    with opened(args.project, writes=False) as project:
        document_id = resolve_document_id(project, args.doc) if args.doc else None
        codes = _codes(project)
        return [finding_row(finding, codes) for finding in list_findings(project, document_id=document_id)]


FINDING_KEYS = ("note", "assessment", "speerpunt")


def finding_command(args: argparse.Namespace) -> dict:
    """Change what an analyst may change of one finding, or delete it; all checked before anything is written."""
    from desktop.operations.findings import delete_findings, update_finding
    from desktop.store.findings import get_finding, resolve_finding_id
    from desktop.store.frameworks import resolve_speerpunt

    changes = key_values(args.set, FINDING_KEYS)
    if args.delete and changes:
        raise ValueError("give --set or --delete, not both")
    with opened(args.project, writes=bool(args.delete or changes)) as project:
        finding_id = resolve_finding_id(project, args.finding)
        if args.delete:
            delete_findings(project, [finding_id])
            return {"id": finding_id, "deleted": True}
        if not changes:
            return finding_row(get_finding(project, finding_id), _codes(project))
        values: dict[str, object] = {}
        if "note" in changes:
            values["note"] = read_text(changes["note"], "note").strip()
        if "assessment" in changes:
            try:
                values["assessment"] = Assessment(changes["assessment"])
            except ValueError:
                raise ValueError(f"unknown assessment '{changes['assessment']}' "
                                 f"(use one of: {', '.join(ASSESSMENT_NAMES)})") from None
        if "speerpunt" in changes:
            values["speerpunt_id"] = resolve_speerpunt(project, changes["speerpunt"]).id
        updated = update_finding(project, finding_id, author=args.author or None, **values)
        return finding_row(updated, _codes(project))


def tag_from(args: argparse.Namespace) -> dict:
    """`tag --from FILE`: every line checked first, then all stored in one transaction."""
    from desktop.commands.bulk import finding_lines
    from desktop.operations.bulk import add_findings_from
    from desktop.store.read_only import refuse_if_read_only

    refuse_if_read_only(args.project)  # before the file is read
    given = [flag for flag, value in (("--doc", args.doc), ("--speerpunt", args.speerpunt),
                                       ("--assessment", args.assessment), ("--start", args.start),
                                       ("--end", args.end), ("--quote", args.quote)) if value is not None]
    if given:
        raise ValueError(f"--from takes everything from the file; leave out {', '.join(given)}")
    lines = finding_lines(args.from_file)
    with opened(args.project) as project:
        result = add_findings_from(project, lines, args.from_file.name, default_author=args.author)
    return {"lines": len(lines), "added": len(result.added), "already_present": result.already_present,
            "ids": result.added}
