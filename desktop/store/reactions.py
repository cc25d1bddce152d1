"""Reading reaction drafts and the report's document-level parts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.agreement_names import stored_agreement_part
from desktop.store.checks.damage import damaged_keys
from desktop.store.documents import DocumentRecord, list_documents
from desktop.store.project import Project
from desktop.wording import Voice, default_agreement_name, document_kind


@dataclass(frozen=True)
class Reaction:
    id: str
    speerpunt_id: str
    document_id: str | None
    text: str
    drafted_from: str | None
    author: str | None
    modified: str


def list_reactions(project: Project, document_id: str | None = None) -> dict[str, Reaction]:
    """Live reactions keyed by speerpunt id: the agreement's own first, general ones as fallback."""
    rows = project.db.execute(
        "SELECT id, speerpunt_id, document_id, text, drafted_from, author, modified FROM reactions "
        "WHERE deleted IS NULL AND (document_id IS ? OR document_id IS NULL) ORDER BY document_id IS NOT NULL",
        [document_id],
    ).fetchall()
    damaged = damaged_keys(project, "reactions")
    return {row[1]: Reaction(*row) for row in rows if row[0] not in damaged}


def report_parts(project: Project) -> dict[str, str]:
    rows = project.db.execute("SELECT key, value FROM project_settings WHERE key LIKE 'report.%'").fetchall()
    damaged = damaged_keys(project, "project_settings")
    return {key.removeprefix("report."): value for key, value in rows if key not in damaged}


def report_voice(project: Project, agreement: DocumentRecord | str | None = None, organisation: str | None = None,
                 agreement_name: str | None = None) -> Voice:
    """The organisation and agreement as the reaction names them, from the report parts and the document.

    ``agreement`` is a document (or its id); None means the newest agreement. The
    arguments, when given, override the stored report parts. A stored agreement name
    is used only for the agreement it was stored for (desktop.store.agreement_names);
    any other agreement is named by its own default name.
    """
    parts = report_parts(project)
    documents = list_documents(project)
    if not isinstance(agreement, DocumentRecord):
        chosen = [d for d in documents if d.id == agreement] if agreement else \
            [d for d in documents if d.kind == "agreement"][-1:]
        agreement = chosen[0] if chosen else None
    sources = (agreement.citation_name, agreement.title, agreement.source_name) if agreement else ()
    name = (agreement_name or stored_agreement_part(project, "agreement_name", agreement, documents) or "").strip()
    kind = document_kind(name, *sources)
    if not name and agreement is not None:
        name = default_agreement_name(agreement.citation_name, kind, agreement.period)
    return Voice.of((organisation or parts.get("organisation") or "").strip(), name, *sources,
                    organisation_name=parts.get("organisation_name", ""))
