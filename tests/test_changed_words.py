"""The words where two versions differ (difflib), for the conflicts dialog."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.changed_words import REMOVED, changed_words


def test_a_change_at_the_end_of_a_long_text_is_shown_with_its_context() -> None:
    shared = " ".join(f"woord{n}" for n in range(60))
    assert changed_words(shared + " tot 2027.", shared + " tot 2028.") == "… woord55 woord56 woord57 " \
        "woord58 woord59 tot [2027.]"


def test_words_only_in_the_other_version_are_marked_where_they_are_missing() -> None:
    assert changed_words("wij vragen geld", "wij vragen echt geld") == f"wij vragen {REMOVED} geld"
    assert changed_words("wij vragen echt geld", "wij vragen geld") == "wij vragen [echt] geld"


def test_two_changes_far_apart_are_shown_apart() -> None:
    words = [f"w{n}" for n in range(40)]
    other = list(words)
    other[3], other[35] = "X", "Y"
    assert changed_words(" ".join(words), " ".join(other), context=2) == "… w1 w2 [w3] w4 w5 … w33 w34 [w35] w36 w37 …"


texts = st.lists(st.sampled_from(["de", "het", "wonen", "zorg", "2027", "geld", "."]), max_size=30).map(" ".join)


@given(texts, texts)
def test_shown_words_come_from_the_text_in_order_and_brackets_only_when_they_differ(text: str, against: str) -> None:
    shown = changed_words(text, against)
    if text.split() == against.split():
        assert shown == " ".join(text.split())
        return
    assert "[" in shown
    words = iter(text.split())
    for piece in shown.replace(REMOVED, " ").replace("…", " ").split():
        assert re.sub(r"[\[\]]", "", piece) in words  # a subsequence of the text's own words
