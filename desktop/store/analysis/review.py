"""Reading findings for review: one flat row per finding, and counts per speerpunt."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.store.checks.damage import damaged_json, damaged_keys
from desktop.store.pages import pages_at
from desktop.store.project import Project


@dataclass(frozen=True)
class FindingRow:
    """A live finding with the names the findings table shows beside it."""

    id: str
    document_id: str
    document_title: str
    document_kind: str
    page: str | None  # the printed page label
    start: int | None
    end: int | None
    quote: str
    speerpunt_id: str
    speerpunt_code: str
    speerpunt_title: str
    theme_id: str
    theme_title: str
    colour: str  # the speerpunt's own colour, else its theme's
    assessment: str
    note: str
    author: str
    created: str
    modified: str
    source_document_id: str | None
    source_start: int | None
    source_end: int | None


_ROWS_SQL = """
    SELECT f.id, f.document_id, coalesce(d.short_name, d.title), d.kind, f.start, f."end", f.quote,
           s.id, s.code, s.title, t.id, t.title, coalesce(nullif(s.colour, ''), t.colour),
           f.assessment, f.note, f.author, f.created, f.modified,
           f.source_document_id, f.source_start, f.source_end
    FROM findings f
    JOIN documents d ON d.id = f.document_id
    JOIN speerpunten s ON s.id = f.speerpunt_id
    JOIN themes t ON t.id = s.theme_id
    JOIN frameworks fw ON fw.id = t.framework_id
    WHERE f.deleted IS NULL AND d.deleted IS NULL AND s.deleted IS NULL AND t.deleted IS NULL
      AND fw.deleted IS NULL
"""


def list_finding_rows(project: Project, ids: list[str] | None = None) -> list[FindingRow]:
    """Every live finding (or the live ones among ``ids``) in document and text order."""
    sql = _ROWS_SQL
    params: list[object] = []
    if ids is not None:
        if not ids:
            return []
        sql += f" AND f.id IN ({', '.join('?' for _ in ids)})"
        params.extend(ids)
    rows = project.db.execute(sql + " ORDER BY d.imported_at, f.start IS NULL, f.start, f.created", params).fetchall()
    rows = [row for row in rows if row[0] not in damaged_keys(project, "findings")]
    page = pages_at(project, ((row[1], row[4]) for row in rows))
    return [
        FindingRow(*row[:4], page(row[1], row[4]), *row[4:])  # type: ignore[arg-type]
        for row in rows
    ]


def assessment_counts(project: Project, document_id: str | None = None) -> dict[str, Counter]:
    """speerpunt id -> Counter of assessments over live findings (in one document, or all)."""
    sql = (
        "SELECT f.speerpunt_id, f.assessment, count(*) FROM findings f JOIN documents d ON d.id = f.document_id "
        "WHERE f.deleted IS NULL AND d.deleted IS NULL AND f.id NOT IN (SELECT value FROM json_each(?))"
    )
    params: list[object] = []
    if document_id is not None:
        sql += " AND f.document_id = ?"
        params.append(document_id)
    counts: dict[str, Counter] = {}
    params.insert(0, damaged_json(project, "findings"))
    for speerpunt_id, assessment, count in project.db.execute(sql + " GROUP BY 1, 2", params):
        counts.setdefault(speerpunt_id, Counter())[assessment] = count
    return counts


def findings_in_cell(project: Project, speerpunt_id: str, document_id: str) -> list[str]:
    """Ids of the live findings of one speerpunt in one document, in text order."""
    rows = project.db.execute(
        "SELECT id FROM findings WHERE deleted IS NULL AND speerpunt_id = ? AND document_id = ? "
        "ORDER BY start IS NULL, start, created",
        [speerpunt_id, document_id],
    ).fetchall()
    return [row[0] for row in rows if row[0] not in damaged_keys(project, "findings")]
