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

import codecs
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


# Index columns are made from the text's UTF-8 bytes, where one table lowers the ASCII letters and turns
# every other ASCII character (none of them is part of a word) into a space: the words of an ASCII
# text are then its space-separated pieces. A non-ASCII character is folded with the whole piece of
# text (between ASCII spaces) around it, by an error handler of the ASCII encoder (below).
_ASCII_WORDS = bytes(
    code + 32 if 65 <= code <= 90 else code if 97 <= code <= 122 or 48 <= code <= 57 or code >= 128 else 32
    for code in range(256)
)
_FOLD_PIECES = "speerpunt-fold-pieces"
_PIECE_CACHE_SIZE = 50_000
_PIECE_CACHE_LENGTH = 64  # longer pieces (a line of CJK text, say) are folded each time, never kept
_pieces: dict[str, bytes] = {}


def _fold_piece(error: UnicodeError) -> tuple[bytes, int]:
    """For the ASCII encoder: the folded words of the piece of text (between ASCII spaces) in which
    ``error`` found a character that is not ASCII, from that character on, and where to go on."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object
    start = error.start
    piece_start = text.rfind(" ", 0, start) + 1
    end = text.find(" ", error.end)
    if end < 0:
        end = len(text)
    piece = text[piece_start:end]
    folded = _pieces.get(piece)
    if folded is None:
        folded = " ".join(folded_words(WORD.findall(piece))).encode("utf-8")
        if len(piece) <= _PIECE_CACHE_LENGTH:
            if len(_pieces) > _PIECE_CACHE_SIZE:
                _pieces.clear()
            _pieces[piece] = folded
    # What comes before ``start`` in the piece is already written: letters and digits (the table lowered
    # them), which its first word begins with, folded as they are.
    return folded[start - piece_start:], end


codecs.register_error(_FOLD_PIECES, _fold_piece)


def index_columns(text: str) -> tuple[str, str]:
    """The two columns the search index holds for ``text``: its folded words and their stems,
    space-separated, one for one with ``word_spans(text)``."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (text from a damaged file)
        return _index_columns_by_pattern(text)
    if len(data) - len(text) > len(text) >> 4:
        # Many characters beyond ASCII (another script, or a short text full of quotes): the encoder
        # would stop at nearly every word, and the word pattern over the whole text is faster.
        return _index_columns_by_pattern(text)
    pieces = data.translate(_ASCII_WORDS).decode("utf-8")
    if not pieces.isascii():
        pieces = pieces.encode("ascii", _FOLD_PIECES).decode("utf-8")
    folded = pieces.split()
    return " ".join(folded), " ".join(stems_of(folded))


def _index_columns_by_pattern(text: str) -> tuple[str, str]:
    """``index_columns`` through the word pattern, for any text."""
    words = WORD.findall(text)
    joined = fold(" ".join(words))
    folded = joined.split(" ")
    # Most texts fold to letters and digits alone, one form per word: the folded column is then
    # the folded text as it is; otherwise each odd word is mended by ``folded_words``.
    if len(folded) != len(words) or not (all(folded) and joined.replace(" ", "").isalnum()):
        folded = folded_words(words)
        joined = " ".join(folded)
    return joined, " ".join(stems_of(folded))


def index_rows(texts: list[str]) -> list[tuple[str, str]]:
    """The index columns (folded words, stems) of each passage text; pure, so a worker process can make them."""
    return [index_columns(text) for text in texts]
