"""The suggester: speerpunt profiles from their own words and the analyst's tags, scored against passages.

A speerpunt's profile is a Rocchio centroid: its title and formulation, plus the mean of the
passages the analyst tagged to it, minus a share of the passages the analyst rejected for it.
A passage's word score for a speerpunt is its cosine with the profile, raised by what its section
(the passages under the same heading) says, and moved by an offset per speerpunt learnt from the
tags (``calibration``: each speerpunt's own scale of cosines). Since an agreement treats a theme in
runs of passages, the word scores then go through a chain over the document (``sequence``): the score
shown is the probability of the speerpunt given the whole document, the tagged passages and
the rejections, with the chain's settings chosen on the analyst's own tags. Then self-training:
the untagged passages the chain places confidently join their speerpunt's profile, the chain runs
once more, and the score shown is the mean of both runs, times what a "none of them" state (a foreword,
a signature block) leaves the speerpunten. Everything is kept in memory; a new tag recomputes one speerpunt's column of word scores and runs the chain again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop.suggest.calibration import offsets
from desktop.suggest.features import (
    SparseRows,
    Vector,
    add_into,
    dot,
    inverse_frequencies,
    normalised,
    term_counts,
    vocabulary_of,
    weigh,
)
from desktop.suggest.sequence import DEFAULT, MIN_TAGS_TO_TUNE, Chosen, Links, none_share, posteriors

# How much the section adds to a passage's own word score.
SECTION_WEIGHT = 0.35
# A rejected passage pulls its speerpunt's profile away from its words by this share.
REJECTION_WEIGHT = 0.3
# The title and formulation count as this many tagged passages once tags exist.
PRIOR_AS_TAGS = 1.0
# Below this probability a speerpunt is not offered for a passage at all.
MIN_SCORE = 0.05
TOP = 3
# A passage of fewer distinct words than this (a date, a signature, a page label) gets no suggestion.
MIN_FEATURES = 4
# Self-training on the agreement: after the chain, profiles take in the untagged passages it places
# with at least this probability, each weighing its probability times CONFIDENT_WEIGHT (a tag weighs
# one); the chain then runs again, and the probability shown is the mean of the two runs.
CONFIDENT = 0.6
CONFIDENT_WEIGHT = 1.0
# "None of them": a passage whose word scores stay below this share of the median word score of the
# tagged passages for their own speerpunt (each left out), in a run of such passages, is most likely
# about none of the speerpunten; what the speerpunten are shown is the probability left to them.
NONE_SHARE = 0.3
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
    # Per-speerpunt offsets of the word scores learnt from the tags (``calibration``); off: as before 2026-12-02.
    CALIBRATED = True
    # Outside knowledge (measured, docs/SUGGESTIONS.md): a sentence embedding, ``embedder(texts)`` giving
    # L2-normalised rows; a speerpunt's embedding profile is built like its word profile (title twice and
    # formulation, plus the tagged passages, minus a share of the rejected ones, each vector normalised),
    # and its cosine with a passage's embedding, times ``EMBEDDING_WEIGHT``, is added to the word score
    # (in the left-out scores and the self-training run too). None or 0: words only.
    embedder = None
    EMBEDDING_WEIGHT = 0.0
    # The passages' mean embedding subtracted from every embedding (each then normalised again).
    EMBEDDING_CENTRED = False

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
        vocabulary = vocabulary_of(self._unit_vectors + section_vectors)
        self._unit_rows = SparseRows(self._unit_vectors, vocabulary)
        self._section_rows = SparseRows(section_vectors, vocabulary)
        # Each passage's section row (a passage outside any section: an empty row at the end).
        self._section_index = np.array([len(section_vectors) if s is None else s for s in self._section_of],
                                        dtype=np.int64)
        # The chain runs over the passages in document order (documents as first met, then by start).
        first_seen = {d: n for n, d in reversed(list(enumerate(u.document for u in self.units)))}
        self._order = sorted(range(len(self.units)), key=lambda n: (first_seen[self.units[n].document],
                                                                      self.units[n].start, n))
        self._position = np.empty(len(self.units), dtype=np.int64)
        self._position[self._order] = np.arange(len(self.units))
        self._links = Links.of([self.units[n].document for n in self._order],
                               [self.units[n].section for n in self._order])
        self._left_out_cache: dict[tuple[int, str, tuple], float] = {}
        self._chosen = Chosen(DEFAULT[0], DEFAULT[1], 0, 0)
        self.offsets = np.zeros(len(self.topics))  # per speerpunt, learnt from the tags (see _chain)
        self._positives: dict[str, list[Vector]] = defaultdict(list)
        self._negatives: dict[str, list[Vector]] = defaultdict(list)
        self._positive_keys: dict[str, list[tuple]] = defaultdict(list)
        self._tag_sources: dict[tuple[int, str], set[tuple]] = defaultdict(set)
        self._example_keys: dict[str, tuple] = {}
        self._tagged: dict[int, set[str]] = defaultdict(set)
        self._starts: dict[str, tuple[list[int], list[int]]] | None = None
        self._rejected: set[tuple[str, int, int, str]] = set()
        self._rejected_at: dict[tuple[str, int, int], set[str]] = defaultdict(set)
        self._vector_cache: dict[tuple[str, int, int, str], Vector] = {
            (unit.document, unit.start, unit.end, unit.text): vector
            for unit, vector in zip(self.units, self._unit_vectors, strict=True)
        }
        self._embedding = float(self.EMBEDDING_WEIGHT) if self.embedder is not None else 0.0
        self._emb_positives: dict[str, list[np.ndarray]] = defaultdict(list)
        self._emb_negatives: dict[str, list[np.ndarray]] = defaultdict(list)
        self._emb_cache: dict[tuple[str, int, int, str], np.ndarray] = {}
        if self._embedding:
            embedded = self._embed([unit.text for unit in self.units] + [_topic_text(t) for t in self.topics],
                                   centre_on=len(self.units))
            self._unit_emb, self._prior_emb = embedded[:len(self.units)], embedded[len(self.units):]
            self._emb_cache = {(u.document, u.start, u.end, u.text): self._unit_emb[n]
                               for n, u in enumerate(self.units)}
        self._profiles = [self._profile(topic.key) for topic in self.topics]
        self._emb_profiles = self._emb_profile_matrix()
        self._combined = np.zeros((len(self.units), len(self.topics)))
        self._stale = True  # scored on first use, so opening and learning the tags scores once
        self._chained = False

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
        self._rejected_at = defaultdict(set)
        for e in rejections:
            self._rejected_at[(e.document, e.start, e.end)].add(e.topic)
        self._tagged = defaultdict(set)
        self._tag_sources: dict[tuple[int, str], set[tuple]] = defaultdict(set)
        for example in findings:
            for n in self._overlapping(example.document, example.start, example.end):
                self._tagged[n].add(example.topic)
                self._tag_sources[(n, example.topic)].add(_cache_key(example))
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
        for key, pos, _ in changed:
            self._positive_keys[key] = [_cache_key(e) for e in pos]
        if self._embedding:
            self._cache_embeddings([e for _, pos, neg in changed for e in pos + neg])
            for key, pos, neg in changed:
                self._emb_positives[key] = [self._emb_cache[_cache_key(e)] for e in pos]
                self._emb_negatives[key] = [self._emb_cache[_cache_key(e)] for e in neg]
        if self._stale or len(changed) > _FULL_RESCORE:
            self._profiles = [self._profile(topic.key) for topic in self.topics]
            self._emb_profiles = self._emb_profile_matrix()
            self._stale = True
        else:
            for key, _, _ in changed:
                self._rescore(key)
        if changed:
            self._chained = False
        return {key for key, _, _ in changed}

    def _cache_vectors(self, examples: list[Example]) -> None:
        """Vectors of tagged texts, one stemming call for all; a tagged whole passage is its own vector."""
        new = list({_cache_key(e): e for e in examples if _cache_key(e) not in self._vector_cache}.values())
        for example, vector in zip(new, self._vectors([e.text for e in new]), strict=True):
            self._vector_cache[_cache_key(example)] = vector

    def _embed(self, texts: list[str], centre_on: int | None = None) -> np.ndarray:
        """Embeddings of texts, normalised (centred on the passages' mean if ``EMBEDDING_CENTRED``;
        ``centre_on``: the first so many texts are the passages, whose mean is taken)."""
        embedded = np.asarray(self.embedder(texts), dtype=np.float64).reshape(len(texts), -1)
        if self.EMBEDDING_CENTRED:
            if centre_on is not None:
                self._emb_mean = embedded[:centre_on].mean(axis=0)
            embedded = embedded - self._emb_mean
        norms = np.linalg.norm(embedded, axis=1, keepdims=True)
        return embedded / np.where(norms > 0, norms, 1.0)

    def _cache_embeddings(self, examples: list[Example]) -> None:
        new = list({_cache_key(e): e for e in examples if _cache_key(e) not in self._emb_cache}.values())
        if new:
            for example, vector in zip(new, self._embed([e.text for e in new]), strict=True):
                self._emb_cache[_cache_key(example)] = vector

    def _emb_profile(self, key: str, leave_out: set[tuple] = frozenset()) -> np.ndarray:
        """The speerpunt's embedding profile, built as ``_profile`` builds its word profile."""
        prior = self._prior_emb[self._topic_index[key]]
        positives, negatives = self._emb_positives.get(key, []), self._emb_negatives.get(key, [])
        if leave_out:
            positives = [v for v, k in zip(positives, self._positive_keys[key], strict=True) if k not in leave_out]
        profile = prior * (PRIOR_AS_TAGS if positives else 1.0)
        for vector in positives:
            profile = profile + vector
        if negatives:
            share = REJECTION_WEIGHT * (len(positives) + 1) / len(negatives)
            for vector in negatives:
                profile = profile - share * vector
        norm = np.linalg.norm(profile)
        return profile / norm if norm > 0 else profile

    def _emb_profile_matrix(self) -> np.ndarray | None:
        if not self._embedding:
            return None
        return np.stack([self._emb_profile(t.key) for t in self.topics], axis=1)  # dims × speerpunten

    def _vectors(self, texts: list[str]) -> list[Vector]:
        return [weigh(c, self._idf, self._unseen) for c in term_counts(texts)] if texts else []

    def _profile(self, key: str, leave_out: set[tuple] = frozenset()) -> Vector:
        prior = self._priors[self._topic_index[key]]
        positives, negatives = self._positives.get(key, []), self._negatives.get(key, [])
        if leave_out:
            positives = [v for v, k in zip(positives, self._positive_keys[key], strict=True) if k not in leave_out]
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
            self._chained = False
        if not self._chained:
            self._chain()
            self._chained = True

    def _rescore_all(self) -> None:
        self._unit_scores = self._unit_rows.dot_all(self._profiles)
        self._profile_matrix = np.stack([self._unit_rows.dense(p) for p in self._profiles], axis=1)
        self._section_scores = np.vstack([self._section_rows.dot_all(self._profiles),
                                          np.zeros((1, len(self.topics)))])
        self._words = self._unit_scores + SECTION_WEIGHT * self._section_scores[self._section_index]
        if self._embedding:
            self._words = self._words + self._embedding * (self._unit_emb @ self._emb_profiles)

    def _chain(self) -> None:
        """The word scores through the chain over the documents, with the setting the tags favour."""
        at = self._position
        tags = {int(at[n]): known for n, keys in self._tagged.items()
                if (known := sorted(self._topic_index[k] for k in keys if k in self._topic_index))}
        ruled_out: dict[int, list[int]] = defaultdict(list)
        for n, unit in enumerate(self.units):
            for key in self._rejected_at.get((unit.document, unit.start, unit.end), ()):
                if key in self._topic_index:
                    ruled_out[int(at[n])].append(self._topic_index[key])
        cache, self._left_out_cache = self._left_out_cache, {}  # keep only what the current tags use
        left_out = {int(at[n]): self._left_out_scores(n, cache) for n in self._tagged}
        # Each tagged speerpunt's scores moved by an offset learnt from its tags (its scale of cosines).
        shift = (offsets(left_out, tags, len(self.topics)) if self.CALIBRATED and len(tags) >= MIN_TAGS_TO_TUNE
                 else np.zeros(len(self.topics)))
        self.offsets = shift
        shifted = {n: row + shift for n, row in left_out.items()}
        ordered, self._chosen = posteriors(self._words[self._order] + shift, self._links, tags, ruled_out, shifted)
        self._combined = ordered[at]
        if tags and CONFIDENT_WEIGHT and len(self.topics) > 1:
            # Once more, with each speerpunt's profile re-estimated from the passages the chain now
            # places confidently (the agreement's own words for its themes), at the setting chosen.
            # The mean of both runs: the second alone sharpens the first choice at the expense of the
            # second and third (top-3 on the VNG set fell by about a point).
            words = self._reestimated(self._combined)
            again, _ = posteriors(words[self._order] + shift, self._links, tags, ruled_out, {}, self._chosen)
            self._combined = 0.5 * (self._combined + again[at])
        # What is left once "none of them" has its share (a foreword, a signature block): its level is
        # a share of what the tagged passages score for their own speerpunt (each left out).
        own = [left_out[n][k] for n, ks in tags.items() for k in ks]
        if len(own) >= MIN_TAGS_TO_TUNE and len(self.topics) > 1:
            level = NONE_SHARE * float(np.median(own))
            none = none_share(self._words[self._order], self._links, tags, ruled_out, self._chosen, level)
            self._combined *= (1.0 - none[at])[:, None]

    def _reestimated(self, beliefs: np.ndarray) -> np.ndarray:
        """Word scores against profiles that also hold the untagged passages the chain places with
        probability ``CONFIDENT`` or more, each weighted by that probability (``CONFIDENT_WEIGHT``
        times); a tagged passage counts once, as a tag. (``CONFIDENT`` > 0.5: a passage adds to
        one speerpunt at most.)"""
        best = beliefs.argmax(axis=1)
        weight = beliefs[np.arange(len(best)), best]
        weight[weight < CONFIDENT] = 0.0
        weight[list(self._tagged)] = 0.0
        mass = np.array([len(self._positives.get(t.key, ())) + 1.0 for t in self.topics])  # the tags and the prior
        raw = self._profile_matrix * mass
        self._unit_rows.sums_into(raw, best, CONFIDENT_WEIGHT * weight)
        norms = np.linalg.norm(raw, axis=0)
        profiles = raw / np.where(norms > 0, norms, 1.0)
        # The section's share stays as the profiles before had it (one sparse product fewer per update).
        words = self._unit_rows.times(profiles) + SECTION_WEIGHT * self._section_scores[self._section_index]
        if self._embedding:
            raw = self._emb_profiles * mass
            np.add.at(raw.T, best, (CONFIDENT_WEIGHT * weight)[:, None] * self._unit_emb)
            norms = np.linalg.norm(raw, axis=0)
            words = words + self._embedding * (self._unit_emb @ (raw / np.where(norms > 0, norms, 1.0)))
        return words

    def _left_out_scores(self, n: int, earlier: dict[tuple[int, str, tuple], float]) -> np.ndarray:
        """Passage n's word scores as if its own tags had not been learnt: only its tagged speerpunten
        change (each recomputed from a profile without the tags made in that passage)."""
        row = self._words[n].copy()
        for key in self._tagged[n]:
            k = self._topic_index.get(key)
            if k is None:
                continue
            sources = self._tag_sources.get((n, key), set())
            cache = (n, key, self._example_keys.get(key, ((), ())))
            value = earlier.get(cache)
            if value is None:
                profile = self._profile(key, sources)
                value = dot(self._unit_vectors[n], profile)
                section = self._section_of[n]
                if section is not None:
                    value += SECTION_WEIGHT * dot(self._section_vectors[section], profile)
                if self._embedding:
                    value += self._embedding * float(self._unit_emb[n] @ self._emb_profile(key, sources))
            self._left_out_cache[cache] = row[k] = value
        return row

    def _rescore(self, key: str) -> None:
        """One speerpunt's profile changed: recompute its column only."""
        k = self._topic_index[key]
        profile = self._profiles[k] = self._profile(key)
        self._profile_matrix[:, k] = self._unit_rows.dense(profile)
        self._unit_scores[:, k] = self._unit_rows.dot(profile)
        self._section_scores[:-1, k] = self._section_rows.dot(profile)
        self._words[:, k] = self._unit_scores[:, k] + SECTION_WEIGHT * self._section_scores[self._section_index, k]
        if self._embedding:
            self._emb_profiles[:, k] = self._emb_profile(key)
            self._words[:, k] += self._embedding * (self._unit_emb @ self._emb_profiles[:, k])

    # -- scores -----------------------------------------------------------------------------

    @property
    def chosen(self) -> Chosen:
        """The chain's setting the analyst's tags favour (how much order, how sharp)."""
        self._ensure_scored()
        return self._chosen

    def scores(self, unit: int) -> list[float]:
        """Every speerpunt's probability for one passage, in topic order."""
        self._ensure_scored()
        return self._combined[unit].tolist()

    def ranked(self, unit: int) -> list[tuple[str, float]]:
        """All speerpunten for a passage, most likely first, before any filtering."""
        self._ensure_scored()
        row = self._combined[unit].tolist()
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
