"""Index rows made while reading: the short paths (the text folded at once, stems kept per thread)
give what folding and stemming each word on its own gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import Stemmer

from desktop.store.index import words
from desktop.store.index.words import STEMMER_ALGORITHM, WORD, folded_word, index_columns

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
_STEMMER = Stemmer.Stemmer(STEMMER_ALGORITHM)

# Texts where folding changes lengths or leaves more than letters and digits.
ODD = [
    "Straße en ½ procent", "Financiële steun voor ﬁetsers", "e\u0301e\u0301n woning", "ﷺ en meer",
    "auto's, sociaal-economisch; 2025-2030", "", "   ", "—", "Ⅻ hoofdstuk", "x² + y²", "İstanbul",
]


def _reference(text: str) -> tuple[str, str]:
    """Each word folded and stemmed on its own, as desktop/store/index/words.py documents."""
    folded = [folded_word(word) for word in WORD.findall(text)]
    stems = [_STEMMER.stemWord(word) or word for word in folded]
    return " ".join(folded), " ".join(stems)


def test_odd_texts_index_as_word_by_word():
    for text in ODD:
        assert index_columns(text) == _reference(text), text


def test_stems_stay_right_when_the_cache_fills(monkeypatch):
    monkeypatch.setattr(words, "_STEM_CACHE_SIZE", 5)
    monkeypatch.setattr(words._local, "stems", {}, raising=False)
    texts = ["gemeenten bouwen woningen", "de gemeente bouwt een woning", "woningbouw in gemeenten en provincies",
             "gemeenten gemeenten gemeenten", "armoede en schulden", "de gemeenten en de woningen"]
    for text in texts * 3:
        assert index_columns(text) == _reference(text), text


def test_real_agreements_index_as_word_by_word():
    texts = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not texts:
        pytest.skip("../shared/corpus is not here")
    for path in texts:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")[:400]:
            assert index_columns(paragraph) == _reference(paragraph), paragraph[:80]
