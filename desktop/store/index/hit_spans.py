"""Search hits to walk and tag: every hit in the agreements, in reading order, with the span a tag takes.

The span rule (one key tags it, so it must be predictable): the sentences of
the hit's passage that hold a matched word, from the first such sentence to the
last. A sentence ends at ".", "!", "?" or "…" followed by white space and a
capital, digit, quote or bullet, so "t.a.v. de" and "€ 1.5 mld" stay whole.
The matched words' places come from search itself (SearchHit.matches), never
from finding the words again in a folded copy of the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop.domain.document import page_label_at
from desktop.store.documents import list_documents
from desktop.store.index.search import search
from desktop.store.project import Project

OPEN, CLOSE = "\x02", "\x03"  # snippet marks no document text holds
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[A-ZÀ-Þ0-9“‘\"'(•\-–])")
WALK_LIMIT = 2000


@dataclass(frozen=True)
class WalkHit:
    document_id: str
    document_name: str  # the citation name (short name, else title)
    passage_id: int
    page: str | None  # the printed page the span starts on (where a finding it becomes is cited)
    passage_start: int
    passage_end: int
    text: str  # the passage text
    words: tuple[str, ...]  # the matched words as they appear in the text
    start: int  # the span a tag takes (document offsets)
    end: int


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, white space trimmed."""
    ranges, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        ranges.append((begin, match.start() + len(match.group().rstrip())))
        begin = match.end()
    ranges.append((begin, len(text.rstrip())))
    return [(s, e) for s, e in ranges if e > s]


def tag_span(text: str, matches: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The span within ``text`` that a one-key tag takes, for the matched words at ``matches``
    (passage-relative code points); see the module docstring."""
    stripped_start = len(text) - len(text.lstrip())
    if not matches:
        return stripped_start, len(text.rstrip())
    first_match, last_match = min(s for s, _ in matches), max(s for s, _ in matches)
    sentences = sentence_ranges(text)
    first = next((s for s, e in sentences if s <= first_match < e), stripped_start)
    last = next((e for s, e in sentences if s <= last_match < e), len(text.rstrip()))
    return first, last


def walk_hits(project: Project, query: str, category: str | None = None) -> list[WalkHit]:
    """Every hit of ``query`` in the project's agreements (optionally one category), document by document
    (by citation name) and in text order within each; raises BadQuery for a wordless query."""
    documents = {d.id: d for d in list_documents(project, current_only=True) if d.kind == "agreement"}
    hits = search(project, query, limit=WALK_LIMIT, marks=(OPEN, CLOSE), category=category)
    walked = []
    for hit in hits:
        document = documents.get(hit.document_id)
        if document is None:
            continue
        text, page, breaks = project.db.execute(
            "SELECT text, page, page_breaks FROM passages WHERE id = ?", [hit.passage_id]).fetchone()
        start, end = tag_span(text, [(s - hit.start, e - hit.start) for s, e in hit.matches])
        page = page_label_at(page, json.loads(breaks or "[]"), hit.start + start)
        walked.append(WalkHit(hit.document_id, document.citation_name, hit.passage_id, page, hit.start, hit.end,
                              text, hit.words, hit.start + start, hit.start + end))
    walked.sort(key=lambda h: (h.document_name.casefold(), h.document_id, h.passage_start))
    return walked
