"""Error analysis of the suggestions on a gold set: which passages are ranked wrongly, and why.

``PYTHONPATH=. python -m bench.suggestions.errors [vng|vng10|g32] [runs|listed|shuffled] [SEEDS...]``
prints, per wrongly ranked passage (no right speerpunt first), with the same draws as
``bench.suggestions.accuracy``: its text, its right speerpunt (title and formulation), the first and
second ranked with their probabilities, the word scores (with the per-speerpunt offsets) of the
three, where the words alone would rank the right one, its neighbours' gold speerpunten (and whether
it is a run of one passage), and the features that gave each of the three its cosine (passage
weight × profile weight, largest first). For reading by hand.

``... errors causes [ORDER]`` counts, over every error of the ten seeds, what decided it
(``causes``); ``... errors ceiling`` gives what the words alone reach with every other gold passage
as a tag (``ceiling``). Neither is a figure of ``python -m bench suggest``; docs/SUGGESTIONS.md
reports both.
"""

from __future__ import annotations

import random
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from bench.suggestions.accuracy import SEEDS, _example, draw_tags
from bench.suggestions.gold import Gold, load_g32_gold, load_gold
from desktop.suggest.features import term_counts
from desktop.suggest.model import Suggester

# Dutch function words (articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs,
# adverbs of degree, time and discourse), folded forms: to see how much they decide a ranking.
_FUNCTION_WORDS = """
de het een der des den ik jij je u hij zij ze wij we jullie hen hun hem haar mij me ons onze mijn
jouw uw zich zichzelf elkaar dit dat deze die dezelfde hetzelfde wat wie welk welke waar wanneer hoe
waarom er hier daar daarin hierin waarin daarbij hierbij waarbij daarmee hiermee waarmee daarvoor
hiervoor waarvoor daarom daarnaast daarop hierop waarop daarover hierover waarover daaraan hieraan
waaraan daardoor hierdoor waardoor daarvan hiervan waarvan daartoe hiertoe waartoe daaruit hieruit
aan bij door in met na naar naast om onder op over per sinds te tegen tot tussen uit van via voor
zonder binnen tijdens vanuit vanaf volgens rond langs ten ter
en of maar want dus omdat als dan indien terwijl hoewel zodat zoals noch ofwel zowel alsook doch
toen nadat voordat zodra totdat
ben bent is was waren wezen geweest zijn heb hebt heeft hebben had hadden gehad word wordt worden
werd werden geworden zal zult zullen zou zouden kan kunt kunnen kon konden mag mogen mocht mochten
moet moeten moest moesten wil wilt willen wilde wilden gaat gaan ging gingen doen doet deed gedaan
niet geen nog al ook wel zeer erg heel meer meest minder veel vele weinig alle alles allen elk elke
ieder iedere iets niets niemand iemand enkele sommige ander andere anders zo nu reeds steeds alleen
echter toch immers bovendien verder tevens eveneens vooral zelfs slechts pas even eens weer
bijvoorbeeld namelijk zelf overigens vaak soms altijd nooit bijna graag zeker
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def setup(gold: Gold, seed: int, order: str, size: int | None = None, draw: int = 0, tags: int = 3):
    """The same draw as ``accuracy_over_seeds`` (framework, order and tagged passages for a seed):
    the gold set (or its framework of ``size``), the passages laid out in ``order``, their first
    gold speerpunt, all their right answers, and which are tagged."""
    if size:
        rng = random.Random(seed * 1000 + size)
        keys = [t.key for t in gold.topics]
        chosen = [set(rng.sample(keys, size)) for _ in range(draw + 1)][draw]
        gold = gold.subset(chosen)
    units, labels, answers, _, tagged = draw_tags(gold, random.Random(seed * 100 + draw), order, tags)
    return gold, units, labels, answers, tagged


def _learnt(gold: Gold, seed: int, order: str, size: int | None, draw: int):
    subset, units, labels, answers, tagged = setup(gold, seed, order, size, draw)
    suggester = Suggester(subset.topics, units)
    suggester.learn([_example(units[n], labels[n]) for n in sorted(tagged)])
    suggester.scores(0)  # scored (the chain run) before its internals are read
    return suggester, labels, answers, tagged


def _alone(labels: Sequence[str], n: int) -> bool:
    """A run of one passage: neither neighbour has its speerpunt."""
    return (n == 0 or labels[n - 1] != labels[n]) and (n + 1 == len(labels) or labels[n + 1] != labels[n])


def contributions(suggester: Suggester, n: int, k: int, top: int = 6) -> list[tuple[str, float]]:
    """The features that give passage n its cosine with speerpunt k's profile, largest first."""
    vector = suggester._unit_vectors[n]
    profile = suggester._profiles[k]
    parts = sorted(((f, w * profile.get(f, 0.0)) for f, w in vector.items()), key=lambda p: -p[1])
    return [(f, round(c, 4)) for f, c in parts[:top] if c > 0]


