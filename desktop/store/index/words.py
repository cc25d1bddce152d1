"""The words of a text as search sees them: where each one is, its folded form and its Dutch stem.

The index and every query are made from this one tokenisation, so a position found
by search is always a word's own place in the original text (code points), however
folding changes lengths ("ß" → "ss"). A word is a run of letters and digits with any
combining accents, as SQLite's unicode61 tokenizer reads it: "auto's" is two words,
"sociaal-economisch" two, "2025" one.

Stems come from the Snowball "dutch_porter" stemmer (PyStemmer), not Snowball's newer
"dutch": the newer one strips "ge-" and so makes "gemeente" find "mening" and
"gezondheid" find "zon"; dutch_porter makes "gemeenten" and "gemeente" one stem and
"woningen" and "woning" another without such leaps, and it is kept frozen by Snowball
for exactly this use (an index built today still matches a query stemmed next year).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import Stemmer

from desktop.domain.folding import fold

# Letters and digits ("_" is not one), with any combining accents after them; written as runs of
# one class so the common word is one fast step of the regex engine.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
WORD = re.compile(f"[^\\W_]+(?:[{_MARKS}]+[^\\W_]*)*")
_NOT_WORD = re.compile(r"[\W_]+")
STEMMER_ALGORITHM = "dutch_porter"

_local = threading.local()  # a PyStemmer object must not be shared between threads


def _stemmer() -> Stemmer.Stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer(STEMMER_ALGORITHM, 50_000)
    return stemmer


@dataclass(frozen=True)
class Words:
    """The words of one text: ``spans[i]`` is word i's (start, end) in the text, ``folded[i]`` and
    ``stems[i]`` its forms in the index."""

    spans: list[tuple[int, int]]
    folded: list[str]
    stems: list[str]


def word_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in WORD.finditer(text)]


def folded_word(word: str) -> str:
    """A word's form in the index: folded, and only letters and digits ("½" → "12"), never empty."""
    folded = fold(word)
    if not folded.isalnum():
        folded = _NOT_WORD.sub("", folded) or word.casefold()
    return folded


def folded_words(words: list[str]) -> list[str]:
    """``[folded_word(w) for w in words]``, folding the joined words at once (3× faster on Dutch text)."""
    folded = fold(" ".join(words)).split(" ")
    if len(folded) != len(words):  # a compatibility form with a space in it (U+FDFA): word by word
        return [folded_word(word) for word in words]
    return [form if form.isalnum() else folded_word(word) for form, word in zip(folded, words, strict=True)]


# Distinct words a thread keeps stems for; an import meets the same few ten thousand words again and
# again, and a dictionary answers in a quarter of the stemmer's time (its own cache included).
_STEM_CACHE_SIZE = 50_000  # as many as the stemmer's own cache: a few MB


def stems_of(folded: list[str]) -> list[str]:
    stems: dict[str, str] | None = getattr(_local, "stems", None)
    if stems is None:
        stems = _local.stems = {}
    try:
        return list(map(stems.__getitem__, folded))
    except KeyError:
        if len(stems) > _STEM_CACHE_SIZE:
            stems.clear()
        new = list(dict.fromkeys(word for word in folded if word not in stems))
        for word, stem in zip(new, _stemmer().stemWords(new), strict=True):
            stems[word] = stem or word
        return list(map(stems.__getitem__, folded))


def split_words(text: str) -> Words:
    spans = word_spans(text)
    folded = folded_words([text[start:end] for start, end in spans])
    return Words(spans, folded, stems_of(folded))


def index_columns(text: str) -> tuple[str, str]:
    """The two columns the search index holds for ``text``: its folded words and their stems,
    space-separated, one for one with ``word_spans(text)``."""
    words = WORD.findall(text)
    joined = fold(" ".join(words))
    folded = joined.split(" ")
    # Most texts fold to letters and digits alone, one form per word: the folded column is then
    # the folded text as it is; otherwise each odd word is mended by ``folded_words``.
    if len(folded) != len(words) or not (all(folded) and joined.replace(" ", "").isalnum()):
        folded = folded_words(words)
        joined = " ".join(folded)
    return joined, " ".join(stems_of(folded))
