"""What changed between two versions of a text, as ranges in each (difflib, paragraphs first, then words).

Paragraphs (separated by a blank line) are compared first, white space aside, so a
long agreement is compared in a blink; only paragraphs that differ are compared word by
word. The ranges are code-point offsets into each text: removed or changed words in the
old version, inserted or changed words in the new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_TOKEN = re.compile(r"\S+")
# Chunks of more words than this are compared with difflib's autojunk on (frequent words are not
# used as anchors), which keeps a whole re-segmented document to about a second.
_PRECISE_LIMIT = 4_000


@dataclass
class TextDiff:
    removed: list[tuple[int, int]] = field(default_factory=list)  # in the old text
    inserted: list[tuple[int, int]] = field(default_factory=list)  # in the new text

    @property
    def identical(self) -> bool:
        return not self.removed and not self.inserted


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def diff_texts(old: str, new: str) -> TextDiff:
    result = TextDiff()
    old_paragraphs, new_paragraphs = _paragraphs(old), _paragraphs(new)
    old_keys = [" ".join(old[s:e].split()) for s, e in old_paragraphs]
    new_keys = [" ".join(new[s:e].split()) for s, e in new_paragraphs]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_chunk = (old_paragraphs[i1][0], old_paragraphs[i2 - 1][1]) if i2 > i1 else None
        new_chunk = (new_paragraphs[j1][0], new_paragraphs[j2 - 1][1]) if j2 > j1 else None
        if old_chunk is None or new_chunk is None:
            if old_chunk:
                result.removed.extend(old_paragraphs[i1:i2])
            if new_chunk:
                result.inserted.extend(new_paragraphs[j1:j2])
            continue
        _diff_words(old, old_chunk, new, new_chunk, result)
    return result


def _diff_words(old: str, old_chunk: tuple[int, int], new: str, new_chunk: tuple[int, int],
                result: TextDiff) -> None:
    old_tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(old, old_chunk[0], old_chunk[1])]
    new_tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(new, new_chunk[0], new_chunk[1])]
    old_words = [old[s:e] for s, e in old_tokens]
    new_words = [new[s:e] for s, e in new_tokens]
    if old_words == new_words:
        return  # the same words, only broken into paragraphs otherwise (a PDF read again as text)
    precise = max(len(old_words), len(new_words)) <= _PRECISE_LIMIT
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=not precise)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            result.removed.append((old_tokens[i1][0], old_tokens[i2 - 1][1]))
        if j2 > j1:
            result.inserted.append((new_tokens[j1][0], new_tokens[j2 - 1][1]))
