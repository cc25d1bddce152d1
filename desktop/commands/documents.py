"""Subcommands about documents: import, docs, passages, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened
from desktop.domain.document import DocumentKind
from desktop.ingest import ImportRefused
from desktop.operations.documents import import_document
from desktop.store.documents import DocumentRecord, list_documents, list_passages, resolve_document_id
from desktop.store.search import search as search_project

KIND_NAMES = {"agreement": DocumentKind.AGREEMENT, "position": DocumentKind.POSITION, "other": DocumentKind.OTHER}


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("import", help="import PDF, DOCX, TXT or Markdown files")))
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--kind", choices=sorted(KIND_NAMES), default="agreement")
    parser.add_argument("--title", help="title of the document (one file only)")
    parser.add_argument("--author", default="", help="who imports it")

    add_json(add_project(sub.add_parser("docs", help="list the documents in a project")))

    parser = add_json(add_project(sub.add_parser("passages", help="list a document's passages")))
    parser.add_argument("doc", metavar="DOC_ID")

    parser = add_json(add_project(sub.add_parser("search", help="full-text search over all documents")))
    parser.add_argument("query")
    parser.add_argument("--doc", metavar="DOC_ID")
    parser.add_argument("--limit", type=int, default=20)
    return {"import": import_files, "docs": docs, "passages": passages, "search": search}


def document_row(document: DocumentRecord) -> dict:
    return {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "pages": document.pages,
        "passages": document.passages,
        "findings": document.findings,
    }


def import_files(args: argparse.Namespace) -> list[dict]:
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
    return imported


def docs(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        return [document_row(document) for document in list_documents(project)]


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
                "start": passage.start,
                "end": passage.end,
                "text": passage.text,
            }
            for passage in list_passages(project, document_id)
        ]


def search(args: argparse.Namespace) -> list[dict]:
    with opened(args.project) as project:
        document_id = resolve_document_id(project, args.doc) if args.doc else None
        hits = search_project(project, args.query, document_id=document_id, limit=args.limit)
        return [
            {
                "document": hit.document_id,
                "title": hit.document_title,
                "passage": hit.passage_id,
                "page": hit.page,
                "start": hit.start,
                "end": hit.end,
                "snippet": hit.snippet,
            }
            for hit in hits
        ]
