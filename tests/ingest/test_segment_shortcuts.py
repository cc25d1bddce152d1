"""The segmenter's short paths give what its general rules give (the rules as they read before the short paths)."""

from __future__ import annotations

import random
import re
from collections import Counter

from desktop.ingest.furniture import _by_page, body_size, drop_furniture
from desktop.ingest.hyphenation import _WORD, Vocabulary
from desktop.ingest.lines import SOFT_HYPHEN, Line
from desktop.ingest.segment import _HYPHEN_END, _SENTENCE_END, _join, _sentence_end

_LETTER = re.compile(r"[^\W\d_]")


def test_a_sentence_end_is_found_as_the_pattern_finds_it():
    for code in range(0x110000):
        char = chr(code)
        for text in (char, f"zin{char}", f"zin.{char}", f"zin{char})", f"zin{char}\n", f"zin.{char}\n", f"){char}"):
            assert _sentence_end(text) == bool(_SENTENCE_END.search(text)), (hex(code), text)
    pieces = [".", "!", "?", ":", ";", "…", "'", "’", "”", '"', ")", "]", "\n", "a", " ", "-", "(", "“"]
    chooser = random.Random(20)
    for _ in range(20000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(7)))
        assert _sentence_end(text) == bool(_SENTENCE_END.search(text)), repr(text)


def test_lower_case_keeps_every_character_but_the_dotted_capital_i_of_its_kind():
    # The vocabulary lower-cases a document before it splits it into words; that is the same as lower-casing
    # each word only when every character stays one character of the same kind. Python's only lower case
    # that depends on the text around it is the Greek capital sigma, which the vocabulary also looks for.
    changed = []
    for code in range(0x110000):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1 or bool(_LETTER.match(char)) != bool(_LETTER.match(lower)) \
                or (char == "-") != (lower == "-") or char.isspace() != lower.isspace():
            changed.append(char)
    assert changed == ["\u0130"]


def _words(texts: list[str]) -> tuple[set[str], set[str]]:
    words = {match.lower() for text in texts for match in _WORD.findall(text)}
    hyphenated = {word for word in words if "-" in word}
    return words - hyphenated, hyphenated


def test_the_vocabulary_holds_each_word_of_the_document_in_lower_case():
    documents = [
        ["De Gemeente investeert in woning-", "bouw en media-aanbod; de gemeente, 2024-2025 en CO2-uitstoot."],
        ["ΟΔΟΣ.Α en ΟΔΟΣ", "Σίσυφος", "ΣΑΣ-ΣΑΣ"],  # the final sigma: lower case depends on what follows
        ["İstanbul en İZMİR", "Noord-Holland"],  # the dotted capital I: its lower case is two characters
        ["Niet-westers oud-minister", "  zacht\u00adafgebroken  ", "a_b c--d -e f- ²x ½y Ⅻ ⅻ"],
        [],
        ["", "   "],
    ]
    chooser = random.Random(7)
    alphabet = "aAbBéÉ-- .,2_ΣσςİiıI\u0307ß’'"
    documents += [["".join(chooser.choice(alphabet) for _ in range(chooser.randrange(12))) for _ in range(5)]
                  for _ in range(3000)]
    for texts in documents:
        vocabulary = Vocabulary(texts)
        assert (vocabulary.closed, vocabulary.hyphenated) == _words(texts), texts


def _joined_by_pieces(texts: list[str], vocabulary: Vocabulary) -> str:
    pieces: list[str] = []
    for text in texts:
        if not pieces:
            pieces.append(text)
            continue
        last = pieces[-1]
        if last.endswith(SOFT_HYPHEN):
            pieces[-1] = last[:-1]
            pieces.append(text)
        elif _HYPHEN_END.search(last[-2:]):
            pieces[-1], glue, text = vocabulary.seam(last, text)
            pieces.append(text if not glue else glue + text)
        else:
            pieces.append(" " + text)
    return "".join(pieces).replace(SOFT_HYPHEN, "")


def test_lines_are_joined_as_piece_by_piece():
    chooser = random.Random(3)
    parts = ["woning", "bouw", "-", SOFT_HYPHEN, "\n", " ", "en", "2", "é", "Wet"]
    for _ in range(20000):
        texts = ["".join(chooser.choice(parts) for _ in range(chooser.randrange(5))) for _ in range(chooser.randrange(1, 6))]
        vocabulary = Vocabulary(texts)
        assert _join(texts, vocabulary) == _joined_by_pieces(texts, vocabulary), texts


def test_the_body_size_is_the_rounded_size_with_the_most_characters_first_come_on_a_tie():
    def by_every_line(lines: list[Line]) -> float | None:
        sizes: Counter[float] = Counter()
        for line in lines:
            if line.size:
                sizes[round(line.size)] += len(line.text)
        return float(sizes.most_common(1)[0][0]) if sizes else None

    chooser = random.Random(5)
    sizes = [None, 0.0, 9.6, 10.0, 10.4, 10.5, 11.5, 12, 12.2, 8.4, 9.4, -3.0]
    for _ in range(5000):
        lines = [Line("x" * chooser.randrange(4), size=chooser.choice(sizes)) for _ in range(chooser.randrange(8))]
        assert body_size(lines) == by_every_line(lines), lines


def test_lines_by_page_and_the_lines_kept_are_those_one_by_one():
    chooser = random.Random(9)
    for _ in range(3000):
        lines = [Line("x", page=chooser.choice([None, 1, 2, 2, 3]), top=chooser.choice([None, 0.0, 5.0, 7.5, 7.5]))
                 for _ in range(chooser.randrange(9))]
        if chooser.random() < 0.5:
            lines.sort(key=lambda line: line.page or 0)  # page after page, as a PDF gives them
        expected: dict[int, list[int]] = {}
        for index, line in enumerate(lines):
            if line.page is not None and line.top is not None:
                expected.setdefault(line.page, []).append(index)
        by_page, tops = _by_page(lines)
        assert {page: indexes for page, indexes in by_page.items()} == expected
        assert tops == [line.top for line in lines]
        dropped = {chooser.randrange(-2, 12) for _ in range(chooser.randrange(4))}
        assert drop_furniture(lines, {}, dropped) == [line for index, line in enumerate(lines) if index not in dropped]
