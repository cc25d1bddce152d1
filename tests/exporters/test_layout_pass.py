"""With LibreOffice installed the contents carry page numbers, checked against the printed pages.

The ground truth is the text of each page of the exported document as
pdftotext reads it from LibreOffice's PDF, not the outline the layout pass used.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from docx import Document

from desktop.demo import build_demo_project
from desktop.store.project import open_project
from exporters import ExportOptions, export
from exporters.layout_pass import convert_to_pdf
from tests.exporters.docx_reading import W, part_xml

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(LIBREOFFICE is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice or pdftotext is not installed"),
]


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # A heading broken after a hyphen ("2026-\n2030") reads as one line again.
    return [re.sub(r"-\s+", "-", " ".join(page.split())) for page in text.split("\f")]


def _contents(out) -> list[tuple[str, str]]:
    """(entry text, page number shown) for each entry of the contents."""
    entries = []
    for paragraph in Document(str(out)).paragraphs:
        if paragraph.style.name.startswith("toc "):
            text, _tab, page = paragraph.text.partition("\t")
            entries.append((text, page))
    return entries


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    path = folder / "demo.speerpunt"
    build_demo_project(path)
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.delenv("SPEERPUNT_LIBREOFFICE", raising=False)
    project = open_project(path)
    try:
        outs = {}
        for layout in ("speerpunten", "analyse"):
            outs[layout] = folder / f"{layout}.docx"
            export(project, layout, outs[layout], ExportOptions(appendix=layout == "speerpunten"))
    finally:
        project.close()
        monkeypatch.undo()
    return folder, outs


@pytest.mark.parametrize("layout", ["speerpunten", "analyse"])
def test_every_contents_entry_shows_the_page_its_heading_is_printed_on(demo_exports, layout) -> None:
    folder, outs = demo_exports
    entries = _contents(outs[layout])
    assert len(entries) > 10 and all(page.isdigit() for _, page in entries)
    pdf = convert_to_pdf(outs[layout], folder / f"{layout}-pdf", LIBREOFFICE)
    assert pdf is not None
    pages = _pages(pdf)
    for text, page in entries:
        assert " ".join(text.split()) in pages[int(page) - 1], (text, page)
    # Nothing for Word to ask about on opening.
    assert part_xml(outs[layout], "word/settings.xml").find(f"{{{W}}}updateFields") is None


def test_no_near_empty_pages(demo_exports) -> None:
    folder, outs = demo_exports
    pdf = convert_to_pdf(outs["analyse"], folder / "analyse-pages", LIBREOFFICE)
    pages = [page for page in _pages(pdf) if page.strip()]
    # Apart from the title page, the contents and the last page, every page is well filled.
    assert [number for number, page in enumerate(pages[3:-1], start=4) if len(page) < 1200] == []
