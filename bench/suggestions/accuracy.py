"""Accuracy of the suggestions on a gold set: tag 3 passages of each speerpunt, rank the rest.

Protocol: for every speerpunt the analyst tags ``tags`` of its passages, drawn at random with a
seed (at most all but one, so every speerpunt with two passages or more is scored); every other
passage is then ranked, and counts as right at 1 when a gold speerpunt of it comes first, at 3
when one is among the first three. (A passage the gold set places under two speerpunten, because
the analysis quotes it under both, is right when either comes first: both answers are an
analyst's.) Tagged passages are not scored. Figures are pooled over several seeds, so they do not
hang on which three passages happened to be tagged; the spread over the seeds is reported too.

``shuffled`` puts the gold passages in a random order first. A gold document lists a topic's
passages one after the other, as an agreement treats a theme in runs; shuffling takes that away,
so the figures then show what the words alone achieve. The analysis's order is kinder than an
agreement's, which returns to a theme in several places: ``runs`` cuts the gold document into runs
of about three passages (1 + a geometric number, mean 3) and shuffles those, a harder and more
realistic order between the two.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.suggestions.gold import Gold
from desktop.suggest.model import MIN_SCORE, Example, Suggester, Unit

SEEDS = tuple(range(1, 11))


@dataclass(frozen=True)
class Accuracy:
    speerpunten: int
    scored: int
    top1: float
    top3: float
    spread1: tuple[float, float] = field(default=(0.0, 0.0), compare=False)
    spread3: tuple[float, float] = field(default=(0.0, 0.0), compare=False)
    runs: int = 1
    # The same, only for the passages of speerpunten that got all their tags (the condition:
    # "after 3 tagged passages per speerpunt"); a speerpunt of one passage has none, of three only two.
    full: tuple[int, float, float] = field(default=(0, 0.0, 0.0), compare=False)
    # The share of the scored passages (all topical) that get a suggestion at all (at least MIN_SCORE).
    offered: float = field(default=1.0, compare=False)

    def __str__(self) -> str:
        text = (f"{self.speerpunten} speerpunten, {self.scored} passages scored: "
                f"top-1 {self.top1:.1%}, top-3 {self.top3:.1%}, offered {self.offered:.1%}")
        if self.full[0] and self.full[0] != self.scored:
            text += (f"; of speerpunten with all their tags ({self.full[0]}): "
                     f"{self.full[1]:.1%} / {self.full[2]:.1%}")
        if self.runs > 1:
            text += (f" ({self.runs} runs; per seed top-1 {self.spread1[0]:.0%}–{self.spread1[1]:.0%}, "
                     f"top-3 {self.spread3[0]:.0%}–{self.spread3[1]:.0%})")
        return text


def draw_tags(gold: Gold, rng: random.Random, order: str, tags: int):
    """The passages laid out in ``order`` (listed, runs or shuffled), their first gold speerpunt, all their
    right answers, the positions per speerpunt, and which ``tags`` per speerpunt are tagged (at most all
    but one), drawn with ``rng``: the protocol's one draw, shared with the error analysis."""
    units = list(gold.units)
    positions = list(range(len(units)))
    if order != "listed":
        if order == "runs":
            positions = _in_runs(positions, rng)
        else:
            rng.shuffle(positions)
        units = _laid_out([units[n] for n in positions])
    answers = [gold.answers(n) for n in positions]
    labels = [gold.labels[n] for n in positions]
    per_topic: dict[str, list[int]] = defaultdict(list)
    for n, label in enumerate(labels):
        per_topic[label].append(n)
    tagged: set[int] = set()
    for key in sorted(per_topic):
        members = per_topic[key]
        tagged.update(rng.sample(members, min(tags, len(members) - 1)))
    return units, labels, answers, per_topic, tagged


def accuracy(gold: Gold, tags: int = 3, topics: set[str] | None = None, learn: bool = True, seed: int = 1,
             shuffled: bool = False, model: Callable[..., Suggester] = Suggester, runs: bool = False) -> Accuracy:
    """One run. With ``learn=False`` the same passages are left out of the scoring but not learnt from."""
    if topics is not None:
        gold = gold.subset(topics)
    order = "runs" if runs else "shuffled" if shuffled else "listed"
    units, labels, answers, per_topic, tagged = draw_tags(gold, random.Random(seed), order, tags)
    suggester = model(gold.topics, units)
    if learn:
        suggester.learn([_example(units[n], labels[n]) for n in sorted(tagged)])
    right1 = right3 = scored = offered = 0
    full = [0, 0, 0]
    for n in range(len(units)):
        if n in tagged:
            continue
        ranked = [key for key, _ in suggester.ranked(n)]
        scored += 1
        offered += suggester.ranked(n)[0][1] >= MIN_SCORE
        first, among = ranked[0] in answers[n], bool(answers[n] & set(ranked[:3]))
        right1 += first
        right3 += among
        if len(per_topic[labels[n]]) > tags:
            full = [full[0] + 1, full[1] + first, full[2] + among]
    return Accuracy(len(gold.topics), scored, right1 / scored, right3 / scored,
                    full=(full[0], full[1] / max(full[0], 1), full[2] / max(full[0], 1)), offered=offered / scored)


