"""One folding for every comparison: case and diacritics never matter, and positions map back exactly."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.folding import FoldedText, fold, fold_with_origins


def test_fold_drops_case_and_diacritics() -> None:
    assert fold("Financiële GEÏNVESTEERD coördinatie") == "financiele geinvesteerd coordinatie"
    assert fold("Straße") == "strasse" and fold("İzmir") == "izmir" and fold("ﬁets") == "fiets"
    assert fold("Cañon") == fold("Can\u0303on") == "canon"  # composed or decomposed alike


@given(st.text())
def test_folding_per_character_is_folding_the_whole(text: str) -> None:
    folded, origins = fold_with_origins(text)
    origins = list(origins)
    assert folded == fold(text)
    assert len(origins) == len(folded)
    assert origins == sorted(origins) and all(0 <= index < len(text) for index in origins)
    assert "".join(fold(text[index]) for index in sorted(set(origins))) == folded


def test_found_spans_are_places_in_the_original_text() -> None:
    text = "De Straße in İzmir: de financiële positie.\nFinancie\u0308le  positie!"
    found = FoldedText(text).find("financiele positie")
    # By hand: the first at "financiële positie", the second over the decomposed "ë" and a line break.
    first = text.index("financiële positie")
    second = text.index("Financie\u0308le")
    assert found == [(first, first + 18), (second, second + len("Financie\u0308le  positie"))]
    [(start, end)] = FoldedText(text).find("STRASSE")
    assert text[start:end] == "Straße"
    [(start, end)] = FoldedText(text).find("stras")  # half of "ß" takes the whole character
    assert text[start:end] == "Straß"
    assert FoldedText(text).find("   ") == []


def test_a_decomposed_accent_stays_with_its_letter() -> None:
    text = "cafe\u0301 open"
    [(start, end)] = FoldedText(text).find("cafe")
    assert text[start:end] == "cafe\u0301" and unicodedata.normalize("NFC", text[start:end]) == "café"


def test_a_theme_is_found_by_its_title_typed_without_accents(project) -> None:
    from desktop.domain.framework import Framework, Speerpunt, Theme
    from desktop.operations.frameworks import add_framework
    from desktop.store.frameworks import resolve_theme

    add_framework(project, Framework(name="Kader", themes=[
        Theme(title="Zorg en financiën", speerpunten=[Speerpunt(code="1.1", title="Zorg dichtbij")])]), author="Test")
    assert resolve_theme(project, "ZORG EN  FINANCIEN").title == "Zorg en financiën"


def test_fold_of_long_mixed_text_equals_decomposing_the_whole_text():
    """fold() decomposes only non-ASCII runs (fast on long quotes); the result is the whole-text definition."""
    import random
    import unicodedata

    from desktop.domain.folding import fold

    def whole(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(char for char in decomposed if not unicodedata.combining(char))

    rng = random.Random(20)
    alphabet = "abcXYZ éëÉïĳßﬁ€ŉİΣσς\u0308\u0301eE 12ÅåØøçÇñÑ"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert fold(text) == whole(text), text
