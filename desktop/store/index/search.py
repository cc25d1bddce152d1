"""Full-text search over all passages (SQLite FTS5): ranked hits with every matched word's place and a snippet.

FTS5 finds and ranks the passages (``bm25()``); the matched words' places come from
the same tokenisation the index was built from (desktop.store.index.words), mapped to code
points of the passage's own text, so they never drift when folding changes a length.
The snippet is cut here from those places rather than by FTS5's ``snippet()``, whose
work grows with the square of the matches in a passage (minutes for a 2 MB passage).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from desktop.domain.document import page_label_at
from desktop.store.index.search_query import BadQuery, SearchQuery, parse_query
from desktop.store.index.words import Words, split_words, word_spans
from desktop.store.project import Project

__all__ = ["BadQuery", "DocumentHits", "SearchHit", "search", "search_by_document", "to_fts_query"]
# More hits than anyone reads; also keeps any --limit within what SQLite can take.
MAX_HITS = 100_000

SNIPPET_WORDS = 16
ELLIPSIS = "…"


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    document_title: str
    passage_id: int
    page: str | None  # the printed page of the hit itself (the snippet's first match), not of the passage start
    start: int  # the passage, in code points of the document text
    end: int
    snippet: str
    rank: float
    matches: tuple[tuple[int, int], ...] = ()  # every matched word (a phrase: the whole phrase), document offsets
    words: tuple[str, ...] = ()  # the distinct matched words as the text spells them


def to_fts_query(query: str) -> str:
    """The FTS5 expression for what a person types (see desktop.store.index.search_query)."""
    return parse_query(query).fts_expression()


def search(
    project: Project,
    query: str,
    document_id: str | None = None,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
    category: str | None = None,
) -> list[SearchHit]:
    """Ranked hits for ``query``, optionally within one document or one category of documents."""
    parsed = parse_query(query)
    sql = """
        SELECT p.document_id, d.title, p.id, p.page, p.start, p."end", p.text,
               passages_fts.words, passages_fts.stems, bm25(passages_fts) AS rank, p.page_breaks
        FROM passages_fts
        JOIN passages p ON p.id = passages_fts.rowid
        JOIN documents d ON d.id = p.document_id
        WHERE passages_fts MATCH ? AND d.deleted IS NULL
    """
    params: list[object] = [parsed.fts_expression()]
    if document_id is not None:
        sql += " AND p.document_id = ?"
        params.append(document_id)
    if category is not None:
        sql += " AND EXISTS (SELECT 1 FROM json_each(d.categories) WHERE json_each.value = ?)"
        params.append(category)
    sql += " ORDER BY rank LIMIT ?"
    params.append(max(1, min(limit, MAX_HITS)))
    try:
        rows = project.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        raise BadQuery(f"cannot search for {query!r}: {error}") from error
    return [_hit(parsed, row, marks) for row in rows]


def _hit(parsed: SearchQuery, row: tuple, marks: tuple[str, str]) -> SearchHit:
    document_id, title, passage_id, page, start, end, text, folded, stems, rank, breaks = row
    words = _passage_words(text, folded, stems)
    ranges = parsed.matched_words(words)
    matches = tuple((start + words.spans[first][0], start + words.spans[last - 1][1]) for first, last in ranges)
    spelled = tuple(dict.fromkeys(" ".join(text[s - start:e - start].split()) for s, e in matches))
    if breaks and breaks != "[]" and ranges:
        # A passage that runs over a page end: the page is where the hit the snippet shows stands.
        begin, stop = _snippet_window(len(words.spans), ranges)
        shown = next((i for i, (low, high) in enumerate(ranges) if high > begin and low < stop), 0)
        page = page_label_at(page, json.loads(breaks), matches[shown][0])
    return SearchHit(document_id, title, passage_id, page, start, end, make_snippet(text, words, ranges, marks),
                     rank, matches, spelled)


def _passage_words(text: str, folded: str, stems: str) -> Words:
    """The passage's words as indexed: the stored forms beside places found afresh (one regex pass)."""
    spans = word_spans(text)
    folded_words, stem_words = folded.split(), stems.split()
    if len(folded_words) != len(spans) or len(stem_words) != len(spans):
        return split_words(text)  # an index written by another tokenisation: read the text again
    return Words(spans, folded_words, stem_words)


