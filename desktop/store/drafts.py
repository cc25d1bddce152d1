"""Whether a speerpunt's reaction was drafted from findings that have changed since."""

from __future__ import annotations

from desktop.drafting import findings_fingerprint
from desktop.store.findings import list_findings
from desktop.store.project import Project


def current_fingerprint(project: Project, speerpunt_id: str, document_id: str | None = None) -> str:
    """The fingerprint of the speerpunt's live findings (on ``document_id``, or on every document)."""
    return findings_fingerprint(list_findings(project, document_id=document_id, speerpunt_id=speerpunt_id))


def reaction_is_stale(project: Project, speerpunt_id: str, document_id: str | None = None) -> bool:
    """True when the reaction was drafted from findings and those findings changed since.

    A reaction typed by hand (no ``drafted_from``) is never stale: there is no
    draft to compare with.
    """
    row = project.db.execute(
        "SELECT drafted_from FROM reactions WHERE speerpunt_id = ? AND document_id IS ? AND deleted IS NULL",
        [speerpunt_id, document_id],
    ).fetchone()
    if row is None or not row[0]:
        return False
    return row[0] != current_fingerprint(project, speerpunt_id, document_id)
