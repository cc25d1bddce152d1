"""Analysts compared per speerpunt on an agreement as a whole: treated, missing, or silent.

A missing finding says the agreement ignores a speerpunt; it often has no passage,
so the passage comparison (desktop.store.analysis.comparison) cannot show it. Here
each speerpunt is one unit, and each analyst's label for it is their judgement
(desktop.domain.judgement): *treated* when they tagged passages under it as positive
or concern, *missing* when they said it is missing, both, or *silent*.

The review list shows the speerpunten that at least one analyst called missing;
the agreement figures count every speerpunt at least one analyst judged
(desktop.store.analysis.agreement).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.judgement import MISSING, finding_judgement, judgement
from desktop.store.analysis.comparison import Compared, TaggedFinding, analysts_of, document_findings
from desktop.store.project import Project


@dataclass
class SpeerpuntComparison(Compared):
    """One speerpunt on the whole agreement; a finding's label here is its judgement (treated or missing)."""

    speerpunt_id: str
    code: str
    title: str
    findings: dict[str, list[TaggedFinding]] = field(default_factory=dict)  # author -> findings under it

    @property
    def key(self) -> tuple[str, object]:
        return "speerpunt", self.speerpunt_id

    def label_of(self, finding: TaggedFinding) -> object:
        return finding_judgement(finding.assessment)

    def judgement(self, author: str) -> str:
        return judgement(finding.assessment for finding in self.findings.get(author, []))

    def called_missing(self) -> bool:
        return any(finding.assessment == MISSING for finding in self.all_findings())

    def findings_judged(self, author: str, judged: str) -> list[TaggedFinding]:
        return [f for f in self.findings.get(author, []) if finding_judgement(f.assessment) == judged]


def judged_speerpunten(project: Project, document_id: str, findings: list[TaggedFinding] | None = None
                       ) -> tuple[list[str], list[SpeerpuntComparison]]:
    """The analysts of the document, and every speerpunt at least one of them judged there, in code order.

    ``findings`` is document_findings(project, document_id) when the caller has read it already.
    """
    findings = document_findings(project, document_id) if findings is None else findings
    compared: dict[str, SpeerpuntComparison] = {}
    for finding in findings:
        unit = compared.setdefault(finding.speerpunt_id,
                                   SpeerpuntComparison(finding.speerpunt_id, finding.code, finding.title))
        unit.findings.setdefault(finding.author, []).append(finding)
    return analysts_of(findings), sorted(compared.values(), key=lambda unit: code_order(unit.code))


def compare_missing(project: Project, document_id: str, findings: list[TaggedFinding] | None = None
                    ) -> list[SpeerpuntComparison]:
    """The speerpunten at least one analyst called missing on the document: the rows the review list adds."""
    return [unit for unit in judged_speerpunten(project, document_id, findings)[1] if unit.called_missing()]


def code_order(code: str) -> tuple:
    """"2.10" after "2.9": numbered parts as numbers."""
    return tuple(int(part) if part.isdigit() else 0 for part in code.split(".")), code
