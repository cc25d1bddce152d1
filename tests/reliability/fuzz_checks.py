"""What a fuzzed project must still do when it was not refused: list, export every layout, answer the CLI."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.cli import main
from desktop.operations.conflicts import list_conflicts
from desktop.store import open_project
from desktop.store.documents import list_documents, list_passages
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks, list_speerpunten
from desktop.store.reactions import list_reactions
from exporters import ExportOptions, ExportRefused, export
from tests.reliability.sample import LAYOUT_FILES


def assert_still_usable(path: Path) -> None:
    """The project lists everything and exports every layout (or refuses an export in one line)."""
    with open_project(path) as project:
        documents = list_documents(project)
        for document in documents:
            list_passages(project, document.id)
        list_findings(project)
        list_speerpunten(project)
        list_frameworks(project)
        list_reactions(project)
        list_conflicts(project)
        with tempfile.TemporaryDirectory() as folder:
            for layout, name in LAYOUT_FILES.items():
                try:
                    export(project, layout, Path(folder) / name, ExportOptions())
                except ExportRefused as refusal:
                    assert "\n" not in str(refusal)
    for command in ("findings", "docs"):
        assert main([command, str(path), "--json"]) == 0
