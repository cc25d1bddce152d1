"""Every corpus PDF against hand-checked ground truth: printed pages, whole paragraphs, no furniture, the title."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from desktop.domain.document import PassageKind
from desktop.ingest import read_document
from tests.ingest.corpus_truth import ground_truth, score

TRUTH = ground_truth()


@cache
def _read(path: Path):
    return read_document(path)  # each PDF once per test run, however many tests look at it


@pytest.fixture
def documents(corpus_dir: Path) -> dict:
    return {name: _read(corpus_dir / name) for name in TRUTH}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(TRUTH))
def test_passages_carry_the_printed_page(documents, name: str) -> None:
    result = score(name, documents[name], TRUTH[name])
    assert result.pages_checked >= 7
    assert result.page_mismatches == []


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(TRUTH))
def test_paragraphs_broken_by_lines_columns_and_pages_are_one_passage(documents, name: str) -> None:
    assert score(name, documents[name], TRUTH[name]).broken == []


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(TRUTH))
def test_columns_and_side_by_side_blocks_are_read_in_order(documents, name: str) -> None:
    assert score(name, documents[name], TRUTH[name]).out_of_order == []


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(TRUTH))
def test_running_headers_and_footers_never_reach_the_text(documents, name: str) -> None:
    assert score(name, documents[name], TRUTH[name]).leaks == []


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(TRUTH))
def test_the_title_comes_from_the_cover(documents, name: str) -> None:
    result = score(name, documents[name], TRUTH[name])
    assert result.title_ok, result.title


@pytest.mark.corpus
def test_the_regeerprogramma_reads_as_printed(documents) -> None:
    document = documents["nl-regeerprogramma-2024.pdf"]
    result = score("nl-regeerprogramma-2024.pdf", document, TRUTH["nl-regeerprogramma-2024.pdf"])
    # Its running header ("11 | Regeerprogramma | ... | 1. Bestaanszekerheid") was a table on some
    # hundred pages and two text columns were read as tables: no table is left, and hardly a
    # paragraph opens mid-sentence (about ninety did).
    assert result.tables == 0
    assert len(result.mid_sentence) <= 5, result.mid_sentence
    # Every page carries its printed number, which here equals the page index.
    assert all(p.page == str(p.pdf_page) for p in document.passages)


@pytest.mark.corpus
def test_unnumbered_front_pages_of_the_2021_agreement_print_no_page(documents) -> None:
    document = documents["nl-coalitieakkoord-2021-2025.pdf"]
    front = {p.page for p in document.passages if (p.pdf_page or 0) <= 3}
    assert front == {None}
    # From the first numbered page on, printed = index - 3 (a citation used to say "p. 5" for page 2).
    assert all(p.page == str(p.pdf_page - 3) for p in document.passages if p.pdf_page > 3)


@pytest.mark.corpus
def test_the_regeerprogramma_chapters_are_its_contents(documents) -> None:
    document = documents["nl-regeerprogramma-2024.pdf"]
    chapters = [(page, title) for page, title in TRUTH["nl-regeerprogramma-2024.pdf"]["chapters"]]
    headings = {(p.page, document.passage_text(p)): p for p in document.passages if p.kind is PassageKind.HEADING}
    levels = set()
    for page, title in chapters:
        heading = headings.get((str(page), title))
        assert heading is not None, title
        levels.add(heading.level)
    assert len(levels) == 1  # one level for every chapter
    # A section sits under its chapter, not under the previous chapter's last heading.
    section = next(p for p in document.passages if p.pdf_page == 19 and document.passage_text(p) == "Asielmigratie")
    assert "2 Grip op asiel en migratie" in section.heading_path
    assert "Tot slot" not in section.heading_path
