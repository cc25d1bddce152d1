"""The current version of a record a merge conflict names, shaped like the conflict's other version."""

from __future__ import annotations

from desktop.store.exchange.snapshot import SPECS
from desktop.store.project import Project


def current_version(project: Project, table: str, key: str) -> dict | None:
    """The record's synced columns now (document references as hashes, as in a conflict), or None."""
    spec = SPECS.get(table)
    if spec is None:
        return None
    columns = ", ".join(f'"{column}"' for column in spec.columns)
    row = project.db.execute(f'SELECT {columns} FROM {spec.name} WHERE "{spec.key}" = ?', [key]).fetchone()
    if row is None:
        return None
    values = dict(zip(spec.columns, row, strict=True))
    for ref in spec.document_refs:
        if values[ref] is not None:
            found = project.db.execute("SELECT sha256 FROM documents WHERE id = ?", [values[ref]]).fetchone()
            values[ref] = found[0] if found else values[ref]
    return values


def speerpunt_label(project: Project, speerpunt_id: str | None) -> str:
    """"2.1 Iedereen aan het werk", also for a deleted speerpunt; the id when it is unknown here."""
    if not speerpunt_id:
        return ""
    row = project.db.execute("SELECT code, title FROM speerpunten WHERE id = ?", [speerpunt_id]).fetchone()
    return f"{row[0]} {row[1]}".strip() if row else speerpunt_id[:8]


def document_title(project: Project, sha256: str | None) -> str:
    if not sha256:
        return ""
    row = project.db.execute("SELECT coalesce(short_name, title) FROM documents WHERE sha256 = ?",
                             [sha256]).fetchone()
    return row[0] if row else sha256[:12]
