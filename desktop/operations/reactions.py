"""Reaction drafts per speerpunt and the report's document-level parts."""

from __future__ import annotations

from desktop.domain.text import clean_text
from desktop.operations.changes import Changes
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
            project.db.execute(
                "UPDATE reactions SET text = ?, author = ?, modified = ?, drafted_from = coalesce(?, drafted_from) "
                "WHERE id = ?",
                [text, author, stamp, drafted_from, reaction_id],
            )
        else:
            reaction_id = new_id()
            project.db.execute(
                "INSERT INTO reactions (id, speerpunt_id, document_id, text, drafted_from, author, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [reaction_id, speerpunt_id, document_id, text, drafted_from, author, stamp, stamp],
            )
    return Changes(reactions={reaction_id})


def set_report_parts(project: Project, parts: dict[str, str], author: str | None = None) -> Changes:
    """Store document-level parts of the reaction (title, organisation, foreword, ...)."""
    stamp = now()
    with project.db.atomic():
        for key, value in parts.items():
            project.db.execute(
                "INSERT INTO project_settings (key, value, author, modified) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, author = excluded.author, "
                "modified = excluded.modified",
                [f"report.{key}", clean_text(value), author, stamp],
            )
    return Changes(settings={f"report.{key}" for key in parts})


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
        project.db.execute("UPDATE reactions SET drafted_from = ? WHERE id = ?", [drafted_from, *changes.reactions])
    return changes
