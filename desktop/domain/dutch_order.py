"""Dutch order for names: numbers by value, case and diacritics folded, 's-/'t under the next word; categories
of municipalities by size.

One key for every list of agreement or municipality names (the document library, the comparison
matrix, the national overview and its matrix workbook), so they all put "Gemeente 9" before
"Gemeente 10", "Ede" beside "Édé" and 's-Hertogenbosch under H, as a Dutch reader expects; and one
for categories, so the overview and the matrix both read G4, G40, middle-sized, small.
"""

from __future__ import annotations

import re

from desktop.domain.folding import fold

# Elided articles a Dutch list files under the word that follows ('s-Gravenhage under G).
_ARTICLES = ("'s-", "'s ", "'t ", "'t-")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NUMBER = re.compile(r"(\d+)")

NameKey = tuple[tuple[int, int | str], ...]


def dutch_name_key(name: str) -> NameKey:
    """A sort key: ``sorted(names, key=dutch_name_key)`` gives Dutch alphabetical order.

    Digits compare as numbers ("Gemeente 2" < "Gemeente 10"), letters folded ("Ö" as "o"); an
    elided article at the start is moved behind, so it only breaks ties ("Gravenhage" before
    "'s-Gravenhage"). Equal keys keep their input order (Python's sort is stable).
    """
    folded = " ".join(fold(name.translate(_APOSTROPHES)).split())
    for article in _ARTICLES:
        if folded.startswith(article):
            folded = f"{folded[len(article):]} {article.strip()}"
            break
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _NUMBER.split(folded) if part)


# Municipalities by size, as the VNG, the G40 and Platform31 group them; other categories follow by name.
SIZE_CLASSES = ("g4", "g40", "middelgroot", "middelgrote gemeenten", "klein", "kleine gemeenten")


def category_key(name: str) -> tuple[int, NameKey]:
    """A sort key for categories: the size classes in their order (G4, G40, middelgroot, klein), then the rest."""
    folded = " ".join(fold(name).split())
    return (SIZE_CLASSES.index(folded) if folded in SIZE_CLASSES else len(SIZE_CLASSES), dutch_name_key(name))
