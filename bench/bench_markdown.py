"""Markdown import (markdown-it-py since issue 19) beside its floor, the bare CommonMark parse of the same file."""

from __future__ import annotations

import shutil
import textwrap
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, temp_folder


@cache
def _markdown() -> Path:
    """The generated 100-page agreement as a position paper in Markdown: wrapped lines, links, entities."""
    from bench.generate import agreement_blocks
    from desktop.domain.document import PassageKind

    parts = []
    for number, block in enumerate(agreement_blocks(100, seed=11)):
        text = block.text.replace("&", "&amp;")
        if number % 7 == 0:
            text += f" Zie [de toelichting][{number}] en [de kaart](https://example.nl/kaart_({number}).pdf)."
            parts.append(f"[{number}]: https://example.nl/toelichting_{number}")
        if block.kind is PassageKind.HEADING:
            parts.append("#" * min(block.level, 6) + " " + text)
        elif block.kind is PassageKind.LIST_ITEM:
            parts.append("- " + "\n  ".join(textwrap.wrap(text, 78)))
        else:
            parts.append("\n".join(textwrap.wrap(text, 78)))
    path = temp_folder("speerpunt-bench-") / "positiepaper-100p.md"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def _fresh_project():
    from desktop.store import create_project

    _markdown()
    return create_project(temp_folder("speerpunt-bench-") / "import.speerpunt")


def _close(project) -> None:
    project.close()
    shutil.rmtree(project.path.parent, ignore_errors=True)


def _import(project) -> str:
    from desktop.operations.documents import import_document

    result = import_document(project, _markdown())
    return f"{result.document.passages} passages, {_markdown().stat().st_size // 1024} kB"


def _parse_only(_state) -> str:
    from desktop.ingest.markdown import PARSER

    tokens = PARSER.parse(_markdown().read_text(encoding="utf-8"))
    return f"floor: {len(tokens)} tokens"


BENCHMARKS = [
    Benchmark("import generated 100-page Markdown", 1.5, _import, setup=_fresh_project, teardown=_close, repeat=3),
    Benchmark("  floor: markdown-it parse of it alone", 1.5, _parse_only, setup=_markdown, repeat=3),
]