def make_snippet(text: str, words: Words, ranges: list[tuple[int, int]], marks: tuple[str, str],
                 size: int = SNIPPET_WORDS) -> str:
    """About ``size`` words of ``text`` around the densest cluster of matches, matches between ``marks``.

    Linear in the number of words and matches, however long the passage.
    """
    count = len(words.spans)
    if count == 0:
        return text.strip()
    begin, stop = _snippet_window(count, ranges, size)
    pieces: list[str] = [ELLIPSIS] if begin > 0 else []
    # At either end of the passage its punctuation comes along ("… willen dat.").
    cursor = words.spans[begin][0] if begin > 0 else len(text) - len(text.lstrip())
    window_end = words.spans[stop - 1][1] if stop < count else len(text.rstrip())
    for low, high in ranges:
        if high <= begin or low >= stop:
            continue
        match_start, match_end = words.spans[max(low, begin)][0], words.spans[min(high, stop) - 1][1]
        pieces += [text[cursor:match_start], marks[0], text[match_start:match_end], marks[1]]
        cursor = match_end
    pieces.append(text[cursor:window_end])
    if stop < count:
        pieces.append(ELLIPSIS)
    return "".join(pieces)


def _snippet_window(count: int, ranges: list[tuple[int, int]], size: int = SNIPPET_WORDS) -> tuple[int, int]:
    """The first and past-the-last word of the snippet: ``size`` words around the densest cluster of matches."""
    first = _densest_window(ranges, size - 2)
    begin = max(0, min(first - 2, count - size))
    return begin, min(count, begin + size)


def _densest_window(ranges: list[tuple[int, int]], width: int) -> int:
    """The first word of the ``width``-word window that starts the most matches (the earliest such)."""
    if not ranges:
        return 0
    starts = [low for low, _ in ranges]
    best, best_count, tail = starts[0], 0, 0
    for head, low in enumerate(starts):
        while starts[tail] < low - width + 1:
            tail += 1
        if head - tail + 1 > best_count:
            best_count = head - tail + 1
            best = starts[tail]
    return best


@dataclass(frozen=True)
class DocumentHits:
    """One document that matches: how many of its passages match, and its best-ranked passage."""

    document_id: str
    document_title: str
    short_name: str | None
    categories: tuple[str, ...]
    passages: int
    best: SearchHit


def search_by_document(
    project: Project,
    query: str,
    category: str | None = None,
    limit: int | None = None,
    marks: tuple[str, str] = ("[", "]"),
) -> list[DocumentHits]:
    """Every document with a passage matching ``query`` (exactly those), most matching passages first.

    The same MATCH as ``search``, grouped in SQL: the count is exact however many hits there are.
    """
    parsed = parse_query(query)
    sql = """
        WITH hits AS MATERIALIZED (
            SELECT p.document_id AS document_id, p.id AS passage_id, bm25(passages_fts) AS rank
            FROM passages_fts
            JOIN passages p ON p.id = passages_fts.rowid
            JOIN documents d ON d.id = p.document_id
            WHERE passages_fts MATCH ? AND d.deleted IS NULL {category}
        )
        SELECT document_id, count(*) AS passages, min(rank) AS best, passage_id
        FROM hits GROUP BY document_id ORDER BY passages DESC, best
    """
    params: list[object] = [parsed.fts_expression()]
    condition = ""
    if category is not None:
        condition = "AND EXISTS (SELECT 1 FROM json_each(d.categories) WHERE json_each.value = ?)"
        params.append(category)
    sql = sql.format(category=condition)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    try:
        groups = project.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        raise BadQuery(f"cannot search for {query!r}: {error}") from error
    results = []
    for document_id, count, rank, passage_id in groups:
        row = project.db.execute(
            """SELECT p.document_id, d.title, p.id, p.page, p.start, p."end", p.text, f.words, f.stems, ?,
                      p.page_breaks, d.short_name, d.categories
               FROM passages p JOIN documents d ON d.id = p.document_id JOIN passages_fts f ON f.rowid = p.id
               WHERE p.id = ?""", [rank, passage_id]).fetchone()
        best = _hit(parsed, row[:11], marks)
        categories = tuple(json.loads(row[12])) if row[12] else ()
        results.append(DocumentHits(document_id, row[1], row[11], categories, count, best))
    return results
