"""The suggester: speerpunt profiles from their own words and the analyst's tags, scored against passages.

A speerpunt's profile is a Rocchio centroid: its title and formulation, plus the mean of the
passages the analyst tagged to it, minus a share of the passages the analyst rejected for it.
A passage's score for a speerpunt is its cosine with the profile, raised by what its section
(the passages under the same heading) and its neighbours say, since an agreement treats a theme
in runs of passages. Everything is kept in memory; a new tag recomputes one speerpunt's column.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.suggest.features import Vector, add_into, dot, inverse_frequencies, normalised, term_counts, weigh

# How much the section and the neighbouring passages add to a passage's own score.
SECTION_WEIGHT = 0.35
NEIGHBOUR_WEIGHT = 0.25
# A rejected passage pulls its speerpunt's profile away from its words by this share.
REJECTION_WEIGHT = 0.3
# The title and formulation count as this many tagged passages once tags exist.
PRIOR_AS_TAGS = 1.0
# Below this a speerpunt is not offered for a passage at all.
MIN_SCORE = 0.05
TOP = 3
# A passage of fewer distinct words than this (a date, a signature, a page label) gets no suggestion.
MIN_FEATURES = 4
# More changed speerpunten than this (opening a project): rescore everything at once.
_FULL_RESCORE = 4


@dataclass(frozen=True)
class Topic:
    """A speerpunt as the suggester sees it: ``key`` is its id, ``text`` its title and formulation."""

    key: str
    code: str
    title: str
    text: str


@dataclass(frozen=True)
class Unit:
    """A passage that can be suggested: its document, span (code points), text and heading path."""

    document: str
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """A tag (or a rejection) the analyst made: the tagged text and its speerpunt."""

    document: str
    start: int
    end: int
    text: str
    topic: str


@dataclass(frozen=True)
class Missing:
    topic: str
    score: float
    best: int | None  # the unit index of the best passage, if any


class Suggester:
    def __init__(self, topics: Sequence[Topic], units: Sequence[Unit]) -> None:
        self.topics = list(topics)
        self.units = list(units)
        self._topic_index = {topic.key: n for n, topic in enumerate(self.topics)}
        counts = term_counts([unit.text for unit in self.units] + [_topic_text(t) for t in self.topics])
        unit_counts = counts[:len(self.units)]
        self._idf, self._unseen = inverse_frequencies(unit_counts)
        self._unit_vectors = [weigh(c, self._idf, self._unseen) for c in unit_counts]
        self._priors = [weigh(c, self._idf, self._unseen) for c in counts[len(self.units):]]
        self._section_of, section_vectors = self._sections()
        self._section_vectors = section_vectors
        self._neighbours = self._neighbour_lists()
        self._positives: dict[str, list[Vector]] = defaultdict(list)
        self._negatives: dict[str, list[Vector]] = defaultdict(list)
        self._example_keys: dict[str, tuple] = {}
        self._tagged: dict[int, set[str]] = defaultdict(set)
        self._starts: dict[str, tuple[list[int], list[int]]] | None = None
        self._rejected: set[tuple[str, int, int, str]] = set()
        self._vector_cache: dict[tuple[str, int, int, str], Vector] = {
            (unit.document, unit.start, unit.end, unit.text): vector
            for unit, vector in zip(self.units, self._unit_vectors, strict=True)
        }
        self._profiles = [self._profile(topic.key) for topic in self.topics]
        self._combined: list[list[float]] = []
        self._stale = True  # scored on first use, so opening and learning the tags scores once

    # -- learning ---------------------------------------------------------------------------

    def learn(self, findings: Iterable[Example], rejections: Iterable[Example] = ()) -> set[str]:
        """Take the project's current tags and rejections; recompute only the speerpunten whose
        examples changed (a new tag, an undone one). Returns the keys of those speerpunten."""
        findings, rejections = list(findings), list(rejections)
        by_topic: dict[str, tuple[list[Example], list[Example]]] = defaultdict(lambda: ([], []))
        for example in findings:
            by_topic[example.topic][0].append(example)
        for example in rejections:
            by_topic[example.topic][1].append(example)
        self._rejected = {(e.document, e.start, e.end, e.topic) for e in rejections}
        self._tagged = defaultdict(set)
        for example in findings:
            for n in self._overlapping(example.document, example.start, example.end):
                self._tagged[n].add(example.topic)
        changed = []
        for topic in self.topics:
            pos, neg = by_topic.get(topic.key, ([], []))
            key = (tuple(sorted((e.document, e.start, e.end) for e in pos)),
                   tuple(sorted((e.document, e.start, e.end) for e in neg)))
            if self._example_keys.get(topic.key, ((), ())) != key:
                self._example_keys[topic.key] = key
                changed.append((topic.key, pos, neg))
        self._cache_vectors([e for _, pos, neg in changed for e in pos + neg])
        for key, pos, neg in changed:
            self._positives[key] = [self._vector_cache[_cache_key(e)] for e in pos]
            self._negatives[key] = [self._vector_cache[_cache_key(e)] for e in neg]
        if self._stale or len(changed) > _FULL_RESCORE:
            self._profiles = [self._profile(topic.key) for topic in self.topics]
            self._stale = True
        else:
            for key, _, _ in changed:
                self._rescore(key)
        return {key for key, _, _ in changed}

    def _cache_vectors(self, examples: list[Example]) -> None:
        """Vectors of tagged texts, one stemming call for all; a tagged whole passage is its own vector."""
        new = list({_cache_key(e): e for e in examples if _cache_key(e) not in self._vector_cache}.values())
        for example, vector in zip(new, self._vectors([e.text for e in new]), strict=True):
            self._vector_cache[_cache_key(example)] = vector

    def _vectors(self, texts: list[str]) -> list[Vector]:
        return [weigh(c, self._idf, self._unseen) for c in term_counts(texts)] if texts else []

    def _profile(self, key: str) -> Vector:
        prior = self._priors[self._topic_index[key]]
        positives, negatives = self._positives.get(key, []), self._negatives.get(key, [])
        profile: Vector = {}
        add_into(profile, prior, PRIOR_AS_TAGS if positives else 1.0)
        for vector in positives:
            add_into(profile, vector)
        if negatives:
            share = REJECTION_WEIGHT * (len(positives) + 1) / len(negatives)
            for vector in negatives:
                add_into(profile, vector, -share)
        return normalised({f: w for f, w in profile.items() if w > 0})

    def _ensure_scored(self) -> None:
        if self._stale:
            self._rescore_all()
            self._stale = False

    def _rescore_all(self) -> None:
        self._unit_scores = _score_all(self._unit_vectors, self._profiles)
        self._section_scores = _score_all(self._section_vectors, self._profiles)
        self._combined = [self._combine(n) for n in range(len(self.units))]

    def _rescore(self, key: str) -> None:
        """One speerpunt's profile changed: recompute its column only."""
        k = self._topic_index[key]
        profile = self._profiles[k] = self._profile(key)
        for rows, vectors in ((self._unit_scores, self._unit_vectors), (self._section_scores, self._section_vectors)):
            for row, vector in zip(rows, vectors, strict=True):
                row[k] = dot(vector, profile)
        own, sections = self._unit_scores, self._section_scores
        for n, row in enumerate(self._combined):
            value = own[n][k]
            section = self._section_of[n]
            if section is not None:
                value += SECTION_WEIGHT * sections[section][k]
            around = self._neighbours[n]
            if around:
                value += NEIGHBOUR_WEIGHT * sum(own[m][k] for m in around) / len(around)
            row[k] = value

    def _combine(self, unit: int) -> list[float]:
        row = list(self._unit_scores[unit])
        section = self._section_of[unit]
        if section is not None:
            row = [v + SECTION_WEIGHT * s for v, s in zip(row, self._section_scores[section], strict=True)]
        around = [self._unit_scores[m] for m in self._neighbours[unit]]
        if around:
            share = NEIGHBOUR_WEIGHT / len(around)
            for other in around:
                row = [v + share * o for v, o in zip(row, other, strict=True)]
        return row

    # -- scores -----------------------------------------------------------------------------

    def scores(self, unit: int) -> list[float]:
        """Every speerpunt's score for one passage, in topic order."""
        self._ensure_scored()
        return list(self._combined[unit])

    def ranked(self, unit: int) -> list[tuple[str, float]]:
        """All speerpunten for a passage, best first, before any filtering."""
        self._ensure_scored()
        row = self._combined[unit]
        order = sorted(range(len(row)), key=row.__getitem__, reverse=True)
        return [(self.topics[k].key, row[k]) for k in order]

    def suggestions(self, unit: int, limit: int = TOP) -> list[tuple[str, float]]:
        """The passage's likely speerpunten, best first: not those already tagged there nor those the
        analyst rejected for it, and none below ``MIN_SCORE``."""
        found = self.units[unit]
        if len(self._unit_vectors[unit]) < MIN_FEATURES:
            return []
        tagged = self._tagged.get(unit, set())
        result = []
        for key, score in self.ranked(unit):
            if score < MIN_SCORE or len(result) == limit:
                break
            if key in tagged or (found.document, found.start, found.end, key) in self._rejected:
                continue
            result.append((key, score))
        return result

    def passages_for(self, key: str, documents: set[str] | None = None) -> list[tuple[int, float]]:
        """Passages (unit indexes) where ``key`` is among the suggestions, most likely first."""
        hits = []
        for n, unit in enumerate(self.units):
            if documents is not None and unit.document not in documents:
                continue
            for topic, score in self.suggestions(n):
                if topic == key:
                    hits.append((n, score))
        hits.sort(key=lambda hit: -hit[1])
        return hits

    def missing(self, document: str, treated: set[str] = frozenset()) -> list[Missing]:
        """Speerpunten no passage of ``document`` has as its most likely one (and not in ``treated``,
        the speerpunten with a finding there), each with its best passage; least likely treated first."""
        firsts: set[str] = set()
        best: dict[str, tuple[float, int | None]] = {t.key: (0.0, None) for t in self.topics}
        for n, unit in enumerate(self.units):
            if unit.document != document:
                continue
            ranked = self.ranked(n)
            if ranked and ranked[0][1] >= MIN_SCORE:
                firsts.add(ranked[0][0])
            for key, score in ranked:
                if score > best[key][0]:
                    best[key] = (score, n)
        result = [Missing(key, score, unit) for key, (score, unit) in best.items()
                  if key not in firsts and key not in treated and key not in self._tagged_topics(document)]
        result.sort(key=lambda m: m.score)
        return result

    def _tagged_topics(self, document: str) -> set[str]:
        return {key for n, keys in self._tagged.items() if self.units[n].document == document for key in keys}

    # -- structure --------------------------------------------------------------------------

    def _sections(self) -> tuple[list[int | None], list[Vector]]:
        """Passages under the same heading path of one document form a section; its vector is the
        normalised sum of theirs (the heading's own words included)."""
        index: dict[tuple, int] = {}
        sums: list[Vector] = []
        section_of: list[int | None] = []
        for unit, vector in zip(self.units, self._unit_vectors, strict=True):
            if not unit.section:
                section_of.append(None)
                continue
            key = (unit.document, unit.section)
            if key not in index:
                index[key] = len(sums)
                sums.append({})
            add_into(sums[index[key]], vector)
            section_of.append(index[key])
        headings = self._vectors([" ".join(key[1][-1:]) for key in index])
        for n, heading in enumerate(headings):
            add_into(sums[n], heading)
        return section_of, [normalised(s) for s in sums]

    def _neighbour_lists(self) -> list[list[int]]:
        result = []
        for n, unit in enumerate(self.units):
            around = [m for m in (n - 1, n + 1)
                      if 0 <= m < len(self.units) and self.units[m].document == unit.document
                      and self.units[m].section == unit.section]
            result.append(around)
        return result

    def _overlapping(self, document: str, start: int, end: int) -> list[int]:
        """The passages of ``document`` a span overlaps (an empty span: the one it stands in)."""
        if self._starts is None:
            self._starts = defaultdict(lambda: ([], []))
            for n, unit in enumerate(self.units):
                starts, indexes = self._starts[unit.document]
                starts.append(unit.start)
                indexes.append(n)
        starts, indexes = self._starts.get(document, ([], []))
        found = []
        for at in range(max(0, bisect_right(starts, start) - 1), bisect_left(starts, max(end, start + 1))):
            unit = self.units[indexes[at]]
            if unit.start < max(end, start + 1) and start < unit.end:
                found.append(indexes[at])
        return found


def _cache_key(example: Example) -> tuple[str, int, int, str]:
    return (example.document, example.start, example.end, example.text)


def _topic_text(topic: Topic) -> str:
    # The title is the speerpunt's name for itself: it counts twice.
    return f"{topic.title} {topic.title} {topic.text}"


def _score_all(vectors: Sequence[Vector], profiles: Sequence[Vector]) -> list[list[float]]:
    """Every vector against every profile through an inverted index of the profiles."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for k, profile in enumerate(profiles):
        for feature, weight in profile.items():
            index[feature].append((k, weight))
    width = len(profiles)
    rows = []
    get = index.get
    for vector in vectors:
        row = [0.0] * width
        for feature, x in vector.items():
            postings = get(feature)
            if postings:
                for k, w in postings:
                    row[k] += x * w
        rows.append(row)
    return rows
