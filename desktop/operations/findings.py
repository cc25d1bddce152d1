"""Making, changing, deleting and restoring findings."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.finding import Assessment, Finding, make_anchor
from desktop.domain.text import clean_text
from desktop.operations.authors import ensure_author
from desktop.operations.changes import Changes
from desktop.store.documents import document_text
from desktop.store.findings import get_finding
from desktop.store.frameworks import get_speerpunt
from desktop.store.ids import new_id, now
from desktop.store.project import Project


class FindingRefused(ValueError):
    """A finding that cannot be made as asked; the message says why."""


def add_finding(
    project: Project,
    document_id: str,
    speerpunt_id: str,
    assessment: Assessment | str,
    start: int | None = None,
    end: int | None = None,
    note: str = "",
    author: str = "",
    source_document_id: str | None = None,
    source_start: int | None = None,
    source_end: int | None = None,
    finding_id: str | None = None,
) -> Finding:
    """Store a new finding; positive and concern need a span, missing may go without.

    ``finding_id`` keeps an id the finding had elsewhere (a REFI-QDA round trip); default a new one.
    """
    assessment = Assessment(assessment)
    if (start is None) != (end is None):
        raise FindingRefused("give both start and end, or neither")
    if start is None and assessment is not Assessment.MISSING:
        raise FindingRefused(f"a {assessment.value} finding needs a span of text (start and end)")
    get_speerpunt(project, speerpunt_id)
    sha_row = project.db.execute(
        "SELECT sha256, superseded_by, title FROM documents WHERE id = ? AND deleted IS NULL", [document_id]
    ).fetchone()
    if sha_row is None:
        raise FindingRefused(f"no document with id '{document_id}'")
    if sha_row[1] is not None:
        raise FindingRefused(f"'{sha_row[2]}' is superseded by a newer version and read-only; tag the newer version")
    quote = prefix = suffix = ""
    if start is not None:
        text = document_text(project, document_id)
        if not (0 <= start < end <= len(text)):
            raise FindingRefused(f"the span {start}-{end} lies outside the document (0-{len(text)}) or is empty")
        anchor = make_anchor(text, start, end)
        quote, prefix, suffix = anchor.quote, anchor.prefix, anchor.suffix
    if source_document_id is not None and source_start is not None:
        source_text = document_text(project, source_document_id)
        if not (0 <= source_start < (source_end or 0) <= len(source_text)):
            raise FindingRefused("the span in the position paper lies outside that document")
    stamp = now()
    finding = Finding(
        id=finding_id or new_id(),
        document_id=document_id,
        speerpunt_id=speerpunt_id,
        assessment=assessment,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        note=clean_text(note).strip(),
        author="",
        created=stamp,
        modified=stamp,
        document_sha256=sha_row[0],
        source_document_id=source_document_id,
        source_start=source_start,
        source_end=source_end,
    )
    with project.db.atomic():
        finding = replace(finding, author=ensure_author(project, author or "onbekend"))
        _insert(project, finding)
    return finding


def _insert(project: Project, finding: Finding) -> None:
    project.db.execute(
        "INSERT INTO findings (id, document_id, document_sha256, speerpunt_id, assessment, start, \"end\", quote, "
        "prefix, suffix, note, source_document_id, source_start, source_end, author, created, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            finding.id,
            finding.document_id,
            finding.document_sha256,
            finding.speerpunt_id,
            finding.assessment.value,
            finding.start,
            finding.end,
            finding.quote,
            finding.prefix,
            finding.suffix,
            finding.note,
            finding.source_document_id,
            finding.source_start,
            finding.source_end,
            finding.author,
            finding.created,
            finding.modified,
        ],
    )


def update_finding(
    project: Project,
    finding_id: str,
    *,
    assessment: Assessment | str | None = None,
    speerpunt_id: str | None = None,
    note: str | None = None,
    author: str | None = None,
) -> Finding:
    """Change what an analyst may change of a finding; returns the finding as it now is."""
    current = get_finding(project, finding_id)
    values: dict[str, object] = {}
    if assessment is not None:
        assessment = Assessment(assessment)
        if current.start is None and assessment is not Assessment.MISSING:
            raise FindingRefused(f"a {assessment.value} finding needs a span of text")
        values["assessment"] = assessment.value
    if speerpunt_id is not None:
        get_speerpunt(project, speerpunt_id)
        values["speerpunt_id"] = speerpunt_id
    if note is not None:
        values["note"] = clean_text(note)
    if not values:
        return current
    with project.db.atomic():
        if author:
            values["author"] = ensure_author(project, author)
        values["modified"] = now()
        assignments = ", ".join(f"{name} = ?" for name in values)
        project.db.execute(f"UPDATE findings SET {assignments} WHERE id = ?", [*values.values(), finding_id])
    return get_finding(project, finding_id)


def delete_findings(project: Project, finding_ids: list[str]) -> Changes:
    """Mark findings deleted (a marker, so a merge knows it was deleted, and undo can restore)."""
    return _set_deleted(project, finding_ids, deleted=True)


def restore_findings(project: Project, finding_ids: list[str]) -> Changes:
    return _set_deleted(project, finding_ids, deleted=False)


def _set_deleted(project: Project, finding_ids: list[str], deleted: bool) -> Changes:
    stamp = now()
    # Only live findings are deleted and only deleted ones restored, so their modified time tells the truth.
    condition = "deleted IS NULL" if deleted else "deleted IS NOT NULL"
    with project.db.atomic():
        for finding_id in finding_ids:
            project.db.execute(
                f"UPDATE findings SET deleted = ?, modified = ? WHERE id = ? AND {condition}",
                [stamp if deleted else None, stamp, finding_id],
            )
    return Changes(findings=set(finding_ids))
