"""Findings: a speerpunt's judgement on a span of an agreement (or on its absence)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Assessment(str, enum.Enum):
    POSITIVE = "positive"
    CONCERN = "concern"
    MISSING = "missing"


@dataclass(frozen=True)
class Anchor:
    """The exact quote plus the words around it, to find a span again in a revised text."""

    quote: str
    prefix: str
    suffix: str


_SENTENCE_END = re.compile(r"[.!?;:\n]\s")
CONTEXT_LIMIT = 200


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Build the anchor for ``text[start:end]``.

    The prefix runs back to the previous sentence boundary and the suffix on
    to the next one, each at most CONTEXT_LIMIT characters, so the context is
    meaningful but small.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} lies outside the text (length {len(text)})")
    before = text[max(0, start - CONTEXT_LIMIT) : start]
    boundaries = list(_SENTENCE_END.finditer(before))
    prefix = before[boundaries[-1].end() :] if boundaries else before
    after = text[end : end + CONTEXT_LIMIT]
    boundary = _SENTENCE_END.search(after)
    suffix = after[: boundary.start() + 1] if boundary else after
    return Anchor(quote=text[start:end], prefix=prefix, suffix=suffix)


@dataclass(frozen=True)
class Finding:
    id: str
    document_id: str
    speerpunt_id: str
    assessment: Assessment
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    note: str
    author: str
    created: str
    modified: str
    document_sha256: str = ""
    source_document_id: str | None = None
    source_start: int | None = None
    source_end: int | None = None

    @property
    def has_span(self) -> bool:
        return self.start is not None
