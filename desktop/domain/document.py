"""Documents and their passages, as importers produce them and the store keeps them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class DocumentKind(enum.StrEnum):
    AGREEMENT = "agreement"
    POSITION = "position"
    OTHER = "other"


# The details of a document an analyst may change (`speerpunt meta --set`, the details dialog).
EDITABLE_FIELDS = ("title", "kind", "date", "parties", "issuer", "categories", "period", "short_name")


class PassageKind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    FOOTNOTE = "footnote"


@dataclass(slots=True, unsafe_hash=True)
class Block:
    """One structural unit found by an importer, before offsets are assigned; never changed once made.

    ``level`` is the heading level (1 = chapter) for headings and the nesting
    depth for list items; 0 otherwise. ``page`` is 1-based, or None when the
    source has no pages (TXT, Markdown, most DOCX).

    (Not a frozen dataclass, like ``Passage`` and ``Line``, only because a frozen one costs three
    times as much to make and a long PDF has thousands of blocks; equal blocks still hash alike.)
    """

    kind: PassageKind
    text: str
    level: int = 0
    page: int | None = None
    # Where a later page begins inside the block: (offset into ``text``, page index).
    breaks: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class Passage:
    """A block placed in the document's full text; never changed once made (not frozen: see ``Block``).

    ``start``/``end`` are code-point offsets into the full text (Python ``str``
    indices), never UTF-16 units. ``page`` is the page label a reader sees printed
    ("12", "iv"), None where the page prints none (a cover) or the source has no pages;
    ``pdf_page`` is the 1-based page index in the file. Citations use ``page``.
    ``page_breaks`` holds where a passage that runs on over a page end reaches a later
    page: (offset into the full text, page index, printed label), so a quote from its
    second half cites the page it stands on.
    """

    seq: int
    kind: PassageKind
    start: int
    end: int
    level: int = 0
    page: str | None = None
    heading_path: tuple[str, ...] = ()
    pdf_page: int | None = None
    page_breaks: tuple[tuple[int, int, str | None], ...] = ()


@dataclass
class ImportedDocument:
    """What an importer returns: the full text and its passages."""

    title: str
    text: str
    passages: list[Passage]
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)

    def passage_text(self, passage: Passage) -> str:
        return self.text[passage.start : passage.end]


PASSAGE_SEPARATOR = "\n\n"


def assemble(
    title: str, blocks: list[Block], pages: int | None = None, labels: dict[int, str] | None = None
) -> ImportedDocument:
    """Join blocks into one full text and compute offsets and heading paths.

    Every importer ends here, so offsets and heading paths follow one rule:
    passages are separated by a blank line, and a heading's path holds the
    titles of the open headings above it (itself included). ``labels`` maps a
    block's page index to its printed label; without it a page is labelled by its
    index, and a page missing from it prints no label.
    """
    parts: list[str] = []
    passages: list[Passage] = []
    open_headings: list[tuple[int, str]] = []
    path: tuple[str, ...] = ()  # the titles of ``open_headings``: changes only at a heading
    offset = 0
    for block in blocks:
        raw = block.text
        text = raw.strip()
        if not text:
            continue
        lead = 0 if len(text) == len(raw) else len(raw) - len(raw.lstrip())
        if parts:
            parts.append(PASSAGE_SEPARATOR)
            offset += len(PASSAGE_SEPARATOR)
        page = block.page
        if block.kind is PassageKind.HEADING:
            level = max(block.level, 1)
            while open_headings and open_headings[-1][0] >= level:
                open_headings.pop()
            open_headings.append((level, " ".join(text.split())))
            path = tuple(title for _, title in open_headings)
        else:
            level = block.level
        parts.append(text)
        passages.append(
            Passage(
                seq=len(passages),
                kind=block.kind,
                start=offset,
                end=offset + len(text),
                level=level,
                page=_label(page, labels),
                heading_path=path,
                pdf_page=page,
                page_breaks=tuple(
                    (offset + at - lead, later, _label(later, labels))
                    for at, later in block.breaks if 0 < at - lead < len(text)
                ) if block.breaks else (),
            )
        )
        offset += len(text)
    return ImportedDocument(title=title, text="".join(parts), passages=passages, pages=pages)


def _label(page: int | None, labels: dict[int, str] | None) -> str | None:
    if page is None:
        return None
    if labels is None:
        return str(page)
    return labels.get(page)


def page_label_at(page: str | None, page_breaks: list | tuple, offset: int) -> str | None:
    """The printed page ``offset`` stands on within a passage that starts on ``page`` and reaches later
    pages at ``page_breaks`` ((offset, page index, label), in text order)."""
    for at, _index, label in page_breaks:
        if at <= offset:
            page = label
    return page
