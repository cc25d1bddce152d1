"""Every record id of a project, for views to reload after changes made elsewhere."""

from __future__ import annotations

from desktop.store.project import Project

# Deleted rows are listed too: a view showing a record another program deleted
# must hear about it to drop it.
_QUERIES = {
    "documents": "SELECT id FROM documents",
    "findings": "SELECT id FROM findings",
    "frameworks": "SELECT id FROM frameworks UNION ALL SELECT id FROM themes UNION ALL SELECT id FROM speerpunten",
    "reactions": "SELECT id FROM reactions",
    "settings": "SELECT key FROM project_settings",
}


def all_record_ids(project: Project) -> dict[str, set[str]]:
    """Ids per kind of record, named as the fields of desktop.operations.changes.Changes."""
    return {name: {row[0] for row in project.db.execute(sql)} for name, sql in _QUERIES.items()}
