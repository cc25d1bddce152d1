"""Per-speerpunt offsets learnt from the tags: a speerpunt whose words every passage shares (the
agreement's words of government) stops taking the passages the analyst's tags give to others."""

from __future__ import annotations

import random

import pytest

from desktop.suggest.model import Example, Suggester, Topic, Unit

TOPICS = [
    Topic("bestuur", "1", "Samenwerking tussen overheden",
          "Het Rijk, de provincies en de gemeenten maken samen afspraken over taken en middelen."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen krijgen tijdig passende jeugdhulp."),
    Topic("wonen", "3", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters."),
    Topic("lucht", "4", "Schone lucht", "De luchtkwaliteit in de stad verbetert."),
]
# The agreement speaks of government in every theme: the analyst tags jeugd and wonen passages that
# open with the same words as the bestuur passages.
GOVERNMENT = ["Het Rijk en de gemeenten maken afspraken over", "Gemeenten krijgen middelen en taken voor",
              "De provincies en gemeenten maken samen afspraken over", "Het Rijk geeft gemeenten de middelen voor",
              "Gemeenten en provincies krijgen taken bij", "Met de gemeenten maakt het Rijk afspraken over"]
JEUGD = ["kortere wachtlijsten in de jeugdzorg.", "jeugdhulp aan kinderen.", "de opvang van kinderen in de jeugdzorg.",
         "pleegzorg en jeugdhulp.", "de jeugdzorg in de wijk.", "hulp aan kinderen en gezinnen."]
WONEN = ["betaalbare huurwoningen voor starters.", "woningen voor ouderen.", "de bouw van huurwoningen.",
         "betaalbare woningen.", "huurwoningen in de wijk.", "woningbouw voor starters."]
TAGS = {
    "bestuur": ["Het Rijk maakt met de provincies en de gemeenten afspraken over taken en middelen.",
                "Gemeenten en provincies krijgen de middelen die bij hun taken horen.",
                "Het Rijk en de gemeenten maken samen afspraken over de uitvoering van nieuwe taken."],
    "jeugd": [f"{opening} {rest}" for opening, rest in zip(GOVERNMENT, JEUGD, strict=True)],
    "wonen": [f"{opening} {rest}" for opening, rest in zip(GOVERNMENT[3:] + GOVERNMENT[:3], WONEN, strict=True)],
}
# Untagged: about housing and youth care, in the words the analyst's tags for them use.
HOUSING = "Het Rijk en de gemeenten maken afspraken over taken en woningen."
UNTAGGED = {
    "wonen": ["Het Rijk maakt met de gemeenten afspraken over taken voor woningen.",
              "Het Rijk maakt met de provincies afspraken over middelen voor huurwoningen.",
              "De provincies en gemeenten maken afspraken over taken en middelen voor woningen.",
              "Gemeenten krijgen van het Rijk taken en middelen voor woningen.", HOUSING,
              "Met de gemeenten en provincies maakt het Rijk afspraken over de taken en middelen voor huurwoningen."],
    "jeugd": ["Het Rijk maakt met de gemeenten afspraken over middelen voor jeugdzorg.",
              "De provincies en gemeenten maken afspraken over taken en middelen voor de jeugdzorg.",
              "Gemeenten krijgen van het Rijk taken en middelen voor kinderen."],
}
AIR = "De luchtkwaliteit in steden verbetert door schonere bussen."
OTHER = ["Het kabinet investeert in defensie en de krijgsmacht.", AIR,
         "Het onderwijs krijgt meer leraren en kleinere klassen.", "De zorgverzekering blijft betaalbaar voor iedereen."]


def _suggester(calibrated: bool, topics: list[Topic] = TOPICS[:3]) -> tuple[Suggester, list[str]]:
    texts = [t for ts in TAGS.values() for t in ts] + [t for ts in UNTAGGED.values() for t in ts] + OTHER
    random.Random(3).shuffle(texts)  # an order that says nothing of the themes
    units, at = [], 0
    for text in texts:
        units.append(Unit("akkoord", at, at + len(text), text))
        at += len(text) + 1
    suggester = Suggester(topics, units)
    suggester.CALIBRATED = calibrated
    suggester.learn([Example(u.document, u.start, u.end, u.text, key)
                     for key, tagged in TAGS.items() for u in units if u.text in tagged])
    return suggester, texts


def _first(suggester: Suggester, texts: list[str], text: str) -> str:
    return suggester.ranked(texts.index(text))[0][0]


@pytest.fixture(scope="module")
def both() -> tuple[tuple[Suggester, list[str]], tuple[Suggester, list[str]]]:
    return _suggester(True), _suggester(False)


def test_a_passage_in_the_general_words_goes_to_the_speerpunt_the_tags_give_such_passages(both) -> None:
    (calibrated, texts), (plain, plain_texts) = both
    # Scored against the profiles alone, the words of government win (the check that the offsets matter):
    assert _first(plain, plain_texts, HOUSING) == "bestuur"
    # The analyst's jeugd and wonen tags, each left out, are pulled to bestuur: bestuur is lowered.
    assert _first(calibrated, texts, HOUSING) == "wonen"
    key = [t.key for t in TOPICS]
    assert calibrated.offsets[key.index("bestuur")] < min(calibrated.offsets[key.index(k)] for k in ("jeugd", "wonen"))


def test_the_general_speerpunt_weighs_less_on_every_passage_of_another_theme(both) -> None:
    (calibrated, texts), (plain, _) = both
    for key in ("jeugd", "wonen"):
        for text in UNTAGGED[key]:
            n = texts.index(text)
            assert dict(calibrated.ranked(n))["bestuur"] < dict(plain.ranked(n))["bestuur"], text


def test_a_speerpunt_without_a_tag_keeps_its_scores() -> None:
    calibrated, texts = _suggester(True, TOPICS)
    assert calibrated.offsets[[t.key for t in TOPICS].index("lucht")] == 0.0
    assert _first(calibrated, texts, AIR) == "lucht"


def test_no_offsets_before_there_are_tags_to_learn_them_from() -> None:
    units = [Unit("akkoord", 0, 60, TAGS["wonen"][0]), Unit("akkoord", 61, 120, TAGS["jeugd"][0])]
    suggester = Suggester(TOPICS, units)
    suggester.learn([Example("akkoord", 0, 60, TAGS["wonen"][0], "wonen")])
    suggester.ranked(1)
    assert not suggester.offsets.any()
