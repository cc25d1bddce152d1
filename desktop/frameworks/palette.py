"""Default theme colours: Paul Tol's 'muted' palette, chosen to stay apart for colour-blind readers."""

from __future__ import annotations

import re

from desktop.domain.framework import Framework

# Paul Tol's qualitative "muted" scheme (personal.sron.nl/~pault/): nine colours (plus its pale grey) that
# remain distinguishable under the common forms of colour blindness. Some are dark
# (indigo, wine): a highlight behind text should lighten them. After ten themes it repeats.
PALETTE: tuple[str, ...] = (
    "#88ccee",  # cyan
    "#cc6677",  # rose
    "#ddcc77",  # sand
    "#117733",  # green
    "#332288",  # indigo
    "#aa4499",  # purple
    "#44aa99",  # teal
    "#999933",  # olive
    "#882255",  # wine
    "#dddddd",  # pale grey, the scheme's tenth colour, so ten themes still differ
)

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def normalise_colour(value: str) -> str | None:
    """``#RRGGBB`` in lower case, from ``#RRGGBB`` or ``#RGB``; None when ``value`` is no such colour."""
    value = value.strip()
    if not _HEX.match(value):
        return None
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.lower()


def assign_default_colours(framework: Framework) -> Framework:
    """Give every theme without a colour the next palette colour no other theme uses yet.

    Explicit colours are kept; the defaults skip them, so a file that sets one theme to
    the palette's first colour does not get a second theme in the same colour. Speerpunten
    without a colour are left empty: they show in their theme's colour.
    """
    taken = {theme.colour for theme in framework.themes if theme.colour}
    free = [colour for colour in PALETTE if colour not in taken] or list(PALETTE)
    index = 0
    for theme in framework.themes:
        if not theme.colour:
            theme.colour = free[index % len(free)]
            index += 1
    return framework
