"""Search on real programmes (../shared/corpus/*.txt): every Dutch form found, each at its own place.

The expected places come from a regular expression over the document text with the word forms
listed by hand, not from the search code."""

from __future__ import annotations

import re

import pytest

from desktop.operations.documents import import_document
from desktop.store.documents import document_text
from desktop.store.index.search import search

pytestmark = pytest.mark.corpus

PROGRAMMES = ["nsc-verkiezingsprogramma-2023.txt", "pvv-verkiezingsprogramma-2023.txt"]
# Query -> the forms a Dutch reader expects it to find (checked by hand against the stemmer's
# documentation and the texts), as a pattern of whole words.
FORMS = {
    "gemeente": r"gemeente|gemeenten|gemeentes|gemeentelijk|gemeentelijke",
    "woning": r"woning|woningen",
    "financiele": r"financiële|financiele",
    '"sociale zekerheid"': r"sociale\s+zekerheid",
}


@pytest.fixture(params=PROGRAMMES)
def programme(request, corpus_dir, project):
    path = corpus_dir / request.param
    if not path.exists():
        pytest.skip(f"{path} is absent")
    document_id = import_document(project, path).document.id
    return project, document_id, document_text(project, document_id)


@pytest.mark.parametrize("query", sorted(FORMS))
def test_every_form_is_found_at_its_own_place(programme, query) -> None:
    project, document_id, text = programme
    expected = [m.span() for m in re.finditer(rf"(?<!\w)(?:{FORMS[query]})(?!\w)", text, re.IGNORECASE)]
    hits = search(project, query, document_id=document_id, limit=10_000)
    found = sorted(span for hit in hits for span in hit.matches)
    assert found == expected
    assert all(hit.start <= s < e <= hit.end for hit in hits for s, e in hit.matches)
