"""Re-anchoring one finding: never on words unlike its quote, offsets right after any white space."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from desktop.domain.finding import make_anchor
from desktop.domain.reanchor import AnchorStatus, NormalisedText, place_anchor

WORDS = ["gemeenten", "het", "kabinet", "investeert", "in", "woningen", "zorg", "jeugd", "de", "regio",
         "middelen", "extra", "bestaanszekerheid", "voor", "iedereen", "wordt", "eenvoudiger"]
sentences = st.lists(st.sampled_from(WORDS), min_size=4, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
spaces = st.sampled_from([" ", "  ", "\n", " \n ", "\t"])


@given(st.lists(sentences, min_size=2, max_size=12), st.data())
def test_a_placed_finding_always_resembles_its_quote(old_sentences, data) -> None:
    """Whatever the edits, a finding that is placed sits on words like its own; otherwise it is orphaned."""
    old = " ".join(old_sentences)
    index = data.draw(st.integers(0, len(old_sentences) - 1))
    start = sum(len(s) + 1 for s in old_sentences[:index])
    anchor = make_anchor(old, start, start + len(old_sentences[index]))
    new_sentences = data.draw(st.lists(sentences, min_size=1, max_size=12))
    new = data.draw(spaces).join(new_sentences)
    placement = place_anchor(anchor, NormalisedText(new))
    if placement.status is AnchorStatus.ORPHANED:
        assert placement.start is None and placement.end is None
        return
    placed = " ".join(new[placement.start:placement.end].split())
    assert fuzz.ratio(" ".join(anchor.quote.split()), placed) >= 70
    if placement.status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
        assert placed == " ".join(anchor.quote.split())


@given(st.lists(st.tuples(st.sampled_from(WORDS), spaces), min_size=1, max_size=30))
def test_normalised_offsets_map_back_to_the_same_words(pieces) -> None:
    text = "".join(word + space for word, space in pieces)
    normalised = NormalisedText(text)
    assert normalised.text == re.sub(r"\s+", " ", text)
    for match in re.finditer(r"\S+", normalised.text):
        start, end = normalised.to_original(*match.span())
        assert text[start:end] == match.group()


def test_a_sentence_quoted_again_elsewhere_stays_in_its_context() -> None:
    sentence = "Het kabinet investeert in betaalbare woningen voor starters."
    old = f"Inleiding over wonen. {sentence} Daarna volgt de zorg voor ouderen in de regio."
    start = old.index(sentence)
    anchor = make_anchor(old, start, start + len(sentence))
    new = f"Voorwoord: {sentence}\n\nInleiding over wonen. {sentence} Daarna volgt de zorg voor ouderen in de regio."
    placement = place_anchor(anchor, NormalisedText(new))
    assert placement.status is AnchorStatus.EXACT and placement.start == new.rindex(sentence)


def test_a_short_quote_in_foreign_context_is_orphaned_not_guessed() -> None:
    old = "Over de bijstand zijn we het eens. De zorg blijft vaag. Dat moet beter worden in de uitvoering."
    start = old.index("De zorg blijft vaag.")
    anchor = make_anchor(old, start, start + len("De zorg blijft vaag."))
    new = "Een geheel andere tekst over defensie en buitenland. De zorg blijft vaag. Verder niets over gemeenten."
    assert place_anchor(anchor, NormalisedText(new)).status is AnchorStatus.ORPHANED


def test_a_sentence_repeated_with_its_whole_context_keeps_its_own_occurrence() -> None:
    """An agreement that repeats a sentence word for word in two chapters: the finding on the second
    stays on the second, even when new text before both shifts every offset."""
    repeated = "Het is aan het kabinet om te komen tot een integraal pakket dat tot voldoende reductie leidt."
    old = f"Hoofdstuk klimaat. {repeated} Hoofdstuk defensie. {repeated} Slot."
    second = old.rindex("tot een integraal pakket")
    anchor = make_anchor(old, second, second + len("tot een integraal pakket"))
    new = "Een nieuwe inleiding van enige lengte. " + old.replace("Slot.", "Slot en dank.")
    placement = place_anchor(anchor, NormalisedText(new), second / len(old))
    assert placement.status is AnchorStatus.EXACT
    assert placement.start == new.rindex("tot een integraal pakket")
    # Without knowing where it stood, the matcher does not guess between the two.
    assert place_anchor(anchor, NormalisedText(new)).status is AnchorStatus.ORPHANED


def test_the_bundle_checks_know_every_anchor_status() -> None:
    from desktop.store.checks.row_checks import ANCHORS

    assert set(ANCHORS) - {None} == {status.value for status in AnchorStatus}
