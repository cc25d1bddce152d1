"""The printed page a finding's quote stands on, from one read of each document's passages."""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable

from desktop.domain.finding import Finding
from desktop.store.project import Project


def page_finder(project: Project, document_ids: Iterable[str]) -> Callable[[str, int | None], str | None]:
    """A function (document id, offset) -> the printed page label at that offset.

    The page is the one the passage holding the offset starts on, or the later page it
    reaches before the offset (a paragraph running over a page end). One query for all
    documents and a bisect per lookup: far cheaper than a query per finding when an export
    or the findings table asks for ten thousand of them.
    """
    tables: dict[str, tuple[list[int], list[str | None]]] = {}
    ids = sorted(set(document_ids))
    if ids:
        marks = ", ".join("?" for _ in ids)
        rows = project.db.execute(
            f"SELECT document_id, start, page, page_breaks FROM passages WHERE document_id IN ({marks}) "
            "AND typeof(start) = 'integer' "
            "ORDER BY document_id, start",
            ids,
        )
        for document_id, start, page, breaks in rows:
            offsets, pages = tables.setdefault(document_id, ([], []))
            offsets.append(start)
            pages.append(page)
            for offset, _index, label in json.loads(breaks or "[]"):
                offsets.append(offset)
                pages.append(label)

    def page(document_id: str, offset: int | None) -> str | None:
        if offset is None or document_id not in tables:
            return None
        offsets, pages = tables[document_id]
        index = bisect.bisect_right(offsets, offset) - 1
        return pages[index] if index >= 0 else None

    return page


def page_lookup(project: Project, document_ids: Iterable[str]) -> Callable[[Finding], str | None]:
    """A function finding -> printed page label where its quote starts (None for missing findings,
    unnumbered pages and page-less documents)."""
    find = page_finder(project, document_ids)
    return lambda finding: find(finding.document_id, finding.start)
