"""Drafting a speerpunt's reaction text from its findings' notes (plain text, no Qt)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from desktop.domain.finding import Assessment, Finding

Order = Literal["text", "assessment"]
ORDERS: tuple[str, ...] = ("text", "assessment")
ASSESSMENT_ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)


def findings_fingerprint(findings: Iterable[Finding]) -> str:
    """A hash over ids and modified times: changes when a finding is added, edited or removed."""
    digest = hashlib.sha256()
    for finding_id, modified in sorted((f.id, f.modified) for f in findings):
        digest.update(f"{finding_id}\x1f{modified}\x1e".encode())
    return digest.hexdigest()[:32]


def _text_key(finding: Finding) -> tuple:
    # Missing findings have no place in the text; they come after the spanned ones.
    return (finding.start is None, finding.start or 0, finding.end or 0, finding.created)


def order_findings(findings: Sequence[Finding], order: Order = "text") -> list[Finding]:
    """Findings in the agreement's text order, or grouped positive, concern, missing (text order within)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order '{order}' (use one of: {', '.join(ORDERS)})")
    ordered = sorted(findings, key=_text_key)
    if order == "assessment":
        ordered.sort(key=lambda f: ASSESSMENT_ORDER.index(f.assessment))
    return ordered


def quote_with_page(quote: str, page: int | None) -> str:
    text = f"“{' '.join(quote.split())}”"
    return f"{text} (p. {page})" if page else text


def draft_reaction(
    findings: Sequence[Finding],
    order: Order = "text",
    include_quotes: bool = False,
    pages: Callable[[Finding], int | None] = lambda finding: None,
) -> str:
    """A reaction draft for one speerpunt: one paragraph per tagged passage, blank lines between.

    Analysts who tagged the same passage each wrote a note; the passage's paragraph
    carries the quote once and each different note, so a shared passage is not
    repeated. A finding without a note contributes its quote, so no finding drops
    silently out of the draft.
    """
    paragraphs: list[list[str]] = []
    by_span: dict[tuple, list[str]] = {}
    for finding in order_findings(findings, order):
        note = " ".join(finding.note.split())
        key = (finding.assessment, finding.start, finding.end) if finding.has_span else ("missing", finding.id)
        if key in by_span:
            notes = by_span[key]
            if note and note not in notes:
                notes.append(note)  # the paragraph holds this same list
            continue
        notes = []
        # An orphan (carried to a new version without a place) has no span but keeps its quote: it counts too.
        if finding.quote and (include_quotes or not note):
            notes.append(quote_with_page(finding.quote, pages(finding)))
        if note:
            notes.append(note)
        if not notes:
            continue
        by_span[key] = notes
        paragraphs.append(notes)
    return "\n\n".join(" ".join(parts) for parts in paragraphs)
