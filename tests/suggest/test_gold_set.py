"""On the gold sets built from ../shared/examples (skipped when absent): the VNG analysis of the 2024
hoofdlijnenakkoord and the G32 reaction to the 2017 regeerakkoord. Tags make the suggestions better,
and a framework of ten speerpunten gets the right one among the first three for most passages.
The figures themselves are reported by `python -m bench suggest`."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def gold():
    from bench.suggestions.gold import EXAMPLES, VNG, load_gold

    if not (EXAMPLES / VNG).exists():
        pytest.skip("../shared/examples is not present")
    return load_gold()


@pytest.fixture(scope="module")
def g32():
    from bench.suggestions.gold import EXAMPLES, G32, load_g32_gold

    if not (EXAMPLES / G32).exists():
        pytest.skip("../shared/examples is not present")
    return load_g32_gold()


def test_the_gold_set_has_the_vng_topics_and_their_passages(gold) -> None:
    titles = [topic.title for topic in gold.topics]
    assert len(titles) == 38
    assert titles[0] == "Bestaanszekerheid" and "Jeugd" in titles and titles[-1] == "Economie en vestigingsklimaat"
    assert len(gold.units) == len(gold.labels) > 100
    first = gold.units[0].text
    assert first.startswith("De vier partijen willen maatregelen nemen op de korte termijn")


def test_a_passage_the_vng_quotes_under_two_topics_is_kept_once_with_both(gold) -> None:
    key = {topic.title: topic.key for topic in gold.topics}
    ai = [n for n, unit in enumerate(gold.units) if unit.text.startswith("Gebruik van AI")
          or unit.text.startswith("• Gebruik van AI")]
    assert len(ai) == 1
    assert gold.answers(ai[0]) == {key["Verantwoorde en transparante inzet AI en Algoritmen"], key["Digitale veiligheid"]}


def test_an_untitled_block_continues_the_topic_before_it(gold) -> None:
    # Elke Regio Telt has a second "Wat staat er in het akkoord?" without a heading of its own.
    lelylijn = [n for n, unit in enumerate(gold.units) if "Lelylijn" in unit.text]
    assert lelylijn
    assert {gold.topics[int(gold.labels[n][1:]) - 1].title for n in lelylijn} == {"Elke Regio Telt"}


def test_the_g32_gold_set_has_its_ten_speerpunten_and_reactions(g32) -> None:
    assert [topic.code for topic in g32.topics] == [f"2.{n}" for n in range(1, 11)]
    assert g32.topics[7].title == "Een veilige stad"
    assert "wijkagenten" in g32.topics[7].text
    assert all(label in {t.key for t in g32.topics} for label in g32.labels)
    assert len(g32.units) > 100


def test_three_tags_per_speerpunt_make_the_ranking_better(gold, g32) -> None:
    from bench.suggestions.accuracy import accuracy_over_seeds

    # The same passages are scored both times; only whether the three tags are learnt from differs.
    for size, gold_set in ((10, gold), (None, g32)):
        without = accuracy_over_seeds(gold_set, size, seeds=(1, 2), draws=3, learn=False)
        with_tags = accuracy_over_seeds(gold_set, size, seeds=(1, 2), draws=3)
        assert with_tags.scored == without.scored
        assert with_tags.top1 > without.top1 and with_tags.top3 > without.top3
        assert with_tags.top3 >= 0.9
