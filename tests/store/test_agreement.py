"""Agreement figures per document, at passage level."""

from __future__ import annotations

import pytest

from desktop.operations.findings import add_finding
from desktop.store.analysis.agreement import agreement_report
from desktop.store.documents import list_passages
from tests.builders import add_document, add_small_framework


@pytest.fixture
def tagged(project):
    codes = add_small_framework(project)
    document = add_document(project, [f"Alinea {n} over wonen, werk en zorg in de stad." for n in range(4)])
    passages = list_passages(project, document)

    def tag(author: str, index: int, code: str, assessment: str) -> None:
        passage = passages[index]
        add_finding(project, document, codes[code], assessment, passage.start + 2, passage.end - 2, author=author)

    return project, document, tag


def test_two_analysts_who_agree_everywhere_score_one(tagged) -> None:
    project, document, tag = tagged
    for index, code in enumerate(["1.1", "1.2", "2.1"]):
        tag("Ann", index, code, "positive")
        tag("Bo", index, code, "positive")
    report = agreement_report(project, document)
    assert report["analysts"] == ["Ann", "Bo"] and report["units"] == 3
    assert report["overall"]["percent_agreement"] == 1.0
    assert report["overall"]["krippendorff_alpha"] == 1.0


def test_disagreement_on_a_passage_lowers_the_figures_for_that_speerpunt(tagged) -> None:
    project, document, tag = tagged
    tag("Ann", 0, "1.1", "positive")
    tag("Bo", 0, "1.1", "concern")  # same speerpunt, other assessment
    tag("Ann", 1, "1.2", "concern")
    tag("Bo", 1, "1.2", "concern")
    tag("Ann", 2, "2.1", "positive")  # only Ann tagged this passage
    report = agreement_report(project, document)
    assert report["units"] == 3
    assert report["overall"]["percent_agreement"] == pytest.approx(1 / 3, abs=1e-4)
    assert report["per_speerpunt"]["1.1"]["percent_agreement"] == 1.0  # both tagged 1.1 there
    assert report["per_speerpunt"]["2.1"]["percent_agreement"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["per_assessment"]["positive"]["percent_agreement"] == pytest.approx(1 / 3, abs=1e-4)


def test_one_analyst_gets_a_clear_message(tagged) -> None:
    project, document, tag = tagged
    tag("Ann", 0, "1.1", "positive")
    assert "at least two analysts" in agreement_report(project, document)["message"]
