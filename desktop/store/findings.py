"""Reading findings from a project."""

from __future__ import annotations

from desktop.domain.finding import Assessment, Finding
from desktop.reasons import Reason
from desktop.store.checks.damage import damaged_keys
from desktop.store.ids import NotFound, resolve_prefix
from desktop.store.project import Project

FINDING_COLUMNS = (
    'id, document_id, speerpunt_id, assessment, start, "end", quote, prefix, suffix, note, author, '
    "created, modified, document_sha256, source_document_id, source_start, source_end, anchor, anchor_score"
)


def finding_from_row(row: tuple) -> Finding:
    return Finding(
        id=row[0],
        document_id=row[1],
        speerpunt_id=row[2],
        assessment=Assessment(row[3]),
        start=row[4],
        end=row[5],
        quote=row[6],
        prefix=row[7],
        suffix=row[8],
        note=row[9],
        author=row[10],
        created=row[11],
        modified=row[12],
        document_sha256=row[13],
        source_document_id=row[14],
        source_start=row[15],
        source_end=row[16],
        anchor=row[17],
        anchor_score=row[18],
    )


def list_findings(
    project: Project,
    document_id: str | None = None,
    speerpunt_id: str | None = None,
) -> list[Finding]:
    """Live findings in text order: spanned ones by position, missing ones after."""
    sql = f"SELECT {FINDING_COLUMNS} FROM findings WHERE deleted IS NULL"
    params: list[object] = []
    if document_id is not None:
        sql += " AND document_id = ?"
        params.append(document_id)
    if speerpunt_id is not None:
        sql += " AND speerpunt_id = ?"
        params.append(speerpunt_id)
    sql += " ORDER BY document_id, start IS NULL, start, created"
    damaged = damaged_keys(project, "findings")
    return [finding_from_row(row) for row in project.db.execute(sql, params) if row[0] not in damaged]


def get_finding(project: Project, finding_id: str, include_deleted: bool = False) -> Finding:
    sql = f"SELECT {FINDING_COLUMNS} FROM findings WHERE id = ?"
    if not include_deleted:
        sql += " AND deleted IS NULL"
    row = project.db.execute(sql, [finding_id]).fetchone()
    if row is None or finding_id in damaged_keys(project, "findings"):
        raise NotFound(Reason("no finding with id '{id}'", id=finding_id))
    return finding_from_row(row)


def resolve_finding_id(project: Project, ref: str) -> str:
    damaged = damaged_keys(project, "findings")
    ids = [row[0] for row in project.db.execute("SELECT id FROM findings WHERE deleted IS NULL") if row[0] not in damaged]
    return resolve_prefix(ids, ref, "finding")


def recent_speerpunt_ids(project: Project, author: str | None = None, limit: int = 9) -> list[str]:
    """Speerpunten most recently tagged (by ``author`` if given), newest first."""
    sql = "SELECT speerpunt_id FROM findings WHERE deleted IS NULL"
    params: list[object] = []
    if author:
        sql += " AND author = ?"
        params.append(author)
    # rowid follows insertion, so it orders findings made within the same second too.
    sql += " GROUP BY speerpunt_id ORDER BY max(rowid) DESC LIMIT ?"
    return [row[0] for row in project.db.execute(sql, [*params, limit])]