def dump(gold: Gold, seed: int, order: str, size: int | None = None, draw: int = 0, out=sys.stdout) -> int:
    """Print every wrongly ranked passage of one draw; returns how many."""
    suggester, labels, answers, tagged = _learnt(gold, seed, order, size, draw)
    words = suggester._words + suggester.offsets
    topics = {t.key: t for t in suggester.topics}
    index = {t.key: k for k, t in enumerate(suggester.topics)}
    wrong = 0
    for n, unit in enumerate(suggester.units):
        ranked = suggester.ranked(n)
        if n in tagged or ranked[0][0] in answers[n]:
            continue
        wrong += 1
        keys = [key for key, _ in ranked]
        right = min(answers[n], key=keys.index)
        by_words = list(np.argsort(-words[n]))
        before = (labels[n - 1] + "*" * (n - 1 in tagged)) if n else "-"
        after = (labels[n + 1] + "*" * (n + 1 in tagged)) if n + 1 < len(labels) else "-"
        print(f"=== seed {seed} draw {draw} passage {n}: right {right} at {keys.index(right) + 1} "
              f"(words alone: {by_words.index(index[right]) + 1}); neighbours {before} | {after}"
              f"{'  RUN OF ONE' if _alone(labels, n) else ''}", file=out)
        print(textwrap.fill(unit.text, 110, initial_indent="  | ", subsequent_indent="  | "), file=out)
        print(f"  RIGHT {right} {topics[right].title!r}: {topics[right].text[:200]!r}", file=out)
        probability = dict(ranked)
        for key in [right] + [k for k in keys[:2] if k != right][:2]:
            k = index[key]
            print(f"   {key:4} p={probability[key]:.2f} words={words[n, k]:.3f} off={suggester.offsets[k]:+.3f} "
                  f"{topics[key].title[:40]!r:42} {contributions(suggester, n, k)}", file=out)
    return wrong


def causes(gold: Gold, order: str, size: int | None = None, seeds: Sequence[int] = SEEDS, draws: int = 1,
           generic_share: float = 0.1) -> Counter:
    """What decided each wrongly ranked passage (no right speerpunt first), over ``seeds``.

    ``chain``: the words alone (word scores with the offsets) rank a right speerpunt first, so the
    neighbours took it. Otherwise, on the cosines with the first-run profiles, the chain's first
    beats the right one, and the first of these that turns it is counted: leaving out the function
    words (``FUNCTION_WORDS``), the compound edges ("<"/">" features), or the generic content words
    (stems in ``generic_share`` of the passages or more); else ``words wrong otherwise``. Besides:
    ``run of one`` / ``in a run``, ``no content word shared`` (with the right profile, only function
    words or edges), and, among the passages ranked right, those whose first place over the second
    hangs on function words (so leaving them out is no free gain)."""
    found: Counter = Counter()
    function_stems = {stem for counts in term_counts(sorted(FUNCTION_WORDS)) for stem in counts}

    def is_function(feature: str) -> bool:
        return feature in function_stems

    def is_edge(feature: str) -> bool:
        return feature.startswith("<") or feature.endswith(">")

    for seed in seeds:
        for draw in range(draws):
            suggester, labels, answers, tagged = _learnt(gold, seed, order, size, draw)
            words = suggester._words + suggester.offsets
            index = {t.key: k for k, t in enumerate(suggester.topics)}
            frequency = Counter(f for vector in suggester._unit_vectors for f in vector)
            generic = {f for f, df in frequency.items() if df >= generic_share * len(labels) and not is_function(f)}
            profiles = {t.key: suggester._profiles[k] for k, t in enumerate(suggester.topics)}
            for n, vector in enumerate(suggester._unit_vectors):
                if n in tagged:
                    continue
                ranked = suggester.ranked(n)
                if ranked[0][0] in answers[n]:
                    first, second = profiles[ranked[0][0]], profiles[ranked[1][0]]
                    if _cosine(vector, first) > _cosine(vector, second) and _turns(vector, second, first, is_function):
                        found["right, but held by function words"] += 1
                    continue
                found["errors"] += 1
                found["run of one" if _alone(labels, n) else "in a run"] += 1
                if int(np.argmax(words[n])) in {index[a] for a in answers[n]}:
                    found["chain: words alone right"] += 1
                    continue
                right = profiles[max(answers[n], key=lambda key, n=n: words[n, index[key]])]
                first = profiles[ranked[0][0]]
                if _cosine(vector, right, lambda f: not is_function(f) and not is_edge(f)) == 0:
                    found["no content word shared"] += 1
                if _turns(vector, right, first, is_function):
                    found["turns without function words"] += 1
                elif _turns(vector, right, first, is_edge):
                    found["turns without compound edges"] += 1
                elif _turns(vector, right, first, generic.__contains__):
                    found["turns without generic content words"] += 1
                else:
                    found["words wrong otherwise"] += 1
    return found


