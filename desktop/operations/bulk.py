"""Many findings or many documents' details at once, all or nothing.

The command line reads the lines (desktop.commands.bulk); here every line is checked
against the project before anything is written, and then all of them are written in one
transaction. One bad line refuses the whole file, with its line number and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from desktop.domain.document import DocumentKind
from desktop.domain.finding import ASSESSMENT_NAMES, Assessment, Finding, make_anchor
from desktop.operations.authors import ensure_author
from desktop.operations.changes import Changes
from desktop.operations.documents import EDITABLE_FIELDS, update_document
from desktop.operations.findings import _insert
from desktop.store.documents import DocumentRecord, list_documents, page_at
from desktop.store.frameworks import list_speerpunten
from desktop.store.ids import new_id, now
from desktop.store.project import Project
from desktop.store.quotes import find_quote


class BulkRefused(ValueError):
    """One line of a bulk file is wrong; nothing was written. The message names the line."""

    def __init__(self, source: str, line: int, problem: str) -> None:
        super().__init__(f"{source}, line {line}: {problem}")
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class FindingLine:
    """One line as read: the fields of `findings --json` (or the CSV export's columns), as text."""

    line: int
    document: str = ""
    speerpunt: str = ""
    assessment: str = ""
    speerpunt_title: str = ""  # tells apart two frameworks that use the same code ("1.1" of G40 and of VNG)
    document_sha256: str = ""
    start: object = None
    end: object = None
    quote: str = ""
    page: str = ""
    occurrence: object = None
    note: str = ""
    author: str = ""


@dataclass
class BulkResult:
    added: list[str] = field(default_factory=list)
    already_present: int = 0


class DocumentFinder:
    """A document named as a user would: its id (or a unique prefix), file name, short name or title."""

    def __init__(self, documents: list[DocumentRecord]) -> None:
        self.documents = documents
        self.names: dict[str, set[str]] = {}
        for document in documents:
            for name in (document.source_name, document.short_name, document.title, document.citation_name):
                if name:
                    self.names.setdefault(name.strip().casefold(), set()).add(document.id)

    def find(self, ref: str, sha256: str = "") -> str:
        """The document with this file fingerprint, else the one ``ref`` names."""
        if sha256:
            same_file = [d.id for d in self.documents if d.sha256 == sha256.strip()]
            if same_file:
                return same_file[0]
        ref = ref.strip()
        if not ref:
            raise ValueError("no document given")
        exact = [d.id for d in self.documents if d.id == ref]
        if exact:
            return exact[0]
        named = self.names.get(ref.casefold(), set())
        if len(named) == 1:
            return next(iter(named))
        if len(named) > 1:
            raise ValueError(f"'{ref}' names {len(named)} documents; use the document's id")
        prefixed = [d.id for d in self.documents if len(ref) >= 4 and d.id.startswith(ref)]
        if len(prefixed) == 1:
            return prefixed[0]
        if len(prefixed) > 1:
            raise ValueError(f"the id prefix '{ref}' fits {len(prefixed)} documents")
        raise ValueError(f"no document '{ref}' in the project (give its id, file name, short name or title)")


def _offset(value: object, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number")
    try:
        return int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not '{value}'") from None


def _span(text: str, line: FindingLine, page_of) -> tuple[int | None, int | None]:
    start, end = _offset(line.start, "start"), _offset(line.end, "end")
    quote = " ".join(line.quote.split())
    if (start is None) != (end is None):
        raise ValueError("give both start and end, or neither")
    if start is not None:
        if start >= end:
            raise ValueError(f"start ({start}) must come before end ({end})")
        if start < 0 or end > len(text):
            raise ValueError(f"start {start} and end {end} do not fit the document, which has {len(text):,} characters")
        if not quote or _reads_as(text[start:end], quote):
            return start, end
        # Offsets from another project's version of the text: the quote decides.
    if not quote:
        return None, None
    spans = _quote_spans(text, quote)
    if len(spans) > 1 and line.page:
        spans = [span for span in spans if str(page_of(span[0]) or "") == str(line.page).strip()] or spans
    occurrence = _offset(line.occurrence, "occurrence")
    if occurrence is not None:
        if not 1 <= occurrence <= len(spans):
            raise ValueError(f"the quote occurs {len(spans)} times; occurrence {occurrence} does not exist")
        return spans[occurrence - 1]
    if not spans:
        raise ValueError(f"the quote “{_short(quote)}” does not occur in the document as written")
    if len(spans) > 1:
        raise ValueError(f"the quote “{_short(quote)}” occurs {len(spans)} times; give start/end, page or occurrence")
    return spans[0]


def _quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote stands: as whole words first; then as written inside words (a finding's span may
    begin or end within a word, and the CSV export has only its quote); then in the text as Dutch Excel
    saves it, where each character Windows-1252 lacks became one "?" (one for one, so offsets hold)."""
    spans = find_quote(text, quote)
    if not spans:
        inside = re.compile(r"\s+".join(re.escape(word) for word in quote.split()))
        spans = [match.span() for match in inside.finditer(text)]
    if not spans and "?" in quote:
        spans = _quote_spans(_as_cp1252(text), quote) if _as_cp1252(text) != text else []
    return spans


@lru_cache(maxsize=4)
def _as_cp1252(text: str) -> str:
    """The text with every character Windows-1252 lacks as "?": one character for one, so offsets hold."""
    return text.encode("cp1252", "replace").decode("cp1252")


def _reads_as(span: str, quote: str) -> bool:
    """The span reads as the quote, spaces aside; also after a trip through Dutch Excel, which saves CSV in
    Windows-1252 and writes "?" for every character that code page lacks (a "ł", an arrow, an emoji)."""
    span = " ".join(span.split())
    return span == quote or _as_cp1252(span) == quote


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def add_findings_from(project: Project, lines: Iterable[FindingLine], source: str,
                      default_author: str = "") -> BulkResult:
    """Check every line, then store all new findings in one transaction.

    A line equal to a live finding already in the project (same document, span,
    speerpunt, assessment and note) is counted, not added again, so feeding the same
    file twice changes nothing.
    """
    finder = DocumentFinder(list_documents(project))
    speerpunten = list_speerpunten(project)
    by_code: dict[str, list] = {}
    for sp in speerpunten:
        by_code.setdefault(sp.code, []).append(sp)
    texts: dict[str, tuple[str, str]] = {}
    existing = {
        (row[0], row[1], row[2], row[3], row[4], row[5].strip())
        for row in project.db.execute(
            'SELECT document_id, speerpunt_id, assessment, start, "end", note FROM findings WHERE deleted IS NULL')
    }
    planned: list[tuple[Finding, str]] = []
    in_file: dict[tuple, int] = {}  # a finding of this file -> its first line
    result = BulkResult()
    for line in lines:
        try:
            document_id = finder.find(str(line.document or ""), str(line.document_sha256 or ""))
            code = str(line.speerpunt or "").strip()
            matches = (by_code.get(code) or [sp for sp in speerpunten if sp.id == code]
                       or [sp for sp in speerpunten if sp.title.strip().casefold() == code.casefold()])
            if not matches:
                raise ValueError(f"no speerpunt with code '{code}'")
            title = str(line.speerpunt_title or "").strip().casefold()
            if len(matches) > 1 and title:
                matches = [sp for sp in matches if sp.title.strip().casefold() == title] or matches
            if len(matches) > 1:
                raise ValueError(f"the code '{code}' is used in several frameworks "
                                 f"({', '.join(sorted({sp.framework_name for sp in matches}))}); "
                                 "add the speerpunt's title (the CSV export's column Speerpunt) or give its id")
            speerpunt_id = matches[0].id
            try:
                assessment = Assessment(str(line.assessment or "").strip())
            except ValueError:
                raise ValueError(f"unknown assessment '{line.assessment}' "
                                 f"(use one of: {', '.join(ASSESSMENT_NAMES)})") from None
            if document_id not in texts:
                texts[document_id] = project.db.execute(
                    "SELECT text, sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
            text, sha256 = texts[document_id]
            start, end = _span(text, line, lambda offset, d=document_id: page_at(project, d, offset))
            if start is None and assessment is not Assessment.MISSING:
                raise ValueError(f"a {assessment.value} finding needs a span of text (start/end or quote)")
        except ValueError as error:
            raise BulkRefused(source, line.line, str(error)) from None
        note = str(line.note or "").strip()
        key = (document_id, speerpunt_id, assessment.value, start, end, note)
        if key in in_file:
            # Twice in one file is a slip of copy and paste, not a second finding: say so rather than guess.
            raise BulkRefused(source, line.line, f"the same finding as line {in_file[key]}")
        in_file[key] = line.line
        if key in existing:
            result.already_present += 1
            continue
        existing.add(key)
        anchor = make_anchor(text, start, end) if start is not None else None
        stamp = now()
        planned.append((Finding(
            id=new_id(), document_id=document_id, speerpunt_id=speerpunt_id, assessment=assessment,
            start=start, end=end, quote=anchor.quote if anchor else "", prefix=anchor.prefix if anchor else "",
            suffix=anchor.suffix if anchor else "", note=note, author="", created=stamp, modified=stamp,
            document_sha256=sha256,
        ), str(line.author or "").strip() or default_author or "onbekend"))
    with project.db.atomic():
        authors: dict[str, str] = {}
        for finding, author in planned:
            if author not in authors:
                authors[author] = ensure_author(project, author)
            _insert(project, replace(finding, author=authors[author]))
            result.added.append(finding.id)
    return result


def set_details_from(project: Project, rows: Iterable[tuple[int, str, dict[str, str]]], source: str) -> Changes:
    """Set documents' details from (line, document, {key: value}) rows, all checked first, in one transaction.

    An empty value leaves that detail as it is.
    """
    finder = DocumentFinder(list_documents(project))
    planned: list[tuple[str, dict[str, object]]] = []
    lines_of: dict[str, int] = {}
    for line, ref, values in rows:
        try:
            document_id = finder.find(ref)
            if document_id in lines_of:
                raise ValueError(f"'{ref.strip()}' is the same document as line {lines_of[document_id]}")
            lines_of[document_id] = line
            fields: dict[str, object] = {}
            for key, value in values.items():
                if key not in EDITABLE_FIELDS:
                    raise ValueError(f"cannot set '{key}'; choose from {', '.join(EDITABLE_FIELDS)}")
                if not value.strip():
                    continue
                if key == "kind":
                    try:
                        DocumentKind(value.strip())
                    except ValueError:
                        raise ValueError(f"unknown kind '{value}' (agreement, position or other)") from None
                fields[key] = value.strip()
        except ValueError as error:
            raise BulkRefused(source, line, str(error)) from None
        planned.append((document_id, fields))
    changed: set[str] = set()
    with project.db.atomic():
        for document_id, fields in planned:
            if fields:
                update_document(project, document_id, **fields)
                changed.add(document_id)
    return Changes(documents=changed)
