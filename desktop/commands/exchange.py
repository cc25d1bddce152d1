"""REFI-QDA on the command line: `import PROJECT FILE.qdpx` (the export is `export --layout qdpx`)."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import opened
from desktop.operations.exchange import import_qdpx


def import_qdpx_command(args: argparse.Namespace) -> dict:
    """Import one .qdpx; warnings (what could not be taken over) also go to stderr, one per line."""
    if len(args.files) != 1:
        raise ValueError("a .qdpx file is imported on its own; give it as the only FILE")
    with opened(args.project) as project:
        result = import_qdpx(project, args.files[0], default_assessment=args.default_assessment,
                             author=args.author or None)
    for warning in result.warnings:
        print(f"speerpunt import: {warning}", file=sys.stderr)
    return {
        "documents": len(result.documents),
        "documents_already_present": len(result.reused_documents),
        "frameworks": len(result.frameworks),
        "findings": result.findings,
        "findings_already_present": result.already_present,
        "missing": result.missing,
        "unassessed": result.unassessed,
        "warnings": result.warnings,
    }
