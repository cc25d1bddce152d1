"""The error analysis of the suggestions (bench/suggestions/errors.py) on a small gold set built here:
it lists exactly the passages the accuracy protocol counts as wrong, with their right speerpunt, and
its ceiling places every passage whose words are its speerpunt's own."""

from __future__ import annotations

import io

from bench.suggestions.accuracy import accuracy
from bench.suggestions.errors import causes, ceiling, dump, setup
from bench.suggestions.gold import Gold
from desktop.suggest.model import Topic, Unit

TOPICS = [
    Topic("wonen", "1", "Betaalbaar wonen", "Genoeg betaalbare huurwoningen voor starters."),
    Topic("jeugd", "2", "Jeugdzorg", "Kinderen krijgen tijdig passende jeugdhulp."),
    Topic("lucht", "3", "Schone lucht", "De luchtkwaliteit in de stad verbetert."),
]
PASSAGES = {
    "wonen": ["Corporaties bouwen meer betaalbare huurwoningen voor starters.",
              "De huurprijzen van sociale huurwoningen stijgen minder snel.",
              "Gemeenten wijzen bouwlocaties aan voor betaalbare koopwoningen.",
              "Starters krijgen voorrang bij nieuwe huurwoningen in hun dorp.",
              "De woningbouw versnelt met flexwoningen voor starters en statushouders."],
    "jeugd": ["De wachtlijsten in de jeugdzorg worden korter.",
              "Kinderen krijgen sneller passende jeugdhulp van de wijkteams.",
              "Pleegouders en jeugdhulp krijgen meer steun van de gemeente.",
              "De jeugdzorg voor kinderen met zware problemen wordt regionaal ingekocht.",
              "Jeugdhulp op school helpt kinderen en ouders vroeg."],
    "lucht": ["Minder uitstoot van verkeer maakt de luchtkwaliteit in de stad beter.",
              "Schonere bussen verbeteren de lucht in drukke straten.",
              "Houtstook in de stad wordt beperkt om fijnstof te verminderen.",
              "Milieuzones houden vervuilende vrachtwagens uit de stad, voor schonere lucht.",
              "Meetpunten volgen de luchtkwaliteit en het fijnstof per wijk."],
}
# Labelled "lucht" by the analyst, but in the words of "jeugd" only: the words cannot place it.
MISLABELLED = "Kinderen op de wachtlijst voor jeugdzorg krijgen tijdelijk jeugdhulp van de wijkteams."


def _gold(extra: list[tuple[str, str]] = ()) -> Gold:
    units, labels, at = [], [], 0
    for key, text in [(k, t) for k, texts in PASSAGES.items() for t in texts] + list(extra):
        units.append(Unit("akkoord", at, at + len(text), text))
        labels.append(key)
        at += len(text) + 2
    return Gold(TOPICS, units, labels)


def _tagged(gold: Gold, seed: int, text: str) -> bool:
    _, units, _, _, tagged = setup(gold, seed, "shuffled")
    return any(units[n].text == text for n in tagged)


def test_the_dump_lists_a_passage_whose_words_belong_to_another_speerpunt() -> None:
    gold = _gold([("lucht", MISLABELLED)])
    # A seed whose draw leaves the passage untagged (a tagged passage is not ranked).
    seed = next(seed for seed in range(1, 20) if not _tagged(gold, seed, MISLABELLED))
    out = io.StringIO()
    wrong = dump(gold, seed=seed, order="shuffled", out=out)
    text = out.getvalue()
    assert wrong >= 1
    assert "wachtlijst voor jeugdzorg krijgen tijdelijk" in text.replace("\n  | ", " ")
    block = next(b for b in text.split("=== ") if "tijdelijk" in b)
    assert "right lucht at" in block and "right lucht at 1 " not in block
    # The words that drove it are shown: jeugdzorg's own.
    assert "jeugdzorg" in block.split("RIGHT")[1]


def test_the_errors_counted_are_those_of_the_accuracy_protocol() -> None:
    gold = _gold([("lucht", MISLABELLED), ("wonen", "Het kabinet maakt afspraken met provincies over het budget.")])
    for order in ("listed", "runs", "shuffled"):
        for seed in (1, 2, 3):
            result = accuracy(gold, seed=seed * 100, shuffled=order == "shuffled", runs=order == "runs")
            wrong = round(result.scored * (1 - result.top1))
            assert causes(gold, order, seeds=(seed,))["errors"] == wrong
            assert dump(gold, seed, order, out=io.StringIO()) == wrong


def test_the_ceiling_places_every_passage_in_its_own_words() -> None:
    top1, top3, scored = ceiling(_gold())
    assert scored == 15
    assert top1 == 1.0 and top3 == 1.0
    top1, _, scored = ceiling(_gold([("lucht", MISLABELLED)]))
    assert scored == 16 and top1 < 1.0
