"""Full-text search: ranked, snippets, diacritics, prefixes, phrases, no syntax errors."""

from __future__ import annotations

import pytest

from desktop.store.search import BadQuery, search
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
