"""TXT and Markdown reader: decoding, lines for the shared segmenter (Markdown through ``markdown``), levels.

Text pasted or extracted from a PDF often has a blank line after every line; then a
single blank line means nothing, and only a run of blank lines marks a paragraph break
(the segmenter then judges breaks by sentence ends, capitals and line lengths).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from desktop.domain.document import Block, ImportedDocument, PassageKind, assemble
from desktop.ingest.errors import ImportRefused
from desktop.ingest.furniture import PAGE_NUMBER
from desktop.ingest.lines import Line, clean
from desktop.ingest.markdown import markdown_lines
from desktop.ingest.numbering import heading_level
from desktop.ingest.segment import segment
from desktop.progress import Progress, check_cancelled
from desktop.reasons import Reason

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_text(data: bytes, filename: str, markdown: bool, progress: Progress) -> ImportedDocument:
    """Read a TXT or Markdown file into passages, or refuse it with a reason the user can act on."""
    progress.start(2, "Reading Markdown" if markdown else "Reading text")
    text = decode(data, filename)
    check_cancelled(progress)
    progress.advance()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = markdown_lines(text) if markdown else text_lines(text.split("\n"))
    blocks = segment(lines, title_lines=not markdown, markdown=markdown)
    blocks = _numbered_heading_levels(_one_line_headings(blocks)) if markdown else _question_levels(blocks)
    check_cancelled(progress)
    progress.advance()
    if not blocks:
        raise ImportRefused(filename, Reason("the file holds no text"))
    return assemble(_title(blocks, filename), blocks)


def decode(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else Windows-1252; binary data is refused."""
    # UTF-32's little-endian BOM starts like UTF-16's; read as UTF-16 it gave a NUL after every letter.
    wide = "utf-32" if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else \
        "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else None
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as error:
            raise ImportRefused(filename, Reason("not a readable text file (damaged {encoding})",
                                                 encoding=wide.upper())) from error
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    # Binary data behind a BOM too: megabytes of it were read line by line before being refused.
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if "\x00" in sample or controls > max(2, 0.01 * len(sample)):
        raise ImportRefused(filename, Reason("not a text file: it holds binary data"))
    return text


def _blank(line: str) -> bool:
    return not line.strip()


def _spaced_out(raw_lines: list[str]) -> bool:
    """Is there a blank line after (nearly) every line, as PDF extraction leaves?"""
    filled = [i for i, line in enumerate(raw_lines) if not _blank(line)]
    if len(filled) < 6:
        return False
    single = sum(
        1
        for i in filled
        if i + 2 < len(raw_lines) and _blank(raw_lines[i + 1]) and not _blank(raw_lines[i + 2])
    )
    joined = sum(1 for i in filled if i + 1 < len(raw_lines) and not _blank(raw_lines[i + 1]))
    lengths = sorted(len(raw_lines[i].strip()) for i in filled)
    # Wrapped lines of a page are short; a file of one long line per paragraph is not spaced out.
    return single >= 0.4 * len(filled) and single > joined and lengths[len(lengths) // 2] <= 120


def _gaps(raw_lines: list[str]) -> list[tuple[str, int, bool]]:
    """Non-blank lines with their indentation and whether a paragraph break comes before them."""
    needed = 2 if _spaced_out(raw_lines) else 1
    found: list[tuple[str, int, bool]] = []
    blanks = 0
    for raw in raw_lines:
        if _blank(raw):
            blanks += 1
            continue
        expanded = raw.expandtabs(4)
        found.append((expanded, len(expanded) - len(expanded.lstrip(" ")), blanks >= needed))
        blanks = 0
    # A page number alone between blank lines is a PDF's footer.
    return [
        item for index, item in enumerate(found)
        if not (PAGE_NUMBER.match(item[0].strip()) and (item[2] or index + 1 < len(found) and found[index + 1][2]))
    ]


def text_lines(raw_lines: list[str]) -> list[Line]:
    """Lines of a plain text file."""
    return [Line(clean(text), gap_before=gap, x0=4.0 * indent) for text, indent, gap in _gaps(raw_lines)]


def _one_line_headings(blocks: list[Block]) -> list[Block]:
    """A heading is one line: the hard line breaks a PDF conversion put inside a title become spaces."""
    return [
        Block(block.kind, " ".join(block.text.split()), block.level, block.page)
        if block.kind is PassageKind.HEADING and "\n" in block.text else block
        for block in blocks
    ]


def _numbered_heading_levels(blocks: list[Block]) -> list[Block]:
    """A numbered heading marked one level off from its neighbours ("## 2" between "# 1" and "# 3") joins them."""
    numbered = [
        (index, int(match.group(1)))
        for index, block in enumerate(blocks)
        if block.kind is PassageKind.HEADING and (match := re.match(r"^(\d{1,2})\.?\s+\S", block.text))
    ]
    fixed = list(blocks)
    for position, (index, number) in enumerate(numbered):
        before = next((blocks[i].level for i, n in reversed(numbered[:position]) if n == number - 1), None)
        after = next((blocks[i].level for i, n in numbered[position + 1 :] if n == number + 1), None)
        level = blocks[index].level
        if before is not None and before == after and before != level:
            fixed[index] = Block(PassageKind.HEADING, blocks[index].text, before, blocks[index].page)
    return fixed


def _question_levels(blocks: list[Block]) -> list[Block]:
    """In plain text, a heading that asks a question ("Wat staat er in het akkoord?") sits under the one before."""
    fixed = []
    parent = 0
    for block in blocks:
        if block.kind is PassageKind.HEADING:
            if block.text.endswith("?") and parent and heading_level(block.text) is None:
                block = Block(block.kind, block.text, min(parent + 1, 6), block.page)
            else:
                parent = block.level
        fixed.append(block)
    return fixed


def _title(blocks: list[Block], filename: str) -> str:
    for block in blocks[:20]:
        if block.kind is PassageKind.HEADING and len(block.text) <= 120:
            return block.text
    return PurePath(filename).stem or filename
