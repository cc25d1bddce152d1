"""Making, changing, deleting and restoring findings."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.finding import Assessment, Finding, make_anchor
from desktop.domain.text import clean_text
from desktop.operations.authors import ensure_author
from desktop.operations.changes import Changes
from desktop.reasons import Reason
from desktop.store.documents import document_text
from desktop.store.findings import get_finding
from desktop.store.frameworks import get_speerpunt
from desktop.store.ids import new_id, now
from desktop.store.project import Project


class FindingRefused(ValueError):
    """A finding that cannot be made as asked; the message (a Reason, docs/I18N.md) says why."""


def assessment_word(assessment: Assessment) -> Reason:
    """The assessment as a word inside a reason: the stored English value, translated in the window."""
    words = {Assessment.POSITIVE: Reason("positive"), Assessment.CONCERN: Reason("concern"),
             Assessment.MISSING: Reason("missing")}
    return words[assessment]


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
        raise FindingRefused(Reason("give both start and end, or neither"))
    if start is None and assessment is not Assessment.MISSING:
        raise FindingRefused(Reason("a {assessment} finding needs a span of text (start and end)",
                                    assessment=assessment_word(assessment)))
    get_speerpunt(project, speerpunt_id)
    sha_row = project.db.execute(
        "SELECT sha256, superseded_by, title FROM documents WHERE id = ? AND deleted IS NULL", [document_id]
    ).fetchone()
    if sha_row is None:
        raise FindingRefused(Reason("no document with id '{id}'", id=document_id))
    if sha_row[1] is not None:
        raise FindingRefused(Reason("'{title}' is superseded by a newer version and read-only; tag the newer version",
                                    title=sha_row[2]))
    quote = prefix = suffix = ""
    if start is not None:
        text = document_text(project, document_id)
        if not (0 <= start < end <= len(text)):
            raise FindingRefused(Reason("the span {start}-{end} lies outside the document (0-{length}) or is empty",
                                        start=start, end=end, length=len(text)))
        anchor = make_anchor(text, start, end)
        quote, prefix, suffix = anchor.quote, anchor.prefix, anchor.suffix
    if source_document_id is not None and source_start is not None:
        source_text = document_text(project, source_document_id)
        if not (0 <= source_start < (source_end or 0) <= len(source_text)):
            raise FindingRefused(Reason("the span in the position paper lies outside that document"))
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
    project.db.table("findings").insert({
        "id": finding.id,
        "document_id": finding.document_id,
        "document_sha256": finding.document_sha256,
        "speerpunt_id": finding.speerpunt_id,
        "assessment": finding.assessment.value,
        "start": finding.start,
        "end": finding.end,
        "quote": finding.quote,
        "prefix": finding.prefix,
        "suffix": finding.suffix,
        "note": finding.note,
        "source_document_id": finding.source_document_id,
        "source_start": finding.source_start,
        "source_end": finding.source_end,
        "author": finding.author,
        "created": finding.created,
        "modified": finding.modified,
    })


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
            raise FindingRefused(Reason("a {assessment} finding needs a span of text",
                                        assessment=assessment_word(assessment)))
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
        project.db.table("findings").update(finding_id, values)
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
    table = project.db.table("findings")
    with project.db.atomic():
        for finding_id in finding_ids:
            if next(table.rows_where(f"id = ? AND {condition}", [finding_id], select="id"), None):
                table.update(finding_id, {"deleted": stamp if deleted else None, "modified": stamp})
    return Changes(findings=set(finding_ids))
