"""Reaction drafts per speerpunt and the report's document-level parts."""

from __future__ import annotations

from desktop.domain.text import clean_text
from desktop.operations.changes import Changes
from desktop.store.agreement_names import AGREEMENT_PARTS, MAX_NAME, agreement_part_key
from desktop.store.documents import DocumentRecord
from desktop.store.ids import new_id, now
from desktop.store.project import Project


def set_reaction(
    project: Project,
    speerpunt_id: str,
    text: str,
    author: str | None = None,
    document_id: str | None = None,
    drafted_from: str | None = None,
) -> Changes:
    """Store the analyst's reaction text for a speerpunt (per agreement), replacing the previous one."""
    stamp = now()
    text = clean_text(text)
    with project.db.atomic():
        row = project.db.execute(
            "SELECT id FROM reactions WHERE speerpunt_id = ? AND document_id IS ? AND deleted IS NULL",
            [speerpunt_id, document_id],
        ).fetchone()
        if row:
            reaction_id = row[0]
            values: dict[str, object] = {"text": text, "author": author, "modified": stamp}
            if drafted_from is not None:  # a reaction keeps what it was drafted from until a new draft
                values["drafted_from"] = drafted_from
            project.db.table("reactions").update(reaction_id, values)
        else:
            reaction_id = new_id()
            project.db.table("reactions").insert({
                "id": reaction_id, "speerpunt_id": speerpunt_id, "document_id": document_id, "text": text,
                "drafted_from": drafted_from, "author": author, "created": stamp, "modified": stamp})
    return Changes(reactions={reaction_id})


def set_report_parts(project: Project, parts: dict[str, str], author: str | None = None) -> Changes:
    """Store document-level parts of the reaction (title, organisation, foreword, ...)."""
    stamp = now()
    with project.db.atomic():
        for key, value in parts.items():
            project.db.table("project_settings").upsert(
                {"key": f"report.{key}", "value": clean_text(value), "author": author, "modified": stamp}, pk="key")
    return Changes(settings={f"report.{key}" for key in parts})


def set_agreement_part(project: Project, part: str, text: str, agreement: DocumentRecord | None,
                       author: str | None = None) -> Changes:
    """Store ``agreement_name`` or ``title`` for that agreement only (empty: its own default again).

    Without an agreement (none imported yet) it is stored unbound, for the first agreement
    imported (docs/EXPORTS.md).
    """
    if part not in AGREEMENT_PARTS:
        raise ValueError(f"'{part}' is not stored per agreement")
    text = " ".join(clean_text(text).split())
    if len(text) > MAX_NAME:
        raise ValueError(f"the {part} is longer than {MAX_NAME} characters")
    return set_report_parts(project, {agreement_part_key(part, agreement): text}, author)


def restore_reaction(
    project: Project,
    speerpunt_id: str,
    text: str,
    drafted_from: str | None,
    author: str | None = None,
    document_id: str | None = None,
) -> Changes:
    """Put a reaction back exactly as it was (undo): text and drafted_from, which may be None again."""
    with project.db.atomic():  # one transaction: the inner one becomes a savepoint
        changes = set_reaction(project, speerpunt_id, text, author=author, document_id=document_id)
        # set_reaction keeps an earlier drafted_from; undoing a draft must clear it when there was none.
        (reaction_id,) = changes.reactions
        project.db.table("reactions").update(reaction_id, {"drafted_from": drafted_from})
    return changes
