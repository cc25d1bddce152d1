"""Subcommands about documents: import, docs, passages, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.common import add_json, add_project, opened
from desktop.commands.terminal import TerminalProgress
from desktop.domain.document import EDITABLE_FIELDS, DocumentKind

if TYPE_CHECKING:
    from desktop.store.documents import DocumentRecord
    from desktop.store.project import Project

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).

KIND_NAMES = {"agreement": DocumentKind.AGREEMENT, "position": DocumentKind.POSITION, "other": DocumentKind.OTHER}


def register(sub: argparse._SubParsersAction) -> dict:
    parser = add_json(add_project(sub.add_parser("import", help="import PDF, DOCX, TXT or Markdown files (or folders of them), or a REFI-QDA project (.qdpx)")))
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER",
                        help="files, or folders (read recursively: PDF, DOCX, TXT and Markdown; the rest is listed "
                             "as skipped)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processes that read files at once (default: one per core)")
    parser.add_argument("--kind", choices=sorted(KIND_NAMES), default="agreement")
    parser.add_argument("--title", help="title of the document (one file only)")
    parser.add_argument("--author", default="", help="who imports it")
    parser.add_argument("--default-assessment", choices=("concern", "positive"), default="concern",
                        help=".qdpx: the assessment of codings made without one (default: concern)")
    parser.add_argument("--revision-of", metavar="DOC_ID",
                        help="import the file as the new version of this document and carry its findings over")

    add_json(add_project(sub.add_parser("docs", help="list the documents in a project")))

    parser = add_json(add_project(sub.add_parser("passages", help="list a document's passages")))
    parser.add_argument("doc", metavar="DOC_ID", help="the document (its id or a unique prefix, see 'speerpunt docs')")

    parser = add_json(add_project(sub.add_parser("search", help="full-text search over all documents")))
    parser.add_argument("query", help='the words to find; "a phrase" exactly, woning* for a prefix')
    parser.add_argument("--doc", metavar="DOC_ID")
    parser.add_argument("--limit", type=int, default=None,
                        help="at most this many hits (default 20; with --by-document: every matching document)")
    parser.add_argument("--category", metavar="NAME", help="only documents in this category (e.g. G40)")
    parser.add_argument("--by-document", action="store_true",
                        help="one line per document that matches: its number of matching passages and best snippet")

    parser = add_json(add_project(sub.add_parser("meta", help="show or set a document's details")))
    parser.add_argument("doc", nargs="?", metavar="DOC_ID",
                        help="the document (its id or a unique prefix, see 'speerpunt docs')")
    parser.add_argument("--set", nargs="+", default=[], metavar="KEY=VALUE",
                        help=f"keys: {', '.join(EDITABLE_FIELDS)} (categories comma-separated)")
    parser.add_argument("--from", dest="from_file", type=Path, metavar="FILE.csv",
                        help="set many documents' details at once, all or nothing: a CSV whose first column is "
                             "'id' or 'file', then any of the keys; an empty cell leaves that detail as it is")
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


def meta(args: argparse.Namespace) -> dict | list[dict]:
    from desktop.commands.bulk import detail_rows
    from desktop.operations.bulk import set_details_from
    from desktop.operations.documents import update_document
    from desktop.store.documents import get_document, resolve_document_id
    from desktop.store.read_only import refuse_if_read_only

    if args.from_file is not None:
        if args.doc or args.set:
            raise ValueError("--from takes the documents and details from the file; leave out DOC_ID and --set")
        refuse_if_read_only(args.project)  # before the file is read
        rows = detail_rows(args.from_file)
        with opened(args.project) as project:
            changes = set_details_from(project, rows, args.from_file.name)
        return {"lines": len(rows), "documents_changed": len(changes.documents)}
    if not args.doc:
        raise ValueError("give DOC_ID (or --from FILE.csv)")
    with opened(args.project, writes=bool(args.set)) as project:
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
    """Import files and folders: read on every core, stored one by one in order; refusals named on stderr."""
    from desktop.ingest import ImportRefused
    from desktop.operations.batch import file_names, files_to_import
    from desktop.operations.batch import import_files as import_files_into
    from desktop.store.documents import get_document
    from desktop.store.read_only import refuse_if_read_only

    refuse_if_read_only(args.project)  # before any file is read
    if args.revision_of:
        from desktop.commands.revisions import import_new_version

        return import_new_version(args)
    if any(path.suffix.lower() == ".qdpx" for path in args.files):
        from desktop.commands.exchange import import_qdpx_command

        return import_qdpx_command(args)
    files, skipped = files_to_import(args.files)
    # Every file named as inside the folder given ("groningen/stad.docx"): skipped, refused and imported alike.
    names = file_names(args.files, [*files, *skipped])
    if args.title and len(files) > 1:
        raise ImportRefused(files[1].name, "--title can only be given when importing one file")
    terminal = TerminalProgress(len(files), enabled=None if not args.json else False)
    for path in skipped:
        terminal.say(f"speerpunt import: skipped {names[path]}: not a PDF, DOCX, TXT or Markdown file")
    if not files:
        raise ImportRefused(args.files[0].name, "no PDF, DOCX, TXT or Markdown files to import")

    def on_file(index: int, path: Path, word: str) -> None:
        if word == "reading":
            terminal.show(names[path])
        else:
            terminal.step(names[path])

    with opened(args.project) as project:
        try:
            outcome = import_files_into(project, files, kind=KIND_NAMES[args.kind], title=args.title,
                                        author=args.author or None, workers=args.workers, on_file=on_file,
                                        names=names)
        finally:
            terminal.clear()
        rows = []
        for name, document_id in outcome.imported:
            row = document_row(get_document(project, document_id))
            del row["findings"]
            row["file"] = name  # as the refusals on stderr name a file
            rows.append(row)
    if len(files) == 1 and outcome.refused:
        raise ImportRefused(*outcome.refused[0])
    for name, reason in outcome.refused:
        print(f"speerpunt import: {name}: {reason}", file=sys.stderr)
    if outcome.refused and not outcome.imported:
        raise ImportRefused(outcome.refused[0][0], f"none of the {len(outcome.refused)} files could be imported")
    if outcome.refused:
        # Partly done: report what was imported, but say so in the exit code.
        print(f"speerpunt import: {len(outcome.imported)} imported, {len(outcome.refused)} refused",
              file=sys.stderr)
        args.exit_code = 1
    return rows


def docs(args: argparse.Namespace) -> list[dict]:
    from desktop.store.documents import list_documents

    with opened(args.project, writes=False) as project:
        documents = list_documents(project)
        ids_by_sha = {document.sha256: document.id for document in documents}
        return [document_row(document, ids_by_sha) for document in documents]


def passages(args: argparse.Namespace) -> list[dict]:
    from desktop.store.documents import list_passages, resolve_document_id

    with opened(args.project, writes=False) as project:
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
    from desktop.store.documents import resolve_document_id
    from desktop.store.index.search import search as search_project

    if args.by_document:
        return search_documents(args)
    with opened(args.project, writes=False) as project:
        document_id = resolve_document_id(project, args.doc) if args.doc else None
        hits = search_project(project, args.query, document_id=document_id,
                              limit=20 if args.limit is None else args.limit,
                              category=_category(project, args.category))
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


def search_documents(args: argparse.Namespace) -> list[dict]:
    """`search --by-document`: which agreements say it, how often, and where best."""
    from desktop.store.index.search import search_by_document

    if args.doc:
        raise ValueError("--by-document lists documents; leave out --doc")
    with opened(args.project, writes=False) as project:
        groups = search_by_document(project, args.query, category=_category(project, args.category),
                                    limit=args.limit)
    # What the analyst reads first comes first (the terminal's table is in this order); the ids after.
    return [
        {
            "short_name": group.short_name,
            "categories": list(group.categories),
            "passages": group.passages,
            "page": group.best.page,
            "snippet": group.best.snippet,
            "title": group.document_title,
            "document": group.document_id,
            "passage": group.best.passage_id,
            "start": group.best.start,
            "end": group.best.end,
        }
        for group in groups
    ]


def _category(project: Project, name: str | None) -> str | None:
    """The category as the project spells it ("g40" finds "G40"); a name no document has is refused,
    so a typo is not answered with an empty list as if no municipality said it."""
    from desktop.store.documents import list_documents

    if name is None:
        return None
    known = sorted({c for document in list_documents(project) for c in document.categories}, key=str.casefold)
    if name in known:
        return name
    same = [c for c in known if c.casefold() == name.strip().casefold()]
    if len(same) == 1:
        return same[0]
    raise ValueError(f"no document is in the category '{name}' (categories: {', '.join(known) or 'none yet'})")
