"""Reading exported .docx files back the way a reader sees them: styles, text, fields, comments."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs]


def headings(path: Path, level: int | None = None) -> list[str]:
    wanted = {f"Heading {level}"} if level else {"Heading 1", "Heading 2", "Heading 3"}
    return [text for style, text in paragraphs(path) if style in wanted]


def part_xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def instructions(element: etree._Element) -> list[str]:
    return [" ".join(node.text.split()) for node in element.iter(f"{{{W}}}instrText") if node.text]


def comments(path: Path) -> dict[str, dict[str, str]]:
    """Comment id -> author, text (from comments.xml) and the document text between its range marks."""
    found: dict[str, dict[str, str]] = {}
    for comment in part_xml(path, "word/comments.xml").iterfind("w:comment", NS):
        found[comment.get(f"{{{W}}}id")] = {
            "author": comment.get(f"{{{W}}}author"),
            "text": "".join(comment.itertext()),
            "anchored": "",
        }
    body = part_xml(path, "word/document.xml").find("w:body", NS)
    open_ids: set[str] = set()
    for element in body.iter():
        tag = etree.QName(element).localname
        if tag == "commentRangeStart":
            open_ids.add(element.get(f"{{{W}}}id"))
        elif tag == "commentRangeEnd":
            open_ids.discard(element.get(f"{{{W}}}id"))
        elif tag == "t" and element.text:
            for comment_id in open_ids:
                found[comment_id]["anchored"] += element.text
        elif tag == "p":
            # A comment over several paragraphs: the text had a blank line between them.
            for comment_id in open_ids:
                if found[comment_id]["anchored"]:
                    found[comment_id]["anchored"] += "\n\n"
    return found


def body_index(texts: list[str], text: str) -> int:
    """Where ``text`` stands in the body: its last occurrence, after the contents that list it too."""
    return len(texts) - 1 - texts[::-1].index(text)
