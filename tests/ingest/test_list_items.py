"""List items: the short path for lines that open with a letter gives what the bullet and number patterns give."""

from __future__ import annotations

import re

from desktop.ingest.numbering import BULLETS, strip_bullet

# The two patterns as documented in desktop/ingest/numbering.py, tried in full on every line (the reference).
_BULLET = re.compile(rf"\s*[{re.escape(BULLETS)}]\s+")
_LIST_NUMBER = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.(?=\s)|[-–]\s*\d{1,2}\s)\s*")


def _full_rules(text: str) -> str | None:
    for pattern in (_BULLET, _LIST_NUMBER):
        match = pattern.match(text)
        if match and text[match.end():].strip():
            return text[match.end():]
    return None


def test_every_character_of_the_basic_plane_opens_an_item_as_the_full_rules_say():
    for code in range(0x10000):
        char = chr(code)
        for text in (char, f"{char})", f"{char} woningbouw", f"{char}) woningbouw", f"{char}. woningbouw",
                     f"{char}1) woningbouw", f"{char}\t) x"):
            assert strip_bullet(text) == _full_rules(text), (hex(code), text)


def test_items_as_agreements_write_them():
    assert strip_bullet("• Meer woningen bouwen") == "Meer woningen bouwen"
    assert strip_bullet("a) de eerste stap") == "de eerste stap"
    assert strip_bullet("(2) het tweede punt") == "het tweede punt"
    assert strip_bullet("3. Wonen en werken") == "Wonen en werken"
    assert strip_bullet("Armoedebestrijding blijft voorop") is None
    assert strip_bullet("a)") is None  # a number without text is no item
