"""Printed page labels: the PDF's own page labels, or the numbers its running headers and footers print.

A citation must name the page a reader finds in the printed document, not the PDF's page
index: a coalition agreement with an unnumbered cover, contents and introduction prints
"1" on its fourth PDF page. The numbers found in the furniture are trusted only where they
agree with one offset from the page index shared by the document's numbered pages; pages
between them without a number of their own (a chapter's opening page) get the number their
place implies, and pages before the first number whose place would give zero or less
(covers, front matter) get no printed label.
"""

from __future__ import annotations

import ctypes
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from desktop.domain.page_label import roman_value, to_roman

# At least this many pages must agree on an offset before printed numbers are believed.
_MIN_AGREEING = 2


def pdf_page_labels(document: pdfium.PdfDocument) -> dict[int, str]:
    """The page labels the PDF declares (/PageLabels), by 1-based page index; empty when it has none."""
    labels: dict[int, str] = {}
    for index in range(len(document)):
        # Two bytes for the UTF-16 terminator: a length of 2 or less is an empty label.
        length = raw.FPDF_GetPageLabel(document, index, None, 0)
        if length <= 2:
            continue
        buffer = ctypes.create_string_buffer(length)
        raw.FPDF_GetPageLabel(document, index, buffer, length)
        label = buffer.raw[: length - 2].decode("utf-16-le", errors="replace").strip()
        if label:
            labels[index + 1] = label
    return labels


def infer_labels(numbers: dict[int, list[str]], count: int) -> dict[int, str]:
    """Printed labels for pages 1..``count`` from the numbers each page's furniture prints.

    Arabic and roman numbers are read as two runs, each with its own offset from the page
    index; the most common offset among the pages wins, and a page's own number only
    counts when it agrees with it (a year or a chapter number in a header does not).
    """
    arabic: Counter[int] = Counter()
    roman: Counter[int] = Counter()
    for page, candidates in numbers.items():
        for offset in {int(c) - page for c in candidates if c.isdigit()}:
            arabic[offset] += 1
        for offset in {value - page for c in candidates if (value := roman_value(c))}:
            roman[offset] += 1
    labels: dict[int, str] = {}
    arabic_pages: list[int] = []
    roman_pages: list[int] = []
    if arabic and arabic.most_common(1)[0][1] >= _MIN_AGREEING:
        offset = arabic.most_common(1)[0][0]
        arabic_pages = [page for page, candidates in numbers.items() if str(page + offset) in candidates]
    if roman and roman.most_common(1)[0][1] >= _MIN_AGREEING:
        roman_offset = roman.most_common(1)[0][0]
        roman_pages = [page for page, candidates in numbers.items()
                       if to_roman(page + roman_offset) in candidates]
    if roman_pages:
        # Front matter: from the first page its numbering reaches up to the last roman page.
        last = max(p for p in roman_pages)
        for page in range(1, last + 1):
            if page + roman_offset >= 1:
                labels[page] = to_roman(page + roman_offset)
    if arabic_pages:
        first = min(arabic_pages)
        start = max(labels, default=0) + 1 if roman_pages else 1
        for page in range(min(start, first), count + 1):
            if page + offset >= 1 and page not in labels:
                labels[page] = str(page + offset)
    return labels


def page_labels(document: pdfium.PdfDocument, numbers: dict[int, list[str]]) -> dict[int, str]:
    """The printed label of each page: the PDF's page labels where present, else the inferred numbers."""
    return pdf_page_labels(document) or infer_labels(numbers, len(document))
