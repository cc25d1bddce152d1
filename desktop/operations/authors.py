"""Authors: the analysts whose names are recorded on their work."""

from __future__ import annotations

from desktop.domain.text import clean_line
from desktop.store.ids import new_id, now
from desktop.store.project import Project


def ensure_author(project: Project, name: str) -> str:
    """Record ``name`` as an author (inside the caller's transaction) and return it cleaned."""
    name = clean_line(name)
    if not name:
        raise ValueError("an author needs a name")
    project.db.execute(
        "INSERT INTO authors (id, name, created) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING",
        [new_id(), name, now()],
    )
    return name


def list_authors(project: Project) -> list[str]:
    return [row[0] for row in project.db.execute("SELECT name FROM authors ORDER BY name")]
