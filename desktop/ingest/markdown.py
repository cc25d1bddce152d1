"""Markdown read by a CommonMark parser (markdown-it-py, with its GFM tables) into lines for the shared segmenter.

The parser decides what is markup: reference links, link URLs with parentheses or
underscores, HTML entities, backslash escapes, hard line breaks, indented and fenced
code. This module only turns its tokens into ``Line``s and keeps the project's own
repairs for Markdown converted from a PDF:

* a paragraph split in the middle of a sentence is joined again by the segmenter;
* a page number alone between blank lines is dropped;
* "**" left without a partner (broken bold) is dropped;
* a short bullet in capitals over a numbered list ("- G40-AGENDA") is a heading;
* a table whose header row a converter turned into a list item ("- | a | b |") is a table,
  and the bullets it put inside cells are dropped.

A hard line break (a backslash or two spaces at a line end) stays a line break ("\\n")
inside the passage, as a manual line break in a Word paragraph does. A code block keeps its
lines and markup as written and is a passage of its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.ingest.furniture import PAGE_NUMBER
from desktop.ingest.lines import Line, clean

# Without text_join, escaped characters and entities stay tokens of their own ("text_special"),
# so the stray-marker repair below never touches a "\\*" the writer typed.
PARSER = MarkdownIt("commonmark").enable("table").disable("text_join")
# The block structure first; inline parsing only for text that can hold inline markup.
_BLOCK_PARSER = MarkdownIt("commonmark").enable("table").disable(["text_join", "inline"])
# Without these characters (and without two spaces before a line end, a hard break) CommonMark's
# inline rules have nothing to do: the text is its words, line ends are spaces. Skipping the inline
# parse there halves the time for long plain paragraphs (bench/bench_markdown.py).
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<&]| {2,}\n")
# "**" CommonMark leaves as text had no partner: a PDF converter's broken bold ("- 1** Preventie").
_STRAY_STRONG = re.compile(r"\*{2,}")
# "- | a | b |" over a delimiter row: a converter made the header row a list item.
_LISTED_HEADER = re.compile(r"^(\s{0,3})[-*+]\s+(\|.*)$")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_CELL_BULLET = re.compile(r"^[-*•]\s+")
# Comments and tags of raw HTML; the inner classes keep hostile runs of "<" linear.
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_HTML_BREAK = re.compile(r"^<br\s*/?>$", re.I)


@dataclass
class _Entry:
    """A leaf block of the document: its text, where it stands, and what it is."""

    text: str
    start: int
    end: int
    hint: int = 0
    cells: int = 1
    item: str | None = None  # the list marker ("•", "1.", "2)") on an item's first paragraph
    depth: int = 0
    verbatim: bool = False
    gap: bool = True  # every CommonMark block starts a block; only a table's rows run on


def parse(text: str) -> list[Token]:
    """CommonMark tokens of ``text``; an inline token without children holds plain text only."""
    env: dict = {}
    tokens = _BLOCK_PARSER.parse(text, env)
    for token in tokens:
        if token.type == "inline" and _INLINE_SYNTAX.search(token.content):
            # env carries the reference definitions the block parse found.
            token.children = PARSER.parseInline(token.content, env)[0].children
    return tokens


def markdown_lines(text: str) -> list[Line]:
    """Lines of a Markdown text (line ends already "\\n"): headings carry their level, paragraphs are one line."""
    raw_lines = text.split("\n")
    entries = _entries(parse(_repair_listed_headers(raw_lines)), raw_lines)
    lines: list[Line] = []
    heading = 0
    for index, entry in enumerate(entries):
        if entry.hint:
            heading = entry.hint
            lines.append(Line(entry.text, gap_before=True, hint=entry.hint))
        elif entry.item is not None:
            following = entries[index + 1] if index + 1 < len(entries) else None
            if _label_heading(entry, following):
                lines.append(Line(entry.text, gap_before=True, hint=min(heading + 1, 6)))
            else:
                lines.append(Line(f"{entry.item} {entry.text}", gap_before=entry.gap, x0=8.0 * (entry.depth - 1)))
        elif entry.verbatim:
            lines.append(Line(entry.text, gap_before=True, verbatim=True))
        else:
            lines.append(Line(entry.text, gap_before=entry.gap, cells=entry.cells))
    return lines


def _repair_listed_headers(raw_lines: list[str]) -> str:
    repaired = list(raw_lines)
    for index, raw in enumerate(raw_lines[:-1]):
        match = _LISTED_HEADER.match(raw)
        if match and _DELIMITER_ROW.match(raw_lines[index + 1]) and "|" in raw_lines[index + 1]:
            repaired[index] = match.group(1) + match.group(2)
    return "\n".join(repaired)


def _entries(tokens: Sequence[Token], raw_lines: list[str]) -> list[_Entry]:
    entries: list[_Entry] = []
    lists: list[str] = []  # the open lists' kinds, innermost last
    pending_item: str | None = None
    previous_end = 0  # the line after the last block read
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        found: list[_Entry] = []
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            pending_item = "•" if lists and lists[-1] == "bullet_list_open" else f"{token.info}{token.markup}"
        elif kind == "list_item_close":
            pending_item = None
        elif kind == "heading_open":
            text = plain_text(tokens[index + 1])
            if text:
                found.append(_Entry(text, *_span(token), hint=int(token.tag[1:])))
            index += 2
        elif kind == "paragraph_open":
            text = plain_text(tokens[index + 1])
            if text:
                entry = _Entry(text, *_span(token), item=pending_item, depth=len(lists))
                if not (pending_item is None and _page_number(entry, previous_end, raw_lines)):
                    found.append(entry)
            pending_item = None  # further paragraphs of the item are paragraphs
            index += 2
        elif kind in ("code_block", "fence"):
            code = "\n".join(filter(None, (clean(line) for line in token.content.split("\n"))))
            if code:
                found.append(_Entry(code, *_span(token), verbatim=True))
        elif kind == "html_block":
            text = _html_text(token.content)
            if text:
                found.append(_Entry(text, *_span(token)))
        elif kind == "table_open":
            close = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
            found.extend(_table(tokens[index:close], _span(token)))
            index = close
        entries.extend(found)
        if kind in ("paragraph_open", "heading_open", "code_block", "fence", "html_block", "hr", "table_open") \
                and token.map:
            previous_end = max(previous_end, token.map[1])
        index += 1
    return entries


def _span(token: Token) -> tuple[int, int]:
    return (token.map[0], token.map[1]) if token.map else (0, 0)


def _page_number(entry: _Entry, previous_end: int, raw_lines: list[str]) -> bool:
    """A page number a PDF conversion left alone between paragraphs."""
    if entry.end - entry.start != 1 or not PAGE_NUMBER.match(entry.text):
        return False
    blank_after = entry.end >= len(raw_lines) or not raw_lines[entry.end].strip()
    return entry.start > previous_end and blank_after


def _table(tokens: Sequence[Token], span: tuple[int, int]) -> list[_Entry]:
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(_CELL_BULLET.sub("", " ".join(plain_text(token).split())))
    kept = [row for row in rows if any(row)]
    return [
        _Entry(" | ".join(row), *span, cells=max(3, len(row)), gap=position == 0)
        for position, row in enumerate(kept)
    ]


def plain_text(token: Token) -> str:
    """The words a reader sees in an inline token: markup gone, entities decoded, hard breaks as "\\n"."""
    if not token.children:
        return clean(token.content)  # text without inline syntax (see parse)
    pieces: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind == "text":
            pieces.append(_STRAY_STRONG.sub("", child.content))
        elif kind in ("code_inline", "text_special"):
            pieces.append(child.content)
        elif kind == "image":
            pieces.append(plain_text(child))
        elif kind == "softbreak":
            pieces.append(" ")
        elif kind == "hardbreak" or kind == "html_inline" and _HTML_BREAK.match(child.content):
            pieces.append("\n")
    lines = (clean(part) for part in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_text(source: str) -> str:
    """The text inside a block of raw HTML, tags and comments taken away."""
    text = _HTML_TAG.sub(" ", _HTML_COMMENT.sub(" ", source))
    return clean(html.unescape(text))


def _label_heading(entry: _Entry, following: _Entry | None) -> bool:
    """ "- G40-AGENDA" over a numbered list: a heading the conversion made a bullet."""
    if entry.item != "•" or following is None or following.item is None or following.start > entry.end + 3:
        return False
    if len(entry.text.split()) > 3 or any(c.islower() for c in entry.text):
        return False
    return following.item != "•" or bool(re.match(r"^\d{1,2}\b", following.text))
