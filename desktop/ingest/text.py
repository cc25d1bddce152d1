"""TXT and Markdown reader: decoding, Markdown markup, and lines for the shared segmenter.

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
from desktop.ingest.numbering import heading_level, strip_bullet
from desktop.ingest.segment import segment
from desktop.progress import Progress, check_cancelled

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*+•]|(\d{1,2}[.)]))(?:\s+(.*)|$)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_TABLE_ROW = re.compile(r"^\s*(?:-\s+)?\|.*\|")
_TABLE_RULE = re.compile(r"^\s*:?-{3,}:?\s*$")
# Inner classes exclude their own opening bracket, so hostile runs of "[" or "<" stay linear.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>|<!--[^<>]*-->")
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*\\])[*_](?=\S)|(?<=\S)(?<!\\)[*_](?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def read_text(data: bytes, filename: str, markdown: bool, progress: Progress) -> ImportedDocument:
    """Read a TXT or Markdown file into passages, or refuse it with a reason the user can act on."""
    progress.start(2, "Reading Markdown" if markdown else "Reading text")
    text = decode(data, filename)
    check_cancelled(progress)
    progress.advance()
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = markdown_lines(raw_lines) if markdown else text_lines(raw_lines)
    blocks = segment(lines, title_lines=not markdown, markdown=markdown)
    blocks = _numbered_heading_levels(blocks) if markdown else _question_levels(blocks)
    check_cancelled(progress)
    progress.advance()
    if not blocks:
        raise ImportRefused(filename, "the file holds no text")
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
            raise ImportRefused(filename, f"not a readable text file (damaged {wide.upper()})") from error
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    # Binary data behind a BOM too: megabytes of it were read line by line before being refused.
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if "\x00" in sample or controls > max(2, 0.01 * len(sample)):
        raise ImportRefused(filename, "not a text file: it holds binary data")
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


def inline(text: str) -> str:
    """Markdown inline markup taken away: the words a reader sees."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _STRONG.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("`", "")
    return clean(_ESCAPE.sub(r"\1", text))


def markdown_lines(raw_lines: list[str]) -> list[Line]:
    """Lines of a Markdown file: headings carry their level, soft-wrapped paragraphs are one line."""
    lines: list[Line] = []
    fenced = False
    open_paragraph = False
    heading = 0
    items = [_ITEM.match(raw) for raw in raw_lines]
    gap = False
    # Soft-wrapped lines per index in ``lines``, joined once at the end: a paragraph of many
    # thousands of lines stays linear instead of being copied again at every line.
    wrapped: dict[int, list[str]] = {}
    for index, raw in enumerate(raw_lines):
        if _FENCE.match(raw):
            fenced, open_paragraph, gap = not fenced, False, True
            continue
        if fenced:
            if raw.strip():
                lines.append(Line(clean(raw), gap_before=gap))
                gap = False
            continue
        if _blank(raw):
            open_paragraph, gap = False, True
            continue
        stripped = raw.strip()
        if PAGE_NUMBER.match(stripped) and gap and (index + 1 >= len(raw_lines) or _blank(raw_lines[index + 1])):
            continue  # a page number a PDF conversion left between paragraphs
        match = _HEADING.match(raw)
        if match:
            heading = len(match.group(1))
            text = inline(match.group(2))
            if text:
                lines.append(Line(text, gap_before=True, hint=heading))
            open_paragraph, gap = False, False
            continue
        setext = _SETEXT.match(raw)
        if setext and open_paragraph and lines and not lines[-1].hint and lines[-1].cells < 3 \
                and strip_bullet(_joined(lines, wrapped, len(lines) - 1)) is None:
            heading = 1 if setext.group(1).startswith("=") else 2
            text = _joined(lines, wrapped, len(lines) - 1)
            wrapped.pop(len(lines) - 1, None)
            lines.pop()
            lines.append(Line(text, gap_before=True, hint=heading))
            open_paragraph, gap = False, False
            continue
        if _RULE.match(raw):
            open_paragraph, gap = False, True
            continue
        if _TABLE_ROW.match(raw):
            body = re.sub(r"^\s*-\s+", "", raw).strip().strip("|")
            cells = [inline(re.sub(r"^\s*[-*]\s+", "", cell)) for cell in body.split("|")]
            if any(cells) and not all(_TABLE_RULE.match(c) or not c for c in cells):
                lines.append(Line(" | ".join(cells), gap_before=gap, cells=max(3, len(cells))))
            open_paragraph, gap = False, False
            continue
        item = items[index]
        if item:
            content = inline(item.group(3) or "")
            if not content:
                continue  # an empty bullet a conversion left behind
            indent = len(item.group(1).expandtabs(4))
            nxt = next((m for m in items[index + 1 : index + 4] if m), None)
            if _label_heading(content, item.group(2), nxt):
                # "- G40-AGENDA" over a numbered list: a heading the conversion made a bullet.
                lines.append(Line(content, gap_before=True, hint=min(heading + 1, 6)))
            else:
                marker = item.group(2) or "•"
                lines.append(Line(f"{marker} {content}", gap_before=gap, x0=4.0 * indent))
            open_paragraph, gap = True, False
            continue
        text = inline(stripped.lstrip(">").strip() if stripped.startswith(">") else stripped)
        if not text:
            continue
        if open_paragraph and lines and not lines[-1].hint and lines[-1].cells < 3:
            # A soft-wrapped line belongs to the paragraph or list item above it.
            wrapped.setdefault(len(lines) - 1, []).append(text)
        else:
            lines.append(Line(text, gap_before=gap))
        open_paragraph, gap = True, False
    return [Line(_joined(lines, wrapped, i), gap_before=line.gap_before, x0=line.x0) if i in wrapped else line
            for i, line in enumerate(lines)]


def _joined(lines: list[Line], wrapped: dict[int, list[str]], index: int) -> str:
    return " ".join([lines[index].text, *wrapped.get(index, ())])


def _label_heading(content: str, number: str | None, following: re.Match[str] | None) -> bool:
    if number or following is None or len(content.split()) > 3 or any(c.islower() for c in content):
        return False
    rest = inline(following.group(3) or "")
    return bool(following.group(2) or re.match(r"^\d{1,2}\b", rest))


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
