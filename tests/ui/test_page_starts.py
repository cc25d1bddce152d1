"""The margin's page labels: where each printed page begins, also inside a paragraph that runs over a page end."""

from __future__ import annotations

from desktop.domain.document import PassageKind
from desktop.store.documents import PassageRecord
from desktop.ui.panes.document_format import page_starts


def _passage(start: int, pdf_page: int, page: str | None, breaks=()) -> PassageRecord:
    return PassageRecord(id=start, document_id="d", seq=start, kind=PassageKind.PARAGRAPH, level=0, heading_path=(),
                         page=page, start=start, end=start + 100, text="x" * 100, pdf_page=pdf_page,
                         page_breaks=breaks)


def test_pages_start_at_passages_and_inside_them_and_covers_show_none() -> None:
    passages = [
        _passage(0, 1, None),  # an unnumbered cover
        _passage(200, 2, "1"),
        _passage(400, 2, "1", breaks=((450, 3, "2"),)),  # runs on to the next page
        _passage(600, 3, "2"),
    ]
    assert [(s.offset, s.page) for s in page_starts(passages)] == [(200, "1"), (450, "2")]
