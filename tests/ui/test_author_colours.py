"""Author colours: distinct for a team, the same for everyone with the same names."""

from __future__ import annotations

from desktop.ui.author_colours import PALETTE, AuthorColours, author_colour


def test_six_analysts_get_six_different_colours():
    names = ["Anna de Vries", "Bram Jansen", "Chantal Bakker", "Dirk Visser", "Eva Smit", "Fatima El Amrani"]
    colours = AuthorColours(names)
    assert len({colours.name(name) for name in names}) == len(PALETTE)


def test_colours_do_not_depend_on_order_or_run():
    names = ["Bram Jansen", "Anna de Vries", "Chantal Bakker"]
    one, two = AuthorColours(names), AuthorColours(reversed(names))
    assert [one.name(n) for n in names] == [two.name(n) for n in names]
    assert author_colour("Anna de Vries").name() == author_colour("anna  de vries").name()


def test_an_unknown_author_still_gets_a_palette_colour(qapp):
    colours = AuthorColours(["Anna"])
    assert colours.name("Onbekend") in PALETTE
    assert not colours.icon("Onbekend").isNull()
