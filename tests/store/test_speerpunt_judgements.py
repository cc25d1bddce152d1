"""Missing findings compared per speerpunt on the whole agreement: missing, treated elsewhere, or silent."""

from __future__ import annotations

import pytest

from desktop.domain.judgement import BOTH, MISSING, SILENT, TREATED, judgement
from desktop.operations.findings import add_finding
from desktop.store.analysis.agreement import agreement_report
from desktop.store.analysis.comparison import AGREE, DIFFER, SINGLE, compare_passages
from desktop.store.analysis.speerpunt_judgements import compare_missing, judged_speerpunten
from tests.builders import add_document, add_small_framework

PARAGRAPHS = ["Het kabinet bouwt meer woningen in alle regio's.", "De bijstand wordt eenvoudiger voor iedereen.",
              "Gemeenten krijgen geen extra middelen voor jeugdzorg."]


@pytest.fixture
def agreement(project):
    return project, add_small_framework(project), add_document(project, PARAGRAPHS)


def test_an_analysts_judgement_of_a_speerpunt_comes_from_all_their_findings_under_it() -> None:
    assert judgement([]) == SILENT
    assert judgement(["missing"]) == MISSING
    assert judgement(["positive", "concern"]) == TREATED
    assert judgement(["concern", "missing"]) == BOTH


def test_missing_against_a_tagged_passage_and_silence_is_one_row_with_all_three(agreement) -> None:
    project, codes, document = agreement
    said_missing = add_finding(project, document, codes["2.1"], "missing", note="Werk ontbreekt", author="Ann")
    tagged = add_finding(project, document, codes["2.1"], "positive", 50, 90, author="Bo")
    add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Cas")  # Cas says nothing on 2.1

    rows = compare_missing(project, document)

    assert [row.code for row in rows] == ["2.1"]
    row = rows[0]
    analysts = ["Ann", "Bo", "Cas"]
    assert [row.judgement(a) for a in analysts] == [MISSING, TREATED, SILENT]
    assert row.status(analysts) == DIFFER
    # Accepting Ann's "missing" would remove Bo's tagging under 2.1, and the other way round.
    assert [f.id for f in row.differing("Ann")] == [tagged.id]
    assert [f.id for f in row.differing("Bo")] == [said_missing.id]


def test_an_analyst_who_only_said_missing_is_still_compared_on_the_passages(agreement) -> None:
    project, codes, document = agreement
    add_finding(project, document, codes["2.1"], "missing", author="Ann")
    add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Bo")

    analysts, passages = compare_passages(project, document)

    assert analysts == ["Ann", "Bo"]
    assert [p.status(analysts) for p in passages] == [SINGLE]
    assert "message" not in agreement_report(project, document)


def test_both_saying_missing_agree_and_the_speerpunt_measure_counts_it(agreement) -> None:
    project, codes, document = agreement
    for author in ("Ann", "Bo"):
        add_finding(project, document, codes["2.1"], "missing", author=author)
        add_finding(project, document, codes["1.1"], "positive", 0, 20, author=author)
    add_finding(project, document, codes["1.2"], "missing", author="Ann")
    add_finding(project, document, codes["1.2"], "concern", 50, 90, author="Bo")

    report = agreement_report(project, document)

    # Three speerpunten judged: 1.1 treated by both, 1.2 missing against treated, 2.1 missing by both.
    assert report["speerpunt_judgements"]["units"] == 3
    assert report["speerpunt_judgements"]["percent_agreement"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["called_missing"] == [
        {"code": "1.2", "title": "Leefbare wijken", "status": DIFFER,
         "judgements": {"Ann": MISSING, "Bo": TREATED}},
        {"code": "2.1", "title": "Iedereen aan het werk", "status": AGREE,
         "judgements": {"Ann": MISSING, "Bo": MISSING}},
    ]
    # The passage measure is what it was: missing findings without a passage are not passages.
    assert report["units"] == 2


def test_speerpunten_nobody_mentioned_are_not_counted_as_agreement(agreement) -> None:
    project, codes, document = agreement
    add_finding(project, document, codes["2.1"], "missing", author="Ann")
    add_finding(project, document, codes["2.1"], "positive", 50, 90, author="Bo")

    _, judged = judged_speerpunten(project, document)
    report = agreement_report(project, document)

    assert [unit.code for unit in judged] == ["2.1"]  # not 1.1 and 1.2, which both left alone
    assert report["speerpunt_judgements"]["units"] == 1
    assert report["speerpunt_judgements"]["percent_agreement"] == 0.0
