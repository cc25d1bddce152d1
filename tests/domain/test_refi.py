"""The REFI-QDA convention's pure parts: line ends and positions, code names, assessment codes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.finding import Assessment
from desktop.domain.refi import assessment_of_code_name, normalise_line_ends, split_code_name, xml_text

# Text with the characters that change counts: CR, LF, CRLF, astral characters, combining marks.
pieces = st.sampled_from(["a", "é", "e\u0301", "\r\n", "\r", "\n", "😀", "𝔸", " ", "wonen"])


@given(st.lists(pieces, max_size=40), st.data())
def test_a_span_points_at_the_same_words_after_line_ends_are_normalised(parts, data) -> None:
    text = "".join(parts)
    # Boundaries between pieces, so a span never cuts a CRLF in two (a finding never does).
    bounds = sorted({sum(len(p) for p in parts[:i]) for i in range(len(parts) + 1)})
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    plain = normalise_line_ends(text)
    # Ground truth: the standard's own description, applied to the pieces with str.replace.
    expected_text = text.replace("\r\n", "\n").replace("\r", "\n")
    assert plain.text == expected_text
    quote = text[start:end].replace("\r\n", "\n").replace("\r", "\n")
    assert plain.text[plain.to_plain(start):plain.to_plain(end)] == quote


def test_atlas_ti_counts_crlf_as_one() -> None:
    # "ab\r\ncd": ATLAS.ti says "cd" is 3-5 (CRLF one position); the standard's count is 4-6.
    assert normalise_line_ends("ab\r\ncd", crlf_is_one=True).to_plain(3) == 3
    assert normalise_line_ends("ab\r\ncd").to_plain(4) == 3


def test_code_names_split_into_number_and_title() -> None:
    assert split_code_name("2.4 Iedereen aan het werk") == ("2.4", "Iedereen aan het werk")
    assert split_code_name("10.1. Wonen") == ("10.1", "Wonen")
    assert split_code_name("2030 klimaatneutraal") == ("2030", "klimaatneutraal")
    assert split_code_name("Economie") == ("", "Economie")
    assert split_code_name("F.1 Toereikende budgetten") == ("", "F.1 Toereikende budgetten")
    assert split_code_name("F.1 Toereikende budgetten", own=True) == ("F.1", "Toereikende budgetten")


def test_assessment_codes_are_recognised_by_name_in_any_case() -> None:
    assert assessment_of_code_name("Beoordeling: zorg") is Assessment.CONCERN
    assert assessment_of_code_name("beoordeling:  Positief ") is Assessment.POSITIVE
    assert assessment_of_code_name("Assessment: missing") is Assessment.MISSING
    assert assessment_of_code_name("zorg") is None  # a speerpunt may well be called "Zorg"


def test_xml_text_drops_what_xml_cannot_hold() -> None:
    assert xml_text("pagina\x0c2\x00 😀") == "pagina2 😀"
