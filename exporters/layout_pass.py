"""A layout pass through LibreOffice: on which page each heading of a saved .docx lands.

python-docx cannot lay out pages, so the table of contents would carry no page
numbers. When LibreOffice is installed the document is converted to PDF once
(headless, with a throw-away profile), and the PDF's outline, which LibreOffice
builds from the headings, gives each heading's page. Any failure (no
LibreOffice, a time-out, an outline that does not match) returns None and the
export goes on without page numbers.

SPEERPUNT_LIBREOFFICE names the program to use; "none" switches the pass off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 120


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is absent or switched off."""
    chosen = os.environ.get("SPEERPUNT_LIBREOFFICE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "none", "off") else chosen
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(source: Path, out_dir: Path, program: str | None = None) -> Path | None:
    """``source`` as PDF in ``out_dir`` through LibreOffice; None when that fails."""
    program = program or libreoffice()
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="speerpunt-lo-") as profile:
        try:
            subprocess.run(
                [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
                capture_output=True, timeout=TIMEOUT_SECONDS, check=True,
            )
        except (OSError, subprocess.SubprocessError):
            return None
    pdf = out_dir / f"{source.stem}.pdf"
    return pdf if pdf.is_file() else None


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def heading_pages(docx: Path, headings: list[tuple[int, str]]) -> list[int] | None:
    """The printed page (1-based) of each heading (level, text), in order; None when not known for all."""
    import pypdfium2

    with tempfile.TemporaryDirectory(prefix="speerpunt-layout-") as folder:
        pdf_path = convert_to_pdf(docx, Path(folder))
        if pdf_path is None:
            return None
        pdf = pypdfium2.PdfDocument(str(pdf_path))
        try:
            outline = []
            for bookmark in pdf.get_toc():
                destination = bookmark.get_dest()
                if destination is not None and destination.get_index() is not None:
                    outline.append((_normal(bookmark.get_title()), destination.get_index() + 1))
        finally:
            pdf.close()
    pages: list[int] = []
    position = 0
    for _level, text in headings:
        wanted = _normal(text)
        # Headings come in document order, so the search goes on from the last match.
        for index in range(position, len(outline)):
            if outline[index][0] == wanted:
                pages.append(outline[index][1])
                position = index + 1
                break
        else:
            return None
    return pages
