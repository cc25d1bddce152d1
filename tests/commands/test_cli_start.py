"""The command line starts without loading what its command does not use (scripts call it hundreds of times)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Heavy or unrelated to building the parser: the suggester (numpy), frameworks files (YAML),
# the team sync, fuzzy matching, the project store (sqlite_utils, numpy) and the Word/XLSX exporters.
NOT_FOR_THE_PARSER = ("numpy", "yaml", "rapidfuzz", "sqlite_utils", "desktop.suggest", "desktop.sync",
                      "desktop.frameworks", "desktop.store.project", "desktop.operations", "desktop.ingest",
                      "exporters.report", "exporters.tabular", "docx", "openpyxl")
# Not for listing documents: everything above but the project store.
NOT_FOR_DOCS = ("yaml", "rapidfuzz", "desktop.suggest", "desktop.sync", "desktop.frameworks", "desktop.ingest",
                "desktop.operations.batch", "exporters.report", "exporters.tabular", "docx", "openpyxl")


def _loaded_after(code: str, watched: tuple[str, ...]) -> list[str]:
    """Which of ``watched`` (or their submodules) a fresh interpreter has loaded after running ``code``."""
    probe = (f"import json, sys\n{code}\n"
             f"print(json.dumps(sorted(m for m in sys.modules if any(m == w or m.startswith(w + '.') for w in {watched!r}))))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_building_the_parser_loads_no_command_modules() -> None:
    loaded = _loaded_after("from desktop.cli import build_parser\nbuild_parser().parse_args(['docs', 'x.speerpunt'])",
                           NOT_FOR_THE_PARSER)
    assert loaded == []


def test_listing_documents_loads_neither_the_suggester_nor_the_sync_nor_the_exporters(tmp_path: Path) -> None:
    from desktop.store.project import create_project

    create_project(tmp_path / "p.speerpunt").close()
    loaded = _loaded_after(f"from desktop.cli import main\nassert main(['docs', {str(tmp_path / 'p.speerpunt')!r}]) == 0",
                           NOT_FOR_DOCS)
    assert loaded == []
