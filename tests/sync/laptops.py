"""Simulated laptops for the team folder tests: each a project file outside the folder."""

from __future__ import annotations

from pathlib import Path

from desktop.operations.documents import import_document
from desktop.store import create_project, open_project
from desktop.store.exchange.snapshot import read_snapshot
from desktop.store.findings import list_findings
from tests.builders import add_small_framework

AGREEMENT = (
    "Coalitieakkoord van de gemeente Voorbeeld\n\n"
    "Het college bouwt tweeduizend betaalbare woningen in deze periode.\n\n"
    "De bijstand wordt eenvoudiger voor iedereen die het nodig heeft.\n\n"
    "Gemeenten krijgen geen extra middelen voor de jeugdzorg.\n\n"
    "Wij investeren in groen en schone lucht in elke wijk.\n"
)


def start_team(folder: Path) -> tuple[Path, dict[str, str], str]:
    """The first analyst's project: a framework and an agreement imported from a real text file."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "akkoord-voorbeeld.txt"
    source.write_text(AGREEMENT, encoding="utf-8")
    path = folder / "eerste.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        document = import_document(project, source).document.id
    return path, codes, document


def empty_project(path: Path) -> Path:
    create_project(path).close()
    return path


def findings_of(path: Path) -> dict[str, tuple]:
    """Every live finding: id -> (assessment, note, quote, speerpunt)."""
    with open_project(path) as project:
        return {f.id: (str(f.assessment), f.note, f.quote, f.speerpunt_id) for f in list_findings(project)}


def shared_rows(path: Path) -> dict:
    with open_project(path) as project:
        rows = read_snapshot(project).rows
    # Documents' ids differ between copies; their rows (keyed by hash) compare as they are.
    return rows