def _cosine(vector: dict[str, float], profile: dict[str, float],
            keep: Callable[[str], bool] = lambda feature: True) -> float:
    return sum(w * profile.get(f, 0.0) for f, w in vector.items() if keep(f))


def _turns(vector: dict[str, float], right: dict[str, float], first: dict[str, float],
           drop: Callable[[str], bool]) -> bool:
    """Whether ``right`` scores above ``first`` once the features ``drop`` picks are left out."""
    def kept(feature: str) -> bool:
        return not drop(feature)

    return _cosine(vector, right, kept) > _cosine(vector, first, kept)


def left_out_profiles(sums: np.ndarray, own: int, vector: np.ndarray) -> np.ndarray:
    """The speerpunten's centroid profiles (rows of ``sums``) with ``vector`` taken out of its own
    speerpunt's (row ``own``), each normalised: a passage scored as if it were not one of the tags."""
    profiles = sums.copy()
    profiles[own] -= vector
    return profiles / np.maximum(np.linalg.norm(profiles, axis=1, keepdims=True), 1e-12)


def ceiling(gold: Gold) -> tuple[float, float, int]:
    """What the words alone reach with every other gold passage as a tag: each passage (of a
    speerpunt with two or more) scored against centroids of the title and formulation plus all
    other passages of each speerpunt, no order, no offsets. Top-1, top-3 and how many scored: a
    ceiling for the word profiles themselves, however many tags an analyst makes."""
    suggester = Suggester(gold.topics, gold.units)
    rows = suggester._unit_rows
    passages = np.stack([rows.dense(v) for v in suggester._unit_vectors])
    label = np.array([suggester._topic_index[key] for key in gold.labels])
    sums = np.stack([rows.dense(p) for p in suggester._priors])
    np.add.at(sums, label, passages)
    right1 = right3 = scored = 0
    for n, own in enumerate(label):
        if (label == own).sum() < 2:
            continue
        profiles = left_out_profiles(sums, own, passages[n])
        ranked = list(np.argsort(-(profiles @ passages[n]), kind="stable"))
        answers = {suggester._topic_index[key] for key in gold.answers(n)}
        scored += 1
        right1 += ranked[0] in answers
        right3 += bool(answers & set(ranked[:3]))
    return right1 / scored, right3 / scored, scored


_SETS = (("VNG 38", load_gold, None, 1), ("VNG 10", load_gold, 10, 3), ("G32", load_g32_gold, None, 1))


def main(argv: list[str]) -> None:
    if argv and argv[0] == "causes":
        order = argv[1] if len(argv) > 1 else "runs"
        for name, load, size, draws in _SETS:
            print(name, order, dict(causes(load(), order, size, draws=draws)))
        return
    if argv and argv[0] == "ceiling":
        for name, load in (("VNG 38", load_gold), ("G32", load_g32_gold)):
            top1, top3, scored = ceiling(load())
            print(f"{name}: every other passage as a tag, words alone: {top1:.1%} / {top3:.1%} of {scored}")
        return
    which = argv[0] if argv else "g32"
    order = argv[1] if len(argv) > 1 else "runs"
    gold = load_g32_gold() if which == "g32" else load_gold()
    size = 10 if which == "vng10" else None
    for seed in [int(s) for s in argv[2:]] or [1, 2, 3]:
        for draw in range(3 if size else 1):
            dump(gold, seed, order, size, draw)


if __name__ == "__main__":
    main(sys.argv[1:])
