"""Subcommands about documents: import, docs, passages, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened
from desktop.commands.revisions import import_new_version
from desktop.domain.document import DocumentKind
from desktop.ingest import ImportRefused
from desktop.operations.documents import EDITABLE_FIELDS, import_document, update_document
from desktop.store.documents import (
    DocumentRecord,
    get_document,
    list_documents,
    list_passages,
    resolve_document_id,
)
from desktop.store.search import search as search_project

KIND_NAMES = {"agreement": DocumentKind.AGREEMENT, "position": DocumentKind.POSITION, "other": DocumentKind.OTHER}


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("import", help="import PDF, DOCX, TXT or Markdown files, or a REFI-QDA project (.qdpx)")))
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--kind", choices=sorted(KIND_NAMES), default="agreement")
    parser.add_argument("--title", help="title of the document (one file only)")
    parser.add_argument("--author", default="", help="who imports it")
    parser.add_argument("--default-assessment", choices=("concern", "positive"), default="concern",
                        help=".qdpx: the assessment of codings made without one (default: concern)")
    parser.add_argument("--revision-of", metavar="DOC_ID",
                        help="import the file as the new version of this document and carry its findings over")

    add_json(add_project(sub.add_parser("docs", help="list the documents in a project")))

    parser = add_json(add_project(sub.add_parser("passages", help="list a document's passages")))
    parser.add_argument("doc", metavar="DOC_ID")

    parser = add_json(add_project(sub.add_parser("search", help="full-text search over all documents")))
    parser.add_argument("query")
    parser.add_argument("--doc", metavar="DOC_ID")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--category", metavar="NAME", help="only documents in this category (e.g. G40)")

    parser = add_json(add_project(sub.add_parser("meta", help="show or set a document's details")))
    parser.add_argument("doc", metavar="DOC_ID")
    parser.add_argument("--set", nargs="+", default=[], metavar="KEY=VALUE",
                        help=f"keys: {', '.join(EDITABLE_FIELDS)} (categories comma-separated)")
    return {"import": import_files, "docs": docs, "passages": passages, "search": search, "meta": meta}


def document_row(document: DocumentRecord, ids_by_sha: dict[str, str] | None = None) -> dict:
    row = {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "pages": document.pages,
        "passages": document.passages,
        "findings": document.findings,
        "short_name": document.short_name,
        "categories": list(document.categories),
    }
    if ids_by_sha is not None:
        # The newer version's id, so a script can follow a revised agreement (None: current).
        row["superseded_by"] = ids_by_sha.get(document.superseded_by or "", document.superseded_by)
    return row


def meta(args: argparse.Namespace) -> dict:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc)
        fields: dict[str, str] = {}
        for item in args.set:
            key, separator, value = item.partition("=")
            if not separator:
                raise ValueError(f"'{item}' is not KEY=VALUE")
            fields[key.strip().replace("-", "_")] = value
        update_document(project, document_id, **fields)
        document = get_document(project, document_id)
    return {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "short_name": document.short_name,
        "issuer": document.issuer,
        "categories": list(document.categories),
        "period": document.period,
        "date": document.date,
        "parties": document.parties,
        "source_name": document.source_name,
    }


def import_files(args: argparse.Namespace) -> list[dict] | dict:
    if args.revision_of:
        return import_new_version(args)
    if any(path.suffix.lower() == ".qdpx" for path in args.files):
        from desktop.commands.exchange import import_qdpx_command

        return import_qdpx_command(args)
    if args.title and len(args.files) > 1:
        raise ImportRefused(args.files[1].name, "--title can only be given when importing one file")
    imported: list[dict] = []
    refused: list[ImportRefused] = []
    with opened(args.project) as project:
        for path in args.files:
            try:
                result = import_document(project, path, kind=KIND_NAMES[args.kind], title=args.title,
                                         author=args.author or None)
            except ImportRefused as error:
                if len(args.files) == 1:
                    raise
                refused.append(error)
                print(f"speerpunt import: {error}", file=sys.stderr)
                continue
            row = document_row(result.document)
            del row["findings"]
            imported.append(row)
    if refused and not imported:
        raise ImportRefused(refused[0].filename, f"none of the {len(refused)} files could be imported")
    if refused:
        # Partly done: report what was imported, but say so in the exit code.
        args.exit_code = 1
    return imported


def docs(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        documents = list_documents(project)
        ids_by_sha = {document.sha256: document.id for document in documents}
        return [document_row(document, ids_by_sha) for document in documents]


def passages(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc)
        return [
            {
                "id": passage.id,
                "kind": passage.kind.value,
                "level": passage.level,
                "heading_path": list(passage.heading_path),
                "page": passage.page,
                "pdf_page": passage.pdf_page,
                "start": passage.start,
                "end": passage.end,
                "text": passage.text,
            }
            for passage in list_passages(project, document_id)
        ]


def search(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc) if args.doc else None
        hits = search_project(project, args.query, document_id=document_id, limit=args.limit,
                              category=args.category)
        return [
            {
                "document": hit.document_id,
                "title": hit.document_title,
                "passage": hit.passage_id,
                "page": hit.page,
                "start": hit.start,
                "end": hit.end,
                "snippet": hit.snippet,
                "matches": [list(match) for match in hit.matches],
            }
            for hit in hits
        ]
