"""Importers: a file in, an ImportedDocument (full text and passages) out.

Each reader turns its format into a list of Blocks; ``desktop.domain.document.assemble``
turns blocks into offsets and heading paths. Readers raise ImportRefused with a
reason a user can act on; they never write anywhere.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.document import ImportedDocument
from desktop.ingest.errors import ImportRefused
from desktop.progress import NullProgress, Progress

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")


def read_document(path: Path, data: bytes | None = None, progress: Progress | None = None) -> ImportedDocument:
    """Read ``path`` (or ``data`` named like ``path``) with the reader for its extension."""
    progress = progress or NullProgress()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRefused(path.name, f"unsupported file type '{suffix or '(none)'}'; use PDF, DOCX, TXT or Markdown")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ImportRefused(path.name, f"cannot be read: {error.strerror or error}") from error
    if not data.strip():
        raise ImportRefused(path.name, "the file is empty")
    if suffix == ".pdf":
        from desktop.ingest.pdf import read_pdf

        return read_pdf(data, path.name, progress)
    if suffix == ".docx":
        from desktop.ingest.docx import read_docx

        return read_docx(data, path.name, progress)
    from desktop.ingest.text import read_text

    return read_text(data, path.name, markdown=suffix in (".md", ".markdown"), progress=progress)


__all__ = ["ImportRefused", "SUPPORTED_SUFFIXES", "read_document"]
