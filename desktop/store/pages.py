"""The page a finding's quote sits on, from one read of each document's passages."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from desktop.domain.finding import Finding
from desktop.store.documents import list_passages
from desktop.store.project import Project


def page_lookup(project: Project, document_ids: Iterable[str]) -> Callable[[Finding], str | None]:
    """A function finding -> printed page label (None for missing findings, unnumbered pages, page-less documents).

    One query per document instead of one per finding: an export of hundreds of
    findings asks this for every one.
    """
    tables: dict[str, tuple[list[int], list[str | None]]] = {}
    for document_id in set(document_ids):
        passages = list_passages(project, document_id)
        tables[document_id] = ([p.start for p in passages], [p.page for p in passages])

    def page(finding: Finding) -> str | None:
        if finding.start is None or finding.document_id not in tables:
            return None
        starts, pages = tables[finding.document_id]
        index = bisect.bisect_right(starts, finding.start) - 1
        return pages[index] if index >= 0 else None

    return page
