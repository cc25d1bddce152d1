"""What a person types into search, read as words, prefixes and phrases; as FTS5 and as matched words.

- a bare word matches every word with the same Dutch stem ("gemeente" finds "gemeenten");
- a word with a trailing * matches every word that starts with it ("woning*" finds "woningbouw");
- "words in quotes" match exactly those words in that order (one quoted word: that word only).

Case and diacritics never matter ("financiele" finds "Financiële"). All terms must occur
(AND). Everything else FTS5 would read as syntax (OR, NEAR, -, :, ^) is taken as plain
words, so no input raises a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.store.index.words import WORD, Words, folded_word, stems_of

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


class BadQuery(ValueError):
    """A query that cannot be searched; the message says why."""


@dataclass(frozen=True)
class SearchQuery:
    stems: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    def fts_expression(self) -> str:
        # Every term is letters and digits only (folded_word), so quoting it is safe.
        parts = [f'stems : "{stem}"' for stem in self.stems]
        parts += [f'words : "{prefix}" *' for prefix in self.prefixes]
        parts += ['words : "' + " ".join(phrase) + '"' for phrase in self.phrases]
        return " AND ".join(parts)

    def matched_words(self, words: Words) -> list[tuple[int, int]]:
        """Word-index ranges [first, last + 1) of every match in ``words``, in text order, overlaps merged."""
        ranges: list[tuple[int, int]] = []
        if self.stems:
            wanted = set(self.stems)
            ranges += [(index, index + 1) for index, stem in enumerate(words.stems) if stem in wanted]
        if self.prefixes:
            prefixes = tuple(self.prefixes)
            ranges += [(index, index + 1) for index, word in enumerate(words.folded) if word.startswith(prefixes)]
        for phrase in self.phrases:
            first, size = phrase[0], len(phrase)
            ranges += [(index, index + size) for index, word in enumerate(words.folded)
                       if word == first and tuple(words.folded[index:index + size]) == phrase]
        return _merged(ranges)

    def matches(self, words: Words) -> list[tuple[int, int]]:
        """Code-point (start, end) of every match in the text ``words`` was split from; a phrase is one span."""
        return [(words.spans[first][0], words.spans[last - 1][1]) for first, last in self.matched_words(words)]


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def parse_query(query: str) -> SearchQuery:
    """Read ``query``; raises BadQuery when it holds no word at all."""
    stems: list[str] = []
    prefixes: list[str] = []
    phrases: list[tuple[str, ...]] = []
    bare: list[str] = []
    for phrase, token in _TOKEN.findall(query):
        if phrase:
            words = tuple(folded_word(word) for word in WORD.findall(phrase))
            if words:
                phrases.append(words)
            continue
        # "t.a.v." or "sociaal-economisch" are several words, each of which must occur;
        # a trailing * makes the last of them a prefix.
        words_in_token = [folded_word(word) for word in WORD.findall(token)]
        if words_in_token and token.endswith("*"):
            prefixes.append(words_in_token.pop())
        bare += words_in_token
    if bare:
        stems = stems_of(bare)
    if not (stems or prefixes or phrases):
        raise BadQuery("type at least one word to search for")
    return SearchQuery(tuple(dict.fromkeys(stems)), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(phrases)))
