"""Suggestions the analyst rejected: a speerpunt turned down for one passage, kept in this project only."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.ids import new_id, now
from desktop.store.project import Project


@dataclass(frozen=True)
class Rejection:
    id: str
    document_id: str
    speerpunt_id: str
    start: int
    end: int


def list_rejections(project: Project) -> list[Rejection]:
    rows = project.db.execute(
        'SELECT id, document_id, speerpunt_id, start, "end" FROM suggestion_rejections ORDER BY created, rowid'
    ).fetchall()
    return [Rejection(*row) for row in rows]


def add_rejection(project: Project, document_id: str, speerpunt_id: str, start: int, end: int,
                  author: str = "") -> Rejection:
    """Remember that ``speerpunt_id`` is not what the passage at ``start``–``end`` treats (idempotent)."""
    with project.db.atomic():
        row = project.db.execute(
            'SELECT id FROM suggestion_rejections WHERE document_id = ? AND speerpunt_id = ? AND start = ? '
            'AND "end" = ?', [document_id, speerpunt_id, start, end]).fetchone()
        rejection_id = row[0] if row else new_id()
        if row is None:
            project.db.execute(
                'INSERT INTO suggestion_rejections (id, document_id, speerpunt_id, start, "end", author, created) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [rejection_id, document_id, speerpunt_id, start, end, author or None, now()])
    return Rejection(rejection_id, document_id, speerpunt_id, start, end)


def remove_rejection(project: Project, rejection_id: str) -> None:
    with project.db.atomic():
        project.db.execute("DELETE FROM suggestion_rejections WHERE id = ?", [rejection_id])
