"""Score an imported corpus PDF against the hand-checked ground truth in tests/fixtures/corpus.

Shared by the corpus tests and ``python -m bench.import_corpus``, so both report the same figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from desktop.domain.document import ImportedDocument, Passage, PassageKind

TRUTH = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "ground_truth.yaml"
_LOWER_START = re.compile(r"^['‘“(\[]?[a-zà-ÿ]")


def ground_truth() -> dict[str, dict]:
    with TRUTH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def normal(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Score:
    """What went wrong in one document, each list naming the cases."""

    title: str
    title_expected: str | None
    pages_checked: int = 0
    page_mismatches: list[str] = field(default_factory=list)  # "words: expected -> found"
    broken: list[str] = field(default_factory=list)  # "whole" paragraphs not found as one passage
    out_of_order: list[str] = field(default_factory=list)  # "follows" pairs not read one after the other
    leaks: list[str] = field(default_factory=list)  # furniture found in a passage
    mid_sentence: list[str] = field(default_factory=list)  # paragraphs that open in lower case
    tables: int = 0

    @property
    def title_ok(self) -> bool:
        return self.title_expected is None or self.title == self.title_expected


def score(name: str, document: ImportedDocument, truth: dict) -> Score:
    texts = [normal(document.passage_text(p)) for p in document.passages]
    result = Score(document.title, truth.get("title"))
    for pdf_page, printed, words in truth.get("pages") or []:
        result.pages_checked += 1
        found = _starting(document.passages, texts, words)
        if found is None:
            result.page_mismatches.append(f"{words!r}: no passage starts so")
        elif (found.pdf_page, found.page) != (pdf_page, printed):
            result.page_mismatches.append(
                f"{words!r}: expected PDF page {pdf_page} printed {printed!r}, got {found.pdf_page} {found.page!r}"
            )
    for first, inside in truth.get("whole") or []:
        found = _starting(document.passages, texts, first)
        if found is None or normal(inside) not in texts[found.seq]:
            result.broken.append(first)
    for first, then in truth.get("follows") or []:
        found = _starting(document.passages, texts, first)
        following = texts[found.seq + 1] if found is not None and found.seq + 1 < len(texts) else ""
        if not following.startswith(normal(then)):
            result.out_of_order.append(f"{first!r} then {following[:40]!r}")
    for text, first_page, last_page in truth.get("furniture") or []:
        for passage, passage_text in zip(document.passages, texts, strict=True):
            if first_page <= (passage.pdf_page or 0) <= last_page and text in passage_text:
                result.leaks.append(f"p. {passage.pdf_page}: {passage_text[:60]!r}")
    for passage, passage_text in zip(document.passages, texts, strict=True):
        if passage.kind is PassageKind.PARAGRAPH and _LOWER_START.match(passage_text):
            result.mid_sentence.append(f"p. {passage.pdf_page}: {passage_text[:40]!r}")
        if passage.kind is PassageKind.TABLE:
            result.tables += 1
    return result


def _starting(passages: list[Passage], texts: list[str], words: str) -> Passage | None:
    words = normal(words)
    return next((p for p, text in zip(passages, texts, strict=True) if text.startswith(words)), None)
