"""Outside knowledge of the language (a sentence embedding) added to the word scores: off, the ranking is the
words' own; on, an embedding that knows what a passage is about lifts the right speerpunt where the words
cannot (docs/SUGGESTIONS.md, sixth round). The embedder here is a hand-made one that knows four subjects."""

from __future__ import annotations

import numpy as np

from desktop.suggest.model import Example, Suggester, Unit
from tests.suggest.test_model import TOPICS

TEXTS = [
    "Er komen honderdduizend betaalbare huurwoningen bij, vooral voor starters.",
    "De wachtlijsten in de jeugdzorg worden korter en jeugdhulp wordt beter bereikbaar.",
    "Sportverenigingen krijgen steun voor hun accommodaties en trainers.",
    # No word of "Schone lucht" or its formulation: only knowledge of the language ties it to clean air.
    "Het verkeer stoot minder fijnstof en stikstofdioxide uit, dankzij schonere bussen.",
    "Bouwen op nieuwe locaties gaat sneller met geld voor gemeenten.",
]

# What the hand-made embedder knows: which words belong to which subject.
SUBJECTS = {
    "wonen": ("huurwoningen", "wonen", "bouwen", "locaties"),
    "jeugd": ("jeugdzorg", "jeugdhulp", "kinderen"),
    "lucht": ("fijnstof", "stikstofdioxide", "luchtkwaliteit", "lucht", "verkeer"),
    "sport": ("sport", "sporten", "sportverenigingen", "accommodaties"),
}


def knowing_embedder(texts: list[str]) -> np.ndarray:
    rows = []
    for text in texts:
        words = {word.strip(".,").lower() for word in text.split()}
        row = np.array([sum(word in words for word in subject) for subject in SUBJECTS.values()], dtype=float)
        rows.append(row + 0.05)
    matrix = np.array(rows)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def _units() -> list[Unit]:
    units, at = [], 0
    for text in TEXTS:
        units.append(Unit("akkoord", at, at + len(text), text, ()))
        at += len(text) + 1
    return units


def with_embedding(weight: float) -> type[Suggester]:
    return type("Embedded", (Suggester,), {"embedder": staticmethod(knowing_embedder), "EMBEDDING_WEIGHT": weight})


def test_without_an_embedder_or_with_weight_zero_the_words_rank_alone() -> None:
    plain, zero = Suggester(TOPICS, _units()), with_embedding(0.0)(TOPICS, _units())
    for unit in range(len(TEXTS)):
        assert zero.scores(unit) == plain.scores(unit)


def test_an_embedding_that_knows_the_subject_puts_the_right_speerpunt_first_where_the_words_cannot() -> None:
    plain, embedded = Suggester(TOPICS, _units()), with_embedding(0.3)(TOPICS, _units())
    assert plain.ranked(3)[0][0] != "lucht"
    assert embedded.ranked(3)[0][0] == "lucht"
    # Where the words already know, the embedding agrees with them.
    for unit, key in ((0, "wonen"), (1, "jeugd"), (2, "sport")):
        assert embedded.ranked(unit)[0][0] == key


def test_learning_with_an_embedding_gives_what_learning_from_scratch_gives() -> None:
    units = _units()
    tags = [Example("akkoord", units[4].start, units[4].end, units[4].text, "wonen")]
    step = with_embedding(0.3)(TOPICS, units)
    step.ranked(0)  # scored once before the tag: the tag then updates the scores in place
    step.learn(tags)
    scratch = with_embedding(0.3)(TOPICS, units)
    scratch.learn(tags)
    for unit in range(len(TEXTS)):
        assert np.allclose(step.scores(unit), scratch.scores(unit))
