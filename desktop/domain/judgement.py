"""What an analyst said about a speerpunt on one agreement as a whole: treated, missing, or nothing.

A missing finding ("ontbreekt") judges the agreement as a whole: it says the
agreement ignores the speerpunt, and may have no passage. So analysts are
compared on it per (agreement, speerpunt), not per passage: each analyst's
judgement of a speerpunt is *treated* (they tagged passages under it as
positive or concern), *missing* (they said it is missing), both (their own
findings contradict each other), or *silent* (no finding under it at all).
"""

from __future__ import annotations

from collections.abc import Iterable

TREATED = "treated"
MISSING = "missing"
SILENT = "silent"
BOTH = "treated+missing"  # the analyst's own findings say both: itself a point to settle


def finding_judgement(assessment: str) -> str:
    """The judgement one finding gives its speerpunt: missing for a missing finding, else treated."""
    return MISSING if assessment == MISSING else TREATED


def judgement(assessments: Iterable[str]) -> str:
    """An analyst's judgement of a speerpunt from the assessments of all their findings under it."""
    given = {finding_judgement(assessment) for assessment in assessments}
    if given == {MISSING, TREATED}:
        return BOTH
    return given.pop() if given else SILENT
