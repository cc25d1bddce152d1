"""PDF reader: PDFium's text layer as positioned lines, segmented into passages that keep their page."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from desktop.domain.document import ImportedDocument, assemble
from desktop.ingest.errors import ImportRefused
from desktop.ingest.furniture import body_size, furniture_lines, printed_numbers
from desktop.ingest.kamerstuk import kamerstuk_title
from desktop.ingest.lines import Line, clean
from desktop.ingest.page_labels import page_labels
from desktop.ingest.pdf_layout import _Probe, page_lines
from desktop.ingest.segment import segment
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason

# PDFium's load errors (fpdfview.h): FPDF_ERR_PASSWORD and FPDF_ERR_SECURITY.
_PASSWORD_ERRORS = {raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY}
# Below this many characters per page on average the "text" is page furniture of a scan.
_MIN_CHARS_PER_PAGE = 20
# A cover's title: lines set within this share of the cover's largest type, three letters or more.
_TITLE_SHARE = 0.9
_MAX_TITLE = 200
_COVER_SIZE = 1.6  # a cover title's type is at least this many times the body size
_LETTERS = re.compile(r"[^\W\d_]{3}")


def read_pdf(data: bytes, filename: str, progress: Progress) -> ImportedDocument:
    """Read a PDF's text layer into passages, or refuse it with a reason the user can act on."""
    if b"%PDF" not in data[:1024]:
        raise ImportRefused(filename, Reason("not a readable PDF (the file does not start like a PDF)"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in _PASSWORD_ERRORS:
            raise ImportRefused(filename, Reason("password-protected PDF: remove the password first")) from error
        raise ImportRefused(filename, Reason("not a readable PDF (the file is damaged or not a PDF)")) from error
    try:
        return _read(document, filename, progress)
    finally:
        document.close()


def read_page_labels(data: bytes) -> dict[int, str]:
    """The printed label of each page (1-based index) of a PDF, as an import finds them; raises on a bad file."""
    document = pdfium.PdfDocument(data)
    try:
        lines, heights = _lines(document, "", NullProgress())
        return page_labels(document, printed_numbers(lines, heights))
    finally:
        document.close()


def _read(document: pdfium.PdfDocument, filename: str, progress: Progress) -> ImportedDocument:
    count = len(document)
    if count == 0:
        raise ImportRefused(filename, Reason("not a readable PDF (it has no pages)"))
    progress.start(count, "Reading PDF")
    lines, heights = _lines(document, filename, progress)
    characters = sum(len(line.text) for line in lines)
    if characters < _MIN_CHARS_PER_PAGE * count and characters < 200:
        raise ImportRefused(filename, Reason("no text layer: OCR is not supported (a scanned PDF holds only images)"))
    check_cancelled(progress)
    furniture = furniture_lines(lines, heights)  # found once: the segmenter drops them, the page labels read them
    blocks = segment(lines, heights, furniture=furniture)
    if not blocks:
        raise ImportRefused(filename, Reason("no text layer: OCR is not supported (a scanned PDF holds only images)"))
    labels = page_labels(document, printed_numbers(lines, heights, furniture))
    return assemble(_title(document, lines, filename), blocks, pages=count, labels=labels)


def _lines(document: pdfium.PdfDocument, filename: str, progress: Progress) -> tuple[list[Line], dict[int, float]]:
    """Every page's lines in reading order, and each page's height."""
    lines: list[Line] = []
    heights: dict[int, float] = {}
    probe = _Probe()
    for index in range(len(document)):
        check_cancelled(progress)
        try:
            page = document[index]
        except pdfium.PdfiumError as error:
            raise ImportRefused(filename, Reason("not a readable PDF (page {page} is damaged)", page=index + 1)) from error
        box = page.get_cropbox()
        heights[index + 1] = box[3] - box[1]
        textpage = page.get_textpage()
        try:
            lines.extend(page_lines(textpage, index + 1, box, probe))
        finally:
            textpage.close()
            page.close()
        progress.advance()
    return lines, heights


def _title(document: pdfium.PdfDocument, lines: list[Line], filename: str) -> str:
    """A Kamerstuk's title from its masthead, else the PDF's own Title when it reads like one, else the
    cover's title (its largest type), else the file name.

    Never a heading from inside: a reader names the document by what its cover says. A Kamerstuk
    has no cover; its largest type is the masthead ("Tweede Kamer der Staten-Generaal").
    """
    first_page = next((line.page for line in lines if _LETTERS.search(line.text)), None)
    kamerstuk = kamerstuk_title([line.text for line in lines if line.page == first_page])
    if kamerstuk:
        return kamerstuk
    try:
        title = clean(document.get_metadata_value("Title") or "")
    except Exception:  # damaged metadata must not cost the import
        title = ""
    # Word writes the first line or a temp name ("Microsoft Word - x.docx"); those are not titles.
    if title and not re.search(r"microsoft|\.docx?$|\.pdf$|^untitled|^document\d*$", title, re.I) and len(title) > 3:
        return title
    cover = _cover_title(lines)
    if cover:
        return cover
    stem = filename.rsplit(".", 1)[0]
    return stem or filename


def _cover_title(lines: list[Line]) -> str:
    """The first run of lines in the largest type on the first page with text, when that type stands out.

    A cover sets its title far larger than the body text; a first page that opens with an
    ordinary heading ("Inleiding") has no cover, and its heading is not the document's name.
    """
    first_page = next((line.page for line in lines if _LETTERS.search(line.text)), None)
    if first_page is None or first_page > 2:
        return ""
    page = [line for line in lines if line.page == first_page and line.size]
    largest = max(line.size or 0 for line in page if _LETTERS.search(line.text))
    body = body_size(lines) or largest
    if largest < _COVER_SIZE * body:
        return ""
    run: list[str] = []
    for line in page:
        if (line.size or 0) >= _TITLE_SHARE * largest:
            run.append(line.text.replace(" | ", " "))
        elif run:
            break
    title = clean(" ".join(run))
    return title if len(title) <= _MAX_TITLE else ""
