"""Line clean-up: the short path for lines with nothing to clean gives what the full rules give."""

from __future__ import annotations

import re

from desktop.ingest.lines import clean

# The rules as documented in desktop/ingest/lines.py, applied in full to every line (the reference).
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_PRIVATE_BULLETS = re.compile("[\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf0e0\uf06e\uf0d7\uf097\uf09f\uf0be]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|\u00ad(?!$)")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f\ufffe\uffff]")


def _full_rules(text: str) -> str:
    text = _SURROGATES.sub("\ufffd", text.translate(_LIGATURES))
    text = _PRIVATE_BULLETS.sub("•", text)
    text = _SPACES.sub(" ", _CONTROLS.sub("", text)).strip()
    return _INVISIBLE.sub("", text)


def test_every_character_of_the_basic_plane_cleans_as_the_full_rules_say():
    for code in range(0x10000):
        char = chr(code)
        for text in (char, f"woning{char}bouw ", f" {char} x", f"a {char}"):
            assert clean(text) == _full_rules(text), (hex(code), text)


def test_lines_as_pdfs_give_them():
    for text in ("Het college investeert in woningbouw ", "  twee  spaties ", "e\ufb03ciënt", "\uf0b7 punt",
                 "zacht\u00ad", "zacht\u00adafgebroken", "€ 40 mln. ", "", "   ", "tab\tin", "nbsp\u00a0hier"):
        assert clean(text) == _full_rules(text), text


def test_every_pair_of_ascii_characters_cleans_as_the_full_rules_say():
    # The ASCII short cut (printable, no two spaces in a row) decides most lines: spaces and controls
    # next to each other, at the ends and inside, must give what the full rules give.
    for first in range(0x80):
        for second in range(0x80):
            pair = chr(first) + chr(second)
            for text in (pair, f"ab{pair}cd ", f" {pair}", f"x {pair} y"):
                assert clean(text) == _full_rules(text), (hex(first), hex(second), text)
