"""The suggester on our own small Dutch texts: it ranks by the speerpunten's words, learns from tags and
rejections, reads the agreement's structure, and finds what an agreement leaves out."""

from __future__ import annotations

from desktop.suggest.model import Example, Suggester, Topic, Unit

TOPICS = [
    Topic("wonen", "1", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen krijgen tijdig passende jeugdhulp."),
    Topic("lucht", "3", "Schone lucht", "De luchtkwaliteit in de stad verbetert."),
    Topic("sport", "4", "Sport en bewegen", "Iedereen kan sporten in de buurt."),
]

TEXTS = [
    ("Wonen", "Er komen honderdduizend betaalbare huurwoningen bij, vooral voor starters."),
    ("Wonen", "De bouw van nieuwe wijken wordt versneld met geld voor gemeenten."),
    ("Wonen", "Gemeenten krijgen ruimte om sneller te bouwen op nieuwe locaties in de wijken."),
    ("Jeugd", "De wachtlijsten in de jeugdzorg worden korter en jeugdhulp wordt beter bereikbaar."),
    ("Jeugd", "Gezinnen met kinderen krijgen sneller hulp van de wijkteams."),
    ("Sport", "Sportverenigingen krijgen steun voor hun accommodaties en trainers."),
]


def _units() -> list[Unit]:
    units, at = [], 0
    for heading, text in TEXTS:
        units.append(Unit("akkoord", at, at + len(text), text, (heading,)))
        at += len(text) + 1
    return units


def _example(unit: Unit, topic: str) -> Example:
    return Example(unit.document, unit.start, unit.end, unit.text, topic)


def test_before_any_tag_the_speerpunten_own_words_rank_the_passages() -> None:
    suggester = Suggester(TOPICS, _units())
    assert suggester.ranked(0)[0][0] == "wonen"
    assert suggester.ranked(3)[0][0] == "jeugd"
    assert suggester.ranked(5)[0][0] == "sport"


def test_a_tag_teaches_a_word_the_speerpunt_never_used() -> None:
    units = _units()
    suggester = Suggester(TOPICS, units)
    before = dict(suggester.ranked(2))["wonen"]
    # "wijken" and "bouw" are not in "Betaalbaar wonen"'s title or formulation; the tagged passage has them.
    changed = suggester.learn([_example(units[1], "wonen")])
    assert changed == {"wonen"}
    assert dict(suggester.ranked(2))["wonen"] > before
    assert suggester.ranked(2)[0][0] == "wonen"
    # The tagged passage no longer offers its own speerpunt.
    assert "wonen" not in [key for key, _ in suggester.suggestions(1)]


def test_learning_the_same_tags_again_recomputes_nothing() -> None:
    units = _units()
    suggester = Suggester(TOPICS, units)
    tags = [_example(units[1], "wonen"), _example(units[4], "jeugd")]
    assert suggester.learn(tags) == {"wonen", "jeugd"}
    assert suggester.learn(tags) == set()
    assert suggester.learn(tags[:1]) == {"jeugd"}  # an undone tag


def test_a_rejected_speerpunt_is_never_offered_for_that_passage_again() -> None:
    units = _units()
    suggester = Suggester(TOPICS, units)
    assert suggester.suggestions(0)[0][0] == "wonen"
    suggester.learn([], [_example(units[0], "wonen")])
    assert "wonen" not in [key for key, _ in suggester.suggestions(0)]
    assert suggester.suggestions(2) == [] or suggester.suggestions(2)[0][0] == "wonen"  # others keep it


def test_a_passage_borrows_from_its_section_and_neighbours() -> None:
    # "Gezinnen met kinderen" shares one word with Jeugdzorg's formulation; its section is all about it.
    units = _units()
    alone = Suggester(TOPICS, [Unit(u.document, u.start, u.end, u.text) for u in units[4:5]])
    together = Suggester(TOPICS, units)
    assert dict(together.ranked(4))["jeugd"] > dict(alone.ranked(0))["jeugd"]


def test_missing_lists_what_no_passage_is_about_with_its_best_passage() -> None:
    suggester = Suggester(TOPICS, _units())
    [missing] = suggester.missing("akkoord")
    assert missing.topic == "lucht"
    assert missing.best is None or 0 <= missing.best < len(TEXTS)
    assert suggester.missing("akkoord", treated={"lucht"}) == []


def test_passages_for_a_speerpunt_come_most_likely_first() -> None:
    suggester = Suggester(TOPICS, _units())
    hits = suggester.passages_for("jeugd")
    assert hits[0][0] == 3
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)
