"""The demo project: a fictional agreement, a position paper, a framework and findings."""

from __future__ import annotations

from pathlib import Path

import yaml

from desktop.domain.document import DocumentKind
from desktop.frameworks.fileformat import load_framework
from desktop.operations.documents import import_document, update_document
from desktop.operations.findings import add_finding
from desktop.operations.frameworks import add_framework
from desktop.operations.reactions import set_agreement_part, set_reaction, set_report_parts
from desktop.store.agreement_names import AGREEMENT_PARTS
from desktop.store.documents import document_text
from desktop.store.frameworks import list_speerpunten
from desktop.store.project import Project, create_project, discard_new_project
from resources import DEMO

AGREEMENT = DEMO / "coalitieakkoord-demo.md"
POSITION_PAPER = DEMO / "positiepaper-demo.md"
FRAMEWORK = DEMO / "framework-demo.yaml"
FINDINGS = DEMO / "findings-demo.yaml"
REACTION = DEMO / "reaction-demo.yaml"


def build_demo_project(path: Path | str) -> dict:
    """Create ``path`` as a ready-to-use demo project and say what it holds."""
    project = create_project(path)
    try:
        return fill_demo_project(project)
    except BaseException:
        project.close()
        discard_new_project(path)
        raise
    finally:
        project.close()


def fill_demo_project(project: Project) -> dict:
    position = import_document(project, POSITION_PAPER, kind=DocumentKind.POSITION, author="Fatima el Amrani")
    agreement = import_document(project, AGREEMENT, kind=DocumentKind.AGREEMENT, author="Fatima el Amrani")
    update_document(project, position.document.id, short_name="M25", issuer="Stedennetwerk M25", date="2026-01")
    update_document(project, agreement.document.id, short_name="Coalitieakkoord 2026", issuer="Kabinet",
                    period="2026-2030", parties="Partij voor de Toekomst, Vrije Liberalen, Sociaal Verbond, Burgerbelang Nederland")
    add_framework(project, load_framework(FRAMEWORK), author="Fatima el Amrani")
    speerpunten = {sp.code: sp.id for sp in list_speerpunten(project)}
    agreement_text = document_text(project, agreement.document.id)
    position_text = document_text(project, position.document.id)
    entries = yaml.safe_load(FINDINGS.read_text(encoding="utf-8"))["findings"]
    for entry in entries:
        start = end = source_start = source_end = None
        if entry.get("quote"):
            start = agreement_text.index(entry["quote"])
            end = start + len(entry["quote"])
        if entry.get("source_quote"):
            source_start = position_text.index(entry["source_quote"])
            source_end = source_start + len(entry["source_quote"])
        add_finding(
            project,
            agreement.document.id,
            speerpunten[str(entry["speerpunt"])],
            entry["assessment"],
            start=start,
            end=end,
            note=entry.get("note", ""),
            author=entry["author"],
            source_document_id=position.document.id if source_start is not None else None,
            source_start=source_start,
            source_end=source_end,
        )
    reaction = yaml.safe_load(REACTION.read_text(encoding="utf-8")) if REACTION.exists() else {}
    parts = {key: str(value) for key, value in reaction.items() if key != "reactions" and value is not None}
    named = {part: parts.pop(part) for part in AGREEMENT_PARTS if part in parts}
    if parts:
        set_report_parts(project, parts, author="Fatima el Amrani")
    for part, text in named.items():  # the demo agreement's, not any agreement imported later (docs/EXPORTS.md)
        set_agreement_part(project, part, text, agreement.document, author="Fatima el Amrani")
    for code, text in (reaction.get("reactions") or {}).items():
        set_reaction(project, speerpunten[str(code)], str(text).strip(), author="Fatima el Amrani",
                     document_id=agreement.document.id)
    return {"documents": 2, "speerpunten": len(speerpunten), "findings": len(entries)}
