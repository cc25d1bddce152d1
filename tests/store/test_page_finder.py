"""page_finder (one query, bisect) answers as page_at (a query per offset) does, on a real PDF with page-end joins."""

from __future__ import annotations

from desktop.operations.documents import import_document
from desktop.store.documents import document_text, page_at
from desktop.store.pages import page_finder


def test_page_finder_agrees_with_page_at_on_every_sampled_offset(project, corpus_dir):
    documents = [import_document(project, corpus_dir / name).document.id
                 for name in ("nl-coalitieakkoord-2021-2025.pdf", "gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf")]
    breaks = project.db.execute("SELECT count(*) FROM passages WHERE page_breaks != '[]'").fetchone()[0]
    assert breaks > 0, "the corpus PDF has paragraphs running over a page end"
    page = page_finder(project, documents)
    for document_id in documents:
        length = len(document_text(project, document_id))
        for offset in range(0, length, 37):
            assert page(document_id, offset) == page_at(project, document_id, offset), offset


def test_pages_at_agrees_with_page_at_on_every_sampled_offset(project, corpus_dir):
    """The findings table's look-up (one index look-up per finding) names the same printed pages."""
    from desktop.store.pages import pages_at

    documents = [import_document(project, corpus_dir / name).document.id
                 for name in ("nl-coalitieakkoord-2021-2025.pdf", "gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf")]
    places = [(document_id, offset) for document_id in documents
              for offset in range(0, len(document_text(project, document_id)), 37)]
    page = pages_at(project, places)
    assert {page(*place) for place in places} - {None}, "the PDFs have printed pages"
    for document_id, offset in places:
        assert page(document_id, offset) == page_at(project, document_id, offset), offset
    assert page(documents[0], None) is None
