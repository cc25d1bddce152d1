"""A stable colour per analyst, from a colour-blind-safe palette, to tell authors apart.

Use ``AuthorColours(list_authors(project))`` once per refresh and ask it per
row (``colour(name)``, ``icon(name)``); for one name without the others,
``author_colour(name)`` gives its hashed colour.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from PySide6.QtGui import QColor, QIcon

from desktop.ui.assessments import swatch

# Paul Tol's "bright" scheme (without its grey): distinct under the common
# colour blindnesses and different from the assessment colours' Okabe-Ito
# greens/oranges. The author's name always goes with the colour.
PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377")


def _slot(name: str) -> int:
    # A digest, not hash(): Python randomises str hashes per run, and a
    # colour must be the same tomorrow and on a colleague's computer.
    digest = hashlib.blake2s(" ".join(name.split()).casefold().encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % len(PALETTE)


def author_colour(name: str) -> QColor:
    """``name``'s own colour: the same on every computer, but two names may share one."""
    return QColor(PALETTE[_slot(name)])


class AuthorColours:
    """Colours for a known set of analysts: each keeps its own colour unless another took it.

    Authors are placed in name order; one whose colour is already taken gets the
    next free one, so up to len(PALETTE) analysts always differ and everyone
    working with the same set of names sees the same colours. Beyond that the
    palette repeats.
    """

    def __init__(self, authors: Iterable[str]) -> None:
        self._colours: dict[str, str] = {}
        taken: set[int] = set()
        for name in sorted(set(authors), key=str.casefold):
            slot = _slot(name)
            if len(taken) < len(PALETTE):
                while slot in taken:
                    slot = (slot + 1) % len(PALETTE)
                taken.add(slot)
            self._colours[name] = PALETTE[slot]

    def name(self, author: str) -> str:
        """The colour as #RRGGBB; an author not in the set gets their hashed colour."""
        return self._colours.get(author) or PALETTE[_slot(author)]

    def colour(self, author: str) -> QColor:
        return QColor(self.name(author))

    def icon(self, author: str, size: int = 12) -> QIcon:
        """A small swatch for a table cell's decoration."""
        return swatch(self.name(author), size)
