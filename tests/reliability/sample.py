"""A small real project for the reliability tests: an agreement, a position paper, a framework, findings, a reaction.

Also the checks every test makes afterwards: the file's bytes, and what the project still lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from desktop.cli import main
from desktop.domain.document import DocumentKind
from desktop.operations.findings import add_finding
from desktop.operations.reactions import set_reaction, set_report_parts
from desktop.store import create_project, open_project
from desktop.store.documents import document_text, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten
from tests.builders import add_document, add_small_framework

AGREEMENT = [
    "Het kabinet investeert € 1 miljard in woningbouw voor middelgrote steden.",
    "De huren van sociale huurwoningen worden bevroren. Gemeenten krijgen meer regie.",
    "Iedereen die kan werken, gaat aan het werk; de Participatiewet wordt herzien.",
]
POSITION = [
    "Wonen: betaalbare woningen voor iedereen in de stad.",
    "Werk: één regeling voor de onderkant van de arbeidsmarkt.",
]
LAYOUT_FILES = {"speerpunten": "reactie.docx", "analyse": "analyse.docx", "annotated": "akkoord.docx",
                "vergelijking": "vergelijking.docx", "csv": "bevindingen.csv", "xlsx": "bevindingen.xlsx"}


@dataclass
class Sample:
    path: Path
    agreement: str
    position: str
    codes: dict[str, str]


def build_sample(path: Path) -> Sample:
    """Create and close the sample project at ``path`` (checkpointed: the file alone holds everything)."""
    project = create_project(path)
    codes = add_small_framework(project)
    agreement = add_document(project, AGREEMENT, title="Coalitieakkoord 2026", headings={0: "Wonen", 2: "Werk"})
    position = add_document(project, POSITION, title="Positiepapier", kind=DocumentKind.POSITION)
    text = document_text(project, agreement)
    for code, assessment, quote, note in (
        ("1.1", "positive", "€ 1 miljard in woningbouw", "Positief is de structurele bijdrage."),
        ("1.2", "concern", "De huren van sociale huurwoningen worden bevroren", "Wie betaalt de compensatie?"),
        ("2.1", "concern", "de Participatiewet wordt herzien", "Blijft vaag."),
    ):
        start = text.index(quote)
        add_finding(project, agreement, codes[code], assessment, start, start + len(quote), note=note,
                    author="Fatima el Amrani")
    add_finding(project, agreement, codes["2.1"], "missing", note="Eén regeling ontbreekt.", author="Joost de Vries")
    set_reaction(project, codes["2.1"], "Wij missen één regeling.", author="Fatima el Amrani", document_id=agreement)
    set_report_parts(project, {"title": "Reactie M25", "organisation": "M25"})
    project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    return Sample(path, agreement, position, codes)


def file_state(path: Path) -> tuple[str, ...]:
    """The SHA-256 of the project and of its side files that exist: equal means byte-identical."""
    hashes = []
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            hashes.append(f"{candidate.name}:{hashlib.sha256(candidate.read_bytes()).hexdigest()}")
    return tuple(hashes)


def listing(path: Path) -> dict[str, object]:
    """What a user sees of the project: findings (id, note), documents, speerpunten."""
    with open_project(path) as project:
        return {
            "findings": sorted((f.id, f.note) for f in list_findings(project)),
            "documents": sorted(d.title for d in list_documents(project)),
            "speerpunten": sorted(sp.code for sp in list_speerpunten(project)),
        }


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_refusal(code: int, err: str, *words: str) -> None:
    """Exit 1, exactly one line on stderr starting with "speerpunt", no traceback, holding ``words``."""
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("speerpunt") and "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]


def make_read_only(path: Path) -> bool:
    """Make ``path`` read-only for this process; False when that is impossible (root without chattr)."""
    path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() != 0:
        return True
    # root writes through mode bits; the immutable flag stops root too.
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    return done


def undo_read_only(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o755 if path.is_dir() else 0o644)


def json_out(out: str) -> object:
    return json.loads(out)
