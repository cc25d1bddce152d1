"""On the gold set built from the VNG analysis in ../shared (skipped when absent): tags make the
suggestions better, and a framework of ten speerpunten gets the right one among the first three
for most passages. The figures themselves are reported by `python -m bench suggest`."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def gold():
    from bench.suggest_gold import EXAMPLES, VNG, load_gold

    if not (EXAMPLES / VNG).exists():
        pytest.skip("../shared/examples is not present")
    return load_gold()


def test_the_gold_set_has_the_vng_topics_and_their_passages(gold) -> None:
    titles = [topic.title for topic in gold.topics]
    assert len(titles) == 38
    assert titles[0] == "Bestaanszekerheid" and "Jeugd" in titles and titles[-1] == "Economie en vestigingsklimaat"
    assert len(gold.units) == len(gold.labels) > 100
    first = gold.units[0].text
    assert first.startswith("De vier partijen willen maatregelen nemen op de korte termijn")


def test_three_tags_per_speerpunt_make_the_ranking_better(gold) -> None:
    from bench.suggest_accuracy import accuracy_of_subsets

    # The same passages are scored both times; only whether the three tags are learnt from differs.
    without = accuracy_of_subsets(gold, 10, draws=10, tags=3, learn=False)
    with_tags = accuracy_of_subsets(gold, 10, draws=10, tags=3)
    assert with_tags.scored == without.scored
    assert with_tags.top1 > without.top1 and with_tags.top3 > without.top3
    assert with_tags.top3 >= 0.9
