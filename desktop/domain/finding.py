"""Findings: a speerpunt's judgement on a span of an agreement (or on its absence)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Assessment(enum.StrEnum):
    """Stored in English; the Dutch names every export prints are accepted too: Assessment("zorg")."""

    POSITIVE = "positive"
    CONCERN = "concern"
    MISSING = "missing"

    @classmethod
    def _missing_(cls, value: object) -> Assessment | None:
        if isinstance(value, str):
            return DUTCH_ASSESSMENTS.get(value.strip().lower()) or \
                next((member for member in cls if member.value == value.strip().lower()), None)
        return None


DUTCH_ASSESSMENTS = {"positief": Assessment.POSITIVE, "zorg": Assessment.CONCERN, "ontbreekt": Assessment.MISSING}
# What a user may type wherever an assessment is asked: the English values and the Dutch names.
ASSESSMENT_NAMES = (*(a.value for a in Assessment), *DUTCH_ASSESSMENTS)


@dataclass(frozen=True)
class Anchor:
    """The exact quote plus the words around it, to find a span again in a revised text."""

    quote: str
    prefix: str
    suffix: str


_SENTENCE_END = re.compile(r"[.!?;:\n]\s")
CONTEXT_LIMIT = 200
CONTEXT_MINIMUM = 24


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Build the anchor for ``text[start:end]``.

    The prefix runs back to a sentence boundary and the suffix on to one, each
    at least CONTEXT_MINIMUM characters (so a quote that starts a sentence
    still carries the end of the one before) and at most CONTEXT_LIMIT.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} lies outside the text (length {len(text)})")
    window_start = max(0, start - CONTEXT_LIMIT)
    before = text[window_start:start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(before) if len(before) - m.end() >= CONTEXT_MINIMUM]
    prefix = before[cuts[-1] :] if cuts else before
    after = text[end : end + CONTEXT_LIMIT]
    stops = [m.start() + 1 for m in _SENTENCE_END.finditer(after) if m.start() + 1 >= CONTEXT_MINIMUM]
    suffix = after[: stops[0]] if stops else after
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
    # How the finding was found again in a revised agreement (desktop.domain.reanchor.AnchorStatus),
    # None when it was tagged on this text; the score says how much the new words resemble the quote.
    anchor: str | None = None
    anchor_score: float | None = None

    @property
    def has_span(self) -> bool:
        return self.start is not None
