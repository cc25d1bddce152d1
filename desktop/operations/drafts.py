"""Drafting a speerpunt's reaction from its findings, refusing to overwrite a written text."""

from __future__ import annotations

from desktop.drafting import Order, draft_reaction, findings_fingerprint
from desktop.operations.changes import Changes
from desktop.operations.reactions import set_reaction
from desktop.store.findings import list_findings
from desktop.store.frameworks import get_speerpunt, list_speerpunten
from desktop.store.pages import page_lookup
from desktop.store.project import Project
from desktop.store.reactions import report_voice


class DraftRefused(ValueError):
    """A draft that would replace text the analyst wrote; the message says how to go ahead."""


def draft_speerpunt_reaction(
    project: Project,
    speerpunt_id: str,
    document_id: str | None = None,
    order: Order = "assessment",
    include_quotes: bool = False,
    author: str | None = None,
    force: bool = False,
) -> tuple[str, Changes]:
    """Write a draft from the speerpunt's findings and remember which findings it came from.

    Refuses (DraftRefused) when the speerpunt already has a non-empty reaction,
    unless ``force``: a draft must never silently replace what an analyst wrote.
    """
    speerpunt = get_speerpunt(project, speerpunt_id)
    existing = project.db.execute(
        "SELECT text FROM reactions WHERE speerpunt_id = ? AND document_id IS ? AND deleted IS NULL",
        [speerpunt_id, document_id],
    ).fetchone()
    if existing and existing[0].strip() and not force:
        raise DraftRefused(
            f"speerpunt {speerpunt.code} already has a reaction text; draft with force to replace it"
        )
    findings = list_findings(project, document_id=document_id, speerpunt_id=speerpunt_id)
    pages = page_lookup(project, {f.document_id for f in findings}) if include_quotes else (lambda f: None)
    place = [sp.id for sp in list_speerpunten(project)].index(speerpunt_id)
    text = draft_reaction(findings, order=order, include_quotes=include_quotes, pages=pages,
                          voice=report_voice(project, document_id), variant=place)
    changes = set_reaction(
        project, speerpunt_id, text, author=author, document_id=document_id,
        drafted_from=findings_fingerprint(findings),
    )
    return text, changes
