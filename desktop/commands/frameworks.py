"""Subcommands about frameworks: framework import, list, propose, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import add_json, add_project, opened
from desktop.commands.output import render_text
from desktop.domain.document import Passage
from desktop.domain.framework import Framework

# Each command imports what it uses when it runs: building the parser stays cheap (see commands/__init__.py).


def register(sub: argparse._SubParsersAction) -> dict:
    framework = sub.add_parser("framework", help="import, list, propose or export speerpunten frameworks")
    actions = framework.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    parser = add_json(add_project(actions.add_parser("import", help="import a framework file (YAML, Markdown or a REFI-QDA codebook .qdc)")))
    parser.add_argument("file", type=Path, help="the framework file (.yaml, .md or .qdc)")
    parser.add_argument("--author", default="")
    add_json(add_project(actions.add_parser("list", help="list the speerpunten")))
    parser = add_json(add_project(actions.add_parser("propose", help="propose a framework from a position paper")))
    parser.add_argument("doc", metavar="DOC_ID", help="the position paper to read the speerpunten from (see 'speerpunt docs')")
    parser.add_argument("--out", type=Path, help="write the proposal as a framework file")
    parser = add_project(actions.add_parser("export", help="write a framework as a YAML file, or as a REFI-QDA codebook (--out FILE.qdc)"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--name", help="which framework (by name), when the project has several")
    return {"framework": dispatch}


def dispatch(args: argparse.Namespace) -> object:
    return {"import": import_file, "list": list_all, "propose": propose, "export": export}[args.framework_command](args)


def _summary(framework: Framework) -> dict:
    return {
        "name": framework.name,
        "themes": len(framework.themes),
        "speerpunten": len(framework.all_speerpunten()),
    }


def import_file(args: argparse.Namespace) -> dict | list[dict]:
    from desktop.frameworks.errors import FrameworkFormatError
    from desktop.frameworks.fileformat import load_framework
    from desktop.operations.frameworks import add_framework

    if args.file.suffix.lower() == ".qdc":
        from desktop.frameworks.refi import load_qdc

        frameworks = load_qdc(args.file)
        if not frameworks:
            raise FrameworkFormatError(args.file.name, "the codebook holds no codes to use as speerpunten")
        with opened(args.project) as project, project.db.atomic():
            added = [(add_framework(project, fw, author=args.author or None)[0], fw) for fw in frameworks]
        rows = [{"id": framework_id, **_summary(fw)} for framework_id, fw in added]
        return rows[0] if len(rows) == 1 else rows
    framework = load_framework(args.file)
    with opened(args.project) as project:
        framework_id, _ = add_framework(project, framework, author=args.author or None)
    return {"id": framework_id, **_summary(framework)}


def list_all(args: argparse.Namespace) -> list[dict]:
    from desktop.store.frameworks import list_speerpunten

    with opened(args.project, writes=False) as project:
        return [
            {
                "id": sp.id,
                "code": sp.code,
                "title": sp.title,
                "theme": sp.theme_title,
                "formulation": sp.formulation,
                "framework": sp.framework_name,
            }
            for sp in list_speerpunten(project)
        ]


def propose(args: argparse.Namespace) -> dict | None:
    from desktop.files.atomic import write_text_atomically
    from desktop.frameworks.fileformat import dump_framework
    from desktop.frameworks.propose import proposal_name, propose_framework
    from desktop.store.documents import document_text, get_document, list_passages

    with opened(args.project, writes=False) as project:
        document = get_document(project, args.doc)
        passages = [
            Passage(seq=p.seq, kind=p.kind, start=p.start, end=p.end, level=p.level, page=p.page,
                    heading_path=p.heading_path)
            for p in list_passages(project, document.id)
        ]
        name = proposal_name(document.title, document.short_name, document.period)
        proposal = propose_framework(document.title, document_text(project, document.id), passages, name)
        if args.out:
            write_text_atomically(args.out, dump_framework(proposal), protected=[project.path])
    if not args.json:
        # An outline to read and check before importing it: each theme, its speerpunten indented under it.
        print(render_text(_summary(proposal)))
        for theme in proposal.themes:
            print(f"\n{' '.join(filter(None, (theme.code, theme.title)))}")
            print("\n".join(f"  {sp.code} {sp.title}" for sp in theme.speerpunten) or "  (no speerpunten)")
    warnings = _empty_theme_warnings(proposal)
    for warning in warnings:
        print(f"speerpunt framework propose: {warning}", file=sys.stderr)
    if not args.json:
        return None
    return {
        **_summary(proposal),
        "warnings": warnings,
        "proposal": [
            {"theme": theme.title, "speerpunten": [f"{sp.code} {sp.title}" for sp in theme.speerpunten]}
            for theme in proposal.themes
        ],
    }


def _empty_theme_warnings(proposal: Framework) -> list[str]:
    """One line per theme the text gave no speerpunten (the G40 agenda's theme 4 lost its box)."""
    from desktop.frameworks.propose import empty_themes

    return [
        f"theme {' '.join(filter(None, (theme.code, repr(theme.title))))} has no speerpunten in the text; "
        "add them or delete the theme before tagging"
        for theme in empty_themes(proposal)
    ]


def export(args: argparse.Namespace) -> None:
    from desktop.files.atomic import write_text_atomically
    from desktop.files.targets import check_output_target
    from desktop.frameworks.fileformat import dump_framework
    from desktop.store.frameworks import list_frameworks
    from desktop.store.ids import NotFound

    with opened(args.project, writes=False) as project:
        check_output_target(args.out, [project.path])
        frameworks = list_frameworks(project)
    if args.name:
        frameworks = [fw for fw in frameworks if fw.name == args.name]
    if not frameworks:
        raise NotFound("no framework to export" + (f" named '{args.name}'" if args.name else ""))
    if len(frameworks) > 1:
        raise NotFound("the project has several frameworks; choose one with --name")
    if args.out.suffix.lower() == ".qdc":
        from exporters.qdpx import export_qdc

        with opened(args.project, writes=False) as project:
            export_qdc(project, args.out, frameworks[0].name)
        print(f"wrote {args.out}")
        return
    write_text_atomically(args.out, dump_framework(frameworks[0]), protected=[args.project])
    print(f"wrote {args.out}")
