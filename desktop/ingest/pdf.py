"""PDF reader: PDFium's text layer as positioned lines, segmented into passages that keep their page."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from desktop.domain.document import Block, ImportedDocument, PassageKind, assemble
from desktop.ingest.errors import ImportRefused
from desktop.ingest.lines import Line, clean
from desktop.ingest.pdf_layout import _Probe, page_lines
from desktop.ingest.segment import segment
from desktop.progress import Progress, check_cancelled

# PDFium's load errors (fpdfview.h): FPDF_ERR_PASSWORD and FPDF_ERR_SECURITY.
_PASSWORD_ERRORS = {raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY}
# Below this many characters per page on average the "text" is page furniture of a scan.
_MIN_CHARS_PER_PAGE = 20


def read_pdf(data: bytes, filename: str, progress: Progress) -> ImportedDocument:
    """Read a PDF's text layer into passages, or refuse it with a reason the user can act on."""
    if b"%PDF" not in data[:1024]:
        raise ImportRefused(filename, "not a readable PDF (the file does not start like a PDF)")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in _PASSWORD_ERRORS:
            raise ImportRefused(filename, "password-protected PDF: remove the password first") from error
        raise ImportRefused(filename, "not a readable PDF (the file is damaged or not a PDF)") from error
    try:
        return _read(document, filename, progress)
    finally:
        document.close()


def _read(document: pdfium.PdfDocument, filename: str, progress: Progress) -> ImportedDocument:
    count = len(document)
    if count == 0:
        raise ImportRefused(filename, "not a readable PDF (it has no pages)")
    progress.start(count, "Reading PDF")
    lines: list[Line] = []
    heights: dict[int, float] = {}
    probe = _Probe()
    for index in range(count):
        check_cancelled(progress)
        try:
            page = document[index]
        except pdfium.PdfiumError as error:
            raise ImportRefused(filename, f"not a readable PDF (page {index + 1} is damaged)") from error
        width, height = page.get_size()
        heights[index + 1] = height
        textpage = page.get_textpage()
        try:
            lines.extend(page_lines(textpage, index + 1, width, height, probe))
        finally:
            textpage.close()
            page.close()
        progress.advance()
    characters = sum(len(line.text) for line in lines)
    if characters < _MIN_CHARS_PER_PAGE * count and characters < 200:
        raise ImportRefused(filename, "no text layer: OCR is not supported (a scanned PDF holds only images)")
    check_cancelled(progress)
    blocks = segment(lines, heights)
    if not blocks:
        raise ImportRefused(filename, "no text layer: OCR is not supported (a scanned PDF holds only images)")
    return assemble(_title(document, blocks, filename), blocks, pages=count)


def _title(document: pdfium.PdfDocument, blocks: list[Block], filename: str) -> str:
    """The title in the PDF's metadata when it reads like one, else the first heading, else the file name."""
    try:
        title = clean(document.get_metadata_value("Title") or "")
    except Exception:  # damaged metadata must not cost the import
        title = ""
    # Word writes the first line or a temp name ("Microsoft Word - x.docx"); those are not titles.
    if title and not re.search(r"microsoft|\.docx?$|\.pdf$|^untitled|^document\d*$", title, re.I) and len(title) > 3:
        return title
    for block in blocks[:30]:
        if block.kind is PassageKind.HEADING and len(block.text) <= 120:
            return block.text
    stem = filename.rsplit(".", 1)[0]
    return stem or filename
