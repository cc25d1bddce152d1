"""Reading reaction drafts and the report's document-level parts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.damage import damaged_keys
from desktop.store.project import Project


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
