"""Printed page labels ("12", "iv"): roman numerals and the order in which labels sort."""

from __future__ import annotations

_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
          ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def to_roman(value: int) -> str:
    """``value`` as a lower-case roman numeral (14 -> "xiv")."""
    result = []
    for numeral, amount in _ROMAN:
        while value >= amount:
            result.append(numeral)
            value -= amount
    return "".join(result)


def roman_value(text: str) -> int | None:
    """The value of a roman numeral in its usual spelling ("xiv" -> 14), or None when ``text`` is not one."""
    text = text.lower()
    if not text or any(c not in "ivxlcdm" for c in text):
        return None
    value, rest = 0, text
    for numeral, amount in _ROMAN:
        while rest.startswith(numeral):
            value += amount
            rest = rest[len(numeral):]
    return value if not rest and to_roman(value) == text else None


def page_sort_key(label: str | None) -> tuple[int, int, str]:
    """Front matter (roman) before numbered pages, numbers by value, other labels after, no label last."""
    if label is None:
        return (3, 0, "")
    if label.isdigit():
        return (1, int(label), "")
    value = roman_value(label)
    if value is not None:
        return (0, value, "")
    return (2, 0, label)
