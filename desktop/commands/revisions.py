"""`speerpunt import PROJECT FILE --revision-of DOC_ID`: a new version, every finding carried over."""

from __future__ import annotations

import argparse

from desktop.commands.common import opened
from desktop.commands.output import render_text
from desktop.ingest import ImportRefused
from desktop.operations.revisions import RevisionReport, import_revision
from desktop.store.documents import resolve_document_id


def import_new_version(args: argparse.Namespace) -> dict:
    if len(args.files) != 1:
        raise ImportRefused(args.files[1].name, "--revision-of takes exactly one file, the new version")
    with opened(args.project) as project:
        old_id = resolve_document_id(project, args.revision_of)
        report = import_revision(project, args.files[0], old_id, title=args.title, author=args.author or None)
    result = report_row(report)
    if getattr(args, "json", False):
        return result
    return {"message": _text(result)}


def report_row(report: RevisionReport) -> dict:
    return {
        "old_document": {"id": report.old_document.id, "title": report.old_document.title,
                         "superseded_by": report.new_document.id},
        "new_document": {"id": report.new_document.id, "title": report.new_document.title,
                         "passages": report.new_document.passages},
        "counts": report.counts(),
        "findings": [
            {
                "id": finding.id,
                "anchor": finding.status,
                "score": finding.score,
                "old_start": finding.old_start,
                "old_end": finding.old_end,
                "new_start": finding.new_start,
                "new_end": finding.new_end,
                "quote": finding.quote,
            }
            for finding in report.findings
        ],
        "warnings": list(report.warnings),
    }


def _text(result: dict) -> str:
    old, new, counts = result["old_document"], result["new_document"], result["counts"]
    lines = [
        f"'{new['title']}' ({new['id'][:8]}) imported as the new version of '{old['title']}' ({old['id'][:8]}), "
        "which is now superseded and read-only.",
        "Findings carried over: " + ", ".join(f"{count} {status}" for status, count in counts.items()),
    ]
    review = [row for row in result["findings"] if row["anchor"] in ("changed", "orphaned")]
    if review:
        lines.append("To review (changed: placed on the best match; orphaned: no trustworthy place):")
        lines.append(render_text([{"id": row["id"][:8], "anchor": row["anchor"], "score": row["score"],
                                   "start": row["new_start"], "quote": row["quote"]} for row in review]))
    return "\n".join(lines)
