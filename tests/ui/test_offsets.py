"""Code points ⇄ UTF-16 positions, checked against Python's own UTF-16 encoding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.ui.panes.offsets import OffsetMap

TEXT = "Wonen 🏗️ en 𝔪eer: 🇳🇱 vlag, café, ‘quote’ 👩‍👩‍👧 gezin."


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_each_offset_maps_to_the_utf16_length_of_the_text_before_it():
    offsets = OffsetMap(TEXT)
    for offset in range(len(TEXT) + 1):
        assert offsets.to_qt(offset) == utf16_len(TEXT[:offset])
        assert offsets.to_core(offsets.to_qt(offset)) == offset
    assert offsets.utf16_length == utf16_len(TEXT)


def test_a_position_inside_a_surrogate_pair_rounds_to_the_whole_character():
    offsets = OffsetMap(TEXT)
    flag = TEXT.index("🇳🇱")
    inside = offsets.to_qt(flag) + 1
    assert offsets.to_core(inside) == flag
    assert offsets.to_core(inside, round_up=True) == flag + 1
    start, end = offsets.range_to_core(inside, inside + 2)
    assert TEXT[start:end] == "🇳🇱"


def test_offsets_outside_the_text_are_refused():
    offsets = OffsetMap("abc")
    with pytest.raises(ValueError):
        offsets.to_qt(4)
    with pytest.raises(ValueError):
        offsets.to_core(-1)


@given(st.text(alphabet=st.sampled_from("ab\n é𝔪🏗\ufe0f🇳")))
def test_conversion_agrees_with_utf16_encoding_for_any_text(text):
    offsets = OffsetMap(text)
    for offset in range(len(text) + 1):
        position = offsets.to_qt(offset)
        assert position == utf16_len(text[:offset])
        assert offsets.to_core(position) == offsets.to_core(position, round_up=True) == offset
