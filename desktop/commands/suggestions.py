"""The `suggest` subcommand: likely speerpunten per passage and missing candidates, without changing anything."""

from __future__ import annotations

import argparse

from desktop.commands.common import add_json, add_project, opened

# The suggester (numpy) is imported when `suggest` runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser(
        "suggest", help="suggest speerpunten for a document's passages (offline; changes nothing)")))
    parser.add_argument("--doc", required=True, metavar="DOC_ID")
    parser.add_argument("--speerpunt", metavar="CODE", help="only this speerpunt: the passages that most likely treat it")
    parser.add_argument("--missing", action="store_true",
                        help="only the speerpunten the document probably does not treat, each with its best passage")
    return {"suggest": suggest}


def suggest(args: argparse.Namespace) -> dict:
    from desktop.store.documents import document_text, resolve_document_id
    from desktop.store.frameworks import resolve_speerpunt
    from desktop.suggest.project_model import ALL_AGREEMENTS_UP_TO, agreement_count, load_suggester
    from desktop.suggest.report import suggestion_report

    with opened(args.project, writes=False) as project:
        document_id = resolve_document_id(project, args.doc)
        speerpunt_id = resolve_speerpunt(project, args.speerpunt).id if args.speerpunt else None
        scope = frozenset({document_id}) if agreement_count(project) > ALL_AGREEMENTS_UP_TO else None
        model = load_suggester(project, scope)
        report = suggestion_report(project, model, document_id, speerpunt_id, args.missing)
        if args.json:
            return report
        return {"message": _as_text(report, document_text(project, document_id), args.missing)}


def _as_text(report: dict, text: str, missing_only: bool) -> str:
    lines = []
    if not missing_only:
        if not report["passages"]:
            lines.append("No passage has a likely speerpunt.")
        for passage in report["passages"]:
            picks = ", ".join(f"{s['speerpunt']} ({s['score']:.2f})" for s in passage["suggestions"])
            lines.append(f"{passage['start']}-{passage['end']}  {picks}  {_snippet(text, passage)}")
    lines.append("Probably missing:" if report["missing"] else "No speerpunt looks missing.")
    for item in report["missing"]:
        best = f"best {item['best']['start']}-{item['best']['end']}  {_snippet(text, item['best'])}" \
            if item["best"] else "no passage comes close"
        lines.append(f"  {item['speerpunt']} ({item['score']:.2f})  {best}")
    return "\n".join(lines)


def _snippet(text: str, span: dict, limit: int = 70) -> str:
    words = " ".join(text[span["start"]:span["end"]].split())
    return words if len(words) <= limit else words[:limit - 1] + "…"
