"""Full-text search: ranked, snippets, diacritics, prefixes, phrases, no syntax errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.store.index.search import BadQuery, search
from tests.builders import add_document


@pytest.fixture
def corpus(project):
    agreement = add_document(project, [
        "De financiële positie van gemeenten wordt structureel versterkt.",
        "Het kabinet investeert in schuldhulpverlening en bestaanszekerheid.",
        "Gemeenten krijgen meer ruimte voor maatwerk in het sociaal domein. Gemeenten, gemeenten!",
    ], title="Akkoord")
    other = add_document(project, ["Schuldhulpverlening is een speerpunt van de G40."], title="Agenda")
    return project, agreement, other


def test_diacritics_and_case_do_not_matter(corpus) -> None:
    project, agreement, _ = corpus
    hits = search(project, "FINANCIELE")
    assert [hit.document_id for hit in hits] == [agreement]
    assert "[financiële]" in hits[0].snippet


def test_prefix_query_finds_word_forms(corpus) -> None:
    project, *_ = corpus
    assert len(search(project, "schuldhulp*")) == 2
    assert search(project, "schuldhulp") == []


def test_phrase_query_needs_the_words_together(corpus) -> None:
    project, *_ = corpus
    assert len(search(project, '"sociaal domein"')) == 1
    assert search(project, '"domein sociaal"') == []


def test_best_match_ranks_first_and_filters_by_document(corpus) -> None:
    project, agreement, other = corpus
    hits = search(project, "gemeenten")
    assert hits[0].snippet.count("[") >= 3  # the passage that names gemeenten most
    assert all(hit.document_id == other for hit in search(project, "schuldhulpverlening", document_id=other))


def test_hits_point_at_the_passage_in_the_text(corpus) -> None:
    from desktop.store.documents import document_text

    project, agreement, _ = corpus
    hit = search(project, "maatwerk")[0]
    assert "maatwerk" in document_text(project, agreement)[hit.start : hit.end]


@pytest.mark.parametrize("query", ["OR", "NEAR(", "-", "a:b", '"', "*", "AND NOT", "^x"])
def test_fts_syntax_typed_by_a_user_never_raises_a_syntax_error(corpus, query) -> None:
    project, *_ = corpus
    try:
        search(project, query)
    except BadQuery as error:
        assert "at least one word" in str(error)


# -- Dutch word forms, exact phrases, matched words' places ------------------------------------


@pytest.fixture
def forms(project):
    document = add_document(project, [
        "Gemeenten bouwen woningen.",
        "Elke gemeente telt mee.",
        "Naar mijn mening is dat zo.",
        "Een woning voor iedereen; de financiën van het Rijk.",
    ], title="Vormen")
    return project, document


def _texts(project, hits) -> list[str]:
    from desktop.store.documents import document_text

    text = document_text(project, hits[0].document_id) if hits else ""
    return sorted(text[hit.start:hit.end] for hit in hits)


def test_a_word_finds_its_dutch_forms_both_ways(forms) -> None:
    project, _ = forms
    both = ["Elke gemeente telt mee.", "Gemeenten bouwen woningen."]
    assert _texts(project, search(project, "gemeente")) == both
    assert _texts(project, search(project, "GEMEENTEN")) == both
    assert _texts(project, search(project, "woning")) == _texts(project, search(project, "woningen")) == [
        "Een woning voor iedereen; de financiën van het Rijk.", "Gemeenten bouwen woningen."]
    # Stems are no leaps: "gemeente" is not "mening" (Snowball's newer Dutch stemmer would say it is).
    assert "Naar mijn mening is dat zo." not in _texts(project, search(project, "gemeente"))
    assert _texts(project, search(project, "financien")) == ["Een woning voor iedereen; de financiën van het Rijk."]


def test_quotes_match_exactly_the_words_typed(forms) -> None:
    project, _ = forms
    assert _texts(project, search(project, '"gemeente"')) == ["Elke gemeente telt mee."]
    assert _texts(project, search(project, '"gemeente telt"')) == ["Elke gemeente telt mee."]
    assert search(project, '"gemeenten telt"') == []
    assert _texts(project, search(project, '"FINANCIEN"')) == ["Een woning voor iedereen; de financiën van het Rijk."]


def test_the_snippet_marks_every_form_found(forms) -> None:
    project, _ = forms
    [hit] = [h for h in search(project, "woning gemeente") if "bouwen" in h.snippet]
    assert hit.snippet == "[Gemeenten] bouwen [woningen]."
    assert hit.words == ("Gemeenten", "woningen")


WORDS = ["Straße", "İzmir", "ﬁets", "financiële", "gemeente", "Gemeente", "gemeenten", "zorg", "ß", "—", ",", "2,5"]


@settings(max_examples=30)  # a project file per example
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from([" ", "\n", "  "]))
def test_matches_are_where_the_text_has_the_word(tmp_path_factory, words, separator) -> None:
    import re

    from desktop.store import create_project
    from desktop.store.documents import document_text

    project = create_project(tmp_path_factory.mktemp("p") / "p.speerpunt")
    try:
        document = add_document(project, [separator.join(words)])
        text = document_text(project, document)
        # The ground truth, from the original text: the exact word (any case), not inside a longer word.
        expected = [m.span() for m in re.finditer(r"(?<!\w)gemeente(?!\w)", text, re.IGNORECASE)]
        hits = search(project, '"gemeente"')
        assert [list(hit.matches) for hit in hits] == ([expected] if expected else [])
        stemmed = [m.span() for m in re.finditer(r"(?<!\w)gemeenten?(?!\w)", text, re.IGNORECASE)]
        assert [list(hit.matches) for hit in search(project, "gemeente")] == ([stemmed] if stemmed else [])
    finally:
        project.close()


def test_words_far_outside_the_snippet_are_matched_too(project) -> None:
    from desktop.store.documents import document_text

    filler = " ".join(f"woord{n}" for n in range(200))
    document = add_document(project, [f"Jeugdzorg eerst. {filler} En aan het eind weer jeugdzorg."])
    text = document_text(project, document)
    [hit] = search(project, "jeugdzorg")
    assert [text[s:e] for s, e in hit.matches] == ["Jeugdzorg", "jeugdzorg"]
    assert hit.matches[1][0] == text.rindex("jeugdzorg")
    assert len(hit.snippet.split()) <= 18


def test_a_two_megabyte_passage_is_searched_with_work_linear_in_its_words(project) -> None:
    """Issue 10: snippets over a 2 MB passage took minutes (FTS5's snippet() grows with the square of the
    matches). The bound counts Python and C calls made by search, generously; bench/ has the time."""
    import sys

    sentence = "De gemeente investeert in woningen en zorg voor iedereen die het nodig heeft "
    huge = sentence * (2_000_000 // len(sentence))  # one passage, no line breaks
    add_document(project, [huge])
    word_count = len(huge.split())
    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        hits = search(project, "gemeente zorg")
    finally:
        sys.setprofile(None)
    [hit] = hits
    assert len(hit.matches) == 2 * huge.count("gemeente")
    assert len(hit.snippet) < 200
    assert calls < 3 * word_count  # one pass over the words; a pass per match would be ~50,000 times more


def test_the_walker_tags_the_sentence_with_the_word_after_characters_that_grow_under_casefold(project) -> None:
    from desktop.store.documents import document_text
    from desktop.store.index.hit_spans import walk_hits

    # Six "ß" become twelve letters under casefold: a position found on a casefolded copy lands
    # six places on, past "zorg." and in the next sentence.
    document = add_document(project, ["Maßstäbe groß, Fuß, Gruß, Spaß, Strauß. Wij willen zorg. Daarna komt niets."])
    text = document_text(project, document)
    [hit] = walk_hits(project, "zorg")
    assert text[hit.start:hit.end] == "Wij willen zorg."
    assert hit.words == ("zorg",)
