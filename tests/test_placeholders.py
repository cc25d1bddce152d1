"""Filling %1, %2, … in translated sentences: one pass, so a value holding "%2" stays as it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.placeholders import fill


def test_a_title_holding_a_marker_is_not_filled_again() -> None:
    assert fill("%1, p. %2", "Nota %2 wonen", 12) == "Nota %2 wonen, p. 12"
    assert fill("Merged %1: %2 added, %3 updated.", "akkoord %3 %1.speerpunt", 4, 0) == \
        "Merged akkoord %3 %1.speerpunt: 4 added, 0 updated."


def test_markers_in_any_order_repeated_or_without_a_value() -> None:
    assert fill("%2 van %1 (%2)", "tien", "drie") == "drie van tien (drie)"  # a translation may reorder them
    assert fill("%1 en %3", "a") == "a en %3"
    assert fill("100% zeker, %1", "ja") == "100% zeker, ja"


@given(st.text(), st.text(), st.text())
def test_every_value_appears_exactly_as_given(first: str, second: str, third: str) -> None:
    assert fill("[%1] [%2] [%3]", first, second, third) == f"[{first}] [{second}] [{third}]"
