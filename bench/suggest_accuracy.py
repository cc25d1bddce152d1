"""Accuracy of the suggestions on the gold set: tag the first passages of each speerpunt, rank the rest.

Protocol: for every speerpunt the analyst tags its first ``tags`` passages in reading order (at
most all but one, so every speerpunt with two passages or more is scored); every other passage
is then ranked, and counts as right at 1 when the gold speerpunt comes first, at 3 when it is
among the first three. Tagged passages are not scored.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from bench.suggest_gold import Gold
from desktop.suggest.model import Example, Suggester, Unit


@dataclass(frozen=True)
class Accuracy:
    speerpunten: int
    scored: int
    top1: float
    top3: float

    def __str__(self) -> str:
        return (f"{self.speerpunten} speerpunten, {self.scored} passages scored: "
                f"top-1 {self.top1:.1%}, top-3 {self.top3:.1%}")


def accuracy(gold: Gold, tags: int = 3, topics: set[str] | None = None, learn: bool = True) -> Accuracy:
    """With ``learn=False`` the same passages are left out of the scoring but not learnt from."""
    keep = [n for n, label in enumerate(gold.labels) if topics is None or label in topics]
    units = [gold.units[n] for n in keep]
    labels = [gold.labels[n] for n in keep]
    chosen = [t for t in gold.topics if topics is None or t.key in topics]
    per_topic: dict[str, list[int]] = defaultdict(list)
    for n, label in enumerate(labels):
        per_topic[label].append(n)
    tagged = set()
    for members in per_topic.values():
        tagged.update(members[:min(tags, len(members) - 1)])
    suggester = Suggester(chosen, units)
    if learn:
        suggester.learn([_example(units[n], labels[n]) for n in sorted(tagged)])
    right1 = right3 = scored = 0
    for n, label in enumerate(labels):
        if n in tagged:
            continue
        ranked = [key for key, _ in suggester.ranked(n)]
        scored += 1
        right1 += ranked[0] == label
        right3 += label in ranked[:3]
    return Accuracy(len(chosen), scored, right1 / scored, right3 / scored)


def accuracy_of_subsets(gold: Gold, size: int, draws: int = 20, seed: int = 21, tags: int = 3,
                        learn: bool = True) -> Accuracy:
    """The mean over ``draws`` random frameworks of ``size`` speerpunten drawn from the gold set."""
    rng = random.Random(seed)
    keys = [t.key for t in gold.topics]
    results = [accuracy(gold, tags, set(rng.sample(keys, size)), learn) for _ in range(draws)]
    scored = sum(r.scored for r in results)
    return Accuracy(size, scored, sum(r.top1 * r.scored for r in results) / scored,
                    sum(r.top3 * r.scored for r in results) / scored)


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
        keep = [n for n, label in enumerate(gold.labels) if label != topic.key]
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
