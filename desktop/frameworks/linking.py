"""Which speerpunt a place in the position paper is about, for linked reading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from desktop.domain.folding import fold

_CODE = re.compile(r"^\s*(?:thema\s+)?(?P<code>[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)+)\.?(?:\s|$|:)", re.I)


class _Speerpunt(Protocol):
    id: str
    code: str
    title: str


def _fold(text: str) -> str:
    # "Financiële zekerheid" as a heading reads as the title "Financiele  zekerheid".
    return " ".join(fold(text).split())


def speerpunt_for_headings(heading_path: Sequence[str], speerpunten: Sequence[_Speerpunt]) -> str | None:
    """The speerpunt whose heading encloses a passage: the deepest heading that starts with a
    speerpunt's code ("1.1 Betaalbaar wonen") or reads as its title wins."""
    by_code = {sp.code: sp.id for sp in speerpunten}
    by_title = {_fold(sp.title): sp.id for sp in speerpunten}
    for heading in reversed(heading_path):
        match = _CODE.match(heading)
        if match and match.group("code") in by_code:
            return by_code[match.group("code")]
        folded = _fold(heading)
        if folded in by_title:
            return by_title[folded]
    return None
