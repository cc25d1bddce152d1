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
