"""Sparse word features of a text: Dutch stems plus the head and tail of long (compound) words.

A vector is a plain ``dict`` from feature to weight; texts are weighted by tf-idf against the
passages of the agreements at hand, so the words every passage uses weigh nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np

from desktop.store.index.words import WORD, folded_words, stems_of

Vector = dict[str, float]

# Dutch glues words together ("schuldhulpverlening", "woningbouwprogramma"): the first and last
# six letters of a long word let "schuldhulp" meet "schulden" and "huurwoningen" meet "woningen".
_COMPOUND_MIN = 9
_PART = 6
_PART_WEIGHT = 0.75


def term_counts(texts: list[str]) -> list[Counter[str]]:
    """Each text's feature counts. Every distinct word is folded and stemmed once, for all texts
    together (the costly part): an agreement repeats its words many times over."""
    words_per_text = [WORD.findall(text) for text in texts]
    distinct = list({word: None for words in words_per_text for word in words})
    folded = folded_words(distinct)
    features: dict[str, tuple[str, ...]] = {}
    for word, form, stem in zip(distinct, folded, stems_of(folded), strict=True):
        if len(stem) < 3 or form.isdigit():
            features[word] = ()
        elif len(form) >= _COMPOUND_MIN:
            features[word] = (stem, "<" + form[:_PART], form[-_PART:] + ">")
        else:
            features[word] = (stem,)
    counts: list[Counter[str]] = []
    for words in words_per_text:
        counter: Counter[str] = Counter()
        for word in words:
            parts = features[word]
            if parts:
                counter[parts[0]] += 1
                for part in parts[1:]:
                    counter[part] += _PART_WEIGHT
        counts.append(counter)
    return counts


def inverse_frequencies(counts: Iterable[Mapping[str, float]]) -> tuple[dict[str, float], float]:
    """Smoothed idf per feature, and the idf of a feature no text has."""
    frequency: Counter[str] = Counter()
    total = 0
    for counter in counts:
        frequency.update(counter.keys())
        total += 1
    idf = {feature: math.log((total + 1) / (df + 1)) for feature, df in frequency.items()}
    return idf, math.log(total + 1)


def weigh(counts: Mapping[str, float], idf: Mapping[str, float], unseen: float) -> Vector:
    """Sublinear tf times idf, scaled to length one (an empty text gives an empty vector)."""
    vector = {f: (1.0 + math.log(c) if c >= 1 else c) * idf.get(f, unseen) for f, c in counts.items()}
    return normalised(vector)


def normalised(vector: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    if norm == 0:
        return {}
    return {f: w / norm for f, w in vector.items() if w}


def add_into(target: Vector, vector: Mapping[str, float], factor: float = 1.0) -> None:
    for f, w in vector.items():
        target[f] = target.get(f, 0.0) + factor * w


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(w * get(f, 0.0) for f, w in a.items())


class SparseRows:
    """Vectors as rows of a compressed sparse matrix over a fixed vocabulary, for scoring them against
    profiles with numpy: one profile is a column of scores, many profiles a matrix of them."""

    def __init__(self, vectors: list[Vector], vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self.rows = len(vectors)
        lengths = [0]
        indices: list[int] = []
        data: list[float] = []
        for vector in vectors:
            for feature, weight in vector.items():
                at = vocabulary.get(feature)
                if at is not None:
                    indices.append(at)
                    data.append(weight)
            lengths.append(len(indices))
        self.indptr = np.array(lengths, dtype=np.int64)
        self.indices = np.array(indices, dtype=np.int64)
        self.data = np.array(data, dtype=np.float64)
        self.row_of = np.repeat(np.arange(self.rows), np.diff(self.indptr))

    def dense(self, profile: Mapping[str, float]) -> np.ndarray:
        column = np.zeros(len(self.vocabulary))
        for feature, weight in profile.items():
            at = self.vocabulary.get(feature)
            if at is not None:
                column[at] = weight
        return column

    def dot(self, profile: Mapping[str, float]) -> np.ndarray:
        """Each row's dot product with one profile."""
        products = self.data * self.dense(profile)[self.indices]
        return np.bincount(self.row_of, weights=products, minlength=self.rows)

    def dot_all(self, profiles: list[Mapping[str, float]]) -> np.ndarray:
        """Rows × profiles."""
        result = np.zeros((self.rows, len(profiles)))
        if not len(self.data) or not profiles:
            return result
        matrix = np.stack([self.dense(p) for p in profiles], axis=1)
        products = self.data[:, None] * matrix[self.indices]
        filled = np.flatnonzero(np.diff(self.indptr))
        result[filled] = np.add.reduceat(products, self.indptr[filled], axis=0)
        return result

    def times(self, columns: np.ndarray) -> np.ndarray:
        """Rows × a dense matrix over the vocabulary (vocabulary × columns), in single precision
        (scores to rank, not to add up further)."""
        result = np.zeros((self.rows, columns.shape[1]), dtype=np.float32)
        if not len(self.data):
            return result
        products = self.data.astype(np.float32)[:, None] * columns.astype(np.float32)[self.indices]
        filled = np.flatnonzero(np.diff(self.indptr))
        result[filled] = np.add.reduceat(products, self.indptr[filled], axis=0)
        return result

    def sums_into(self, target: np.ndarray, column: np.ndarray, weight: np.ndarray) -> None:
        """Add each row, times ``weight[row]``, into column ``column[row]`` of ``target`` (vocabulary ×
        columns); a row of weight 0 adds nothing."""
        rows = np.flatnonzero(weight)
        if not len(rows):
            return
        entries = weight[self.row_of] != 0
        width = target.shape[1]
        at = self.indices[entries] * width + column[self.row_of[entries]]
        target += np.bincount(at, weights=self.data[entries] * weight[self.row_of[entries]],
                              minlength=target.size).reshape(target.shape)


def vocabulary_of(vectors: Iterable[Mapping[str, float]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for vector in vectors:
        for feature in vector:
            if feature not in found:
                found[feature] = len(found)
    return found
