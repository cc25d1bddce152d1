"""A remembered reading place finds its words again in a revised text, or falls back to the start."""

from __future__ import annotations

from desktop.domain.reading_place import ReadingPlace, place_in, resume_offset

PARAGRAPHS = [
    "Het kabinet bouwt 100.000 woningen per jaar, waarvan twee derde betaalbaar.",
    "Gemeenten krijgen meer ruimte voor maatwerk in het sociaal domein.",
    "De bijstand wordt vereenvoudigd en de kostendelersnorm verdwijnt voor jongeren tot 27 jaar.",
    "Scholen krijgen extra geld voor kleinere klassen in het basisonderwijs.",
    "Het Rijk maakt met de provincies afspraken over natuurherstel en stikstof.",
]
OLD = "\n\n".join(PARAGRAPHS)


def test_an_unchanged_text_reopens_at_the_same_code_point() -> None:
    offset = OLD.index("De bijstand")
    assert resume_offset(place_in(OLD, offset), OLD) == offset


def test_a_revised_text_reopens_at_the_same_words_where_they_moved() -> None:
    offset = OLD.index("De bijstand")
    place = ReadingPlace.from_value(place_in(OLD, offset).as_dict())  # through the settings' JSON form
    new = "Inleiding: een nieuw hoofdstuk over de regio's en hun opgaven.\n\n" + OLD.replace(
        "Gemeenten krijgen meer ruimte", "Gemeenten en provincies krijgen veel meer ruimte")
    resumed = resume_offset(place, new)
    assert resumed != offset and new[resumed:].startswith("De bijstand wordt vereenvoudigd")


def test_a_place_whose_words_are_gone_reopens_at_the_start() -> None:
    place = place_in(OLD, OLD.index("De bijstand"))
    new = "\n\n".join(p for p in PARAGRAPHS if not p.startswith("De bijstand"))
    assert resume_offset(place, new) == 0


def test_what_the_settings_may_hold_is_read_safely() -> None:
    assert ReadingPlace.from_value(120) == ReadingPlace(120, 0, None)  # a bare offset (before the words were kept)
    assert resume_offset(ReadingPlace.from_value(120), "kort") == 4
    for damaged in (None, "12", True, -5, {"offset": "x"}, {"offset": -1}, []):
        assert ReadingPlace.from_value(damaged) is None
    assert resume_offset(None, OLD) == 0
