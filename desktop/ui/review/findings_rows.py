"""The findings table's row logic in plain Python: columns, filter, sort keys (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop.domain.folding import fold
from desktop.domain.page_label import page_sort_key
from desktop.store.analysis.review import FindingRow

COLUMNS = ("document", "page", "quote", "speerpunt", "theme", "assessment", "anchor", "note", "author", "time")
ASSESSMENT_RANK = {"positive": 0, "concern": 1, "missing": 2}

# How a finding came onto a revised agreement (desktop.domain.reanchor.AnchorStatus), as the
# analyst filters it: carried over exactly, moved, needing review (changed words or not found),
# confirmed in the review, or tagged on this version itself (no anchor status).
ANCHOR_GROUPS = ("exact", "moved", "review", "confirmed", "own")
_GROUP_OF_ANCHOR = {"exact": "exact", "moved": "moved", "changed": "review", "orphaned": "review",
                    "confirmed": "confirmed"}
# Sorted ascending, what most needs the analyst comes first: not found, changed words (the least
# alike first), moved, confirmed, exact; those tagged on this version (empty) last.
_ANCHOR_RANK = {"orphaned": 0, "changed": 1, "moved": 2, "confirmed": 3, "exact": 4}


@dataclass(frozen=True)
class TableRow(FindingRow):
    """A findings table row: the store's FindingRow plus how it was carried onto a revised agreement."""

    anchor: str | None = None
    anchor_score: float | None = None


def table_rows(rows: list[FindingRow], anchors: dict[str, tuple[str | None, float | None]]) -> list[FindingRow]:
    """``rows`` with the ones in ``anchors`` (finding id -> (anchor, score)) as TableRow; the others
    (tagged on their own text) stay as they are."""
    names = [field.name for field in fields(FindingRow)]
    result = []
    for row in rows:
        if row.id in anchors:
            anchor, score = anchors[row.id]
            row = TableRow(*(getattr(row, name) for name in names), anchor=anchor, anchor_score=score)
        result.append(row)
    return result


def anchor_group(anchor: str | None) -> str:
    """The filter group (one of ANCHOR_GROUPS) of an anchor status; unknown statuses need review."""
    if anchor is None:
        return "own"
    return _GROUP_OF_ANCHOR.get(anchor, "review")


def haystack(row: FindingRow) -> str:
    """Everything the free-text filter looks in, folded once per row (``FoldedRows``)."""
    return fold(
        "\n".join(
            (row.document_title, row.quote, f"{row.speerpunt_code} {row.speerpunt_title}", row.theme_title,
             row.note, row.author)
        )
    )


class FoldedRows:
    """Each row's ``haystack``, made when first asked for, or some rows at a time by ``fill``.

    Folding thousands of long quotes costs a noticeable part of a second: the table does not
    wait for it when it opens, folds while the app is idle, and folds the rest at once when the
    analyst filters before it is done.
    """

    def __init__(self, rows: list[FindingRow]) -> None:
        self._rows = rows
        self._folded: list[str | None] = [None] * len(rows)
        self._next = 0  # rows before this one are folded

    def __len__(self) -> int:
        return len(self._folded)

    def __getitem__(self, index: int) -> str:
        folded = self._folded[index]
        if folded is None:
            folded = self._folded[index] = haystack(self._rows[index])
        return folded

    def __setitem__(self, index: int, folded: str) -> None:
        self._folded[index] = folded

    def fill(self, count: int) -> bool:
        """Fold up to ``count`` more rows; True when every row is folded."""
        end = min(len(self._folded), self._next + count)
        for index in range(self._next, end):
            self[index]
        self._next = end
        return end == len(self._folded)


@dataclass(frozen=True)
class RowFilter:
    """What the analyst narrowed the table to; None means "any"."""

    document_id: str | None = None
    theme_id: str | None = None
    speerpunt_id: str | None = None
    assessment: str | None = None
    author: str | None = None
    anchor_group: str | None = None  # one of ANCHOR_GROUPS
    text: str = ""

    def terms(self) -> list[str]:
        return fold(self.text).split()

    def narrows(self, wider: RowFilter) -> bool:
        """True when every row this filter keeps is also kept by ``wider``.

        Typing on at the end of the query only narrows, so the table can filter
        the rows it already shows instead of all rows.
        """
        same_choices = (self.document_id, self.theme_id, self.speerpunt_id, self.assessment, self.author,
                        self.anchor_group) == (wider.document_id, wider.theme_id, wider.speerpunt_id,
                                               wider.assessment, wider.author, wider.anchor_group)
        wider_terms = wider.terms()
        mine = self.terms()
        if not same_choices or len(mine) < len(wider_terms):
            return False
        # Each earlier term must still be there, possibly longer ("financ" -> "financiele").
        return all(term.startswith(old) or old in term for old, term in zip(wider_terms, mine, strict=False))


def matches(row: FindingRow, folded: str, row_filter: RowFilter, terms: list[str]) -> bool:
    if row_filter.document_id is not None and row.document_id != row_filter.document_id:
        return False
    if row_filter.theme_id is not None and row.theme_id != row_filter.theme_id:
        return False
    if row_filter.speerpunt_id is not None and row.speerpunt_id != row_filter.speerpunt_id:
        return False
    if row_filter.assessment is not None and row.assessment != row_filter.assessment:
        return False
    if row_filter.author is not None and row.author != row_filter.author:
        return False
    if row_filter.anchor_group is not None and anchor_group(getattr(row, "anchor", None)) != row_filter.anchor_group:
        return False
    return all(term in folded for term in terms)


def filter_indexes(
    rows: list[FindingRow], folded: list[str] | FoldedRows, row_filter: RowFilter, candidates: list[int] | None = None
) -> list[int]:
    """Indexes into ``rows`` that pass ``row_filter``, looking only at ``candidates`` when given."""
    terms = row_filter.terms()
    indexes = range(len(rows)) if candidates is None else candidates
    # Without words to look for, no row's folded text is needed (nor made).
    return [i for i in indexes if matches(rows[i], folded[i] if terms else "", row_filter, terms)]


def _code_key(code: str) -> tuple:
    # "2.10" sorts after "2.9": compare the numeric parts as numbers.
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in code.split("."))


def sort_key(column: str):
    """A key function over FindingRow for ``column``; empty values sort last."""
    if column == "document":
        return lambda r: (fold(r.document_title), r.start is None, r.start or 0)
    if column == "page":
        return lambda r: (page_sort_key(r.page), r.start or 0)
    if column == "quote":
        return lambda r: (not r.quote, fold(r.quote))
    if column == "speerpunt":
        return lambda r: _code_key(r.speerpunt_code)
    if column == "theme":
        return lambda r: (fold(r.theme_title), _code_key(r.speerpunt_code))
    if column == "assessment":
        return lambda r: ASSESSMENT_RANK.get(r.assessment, 3)
    if column == "anchor":
        return lambda r: (_ANCHOR_RANK.get(getattr(r, "anchor", None) or "", 5), getattr(r, "anchor_score", None) or 0)
    if column == "note":
        return lambda r: (not r.note, fold(r.note))
    if column == "author":
        return lambda r: fold(r.author)
    if column == "time":
        return lambda r: r.modified
    raise ValueError(f"no column {column!r}")
