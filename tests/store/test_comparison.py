"""compare_passages: the same units and labels as the agreement figures, plus the findings behind them."""

from __future__ import annotations

from dataclasses import replace

from desktop.operations.findings import add_finding
from desktop.store.analysis.agreement import passage_labels
from desktop.store.analysis.comparison import AGREE, DIFFER, SETTLED, SINGLE, compare_passages
from tests.builders import add_document, add_small_framework

PARAGRAPHS = ["Het kabinet bouwt meer woningen in alle regio's.", "De bijstand wordt eenvoudiger voor iedereen.",
              "Gemeenten krijgen geen extra middelen voor jeugdzorg."]


def test_labels_match_the_agreement_units_and_a_span_over_two_passages_counts_in_both(project):
    codes = add_small_framework(project)
    document = add_document(project, PARAGRAPHS)
    across = add_finding(project, document, codes["1.1"], "positive", 5, 60, author="Ann")
    add_finding(project, document, codes["1.1"], "positive", 0, 20, author="Bo")
    add_finding(project, document, codes["2.1"], "concern", 100, 120, author="Bo", note="✓ Akkoord")

    analysts, passages = compare_passages(project, document)
    expected_analysts, labels = passage_labels(project, document)

    assert analysts == expected_analysts == ["Ann", "Bo"]
    assert {p.seq: {a: p.labels(a) for a in analysts if p.findings.get(a)} for p in passages} == {
        seq: dict(given) for seq, given in labels.items()}
    assert [f.id for f in passages[1].findings["Ann"]] == [across.id]
    assert [p.status(analysts) for p in passages] == [AGREE, SINGLE, SETTLED]
    passages[0].findings["Bo"][0] = replace(passages[0].findings["Bo"][0], assessment="concern")
    assert passages[0].status(analysts) == DIFFER
    assert [f.author for f in passages[0].differing("Ann")] == ["Bo"]
