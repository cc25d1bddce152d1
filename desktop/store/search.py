"""Full-text search over all passages (SQLite FTS5): ranked, with snippets."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from desktop.store.long_snippets import SNIPPET_DIRECT_LIMIT, long_passage_snippet
from desktop.store.project import Project

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
# More hits than anyone reads; also keeps any --limit within what SQLite can take.
MAX_HITS = 100_000


class BadQuery(ValueError):
    """A query that cannot be searched; the message says why."""


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    document_title: str
    passage_id: int
    page: int | None
    start: int
    end: int
    snippet: str
    rank: float


def to_fts_query(query: str) -> str:
    """Turn what a person types into an FTS5 expression.

    Words must all occur (AND); "quoted words" form a phrase; a trailing * makes
    a prefix query. Everything else FTS5 would read as syntax (OR, NEAR, -, :)
    is taken as plain words, so no input can raise a syntax error.
    """
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(query):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for index, token in enumerate(words := _WORD.findall(word)):
            last = index == len(words) - 1
            parts.append(f'"{token}"' + ("*" if prefix and last else ""))
    if not parts:
        raise BadQuery("type at least one word to search for")
    return " ".join(parts)


def search(
    project: Project,
    query: str,
    document_id: str | None = None,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
    category: str | None = None,
) -> list[SearchHit]:
    """Ranked hits for ``query``, optionally within one document or one category of documents."""
    expression = to_fts_query(query)
    sql = """
        SELECT p.document_id, d.title, p.id, p.page, p.start, p."end",
               CASE WHEN length(p.text) <= ? THEN snippet(passages_fts, 0, ?, ?, '…', 16) END,
               bm25(passages_fts) AS rank
        FROM passages_fts
        JOIN passages p ON p.id = passages_fts.rowid
        JOIN documents d ON d.id = p.document_id
        WHERE passages_fts MATCH ? AND d.deleted IS NULL
    """
    params: list[object] = [SNIPPET_DIRECT_LIMIT, marks[0], marks[1], expression]
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
    # Long passages get their snippet from long_snippets (FTS5's snippet() slows down with their length).
    return [SearchHit(*row[:6], row[6] if row[6] is not None
                      else long_passage_snippet(project, row[2], expression, marks), row[7]) for row in rows]
