"""Adding frameworks to a project and editing their themes and speerpunten."""

from __future__ import annotations

from desktop.domain.framework import Framework
from desktop.operations.changes import Changes
from desktop.store.ids import new_id, now
from desktop.store.project import Project


class FrameworkRefused(ValueError):
    """A framework change that cannot be made; the message says why."""


def add_framework(project: Project, framework: Framework, author: str | None = None) -> tuple[str, Changes]:
    """Store ``framework`` under new ids, all or nothing; refuse a name already in use."""
    name = framework.name.strip()
    if not name:
        raise FrameworkRefused("a framework needs a name")
    taken = project.db.execute("SELECT 1 FROM frameworks WHERE name = ? AND deleted IS NULL", [name]).fetchone()
    if taken:
        raise FrameworkRefused(f"the project already has a framework named '{name}'")
    codes = [sp.code for sp in framework.all_speerpunten()]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise FrameworkRefused(f"speerpunt codes used twice: {', '.join(duplicates)}")
    framework_id = new_id()
    stamp = now()
    db = project.db
    with db.atomic():
        db.execute(
            "INSERT INTO frameworks (id, name, description, author, modified) VALUES (?, ?, ?, ?, ?)",
            [framework_id, name, framework.description, author, stamp],
        )
        for theme_position, theme in enumerate(framework.themes):
            theme_id = new_id()
            db.execute(
                "INSERT INTO themes (id, framework_id, code, title, colour, position, author, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [theme_id, framework_id, theme.code, theme.title, theme.colour, theme_position, author, stamp],
            )
            for position, speerpunt in enumerate(theme.speerpunten):
                db.execute(
                    "INSERT INTO speerpunten (id, theme_id, code, title, formulation, colour, position, author, "
                    "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        theme_id,
                        speerpunt.code,
                        speerpunt.title,
                        speerpunt.formulation,
                        speerpunt.colour,
                        position,
                        author,
                        stamp,
                    ],
                )
    return framework_id, Changes(frameworks={framework_id})