def accuracy_over_seeds(gold: Gold, size: int | None = None, seeds: Sequence[int] = SEEDS, draws: int = 1,
                        tags: int = 3, learn: bool = True, shuffled: bool = False,
                        model: Callable[..., Suggester] = Suggester, runs: bool = False) -> Accuracy:
    """Pooled over ``seeds`` (which passages are tagged) and, for a framework of ``size`` speerpunten
    drawn from the gold set, ``draws`` frameworks per seed."""
    keys = [t.key for t in gold.topics]
    results = []
    for seed in seeds:
        rng = random.Random(seed * 1000 + (size or 0))
        per_seed = [accuracy(gold, tags, set(rng.sample(keys, size)) if size else None, learn, seed * 100 + d,
                             shuffled, model, runs) for d in range(draws)]
        results.append(_pooled(per_seed))
    pooled = _pooled(results)
    return Accuracy(pooled.speerpunten, pooled.scored, pooled.top1, pooled.top3,
                    (min(r.top1 for r in results), max(r.top1 for r in results)),
                    (min(r.top3 for r in results), max(r.top3 for r in results)), len(results), pooled.full,
                    pooled.offered)


def accuracy_of_subsets(gold: Gold, size: int, draws: int = 20, seed: int = 21, tags: int = 3,
                        learn: bool = True) -> Accuracy:
    """The mean over ``draws`` random frameworks of ``size`` speerpunten drawn from the gold set."""
    return accuracy_over_seeds(gold, size, seeds=(seed,), draws=draws, tags=tags, learn=learn)


def _pooled(results: Sequence[Accuracy]) -> Accuracy:
    scored = sum(r.scored for r in results)
    full = sum(r.full[0] for r in results)
    return Accuracy(results[0].speerpunten, scored, sum(r.top1 * r.scored for r in results) / scored,
                    sum(r.top3 * r.scored for r in results) / scored,
                    full=(full, sum(r.full[1] * r.full[0] for r in results) / max(full, 1),
                          sum(r.full[2] * r.full[0] for r in results) / max(full, 1)),
                    offered=sum(r.offered * r.scored for r in results) / scored)


def _in_runs(order: list[int], rng: random.Random, mean: float = 3.0) -> list[int]:
    """``order`` cut into runs of 1 + a geometric number of passages (mean ``mean``), the runs shuffled."""
    pieces, at = [], 0
    while at < len(order):
        length = 1
        while rng.random() < 1 - 1 / mean:
            length += 1
        pieces.append(order[at:at + length])
        at += length
    rng.shuffle(pieces)
    return [n for piece in pieces for n in piece]


def _laid_out(units: list[Unit]) -> list[Unit]:
    """The same passages at new offsets, one after the other in the given order."""
    result, at = [], 0
    for unit in units:
        result.append(Unit(unit.document, at, at + len(unit.text), unit.text, unit.section))
        at += len(unit.text) + 2
    return result


def _example(unit: Unit, label: str) -> Example:
    return Example(unit.document, unit.start, unit.end, unit.text, label)


@dataclass(frozen=True)
class MissingCheck:
    speerpunten: int
    found: int
    false_alarms: float  # speerpunten wrongly listed as missing, on average per run

    def __str__(self) -> str:
        return (f"a speerpunt whose passages were taken out is listed missing in {self.found} of "
                f"{self.speerpunten} runs; {self.false_alarms:.1f} treated speerpunten listed too, on average")


def missing_check(gold: Gold, tags: int = 3) -> MissingCheck:
    """For each speerpunt in turn: take its passages out of the agreement, tag 3 passages of every other
    speerpunt, and see whether it is listed as missing (and how many treated ones are listed with it)."""
    found = 0
    false_alarms = 0
    for topic in gold.topics:
        keep = [n for n in range(len(gold.units)) if topic.key not in gold.answers(n)]
        units = [gold.units[n] for n in keep]
        labels = [gold.labels[n] for n in keep]
        per_topic: dict[str, list[int]] = defaultdict(list)
        for n, label in enumerate(labels):
            per_topic[label].append(n)
        tagged = [n for members in per_topic.values() for n in members[:min(tags, len(members) - 1)]]
        suggester = Suggester(gold.topics, units)
        suggester.learn([_example(units[n], labels[n]) for n in tagged])
        listed = {m.topic for m in suggester.missing(units[0].document)}
        found += topic.key in listed
        false_alarms += len(listed - {topic.key})
    return MissingCheck(len(gold.topics), found, false_alarms / len(gold.topics))


def leave_one_out(suggester: Suggester, findings: list[Example]) -> Accuracy:
    """Each tagged passage in turn: learn every other tag, then rank the passage the tag is in."""
    right1 = right3 = scored = 0
    for n, finding in enumerate(findings):
        suggester.learn(findings[:n] + findings[n + 1:])
        units = suggester._overlapping(finding.document, finding.start, finding.end)
        if not units:
            continue
        ranked = [key for key, _ in suggester.ranked(units[0])]
        scored += 1
        right1 += ranked[0] == finding.topic
        right3 += finding.topic in ranked[:3]
    return Accuracy(len(suggester.topics), scored, right1 / scored, right3 / scored)
