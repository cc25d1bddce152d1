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
        # Only the passages where the page changes (or that run onto a later page): a bisect over
        # them answers the same, and 342 agreements hold 8,000 pages but 340,000 passages.
        rows = project.db.execute(
            f"""SELECT document_id, start, page, page_breaks FROM (
                    SELECT document_id, start, page, page_breaks,
                           row_number() OVER (PARTITION BY document_id ORDER BY start) AS number,
                           lag(page) OVER (PARTITION BY document_id ORDER BY start) AS before,
                           lag(page_breaks) OVER (PARTITION BY document_id ORDER BY start) AS breaks_before
                    FROM passages WHERE document_id IN ({marks}) AND typeof(start) = 'integer')
                WHERE number = 1 OR before IS NOT page OR (page_breaks IS NOT NULL AND page_breaks != '[]')
                   OR (breaks_before IS NOT NULL AND breaks_before != '[]')
                ORDER BY document_id, start""",
            ids,
        )
        for document_id, start, page, breaks in rows:
            offsets, pages = tables.setdefault(document_id, ([], []))
            offsets.append(start)
            pages.append(page)
            if not breaks or breaks == "[]":
                continue
            for offset, _index, label in json.loads(breaks):
                offsets.append(offset)
                pages.append(label)

    def page(document_id: str, offset: int | None) -> str | None:
        if offset is None or document_id not in tables:
            return None
        offsets, pages = tables[document_id]
        index = bisect.bisect_right(offsets, offset) - 1
        return pages[index] if index >= 0 else None

    return page


def pages_at(project: Project, places: Iterable[tuple[str, int | None]]) -> Callable[[str, int | None], str | None]:
    """Like ``page_finder``, for the (document id, offset) pairs known beforehand (a list of findings).

    One query with one index look-up per place (schema version 8's ``passages_page_marks``): the
    passage that holds the offset, its page and the later pages it reaches. Its cost follows the
    number of places, not the passages of the documents they stand in (the findings table of a
    342-agreement project would otherwise read all their passages on every start).
    """
    wanted = sorted({(document_id, offset) for document_id, offset in places if offset is not None})
    found: dict[tuple[str, int], str | None] = {}
    if wanted:
        rows = project.db.execute(
            """WITH wanted(document_id, place) AS (
                   SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
               SELECT document_id, place,
                   (SELECT page FROM passages p WHERE p.document_id = w.document_id AND p.start <= w.place
                        AND typeof(p.start) = 'integer' ORDER BY p.start DESC LIMIT 1),
                   (SELECT page_breaks FROM passages p WHERE p.document_id = w.document_id AND p.start <= w.place
                        AND typeof(p.start) = 'integer' ORDER BY p.start DESC LIMIT 1)
               FROM wanted w""",
            [json.dumps(wanted)],
        )
        for document_id, offset, page, breaks in rows:
            if breaks and breaks != "[]":
                for at, _index, label in _breaks(breaks):
                    if at <= offset:
                        page = label
            found[(document_id, offset)] = page

    def page(document_id: str, offset: int | None) -> str | None:
        return None if offset is None else found.get((document_id, offset))

    return page


def _breaks(value: object) -> list:
    """A passage's page breaks read leniently: a damaged value reaches no later page."""
    try:
        data = json.loads(value) if isinstance(value, str) else []
    except (ValueError, RecursionError):
        return []
    return [item for item in data if isinstance(item, list) and len(item) == 3 and isinstance(item[0], int)] \
        if isinstance(data, list) else []


def page_lookup(project: Project, document_ids: Iterable[str]) -> Callable[[Finding], str | None]:
    """A function finding -> printed page label where its quote starts (None for missing findings,
    unnumbered pages and page-less documents)."""
    find = page_finder(project, document_ids)
    return lambda finding: find(finding.document_id, finding.start)
