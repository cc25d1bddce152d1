"""Which analyst tagged what on each passage of an agreement, to compare analysts finding by finding.

A passage counts as tagged by an analyst when one of their findings overlaps it,
as in desktop.store.analysis.agreement, so the list and the agreement figures agree.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from desktop.store.checks.damage import damaged_keys
from desktop.store.project import Project

AGREE = "agree"
DIFFER = "differ"
SINGLE = "single"  # only one analyst tagged the passage
SETTLED = "settled"  # only one analyst's tagging is left, and a note says it was agreed
# A note line starting with this sign records that analysts settled a passage
# (desktop.ui.collaboration.review_view writes it); a sign, not words, so it reads the same in every language.
SETTLED_SIGN = "✓"


@dataclass(frozen=True)
class TaggedFinding:
    id: str
    author: str
    speerpunt_id: str
    code: str
    title: str
    assessment: str
    start: int | None  # None for a missing finding without a passage
    end: int | None
    note: str

    @property
    def label(self) -> tuple[str, str]:
        return self.code, self.assessment


class Compared:
    """What several analysts gave one unit of comparison (a passage, or a speerpunt as a whole).

    Subclasses hold ``findings`` (author -> findings) and say which label a finding gives the unit.
    """

    findings: dict[str, list[TaggedFinding]]

    def label_of(self, finding: TaggedFinding) -> object:
        return finding.label

    def labels(self, author: str) -> set:
        return {self.label_of(finding) for finding in self.findings.get(author, [])}

    def status(self, analysts: list[str]) -> str:
        tagged = [author for author in analysts if self.findings.get(author)]
        if len(tagged) <= 1:
            return SETTLED if tagged and self.settled(tagged[0]) else SINGLE
        first = self.labels(analysts[0])
        return AGREE if all(self.labels(author) == first for author in analysts[1:]) else DIFFER

    def settled(self, author: str) -> bool:
        return any(line.startswith(SETTLED_SIGN) for finding in self.findings.get(author, [])
                   for line in finding.note.splitlines())

    def differing(self, keep: str) -> list[TaggedFinding]:
        """Other analysts' findings here whose label ``keep`` did not give."""
        kept = self.labels(keep)
        return [finding for author, found in self.findings.items() if author != keep
                for finding in found if self.label_of(finding) not in kept]

    def all_findings(self) -> list[TaggedFinding]:
        return [finding for found in self.findings.values() for finding in found]


@dataclass
class PassageComparison(Compared):
    """A tagged passage; a finding's label here is its speerpunt:assessment pair."""

    seq: int
    start: int
    end: int
    page: str | None  # the printed page label
    text: str
    findings: dict[str, list[TaggedFinding]] = field(default_factory=dict)  # author -> findings

    @property
    def key(self) -> tuple[str, object]:
        return "passage", self.seq


def document_findings(project: Project, document_id: str) -> list[TaggedFinding]:
    """Every live finding on the document, with or without a passage, in reading order (missing ones first)."""
    rows = project.db.execute(
        'SELECT f.id, f.author, f.speerpunt_id, s.code, s.title, f.assessment, f.start, f."end", f.note '
        "FROM findings f JOIN speerpunten s ON s.id = f.speerpunt_id "
        "WHERE f.document_id = ? AND f.deleted IS NULL ORDER BY f.start IS NOT NULL, f.start, f.created",
        [document_id],
    ).fetchall()
    damaged = damaged_keys(project, "findings")
    return [TaggedFinding(*row) for row in rows if row[0] not in damaged]


def analysts_of(findings: list[TaggedFinding]) -> list[str]:
    return sorted({finding.author for finding in findings}, key=str.casefold)


def compare_passages(project: Project, document_id: str, findings: list[TaggedFinding] | None = None
                     ) -> tuple[list[str], list[PassageComparison]]:
    """The analysts with findings on the document, and every passage at least one of them tagged.

    An analyst whose only findings there are missing ones without a passage is still an analyst of
    the document: they looked at it and tagged none of its passages. ``findings`` is
    document_findings(project, document_id) when the caller has read it already.
    """
    damaged_passages = damaged_keys(project, "passages")
    passages = [row[1:] for row in project.db.execute(
        'SELECT id, seq, start, "end", page, text FROM passages WHERE document_id = ? ORDER BY start', [document_id]
    ) if row[0] not in damaged_passages]
    starts = [row[1] for row in passages]
    findings = document_findings(project, document_id) if findings is None else findings
    compared: dict[int, PassageComparison] = {}
    for finding in findings:
        if finding.start is None or finding.end is None:
            continue
        index = max(0, bisect.bisect_right(starts, finding.start) - 1)
        while index < len(passages) and passages[index][1] < finding.end:
            seq, start, end, page, text = passages[index]
            if end > finding.start:
                passage = compared.setdefault(seq, PassageComparison(seq, start, end, page, text))
                passage.findings.setdefault(finding.author, []).append(finding)
            index += 1
    return analysts_of(findings), sorted(compared.values(), key=lambda passage: passage.start)
