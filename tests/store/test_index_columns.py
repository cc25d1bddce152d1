"""The search index's columns are the same words and stems however they are made.

``index_columns`` takes short cuts (words that fold to letters alone, stems kept in a
dictionary); the reference here is the definition itself: every word the word pattern
finds, folded one at a time, stemmed by a fresh PyStemmer (a word the stemmer leaves empty
stands for itself). A mismatch would make search miss or misplace words in imported text.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import Stemmer

from desktop.store.index import words
from desktop.store.index.words import WORD, folded_word, index_columns

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def reference(text: str) -> tuple[str, str]:
    folded = [folded_word(word) for word in WORD.findall(text)]
    stemmer = Stemmer.Stemmer(words.STEMMER_ALGORITHM)
    return " ".join(folded), " ".join(stemmer.stemWord(word) or word for word in folded)


SAMPLES = [
    "",
    "   ",
    "—",
    "De gemeente bouwt 800 woningen voor starters.",
    "Financiële slagkracht: de GEMEENTEN investeren in sociaal-economische wijken (2026-2030).",
    "auto's, ½ liter, Straße, ﬁets, İstanbul, café, naïef, coöperatie",
    "e\u0301e\u0301n woord met losse accenten, en \u0301 een accent alleen",
    "﷽ een vorm met spaties, snake_case_naam en 3,5 miljoen",
    "Ⅻ ① ²³ ٣٤ 中文字 ｆｕｌｌｗｉｄｔｈ",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_index_columns_are_the_word_by_word_definition(text: str) -> None:
    assert index_columns(text) == reference(text)


def test_every_character_of_the_basic_plane_between_ordinary_words() -> None:
    characters = [chr(code) for code in range(0x20, 0x10000) if not 0xD800 <= code <= 0xDFFF]
    for start in range(0, len(characters), 64):
        chunk = characters[start:start + 64]
        text = " ".join(f"woning{char}en {char} gemeente" for char in chunk)
        assert index_columns(text) == reference(text), f"characters from U+{ord(chunk[0]):04X}"


def test_stems_stay_right_when_the_kept_stems_are_emptied(monkeypatch) -> None:
    monkeypatch.setattr(words, "_STEM_CACHE_SIZE", 5)
    text = "woningen gemeenten financiële wijken bouwen starters woningen gemeentelijke investeringen"
    for _ in range(3):
        assert index_columns(text) == reference(text)
        assert index_columns(text.upper()) == reference(text.upper())
        assert index_columns("andere woorden daarna") == reference("andere woorden daarna")


def test_real_programmes_give_the_same_columns() -> None:
    texts = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not texts:
        pytest.skip(f"no corpus at {CORPUS}")
    for path in texts:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            assert index_columns(paragraph) == reference(paragraph), path.name


def test_words_next_to_odd_characters_in_any_order() -> None:
    """The ASCII short path folds a piece with other characters as a whole: accents, marks, ligatures,
    punctuation, spaces of other scripts and letters outside the basic plane, mixed at random."""
    alphabet = list("aAzZ09 _-'.,\n\t") + [
        "ë", "É", "ß", "ﬁ", "½", "\u0301", "\u0308", "İ", "Σ", "\U0001d6ba", "ς", "中", "﷽", "Ⅻ", "²", "\u2028",
        "\x00", "\x85", "\xa0", "ǅ", "ŉ", "\uf0b7", "€", "’", "–", "K", "\u3000", "٣", "\U0001d7d8", "\U0001f600",
    ]
    generator = random.Random(20)
    dutch = "De gemeente bouwt woningen voor starters. " * 16  # so that the odd characters are few
    for _ in range(10_000):
        odd = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12)))
        for text in (odd, f"{dutch}{odd} {dutch}", f"{dutch}{odd}", f"{odd}{dutch}"):
            assert index_columns(text) == reference(text), repr(odd)


def test_text_with_a_lone_surrogate_is_indexed_by_its_words() -> None:
    text = "Financiële steun\ud800 voor gemeenten"
    assert index_columns(text) == reference(text)
