"""Importing a REFI-QDA project (.qdpx): documents, framework, findings and notes, all or nothing.

The file is read, checked and mapped before the transaction opens; the writes then run in
one transaction, so a refusal leaves the project as it was. What Speerpunt could not take
over (codings without an assessment, pictures, whole-document codings) is said in
``warnings``; the mapping is described in docs/REFI-QDA.md.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.document import DocumentKind, ImportedDocument, Passage, PassageKind
from desktop.domain.finding import Assessment
from desktop.domain.framework import Framework
from desktop.domain.refi import ASSESSMENT_GROUP, is_missing_note_name, is_own_origin, split_code_name
from desktop.domain.text import clean_line, clean_text
from desktop.frameworks.refi import CodeMapping, frameworks_from_codes
from desktop.ingest.errors import ImportRefused
from desktop.ingest.qdpx import RefiProject, RefiSource, read_qdpx
from desktop.operations.changes import Changes
from desktop.operations.documents import store_document, update_document
from desktop.operations.findings import add_finding, assessment_word
from desktop.operations.frameworks import add_framework
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason
from desktop.store.frameworks import list_speerpunten
from desktop.store.project import Project

UNKNOWN_AUTHOR = "onbekend"
UNASSESSED_NOTE = "Beoordeling nog te bepalen: gecodeerd in {origin} zonder beoordeling."
KINDS = {"akkoord": DocumentKind.AGREEMENT, "agreement": DocumentKind.AGREEMENT,
         "positiepaper": DocumentKind.POSITION, "position": DocumentKind.POSITION,
         "overig": DocumentKind.OTHER, "other": DocumentKind.OTHER}
DETAILS = {"Korte naam": "short_name", "Uitgever": "issuer", "Periode": "period", "Datum": "date",
           "Partijen": "parties", "Categorieën": "categories"}
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


@dataclass
class QdpxImport:
    documents: list[str] = field(default_factory=list)
    reused_documents: list[str] = field(default_factory=list)
    frameworks: list[str] = field(default_factory=list)
    findings: int = 0
    already_present: int = 0
    unassessed: int = 0
    missing: int = 0
    notes: int = 0
    warnings: list[str] = field(default_factory=list)  # each a Reason (docs/I18N.md): English, or translated
    changes: Changes = field(default_factory=Changes)


def import_qdpx(
    project: Project,
    path: Path | str,
    default_assessment: Assessment | str = Assessment.CONCERN,
    author: str | None = None,
    progress: Progress | None = None,
) -> QdpxImport:
    """Bring a .qdpx into ``project``; codings without an assessment get ``default_assessment``
    and a note saying so."""
    path = Path(path)
    progress = progress or NullProgress()
    default_assessment = Assessment(default_assessment)
    if default_assessment is Assessment.MISSING:
        raise ValueError("codings point at text: their default assessment is positive or concern")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(path.name, Reason("cannot be read: {error}", error=error.strerror or str(error))) from error
    refi = read_qdpx(data, path.name)
    if not refi.sources:
        raise ImportRefused(path.name, Reason("the project holds no text sources to import"))
    mapping = frameworks_from_codes(refi.codes, refi.sets, refi.name or path.stem, own=_own_code_tree(refi))
    documents = [_document(source, is_own_origin(refi.origin)) for source in refi.sources]
    check_cancelled(progress)
    progress.start(len(refi.sources), "REFI-QDA")
    result = QdpxImport(warnings=list(refi.warnings))
    with project.db.atomic():
        speerpunt_ids = _store_frameworks(project, mapping, author, result, path.name)
        document_ids = {}
        for source, (imported, raw, sha256, source_name) in zip(refi.sources, documents, strict=True):
            document_ids[source.guid] = _store_document(project, source, imported, raw, sha256, source_name,
                                                        author, refi.users, result)
        origin = refi.origin or "een ander programma"
        for source in refi.sources:
            check_cancelled(progress)
            _store_codings(project, refi, source, document_ids[source.guid], mapping, speerpunt_ids,
                           default_assessment, origin, result)
            progress.advance()
        _store_missing(project, refi, document_ids, mapping, speerpunt_ids, result)
    result.changes = Changes(documents=set(document_ids.values()), frameworks=set(result.frameworks))
    used = _used_notes(refi)
    linked = sum(1 for note in refi.notes.values() if note.guid in used)
    if len(refi.notes) > linked:
        result.warnings.append(Reason("{count} note(s) not linked to a coding were not imported",
                                      count=len(refi.notes) - linked))
    if result.unassessed:
        result.warnings.append(Reason(
            "{count} coding(s) had no assessment: they are marked {assessment} "
            "and their note starts with \"Beoordeling nog te bepalen\"; review them",
            count=result.unassessed, assessment=assessment_word(default_assessment)))
    return result


def _own_code_tree(refi: RefiProject) -> bool:
    """Were the codes written by Speerpunt, perhaps passed on by another program (QualCoder writes its own
    origin)? Then a code may be a capital ("F.1", the G40's preconditions). Our assessment group says so."""
    return is_own_origin(refi.origin) or any(
        code.name.strip().casefold() == ASSESSMENT_GROUP.casefold() and not code.codable for code in refi.codes)


def _used_notes(refi: RefiProject) -> set[str]:
    used = {ref for source in refi.sources for selection in source.selections for ref in selection.note_refs}
    used |= {guid for guid, note in refi.notes.items() if is_missing_note_name(note.name)}
    return used


def _document(source: RefiSource, own: bool) -> tuple[ImportedDocument, bytes, str, str]:
    """The document to store for ``source``: our own reader's passages when it yields the same text.

    Other programs name a source by its file ("Akkoord.docx"); Speerpunt by the document's title.
    """
    suffix = Path(source.name).suffix.lower()
    title = Path(source.name).stem if not own and suffix in (".txt", ".docx", ".pdf", ".rtf", ".md") else source.name
    if source.original is not None and source.original_suffix == ".docx":
        from desktop.ingest.docx import read_docx

        try:
            imported = read_docx(source.original, f"{title}.docx", NullProgress())
        except ImportRefused:
            imported = None
        if imported is not None and imported.text == source.text:
            imported.title = title
            return imported, source.original, hashlib.sha256(source.original).hexdigest(), f"{title}.docx"
    raw = source.text.encode("utf-8")
    from desktop.ingest.text import read_text

    try:
        imported = read_text(raw, f"{title}.txt", markdown=False, progress=NullProgress())
    except ImportRefused:
        imported = None
    if imported is None or imported.text != source.text:
        passages = [Passage(seq=seq, kind=PassageKind.PARAGRAPH, start=m.start(), end=m.end())
                    for seq, m in enumerate(_PARAGRAPH.finditer(source.text))]
        imported = ImportedDocument(title=title, text=source.text, passages=passages)
    imported.title = title
    return imported, raw, hashlib.sha256(raw).hexdigest(), f"{title}.txt"


def _store_frameworks(project: Project, mapping: CodeMapping, author: str | None, result: QdpxImport,
                      filename: str) -> dict[tuple[int, str], str]:
    """Add each framework (or reuse one of the same name whose codes all exist); (index, code) -> id."""
    ids: dict[tuple[int, str], str] = {}
    for index, framework in enumerate(mapping.frameworks):
        if not framework.all_speerpunten():
            continue
        existing = {sp.code: sp for sp in list_speerpunten(project) if sp.framework_name == framework.name.strip()}
        if existing:
            absent = [sp.code for sp in framework.all_speerpunten() if sp.code not in existing]
            if absent:
                raise ImportRefused(filename, Reason(
                    "the project's framework '{framework}' lacks the codes {codes}; rename it or import into another "
                    "project", framework=framework.name, codes=", ".join(absent[:5])))
            framework_id = next(iter(existing.values())).framework_id
        else:
            framework_id, _ = add_framework(project, _named(framework), author=author)
            result.frameworks.append(framework_id)
        for sp in list_speerpunten(project):
            if sp.framework_id == framework_id:
                ids[(index, sp.code)] = sp.id
    return ids


def _named(framework: Framework) -> Framework:
    framework.name = framework.name.strip() or "REFI-QDA"
    return framework


def _store_document(project: Project, source: RefiSource, imported: ImportedDocument, raw: bytes, sha256: str,
                    source_name: str, author: str | None, users: dict[str, str], result: QdpxImport) -> str:
    same_text = project.db.execute(
        "SELECT id FROM documents WHERE deleted IS NULL AND (sha256 = ? OR text = ?)", [sha256, source.text]
    ).fetchall()
    for (document_id,) in same_text:
        text = project.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
        if text == source.text:
            result.reused_documents.append(document_id)
            return document_id
        raise ImportRefused(source.name, Reason("a document with the same file but another text is already in the project"))
    kind = KINDS.get(source.variables.get("Soort document", "").strip().lower(), DocumentKind.AGREEMENT)
    document_id = store_document(project, imported, raw, sha256, source_name, kind, title=imported.title,
                                 author=author or users.get(source.user) or None)
    details = {field_name: source.variables[label] for label, field_name in DETAILS.items()
               if source.variables.get(label)}
    if details:
        update_document(project, document_id, **details)
    result.documents.append(document_id)
    return document_id


def _finding_id(guid: str) -> str | None:
    """A selection's (or note's) GUID as a finding id, so a round trip keeps the finding's identity."""
    try:
        return str(uuid.UUID(guid))
    except ValueError:
        return None


def _present(project: Project, finding_id: str | None) -> bool:
    # Importing the same file twice adds nothing twice: the finding is already here under its id.
    return finding_id is not None and project.db.execute(
        "SELECT 1 FROM findings WHERE id = ?", [finding_id]).fetchone() is not None


def _store_codings(project: Project, refi: RefiProject, source: RefiSource, document_id: str, mapping: CodeMapping,
                   speerpunt_ids: dict[tuple[int, str], str], default: Assessment, origin: str,
                   result: QdpxImport) -> None:
    unplaced = 0
    speerpunten_of = {selection.guid: [speerpunt_ids[mapping.speerpunt_of[g]] for g in selection.code_guids
                                       if g in mapping.speerpunt_of and mapping.speerpunt_of[g] in speerpunt_ids]
                      for selection in source.selections}
    paired = _assessments_beside(source, mapping, speerpunten_of)
    for selection in source.selections:
        speerpunten = speerpunten_of[selection.guid]
        assessments = {mapping.assessment_of[g] for g in selection.code_guids if g in mapping.assessment_of}
        if not speerpunten:
            if not (assessments and _place(selection) in paired):
                unplaced += 1
            continue
        if not assessments:
            assessments = paired.get(_place(selection), set())
        first_id = _finding_id(selection.guid)
        if _present(project, first_id):
            result.already_present += 1
            continue
        note = next((refi.notes[ref].text for ref in selection.note_refs if ref in refi.notes), "")
        note = note or selection.description
        if len(assessments) == 1:
            assessment = next(iter(assessments))
        else:
            assessment = default
            result.unassessed += len(dict.fromkeys(speerpunten))
            note = UNASSESSED_NOTE.format(origin=origin) + (f"\n{note}" if note else "")
        writer = refi.users.get(selection.user) or UNKNOWN_AUTHOR
        for position, speerpunt_id in enumerate(dict.fromkeys(speerpunten)):
            if _same_finding_present(project, document_id, selection, speerpunt_id, assessment, note, writer):
                result.already_present += 1
                continue
            add_finding(project, document_id, speerpunt_id, assessment, selection.start, selection.end, note=note,
                        author=writer, finding_id=first_id if position == 0 else None)
            result.findings += 1
    if unplaced:
        result.warnings.append(Reason("'{name}': {count} selection(s) without a speerpunt code were skipped",
                                      name=source.name, count=unplaced))


def _store_missing(project: Project, refi: RefiProject, document_ids: dict[str, str], mapping: CodeMapping,
                   speerpunt_ids: dict[tuple[int, str], str], result: QdpxImport) -> None:
    """A missing finding is a note named "Ontbreekt: …", tied to a source (a Link, or the source's
    NoteRef) and to a speerpunt (the code's NoteRef, or the number in the note's name)."""
    code_of_note: dict[str, list[str]] = {}
    for code_guid, note_guid in _code_note_refs(refi):
        code_of_note.setdefault(note_guid, []).append(code_guid)
    for note in refi.notes.values():
        if not is_missing_note_name(note.name):
            continue
        sources = {s.guid for s in refi.sources if note.guid in s.note_refs}
        sources |= {target for origin, target in refi.links if origin == note.guid and target in document_ids}
        sources |= {origin for origin, target in refi.links if target == note.guid and origin in document_ids}
        if not sources:
            sources = _source_by_note_name(note.name, refi, document_ids)
        codes = [speerpunt_ids[mapping.speerpunt_of[c]] for c in code_of_note.get(note.guid, [])
                 if c in mapping.speerpunt_of and mapping.speerpunt_of[c] in speerpunt_ids]
        if not codes:
            codes = _speerpunt_by_note_name(note.name, mapping, speerpunt_ids)
        if len(codes) != 1 or len(sources) != 1:
            result.warnings.append(Reason("the note '{name}' names no single speerpunt and document; skipped",
                                          name=note.name[:60]))
            continue
        if _present(project, _finding_id(note.guid)):
            result.already_present += 1
            continue
        add_finding(project, document_ids[next(iter(sources))], codes[0], Assessment.MISSING, note=note.text,
                    author=refi.users.get(note.user) or UNKNOWN_AUTHOR, finding_id=_finding_id(note.guid))
        result.findings += 1
        result.missing += 1


def _source_by_note_name(name: str, refi: RefiProject, document_ids: dict[str, str]) -> set[str]:
    """"Ontbreekt: 2.4 … | Akkoord (Fatima)" -> the source titled "Akkoord", when only one is.

    QualCoder exports a missing finding (its journal) without the Link to the source or the code's NoteRef,
    so the name is all that is left; a trailing "(analyst)" or "(2)" made the name unique."""
    if "|" not in name:
        return set()
    named = name.rsplit("|", 1)[1].strip()
    for fits in (lambda title: named == title, lambda title: named.startswith(f"{title} (")):
        found = {source.guid for source in refi.sources if source.guid in document_ids
                 and any(fits(t) for t in {source.name.strip(), Path(source.name.strip()).stem} if t)}
        if found:
            return found if len(found) == 1 else set()
    return set()


def _code_note_refs(refi: RefiProject) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    stack = list(refi.codes)
    while stack:
        code = stack.pop()
        pairs.extend((code.guid, ref) for ref in code.note_refs)
        stack.extend(code.children)
    return pairs


def _speerpunt_by_note_name(name: str, mapping: CodeMapping, speerpunt_ids: dict[tuple[int, str], str]) -> list[str]:
    """"Ontbreekt: 2.4 Iedereen aan het werk | Akkoord" -> the speerpunt coded 2.4, when only one has it."""
    label = name.split(":", 1)[1].rsplit("|", 1)[0].strip() if ":" in name else ""
    code, _ = split_code_name(label, own=True)
    return sorted({sid for (_index, sp_code), sid in speerpunt_ids.items() if code and sp_code == code})


def _place(selection) -> tuple[int, int, str]:
    return selection.start, selection.end, selection.user


def _assessments_beside(source: RefiSource, mapping: CodeMapping,
                        speerpunten_of: dict[str, list[str]]) -> dict[tuple[int, int, str], set[Assessment]]:
    """Assessment codes on selections of their own, per place (span and user).

    QualCoder exports every coding as a selection of its own, so a finding comes back as two selections
    on the same words by the same analyst: one coded with the speerpunt, one with "Beoordeling: …".
    """
    beside: dict[tuple[int, int, str], set[Assessment]] = {}
    for selection in source.selections:
        if not speerpunten_of[selection.guid]:
            for guid in selection.code_guids:
                if guid in mapping.assessment_of:
                    beside.setdefault(_place(selection), set()).add(mapping.assessment_of[guid])
    return beside


def _same_finding_present(project: Project, document_id: str, selection, speerpunt_id: str,
                          assessment: Assessment, note: str, author: str) -> bool:
    """The same finding is already here under another id (a program that does not keep GUIDs, such as
    QualCoder, sends back what it was given): same words, speerpunt, assessment, note and analyst."""
    return project.db.execute(
        "SELECT 1 FROM findings WHERE deleted IS NULL AND document_id = ? AND start = ? AND \"end\" = ? "
        "AND speerpunt_id = ? AND assessment = ? AND note = ? AND author = ?",
        [document_id, selection.start, selection.end, speerpunt_id, assessment.value, clean_text(note).strip(),
         clean_line(author)],
    ).fetchone() is not None
