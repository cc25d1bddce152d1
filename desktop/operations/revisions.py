"""Importing a new version of a document and carrying every finding to it, never silently.

The new version becomes a document of its own; the old one stays, superseded and read-only,
so its text and the old quotes remain. Every live finding of the old version moves to the new
one with its id (merges and bundles still recognise it), re-anchored by
``desktop.domain.reanchor`` and marked exact, moved, changed or orphaned. Missing findings
(no passage) and the reactions written on the old version move as they are. The review steps
(accept, re-point) are here too, each returning what it changed so an undo command can put it
back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.document import DocumentKind, ImportedDocument
from desktop.domain.finding import Anchor, make_anchor
from desktop.domain.metadata import metadata_from_filename
from desktop.domain.reanchor import AnchorStatus, place_anchors
from desktop.ingest import ImportRefused, already_imported, read_document
from desktop.operations.changes import Changes
from desktop.operations.documents import store_document
from desktop.operations.revision_undo import RevisionBefore, read_before
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason
from desktop.store.documents import DocumentRecord, document_text, find_document_by_sha256, get_document
from desktop.store.ids import new_id, now
from desktop.store.project import Project

STATUSES = (AnchorStatus.EXACT, AnchorStatus.MOVED, AnchorStatus.CHANGED, AnchorStatus.ORPHANED)


class RevisionRefused(ValueError):
    """A new version that cannot be imported or a review step that cannot be done; nothing changed."""


@dataclass(frozen=True)
class CarriedFinding:
    """One finding's journey to the new version (status None: a missing finding, carried as it is)."""

    id: str
    status: str | None
    score: float | None
    old_start: int | None
    old_end: int | None
    new_start: int | None
    new_end: int | None
    quote: str


@dataclass
class RevisionReport:
    revision_id: str
    old_document: DocumentRecord
    new_document: DocumentRecord
    findings: list[CarriedFinding] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    warnings: tuple[str, ...] = ()
    # What the import changed, as it stood before: desktop.operations.revision_undo takes the import back with it.
    before: RevisionBefore | None = None

    def counts(self) -> dict[str, int]:
        counts = {status.value: 0 for status in STATUSES}
        counts["missing"] = 0
        for finding in self.findings:
            counts[finding.status or "missing"] += 1
        return counts


def import_revision(
    project: Project,
    path: Path | str,
    old_document_id: str,
    title: str | None = None,
    author: str | None = None,
    progress: Progress | None = None,
) -> RevisionReport:
    """Import ``path`` as the new version of ``old_document_id`` and carry its findings over, all or nothing.

    The file is read and every finding placed before the transaction opens, so a refusal or a
    cancel leaves the project as it was.
    """
    path = Path(path)
    progress = progress or NullProgress()
    old = get_document(project, old_document_id)
    if old.superseded:
        newer = find_document_by_sha256(project, old.superseded_by or "")
        if newer:
            raise RevisionRefused(Reason("'{title}' is already superseded by '{newer}' ({id}); import the new version "
                                         "of that one", title=old.title, newer=newer.title, id=newer.id[:8]))
        raise RevisionRefused(Reason("'{title}' is already superseded; import the new version of that one",
                                     title=old.title))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(path.name, Reason("cannot be read: {error}", error=error.strerror or str(error))) from error
    sha256 = hashlib.sha256(data).hexdigest()
    existing = find_document_by_sha256(project, sha256)
    if existing is not None:
        raise ImportRefused(path.name, already_imported(existing.title, existing.id))
    imported = read_document(path, data=data, progress=progress)
    check_cancelled(progress)
    return revise_document(project, old.id, imported, data, sha256, path.name, title, author, progress)


