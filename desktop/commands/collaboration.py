"""Subcommands for working together: merge, bundle, conflicts, agreement."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(sub.add_parser("merge", help="bring another analyst's project or bundle into yours"))
    parser.add_argument("project", type=Path, help="your project file (receives the changes)")
    parser.add_argument("theirs", type=Path, help="the other project file or findings bundle")

    parser = add_json(add_project(sub.add_parser("bundle", help="write your findings, drafts and framework to a "
                                                               "small file to send")))
    parser.add_argument("--out", type=Path, required=True)

    parser = add_json(add_project(sub.add_parser("conflicts", help="list or resolve conflicts left by merges")))
    parser.add_argument("--resolve", metavar="CONFLICT_ID", help="mark this conflict resolved")
    parser.add_argument("--keep-other", action="store_true", help="with --resolve: restore the listed version")

    parser = add_json(add_project(sub.add_parser("agreement", help="agreement between analysts on a document")))
    parser.add_argument("--doc", required=True, metavar="DOC_ID")
    return {"merge": merge, "bundle": bundle, "conflicts": conflicts, "agreement": agreement}


def merge(args: argparse.Namespace) -> dict:
    from desktop.operations.merge import merge_into

    with opened(args.project) as project:
        return merge_into(project, args.theirs).as_dict()


def bundle(args: argparse.Namespace) -> dict:
    from desktop.operations.merge import read_conflicts
    from desktop.store.exchange.bundle import write_bundle
    from desktop.store.exchange.snapshot import read_snapshot

    with opened(args.project, writes=False) as project:
        snapshot = read_snapshot(project)
        # Documents travel by hash only: the receiver has them already.
        write_bundle(snapshot, read_conflicts(project), args.out, protected=[project.path])
    return {
        "bundle": str(args.out),
        "bytes": args.out.stat().st_size,
        "findings": snapshot.count("findings"),
        "reactions": snapshot.count("reactions"),
        "speerpunten": snapshot.count("speerpunten"),
    }


def conflicts(args: argparse.Namespace) -> object:
    from desktop.operations.conflicts import list_conflicts, resolve_conflict

    with opened(args.project, writes=bool(args.resolve)) as project:
        if args.resolve:
            resolve_conflict(project, args.resolve, keep_other=args.keep_other)
            return {"message": f"resolved {args.resolve}"}
        return [
            {
                "id": conflict.id,
                "table": conflict.table,
                "record": conflict.record_key,
                "other_version": conflict.data.get("note") or conflict.data.get("title") or conflict.data.get("text")
                or conflict.data.get("value"),
                "differs": _differences(project, conflict.table, conflict.record_key, conflict.data),
                "other_author": conflict.data.get("author"),
                "modified": conflict.data.get("modified"),
                "detected": conflict.detected,
            }
            for conflict in list_conflicts(project)
        ]


# Bookkeeping: differs between any two versions and says nothing about what the analysts wrote.
_BOOKKEEPING = {"modified", "created", "document_sha256", "prefix", "suffix", "anchor_score"}


def _differences(project, table: str, key: str, other: dict) -> str:
    """What the other version would change: "assessment: concern, other: positive; note: …, other: …"."""
    from desktop.store.exchange.conflict_versions import current_version, speerpunt_label

    current = current_version(project, table, key)
    if current is None:
        return "the record is not in this project"

    def shown(name: str, value: object) -> str:
        if name == "deleted":
            return "deleted" if value else "not deleted"
        if name == "speerpunt_id":
            return speerpunt_label(project, value)
        return "—" if value in (None, "") else str(value)

    parts = [f"{name.removesuffix('_id')}: {shown(name, current.get(name))}, other: {shown(name, value)}"
             for name, value in other.items()
             if name not in _BOOKKEEPING and name in current and current.get(name) != value]
    return "; ".join(parts)


def agreement(args: argparse.Namespace) -> dict | list[dict]:
    from desktop.store.analysis.agreement import agreement_report
    from desktop.store.documents import resolve_document_id

    with opened(args.project, writes=False) as project:
        report = agreement_report(project, resolve_document_id(project, args.doc))
    return report if args.json else agreement_rows(report)


def agreement_rows(report: dict) -> dict | list[dict]:
    """The report as a table for the terminal: one row per measure (the JSON nests them)."""
    if "overall" not in report:
        return report
    measured = [(f"all ({', '.join(report['analysts'])})", report["overall"], "passage")]
    if report.get("speerpunt_judgements", {}).get("units"):
        # Missing findings judge the whole agreement: this measure counts speerpunten, not passages.
        measured.append(("per speerpunt: treated/missing/silent", report["speerpunt_judgements"], "speerpunt"))
    measured += [(f"speerpunt {code}", figures, "passage") for code, figures in report.get("per_speerpunt", {}).items()]
    measured += [(f"assessment {name}", figures, "passage")
                 for name, figures in report.get("per_assessment", {}).items()]

    def number(value: float | None, percent: bool = False) -> str:
        if value is None:
            return "-"
        return f"{value * 100:.0f}%" if percent else f"{value:.2f}"

    def counted(units: int, unit: str) -> str:
        return f"{units} {unit}" if units == 1 else f"{units} {unit}{'en' if unit == 'speerpunt' else 's'}"

    return [{"measured_over": name, "counted": counted(figures["units"], unit),
             "agreement": number(figures.get("percent_agreement"), percent=True),
             "cohen_kappa": number(figures.get("cohen_kappa")),
             "krippendorff_alpha": number(figures.get("krippendorff_alpha"))} for name, figures, unit in measured]
