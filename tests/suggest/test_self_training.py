"""Self-training on the agreement: passages the suggester places confidently lend their words to the
speerpunt's profile, so a passage that shares words only with such an untagged passage is placed too."""

from __future__ import annotations

import pytest

import desktop.suggest.model as model
from desktop.suggest.model import Example, Suggester, Topic, Unit

TOPICS = [
    Topic("wonen", "1", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen krijgen tijdig passende jeugdhulp."),
    Topic("lucht", "3", "Schone lucht", "De luchtkwaliteit in de stad verbetert."),
]

TAGGED = {
    "wonen": "Corporaties bouwen meer betaalbare huurwoningen voor starters en gezinnen.",
    "jeugd": "De wachtlijsten in de jeugdzorg worden korter en jeugdhulp wordt beter bereikbaar.",
    "lucht": "Minder uitstoot van verkeer maakt de luchtkwaliteit in de stad beter.",
}
# Untagged, clearly about wonen in the words of the tag, and it brings new words with it:
BRIDGE = ("Corporaties bouwen betaalbare huurwoningen voor starters, ook als tijdelijke "
          "mantelzorgunits en tiny houses op erven en braakliggende kavels.")
# Untagged, shares words only with the bridge: no word of any tag, title or formulation.
FAR = "Tiny houses en mantelzorgunits mogen voortaan op erven en braakliggende kavels staan."
# Fillers, so the words of the far passage are not everywhere.
OTHERS = [
    "Kinderen en ouders krijgen sneller passende jeugdhulp van de wijkteams.",
    "Schonere bussen verbeteren de lucht in drukke straten van de stad.",
    "Het kabinet maakt afspraken met provincies over het budget voor de komende jaren.",
]


def _document(order: list[str]) -> list[Unit]:
    units, at = [], 0
    for text in order:
        units.append(Unit("akkoord", at, at + len(text), text))
        at += len(text) + 1
    return units


def _placed(monkeypatch: pytest.MonkeyPatch, weight: float) -> tuple[list[tuple[str, float]], Suggester]:
    monkeypatch.setattr(model, "CONFIDENT_WEIGHT", weight)
    # The far passage stands away from the bridge and the wonen tag: the order cannot carry it.
    texts = [TAGGED["wonen"], BRIDGE, OTHERS[0], TAGGED["jeugd"], OTHERS[1], TAGGED["lucht"], OTHERS[2], FAR]
    units = _document(texts)
    suggester = Suggester(TOPICS, units)
    suggester.learn([Example(u.document, u.start, u.end, u.text, key)
                     for key, text in TAGGED.items() for u in units if u.text == text])
    return suggester.ranked(len(texts) - 1), suggester


def test_a_passage_sharing_words_only_with_a_confidently_placed_passage_takes_its_speerpunt(monkeypatch) -> None:
    ranked, suggester = _placed(monkeypatch, 1.0)
    assert suggester.ranked(1)[0][0] == "wonen"  # the bridge: placed by the tag's own words
    assert ranked[0][0] == "wonen"
    assert ranked[0][1] > 0.5


def test_without_self_training_the_far_passage_has_nothing_to_go_on(monkeypatch) -> None:
    # The same agreement and tags with the re-estimation switched off: the far passage's words
    # meet no profile, so wonen is no better than a guess. This is what self-training adds.
    ranked, _ = _placed(monkeypatch, 0.0)
    assert dict(ranked)["wonen"] < 0.5
