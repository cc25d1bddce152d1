"""The agreement's order as evidence: a passage between tagged passages of one speerpunt takes theirs
when the analyst's tags show that the agreement treats its themes in runs, and not otherwise."""

from __future__ import annotations

import pytest

from desktop.suggest.model import Example, Suggester, Topic, Unit

TOPICS = [
    Topic("wonen", "1", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen krijgen tijdig passende jeugdhulp."),
    Topic("sport", "3", "Sport en bewegen", "Iedereen kan sporten in de buurt."),
]

RUNS = {
    "wonen": ["Er komen veel betaalbare huurwoningen bij voor starters en gezinnen.",
              "Corporaties bouwen meer huurwoningen en de huur blijft betaalbaar.",
              "Starters krijgen voorrang bij nieuwe koopwoningen en huurwoningen."],
    "jeugd": ["De wachtlijsten in de jeugdzorg worden korter voor alle kinderen.",
              "Kinderen en ouders krijgen sneller passende jeugdhulp van wijkteams.",
              "De jeugdhulp aan kinderen wordt beter bereikbaar in elke gemeente."],
    "sport": ["Sportverenigingen krijgen steun om iedereen te laten sporten.",
              "In elke buurt komt een plek om te sporten en te bewegen.",
              "Kinderen sporten vaker dankzij goedkope contributie bij sportclubs."],
}
# Says nothing of any theme in its own words: only its place can tell.
PLAIN = "Daarover maken wij goede afspraken met de gemeenten en alle partners in het land."


def _document(texts: list[str]) -> list[Unit]:
    units, at = [], 0
    for text in texts:
        units.append(Unit("akkoord", at, at + len(text), text))
        at += len(text) + 1
    return units


def _tag(unit: Unit, topic: str) -> Example:
    return Example(unit.document, unit.start, unit.end, unit.text, topic)


def test_in_an_agreement_of_runs_a_passage_without_words_of_its_own_takes_its_runs_speerpunt() -> None:
    # Two rounds of the three themes, each in a run; the plain passage stands in the middle of the second wonen run.
    texts, labels = [], []
    for _ in range(2):
        for topic, run in RUNS.items():
            texts += run
            labels += [topic] * len(run)
    middle = 9 + 1
    texts.insert(middle, PLAIN)
    labels.insert(middle, "wonen")
    units = _document(texts)
    suggester = Suggester(TOPICS, units)
    words_only = suggester.ranked(middle)
    tags = [_tag(units[n], labels[n]) for n in range(len(units)) if n != middle and n % 2 == 0]
    suggester.learn(tags)
    assert suggester.chosen.stay is not None  # the tags show runs
    assert suggester.ranked(middle)[0][0] == "wonen"
    assert dict(suggester.ranked(middle))["wonen"] > dict(words_only)["wonen"]


def test_where_themes_do_not_come_in_runs_the_order_is_not_used() -> None:
    # The themes take turns passage by passage: a passage's neighbours never share its theme.
    texts, labels = [], []
    for n in range(3):
        for topic, run in RUNS.items():
            texts.append(run[n])
            labels.append(topic)
    units = _document(texts)
    suggester = Suggester(TOPICS, units)
    suggester.learn([_tag(units[n], labels[n]) for n in range(0, len(units), 2)])
    assert suggester.chosen.stay is None
    for n in range(1, len(units), 2):
        assert suggester.ranked(n)[0][0] == labels[n]


def test_a_framework_of_one_speerpunt_is_offered_only_where_its_words_are() -> None:
    units = _document([RUNS["wonen"][0], PLAIN])
    suggester = Suggester(TOPICS[:1], units)
    assert [key for key, _ in suggester.suggestions(0)] == ["wonen"]
    assert suggester.suggestions(1) == []
    assert 0 < suggester.scores(0)[0] <= 1


def test_tags_learnt_one_at_a_time_rank_as_a_fresh_start_does() -> None:
    # The desktop learns each new tag into the model it has; the command line builds one from scratch.
    texts, labels = [], []
    for _ in range(2):
        for topic, run in RUNS.items():
            texts += run
            labels += [topic] * len(run)
    units = _document(texts)
    tags = [_tag(units[n], labels[n]) for n in range(0, len(units), 3)]
    rejection = [_tag(units[1], "jeugd")]
    stepwise = Suggester(TOPICS, units)
    for count in range(1, len(tags) + 1):
        stepwise.learn(tags[:count], rejection)
        stepwise.ranked(0)
    fresh = Suggester(TOPICS, units)
    fresh.learn(tags, rejection)
    for n in range(len(units)):
        assert [key for key, _ in stepwise.ranked(n)] == [key for key, _ in fresh.ranked(n)]
        assert stepwise.scores(n) == pytest.approx(fresh.scores(n))
