"""Comparison texts: stored per theme, per speerpunt and category, and a closing; cleared by an empty text."""

from __future__ import annotations

import pytest

from desktop.operations.documents import update_document
from desktop.operations.observations import set_comparison_closing, set_observation, set_theme_intro
from desktop.store.analysis.observations import comparison_texts
from desktop.store.frameworks import list_speerpunten
from desktop.store.reactions import report_parts
from tests.builders import add_document, add_small_framework


def test_texts_round_trip_and_clear(project) -> None:
    codes = add_small_framework(project)
    document_id = add_document(project, ["Tekst."])
    update_document(project, document_id, categories=["G40-steden", "Gemeenten v.d. regio"])
    theme_id = next(sp.theme_id for sp in list_speerpunten(project) if sp.code == "1.1")
    set_theme_intro(project, theme_id, "  Wonen voorop.  ")
    set_observation(project, codes["1.1"], "Gemeenten v.d. regio", "Dots in a category name survive.")
    set_observation(project, codes["1.1"], "G40-steden", "Eerst dit.")
    set_observation(project, codes["1.1"], "G40-steden", "Dan dit.")
    set_comparison_closing(project, "Tot slot.")
    texts = comparison_texts(project)
    assert texts.intro(theme_id) == "Wonen voorop."
    assert texts.observations == {(codes["1.1"], "Gemeenten v.d. regio"): "Dots in a category name survive.",
                                  (codes["1.1"], "G40-steden"): "Dan dit."}
    assert texts.closing == "Tot slot."
    set_observation(project, codes["1.1"], "G40-steden", "")
    assert (codes["1.1"], "G40-steden") not in comparison_texts(project).observations
    # They are report parts, so bundles and merges carry them like the other parts.
    assert report_parts(project)[f"comparison_intro.{theme_id}"] == "Wonen voorop."


def test_an_unknown_category_is_refused_and_nothing_stored(project) -> None:
    codes = add_small_framework(project)
    update_document(project, add_document(project, ["Tekst."]), categories=["G4"])
    with pytest.raises(ValueError, match="'G40'.*G4"):
        set_observation(project, codes["1.1"], "G40", "Typfout.")
    assert comparison_texts(project).observations == {}
