"""Finding the speerpunt a place in the position paper is about."""

from __future__ import annotations

from types import SimpleNamespace

from desktop.frameworks.linking import speerpunt_for_headings

SPEERPUNTEN = [SimpleNamespace(id="a", code="1.1", title="Betaalbaar wonen voor iedereen"),
               SimpleNamespace(id="b", code="1.2", title="Regie op de woningbouw"),
               SimpleNamespace(id="c", code="2.10", title="Een veilige stad")]


def test_the_deepest_heading_with_a_speerpunt_code_wins() -> None:
    assert speerpunt_for_headings(["Thema 1: Wonen", "1.2 Regie op de woningbouw"], SPEERPUNTEN) == "b"
    assert speerpunt_for_headings(["2. Vergelijking", "2.10. Een veilige stad", "Toelichting"], SPEERPUNTEN) == "c"


def test_a_heading_that_is_the_title_without_code_also_links() -> None:
    assert speerpunt_for_headings(["Wonen", "Betaalbaar  wonen voor IEDEREEN"], SPEERPUNTEN) == "a"


def test_text_outside_any_speerpunt_links_to_nothing() -> None:
    assert speerpunt_for_headings(["Inleiding"], SPEERPUNTEN) is None
    assert speerpunt_for_headings([], SPEERPUNTEN) is None
    assert speerpunt_for_headings(["1.3 Iets anders"], SPEERPUNTEN) is None