def revise_document(
    project: Project,
    old_document_id: str,
    imported: ImportedDocument,
    data: bytes,
    sha256: str,
    source_name: str,
    title: str | None = None,
    author: str | None = None,
    progress: Progress | None = None,
) -> RevisionReport:
    """Store ``imported`` as the new version of ``old_document_id`` and carry every finding over."""
    progress = progress or NullProgress()
    old = get_document(project, old_document_id)
    if old.superseded:
        raise RevisionRefused(Reason("'{title}' is already superseded; import the new version of the newest one",
                                     title=old.title))
    old_text = document_text(project, old.id)
    rows = project.db.execute(
        'SELECT id, start, "end", quote, prefix, suffix FROM findings '
        'WHERE document_id = ? AND deleted IS NULL ORDER BY start IS NULL, start, created',
        [old.id],
    ).fetchall()
    spanned = [row for row in rows if row[1] is not None or row[3]]
    length = max(1, len(old_text))
    placements = place_anchors(
        [(Anchor(row[3], row[4], row[5]), row[1] / length if row[1] is not None else None) for row in spanned],
        imported.text,
    )
    check_cancelled(progress)
    placed = dict(zip((row[0] for row in spanned), placements, strict=True))
    # Findings that quote this document as their source (a revised position paper) follow it when their
    # source words are found again; otherwise they keep pointing at the old version, which keeps its text.
    sourced = project.db.execute(
        "SELECT id, source_start, source_end FROM findings WHERE source_document_id = ? AND deleted IS NULL "
        "AND source_start IS NOT NULL", [old.id]).fetchall()
    source_places = place_anchors(
        [(make_anchor(old_text, start, end), start / length) for _id, start, end in sourced], imported.text)
    moved_sources = [(row[0], place) for row, place in zip(sourced, source_places, strict=True)
                     if place.start is not None]
    metadata = metadata_from_filename(source_name)
    for name in ("short_name", "issuer", "period", "date"):
        value = getattr(old, name)
        if value and (name != "date" or not metadata.get("date")):
            metadata[name] = value  # the same agreement: it keeps the names it is cited by
    reactions = [row[0] for row in project.db.execute(
        "SELECT id FROM reactions WHERE document_id = ? AND deleted IS NULL", [old.id])]
    before = read_before(project, old.id, {row[0] for row in rows} | {f for f, _ in moved_sources}, set(reactions))
    revision_id = new_id()
    stamp = now()
    carried: list[CarriedFinding] = []
    db = project.db
    with db.atomic():
        new_id_ = store_document(project, imported, data, sha256, source_name, DocumentKind(old.kind),
                                 title or None, author, metadata=metadata)
        db.table("documents").update(new_id_, {"categories": _categories_json(old), "parties": old.parties})
        db.table("documents").update(old.id, {"superseded_by": sha256, "modified": stamp})
        db.table("revisions").insert({"id": revision_id, "old_document_id": old.id, "new_document_id": new_id_,
                                      "author": author, "created": stamp})
        # Hand SQL: one statement per carried finding (1,000 in bench/bench_revisions.py); the table API's
        # update() reads each row back first, which made "import --revision-of" measurably slower.
        for finding_id, start, end, quote, prefix, suffix in rows:
            placement = placed.get(finding_id)
            if placement is None:  # a missing finding: no passage to find again
                db.execute("UPDATE findings SET document_id = ?, document_sha256 = ?, modified = ? WHERE id = ?",
                           [new_id_, sha256, stamp, finding_id])
                carried.append(CarriedFinding(finding_id, None, None, None, None, None, None, quote))
                continue
            if placement.start is None:
                new_quote, new_prefix, new_suffix = quote, prefix, suffix  # an orphan keeps its words
            else:
                anchor = make_anchor(imported.text, placement.start, placement.end)
                new_quote, new_prefix, new_suffix = anchor.quote, anchor.prefix, anchor.suffix
            db.execute(
                'UPDATE findings SET document_id = ?, document_sha256 = ?, start = ?, "end" = ?, quote = ?, '
                "prefix = ?, suffix = ?, anchor = ?, anchor_score = ?, modified = ? WHERE id = ?",
                [new_id_, sha256, placement.start, placement.end, new_quote, new_prefix, new_suffix,
                 placement.status.value, placement.score, stamp, finding_id],
            )
            carried.append(CarriedFinding(finding_id, placement.status.value, placement.score, start, end,
                                          placement.start, placement.end, quote))
        db.table("revision_findings").insert_all(
            {"revision_id": revision_id, "finding_id": c.id, "status": c.status, "score": c.score,
             "old_start": c.old_start, "old_end": c.old_end, "old_quote": c.quote, "new_start": c.new_start,
             "new_end": c.new_end}
            for c in carried)
        # Hand SQL for the same reason as the carried findings above: one executemany for every moved source.
        db.conn.executemany(
            "UPDATE findings SET source_document_id = ?, source_start = ?, source_end = ?, modified = ? WHERE id = ?",
            [(new_id_, place.start, place.end, stamp, finding_id) for finding_id, place in moved_sources])
        for reaction_id in reactions:
            db.table("reactions").update(reaction_id, {"document_id": new_id_, "modified": stamp})
    return RevisionReport(
        revision_id=revision_id,
        old_document=get_document(project, old.id),
        new_document=get_document(project, new_id_),
        findings=carried,
        changes=Changes(documents={old.id, new_id_}, findings={c.id for c in carried} | {f for f, _ in moved_sources},
                        reactions=set(reactions)),
        warnings=tuple(imported.warnings),
        before=before,
    )


