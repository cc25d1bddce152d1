"""Reading the carry-over of findings to a new version, for the review."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.project import Project


@dataclass(frozen=True)
class RevisionRecord:
    id: str
    old_document_id: str
    new_document_id: str
    created: str


@dataclass(frozen=True)
class ReviewRow:
    """One carried finding: where it stood in the old version and where it is now."""

    finding_id: str
    speerpunt: str  # "2.1 Iedereen aan het werk"
    assessment: str
    note: str
    status: str | None  # the finding's anchor now (exact, moved, changed, orphaned, confirmed)
    score: float | None
    old_start: int | None
    old_end: int | None
    old_quote: str
    start: int | None
    end: int | None
    quote: str

    @property
    def to_review(self) -> bool:
        return self.status in ("moved", "changed", "orphaned")


def revision_of(project: Project, document_id: str) -> RevisionRecord | None:
    """The newest carry-over into ``document_id``, or out of it when it is the old version."""
    row = project.db.execute(
        "SELECT id, old_document_id, new_document_id, created FROM revisions "
        "WHERE new_document_id = ? OR old_document_id = ? ORDER BY new_document_id = ? DESC, created DESC LIMIT 1",
        [document_id, document_id, document_id],
    ).fetchone()
    return RevisionRecord(*row) if row else None


def review_rows(project: Project, revision_id: str) -> list[ReviewRow]:
    """Every finding the revision carried that is still live, orphans and changed ones first."""
    rows = project.db.execute(
        "SELECT f.id, coalesce(s.code || ' ' || s.title, ''), f.assessment, f.note, f.anchor, f.anchor_score, "
        'r.old_start, r.old_end, r.old_quote, f.start, f."end", f.quote '
        "FROM revision_findings r JOIN findings f ON f.id = r.finding_id "
        "LEFT JOIN speerpunten s ON s.id = f.speerpunt_id "
        "WHERE r.revision_id = ? AND f.deleted IS NULL AND r.status IS NOT NULL",
        [revision_id],
    ).fetchall()
    order = {"orphaned": 0, "changed": 1, "moved": 2, "confirmed": 3, "exact": 4}
    found = [ReviewRow(*row) for row in rows]
    return sorted(found, key=lambda r: (order.get(r.status or "", 5), r.old_start if r.old_start is not None else 0))
