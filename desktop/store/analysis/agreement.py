"""Agreement between analysts on one agreement, at passage level.

A unit is a passage that at least one analyst tagged (through a finding whose
span overlaps it). Each analyst's label for a unit is what they gave it: the set
of speerpunt:assessment pairs overall, "tagged or not" per speerpunt, and the
assessment(s) per assessment figure. A missing finding counts here only where it
has a passage.

Missing findings judge the agreement as a whole, so they get a measure of their
own, per speerpunt ("speerpunt_judgements"): a unit is a speerpunt that at least
one analyst judged on the document (tagged a passage under it, or called it
missing), and each analyst's label is treated, missing, both, or silent
(desktop.domain.judgement). Speerpunten nobody mentioned are left out: silence
on both sides says nothing about agreement and would only inflate it. The
passage measure stays as it was, so figures reported before keep their meaning;
see docs/ARCHITECTURE.md (Decisions: missing findings in Compare analysts).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.reliability import cohen_kappa, krippendorff_alpha_nominal, percent_agreement
from desktop.store.analysis.comparison import TaggedFinding, compare_passages, document_findings
from desktop.store.analysis.speerpunt_judgements import code_order, judged_speerpunten
from desktop.store.project import Project

NONE = "-"


@dataclass(frozen=True)
class Figures:
    units: int
    percent: float | None
    kappa: float | None
    alpha: float | None

    def as_dict(self) -> dict:
        return {"units": self.units, "percent_agreement": _round(self.percent), "cohen_kappa": _round(self.kappa),
                "krippendorff_alpha": _round(self.alpha)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def figures(units: list[tuple]) -> Figures:
    coders = len(units[0]) if units else 0
    kappa = cohen_kappa([(a, b) for a, b in units]) if coders == 2 and units else None
    return Figures(len(units), percent_agreement(units), kappa, krippendorff_alpha_nominal(units))


def passage_labels(project: Project, document_id: str, findings: list[TaggedFinding] | None = None
                   ) -> tuple[list[str], dict[int, dict[str, set[tuple[str, str]]]]]:
    """Analysts, and per tagged passage (by seq) what each analyst gave it.

    Built on desktop.store.analysis.comparison.compare_passages, so the review list and the
    figures always count the same passages.
    """
    analysts, passages = compare_passages(project, document_id, findings)
    return analysts, {passage.seq: {author: passage.labels(author) for author in passage.findings}
                      for passage in passages}


def agreement_report(project: Project, document_id: str, findings: list[TaggedFinding] | None = None) -> dict:
    """The figures per passage and per speerpunt; ``findings`` as document_findings gives them, if read already."""
    findings = document_findings(project, document_id) if findings is None else findings
    analysts, labels = passage_labels(project, document_id, findings)
    report: dict = {"document": document_id, "analysts": analysts, "units": len(labels)}
    if len(analysts) < 2:
        report["message"] = "agreement needs findings from at least two analysts on this document"
        return report
    given = [[labels[seq].get(analyst, set()) for analyst in analysts] for seq in sorted(labels)]
    overall = [tuple(";".join(sorted(f"{c}:{a}" for c, a in s)) or NONE for s in unit) for unit in given]
    report["overall"] = figures(overall).as_dict()
    codes = sorted({code for unit in given for s in unit for code, _ in s}, key=code_order)
    report["per_speerpunt"] = {
        code: figures([tuple(any(c == code for c, _ in s) for s in unit) for unit in given]).as_dict()
        for code in codes
    }
    report["per_assessment"] = {
        assessment: figures([tuple(any(a == assessment for _, a in s) for s in unit) for unit in given]).as_dict()
        for assessment in ("positive", "concern", "missing")
        if any(a == assessment for unit in given for s in unit for _, a in s)
    }
    report.update(judgement_report(project, document_id, analysts, findings))
    return report


def judgement_report(project: Project, document_id: str, analysts: list[str],
                     findings: list[TaggedFinding] | None = None) -> dict:
    """The per-speerpunt measure (treated / missing / silent) and the speerpunten someone called missing."""
    _, judged = judged_speerpunten(project, document_id, findings)
    units = [tuple(unit.judgement(analyst) for analyst in analysts) for unit in judged]
    return {
        "speerpunt_judgements": figures(units).as_dict(),
        "called_missing": [
            {"code": unit.code, "title": unit.title, "status": unit.status(analysts),
             "judgements": dict(zip(analysts, labels, strict=True))}
            for unit, labels in zip(judged, units, strict=True) if unit.called_missing()
        ],
    }
