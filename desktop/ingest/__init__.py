"""Importers: a file in, an ImportedDocument (full text and passages) out.

Each reader turns its format into a list of Blocks; ``desktop.domain.document.assemble``
turns blocks into offsets and heading paths. Readers raise ImportRefused with a
reason a user can act on; they never write anywhere.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.document import ImportedDocument
from desktop.files.reading import FileRefused, read_regular_file
from desktop.ingest.errors import ImportRefused, already_imported
from desktop.progress import NullProgress, Progress
from desktop.reasons import Reason

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
# The largest file each reader takes. Real agreements are PDFs of 1-50 MB and texts
# of under 1 MB; the readers spend about 6 µs a line, so 32 MB of text is already a minute.
MAX_BYTES = {".pdf": 512 * 1024 * 1024, ".docx": 256 * 1024 * 1024, ".txt": 32 * 1024 * 1024,
             ".md": 32 * 1024 * 1024, ".markdown": 32 * 1024 * 1024}


def unsupported_type(suffix: str) -> Reason:
    """The reason a file of another type is refused."""
    if not suffix:
        return Reason("unsupported file type '(none)'; use PDF, DOCX, TXT or Markdown")
    return Reason("unsupported file type '{suffix}'; use PDF, DOCX, TXT or Markdown", suffix=suffix)


def read_source(path: Path) -> bytes:
    """The bytes of a file to import: only a regular file, at most MAX_BYTES for its type (else ImportRefused)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRefused(path.name, unsupported_type(suffix))
    try:
        return read_regular_file(path, MAX_BYTES[suffix], "document")
    except FileRefused as error:
        raise ImportRefused(path.name, error.reason) from error


def read_document(path: Path, data: bytes | None = None, progress: Progress | None = None) -> ImportedDocument:
    """Read ``path`` (or ``data`` named like ``path``) with the reader for its extension."""
    progress = progress or NullProgress()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRefused(path.name, unsupported_type(suffix))
    if data is None:
        data = read_source(path)
    if not data.strip():
        raise ImportRefused(path.name, Reason("the file is empty"))
    if suffix == ".pdf":
        from desktop.ingest.pdf import read_pdf

        return read_pdf(data, path.name, progress)
    if suffix == ".docx":
        from desktop.ingest.docx import read_docx

        return read_docx(data, path.name, progress)
    from desktop.ingest.text import read_text

    return read_text(data, path.name, markdown=suffix in (".md", ".markdown"), progress=progress)


__all__ = ["ImportRefused", "SUPPORTED_SUFFIXES", "already_imported", "read_document", "read_source", "unsupported_type"]
