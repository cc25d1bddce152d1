"""Reading across many documents: the comparison matrix and the speerpunt view."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from desktop.store.checks.damage import damaged_json, damaged_keys, loads_list
from desktop.store.pages import pages_at
from desktop.store.project import Project

ASSESSMENTS = ("positive", "concern", "missing")
UNCATEGORISED = ""


@dataclass
class Matrix:
    """rows (speerpunten or themes) x columns (documents or categories) -> counts per assessment."""

    rows: list[tuple[str, str]]  # (id, label)
    columns: list[tuple[str, str]]
    cells: dict[tuple[str, str], Counter] = field(default_factory=dict)

    def cell(self, row_id: str, column_id: str) -> Counter:
        return self.cells.get((row_id, column_id), Counter())

    def row_total(self, row_id: str) -> Counter:
        total: Counter = Counter()
        for (row, _), counts in self.cells.items():
            if row == row_id:
                total.update(counts)
        return total


def _documents(project: Project, kinds: tuple[str, ...]) -> list[tuple[str, str, list[str]]]:
    marks = ", ".join("?" for _ in kinds)
    rows = project.db.execute(
        f"SELECT id, coalesce(short_name, title), categories FROM documents WHERE deleted IS NULL "
        f"AND kind IN ({marks}) ORDER BY coalesce(short_name, title)",
        list(kinds),
    ).fetchall()
    damaged = damaged_keys(project, "documents")
    return [(row[0], row[1], loads_list(row[2] or "[]")) for row in rows if row[0] not in damaged]


def comparison_matrix(
    project: Project,
    by: str = "speerpunt",
    across: str = "document",
    kinds: tuple[str, ...] = ("agreement",),
) -> Matrix:
    """Counts of live findings per assessment; ``by`` speerpunt|theme, ``across`` document|category.

    A document in several categories counts in each of them.
    """
    if by not in ("speerpunt", "theme") or across not in ("document", "category"):
        raise ValueError("by is speerpunt or theme, across is document or category")
    rows = project.db.execute(
        "SELECT s.id, s.code || ' ' || s.title, t.id, coalesce(nullif(t.code, '') || ' ', '') || t.title "
        "FROM speerpunten s JOIN themes t ON t.id = s.theme_id JOIN frameworks f ON f.id = t.framework_id "
        "WHERE s.deleted IS NULL AND t.deleted IS NULL AND f.deleted IS NULL "
        "ORDER BY f.modified, t.position, s.position"
    ).fetchall()
    group_of = {row[0]: (row[2] if by == "theme" else row[0]) for row in rows}
    row_labels: dict[str, str] = {}
    for speerpunt_id, speerpunt_label, theme_id, theme_label in rows:
        key = theme_id if by == "theme" else speerpunt_id
        row_labels.setdefault(key, theme_label if by == "theme" else speerpunt_label)
    documents = _documents(project, kinds)
    if across == "document":
        columns = [(document_id, name) for document_id, name, _ in documents]
        columns_of = {document_id: [document_id] for document_id, _, _ in documents}
    else:
        names = sorted({c for _, _, categories in documents for c in categories})
        has_uncategorised = any(not categories for _, _, categories in documents)
        columns = [(name, name) for name in names] + ([(UNCATEGORISED, "—")] if has_uncategorised else [])
        columns_of = {document_id: categories or [UNCATEGORISED] for document_id, _, categories in documents}
    matrix = Matrix(rows=list(row_labels.items()), columns=columns)
    counts = project.db.execute(
        "SELECT speerpunt_id, document_id, assessment, count(*) FROM findings WHERE deleted IS NULL "
        "AND id NOT IN (SELECT value FROM json_each(?)) GROUP BY speerpunt_id, document_id, assessment",
        [damaged_json(project, "findings")],
    ).fetchall()
    for speerpunt_id, document_id, assessment, count in counts:
        row = group_of.get(speerpunt_id)
        if row is None or document_id not in columns_of:
            continue
        for column in columns_of[document_id]:
            matrix.cells.setdefault((row, column), Counter())[assessment] += count
    return matrix


@dataclass(frozen=True)
class TaggedPassage:
    finding_id: str
    document_id: str
    document_name: str
    speerpunt_code: str
    assessment: str
    start: int | None
    end: int | None
    quote: str
    note: str
    author: str
    page: str | None  # the printed page label


def passages_by_category(
    project: Project, speerpunt_ids: list[str], kinds: tuple[str, ...] = ("agreement",)
) -> dict[str, dict[str, list[TaggedPassage]]]:
    """Every live finding under the speerpunten, grouped by category, then document (cited name)."""
    if not speerpunt_ids:
        return {}
    marks = ", ".join("?" for _ in speerpunt_ids)
    kind_marks = ", ".join("?" for _ in kinds)
    rows = project.db.execute(
        f"""SELECT f.id, d.id, coalesce(d.short_name, d.title), d.categories, s.code, f.assessment, f.start, f."end",
                   f.quote, f.note, f.author
            FROM findings f JOIN documents d ON d.id = f.document_id JOIN speerpunten s ON s.id = f.speerpunt_id
            WHERE f.deleted IS NULL AND d.deleted IS NULL AND f.speerpunt_id IN ({marks}) AND d.kind IN ({kind_marks})
            ORDER BY coalesce(d.short_name, d.title), f.start IS NULL, f.start""",
        [*speerpunt_ids, *kinds],
    ).fetchall()
    page = pages_at(project, ((row[1], row[6]) for row in rows))
    grouped: dict[str, dict[str, list[TaggedPassage]]] = defaultdict(lambda: defaultdict(list))
    damaged = damaged_keys(project, "findings")
    for row in rows:
        if row[0] in damaged:
            continue
        passage = TaggedPassage(row[0], row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                                page(row[1], row[6]))
        for category in loads_list(row[3] or "[]") or [UNCATEGORISED]:
            grouped[category][row[2]].append(passage)
    return {category: dict(grouped[category]) for category in sorted(grouped, key=lambda c: (c == "", c))}