def _categories_json(document: DocumentRecord) -> str:
    return json.dumps(list(document.categories), ensure_ascii=False)


@dataclass(frozen=True)
class AnchorState:
    """What a review step may change of a finding, to put it back on undo."""

    finding_id: str
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    anchor: str | None
    anchor_score: float | None


def anchor_states(project: Project, finding_ids: list[str]) -> list[AnchorState]:
    states = []
    for finding_id in finding_ids:
        row = project.db.execute(
            'SELECT id, start, "end", quote, prefix, suffix, anchor, anchor_score FROM findings WHERE id = ?',
            [finding_id],
        ).fetchone()
        if row is None:
            raise RevisionRefused(Reason("no finding with id '{id}'", id=finding_id))
        states.append(AnchorState(*row))
    return states


def accept_findings(project: Project, finding_ids: list[str]) -> Changes:
    """The analyst agrees with where moved or changed findings were placed: they become ``confirmed``.
    Orphans have no place to agree with and are refused; exact and confirmed ones are left alone."""
    states = anchor_states(project, finding_ids)
    orphans = [state.finding_id[:8] for state in states if state.anchor == AnchorStatus.ORPHANED]
    if orphans:
        raise RevisionRefused(Reason("an orphaned finding has no place to accept ({ids}); re-point it",
                                     ids=", ".join(orphans)))
    wanted = [s.finding_id for s in states if s.anchor in (AnchorStatus.MOVED, AnchorStatus.CHANGED)]
    stamp = now()
    with project.db.atomic():
        for finding_id in wanted:
            project.db.table("findings").update(finding_id, {"anchor": AnchorStatus.CONFIRMED.value, "modified": stamp})
    return Changes(findings=set(wanted))


def findings_to_accept(project: Project, document_id: str, minimum_score: float) -> list[str]:
    """The moved and changed findings on ``document_id`` whose score is at least ``minimum_score``."""
    return [row[0] for row in project.db.execute(
        "SELECT id FROM findings WHERE document_id = ? AND deleted IS NULL AND anchor IN ('moved', 'changed') "
        "AND anchor_score >= ? ORDER BY start", [document_id, minimum_score])]


def repoint_finding(project: Project, finding_id: str, start: int, end: int) -> Changes:
    """Put a finding (changed, moved or orphaned) on the text the analyst selected; it becomes ``confirmed``."""
    row = project.db.execute(
        "SELECT f.document_id, d.superseded_by FROM findings f JOIN documents d ON d.id = f.document_id "
        "WHERE f.id = ? AND f.deleted IS NULL", [finding_id]).fetchone()
    if row is None:
        raise RevisionRefused(Reason("no finding with id '{id}'", id=finding_id))
    if row[1] is not None:
        raise RevisionRefused(Reason("the finding is on a superseded version; re-point it in the newer one"))
    text = document_text(project, row[0])
    if not 0 <= start < end <= len(text):
        raise RevisionRefused(Reason("the span {start}-{end} lies outside the document (0-{length}) or is empty",
                                     start=start, end=end, length=len(text)))
    anchor = make_anchor(text, start, end)
    with project.db.atomic():
        project.db.table("findings").update(finding_id, {
            "start": start, "end": end, "quote": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix,
            "anchor": AnchorStatus.CONFIRMED.value, "anchor_score": 100.0, "modified": now()})
    return Changes(findings={finding_id})


def restore_anchor_states(project: Project, states: list[AnchorState]) -> Changes:
    """Put findings back as ``anchor_states`` read them (undo of accept or re-point)."""
    stamp = now()
    with project.db.atomic():
        for state in states:
            project.db.table("findings").update(state.finding_id, {
                "start": state.start, "end": state.end, "quote": state.quote, "prefix": state.prefix,
                "suffix": state.suffix, "anchor": state.anchor, "anchor_score": state.anchor_score,
                "modified": stamp})
    return Changes(findings={state.finding_id for state in states})
