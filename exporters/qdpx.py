"""A project as a REFI-QDA project (.qdpx) and its framework as a codebook (.qdc).

The .qdpx is a zip of ``project.qde`` (QDA-XML 1.0) and ``sources/``: per document its
plain text (UTF-8 without BOM, "\\n" line ends) and, for a DOCX, the original. The mapping
and the convention for assessments and missing findings are in docs/REFI-QDA.md and
desktop.domain.refi.
"""

from __future__ import annotations

import uuid
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lxml import etree

from desktop import __version__
from desktop.domain.finding import Assessment, Finding
from desktop.domain.framework import Framework
from desktop.domain.refi import (
    CODEBOOK_NAMESPACE,
    NAMESPACE,
    assessment_code_guid,
    missing_note_name,
    normalise_line_ends,
    user_guid,
    xml_text,
)
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason
from desktop.store.documents import DocumentRecord, document_source, document_text, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks
from desktop.store.project import Project
from exporters.errors import ExportRefused
from exporters.refi_codes import write_codes, write_sets
from exporters.safe_write import check_writable, write_atomically

ORIGIN = f"Speerpunt {__version__}"
FALLBACK_USER = "Speerpunt"
# Document details carried as REFI variables (readable as document variables in MAXQDA/ATLAS.ti).
VARIABLES = (
    ("kind", "Soort document"),
    ("short_name", "Korte naam"),
    ("issuer", "Uitgever"),
    ("period", "Periode"),
    ("date", "Datum"),
    ("parties", "Partijen"),
    ("categories", "Categorieën"),
)
KIND_WORDS = {"agreement": "akkoord", "position": "positiepaper", "other": "overig"}
# The standard's limit on one internal file (8.5 Limitations).
MAX_INTERNAL_FILE = 2**31 - 1


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def refi_datetime(stamp: str | None) -> str:
    """Our UTC stamps ("2026-01-02T03:04:05.123456Z") to whole seconds, as other programs write them."""
    if not stamp:
        return datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M:%SZ")
    return stamp[:19] + "Z" if len(stamp) >= 19 else stamp


def _derived_guid(base: str, role: str) -> str:
    return str(uuid.uuid5(uuid.UUID(base) if _is_uuid(base) else uuid.NAMESPACE_OID, f"{role}:{base}"))


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


@dataclass
class _Export:
    project: Project
    documents: list[DocumentRecord]
    frameworks: list[Framework]
    findings: list[Finding]
    users: dict[str, str] = field(default_factory=dict)  # name -> guid
    files: dict[str, bytes] = field(default_factory=dict)  # path in the zip -> bytes
    notes: list[etree._Element] = field(default_factory=list)

    def user(self, name: str | None) -> str:
        name = " ".join((name or "").split()) or FALLBACK_USER
        return self.users.setdefault(name, user_guid(name))


def export_qdpx(project: Project, out_path: Path, progress: Progress | None = None) -> dict:
    """Write the whole project as a .qdpx; refuses a project with no documents."""
    progress = progress or NullProgress()
    check_writable(out_path)
    documents = list_documents(project)
    if not documents:
        raise ExportRefused(Reason("the project has no documents to export"))
    frameworks = list_frameworks(project)
    state = _Export(project, documents, frameworks, list_findings(project))
    root = build_project_xml(state, progress)
    qde = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True, pretty_print=True)

    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", qde)
            for name, data in state.files.items():
                archive.writestr(name, data)

    write_atomically(out_path, write)
    exported = [f for f in state.findings if f.document_id in {d.id for d in documents}]
    return {
        "path": str(out_path),
        "layout": "qdpx",
        "documents": len(documents),
        "codes": sum(len(fw.all_speerpunten()) for fw in frameworks),
        "findings": len(exported),
        **{a.value: sum(1 for f in exported if f.assessment is a) for a in Assessment},
        "users": len(state.users),
    }


def build_project_xml(state: _Export, progress: Progress) -> etree._Element:
    root = etree.Element(_q("Project"), nsmap={None: NAMESPACE},
                         name=xml_text(state.project.path.stem if state.project.path else "Speerpunt"),
                         origin=ORIGIN)
    stamp = refi_datetime(None)
    root.set("creationDateTime", stamp)
    root.set("modifiedDateTime", stamp)
    users = etree.SubElement(root, _q("Users"))
    live_speerpunten = {sp.id for fw in state.frameworks for sp in fw.all_speerpunten()}
    document_ids = {d.id for d in state.documents}
    findings = [f for f in state.findings if f.speerpunt_id in live_speerpunten and f.document_id in document_ids]
    state.findings = findings
    missing = [f for f in findings if not f.has_span]
    code_notes: dict[str, list[str]] = {}
    for finding in missing:
        code_notes.setdefault(finding.speerpunt_id, []).append(finding.id)
    codebook = etree.SubElement(root, _q("CodeBook"))
    tree = write_codes(codebook, state.frameworks, NAMESPACE, code_notes)
    variables = etree.SubElement(root, _q("Variables"))
    variable_guids = {key: _derived_guid("8d3f2e61-7c1a-4b9e-a5d0-3f6c2b1e9a74", key) for key, _ in VARIABLES}
    for key, label in VARIABLES:
        etree.SubElement(variables, _q("Variable"), guid=variable_guids[key], name=label, typeOfVariable="Text")
    sources = etree.SubElement(root, _q("Sources"))
    progress.start(len(state.documents), "REFI-QDA")
    titles = {d.id: d.title for d in state.documents}
    for document in state.documents:
        check_cancelled(progress)
        _write_source(state, sources, document, [f for f in findings if f.document_id == document.id],
                      tree.speerpunt_guid, variable_guids)
        progress.advance()
    names = _missing_note_names(missing, tree.speerpunt_name, titles)
    for finding in missing:
        state.notes.append(_missing_note(state, finding, names[finding.id]))
    if state.notes:
        notes = etree.SubElement(root, _q("Notes"))
        notes.extend(state.notes)
    if missing:
        # A Link, not a NoteRef on the source: QualCoder takes a source's NoteRef for an annotation
        # that needs a selection and drops it, but imports a named note with a file as a journal.
        links = etree.SubElement(root, _q("Links"))
        for finding in missing:
            etree.SubElement(links, _q("Link"), guid=_derived_guid(finding.id, "link"), name="Ontbreekt in",
                             direction="OneWay", originGUID=finding.id, targetGUID=finding.document_id)
    if state.frameworks:
        write_sets(root, state.frameworks, tree, NAMESPACE, "targetGUID")
    for name, guid in state.users.items():
        etree.SubElement(users, _q("User"), guid=guid, name=xml_text(name))
    if not len(users):
        root.remove(users)
    return root


def _write_source(state: _Export, sources: etree._Element, document: DocumentRecord, findings: Sequence[Finding],
                  speerpunt_guid: dict[str, str], variable_guids: dict[str, str]) -> None:
    text = document_text(state.project, document.id)
    plain = normalise_line_ends(text)
    data = plain.text.encode("utf-8")
    if len(data) > MAX_INTERNAL_FILE:
        raise ExportRefused(Reason("'{title}' is larger than the 2 GB a REFI-QDA source may be", title=document.title))
    author = _document_author(state.project, document.id)
    stamp = refi_datetime(document.imported_at)
    element = etree.SubElement(sources, _q("TextSource"), guid=document.id, name=xml_text(document.title),
                               plainTextPath=f"internal://{document.id}.txt")
    state.files[f"sources/{document.id}.txt"] = data
    if document.source_name.lower().endswith(".docx"):
        # The standard keeps styled text as the original DOCX beside its plain text (9.1.3).
        original = _derived_guid(document.id, "original")
        element.set("richTextPath", f"internal://{original}.docx")
        state.files[f"sources/{original}.docx"] = document_source(state.project, document.id)
    element.set("creatingUser", state.user(author))
    element.set("creationDateTime", stamp)
    element.set("modifyingUser", state.user(author))
    element.set("modifiedDateTime", stamp)
    for finding in findings:
        if finding.has_span:
            _write_selection(state, element, finding, plain.to_plain(finding.start), plain.to_plain(finding.end),
                             speerpunt_guid[finding.speerpunt_id])
    values = _variable_values(document)
    for key, _label in VARIABLES:
        if values.get(key):
            value = etree.SubElement(element, _q("VariableValue"))
            etree.SubElement(value, _q("VariableRef"), targetGUID=variable_guids[key])
            etree.SubElement(value, _q("TextValue")).text = xml_text(values[key])


def _write_selection(state: _Export, source: etree._Element, finding: Finding, start: int, end: int,
                     code_guid: str) -> None:
    user = state.user(finding.author)
    created, modified = refi_datetime(finding.created), refi_datetime(finding.modified)
    quote = " ".join(finding.quote.split())
    selection = etree.SubElement(
        source, _q("PlainTextSelection"), guid=finding.id,
        name=xml_text(quote if len(quote) <= 80 else quote[:79] + "…"),
        startPosition=str(start), endPosition=str(end), creatingUser=user, creationDateTime=created,
        modifyingUser=user, modifiedDateTime=modified)
    if finding.note:
        # QualCoder and MAXQDA show a selection's Description as its memo; ATLAS.ti and NVivo the linked note.
        etree.SubElement(selection, _q("Description")).text = xml_text(finding.note)
    for role, target in (("speerpunt", code_guid), ("assessment", assessment_code_guid(finding.assessment))):
        coding = etree.SubElement(selection, _q("Coding"), guid=_derived_guid(finding.id, role),
                                  creatingUser=user, creationDateTime=created)
        etree.SubElement(coding, _q("CodeRef"), targetGUID=target)
    if finding.note:
        note_guid = _derived_guid(finding.id, "note")
        etree.SubElement(selection, _q("NoteRef"), targetGUID=note_guid)
        note = etree.Element(_q("Note"), guid=note_guid, name=xml_text(f"Toelichting: {quote[:60]}"),
                             creatingUser=user, creationDateTime=created, modifyingUser=user,
                             modifiedDateTime=modified)
        etree.SubElement(note, _q("PlainTextContent")).text = xml_text(finding.note)
        state.notes.append(note)


def _missing_note_names(missing: Sequence[Finding], speerpunt_names: dict[str, str],
                        titles: dict[str, str]) -> dict[str, str]:
    """Each missing finding's note name, unique in the file: two analysts who both found a speerpunt missing
    in one agreement (after a merge) get their name added, then a number. QualCoder keeps journals by name
    (UNIQUE) and its importer stops with an error at the second note of one name."""
    plain = {f.id: missing_note_name(speerpunt_names[f.speerpunt_id], titles[f.document_id]) for f in missing}
    shared = Counter(plain.values())
    names: dict[str, str] = {}
    used: set[str] = set()
    for finding in missing:
        name = plain[finding.id]
        if shared[name] > 1 and finding.author:
            name = f"{name} ({finding.author})"
        unique, number = name, 2
        while unique in used:
            unique, number = f"{name} ({number})", number + 1
        used.add(unique)
        names[finding.id] = unique
    return names


def _missing_note(state: _Export, finding: Finding, name: str) -> etree._Element:
    # Written to a file, not inline: QualCoder shows a named note with a plainTextPath as a journal.
    user = state.user(finding.author)
    note = etree.Element(_q("Note"), guid=finding.id, name=xml_text(name),
                         plainTextPath=f"internal://{finding.id}.txt", creatingUser=user,
                         creationDateTime=refi_datetime(finding.created), modifyingUser=user,
                         modifiedDateTime=refi_datetime(finding.modified))
    state.files[f"sources/{finding.id}.txt"] = normalise_line_ends(finding.note).text.encode("utf-8")
    return note


def _document_author(project: Project, document_id: str) -> str | None:
    row = project.db.execute("SELECT author FROM documents WHERE id = ?", [document_id]).fetchone()
    return row[0] if row else None


def _variable_values(document: DocumentRecord) -> dict[str, str]:
    return {
        "kind": KIND_WORDS.get(document.kind, document.kind),
        "short_name": document.short_name or "",
        "issuer": document.issuer or "",
        "period": document.period or "",
        "date": document.date or "",
        "parties": document.parties or "",
        "categories": ", ".join(document.categories),
    }


def export_qdc(project: Project, out_path: Path, framework_name: str | None = None) -> dict:
    """Write one framework (or all, under one root each) as a REFI-QDA codebook."""
    frameworks = list_frameworks(project)
    if framework_name:
        frameworks = [fw for fw in frameworks if fw.name == framework_name]
    if not frameworks:
        raise ExportRefused(Reason("no framework to export named '{name}'", name=framework_name) if framework_name
                            else Reason("no framework to export"))
    root = etree.Element(f"{{{CODEBOOK_NAMESPACE}}}CodeBook", nsmap={None: CODEBOOK_NAMESPACE}, origin=ORIGIN)
    tree = write_codes(root, frameworks, CODEBOOK_NAMESPACE)
    write_sets(root, frameworks, tree, CODEBOOK_NAMESPACE, "guid")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    write_atomically(out_path, lambda path: path.write_bytes(data))
    return {"path": str(out_path), "frameworks": [fw.name for fw in frameworks],
            "themes": sum(len(fw.themes) for fw in frameworks),
            "speerpunten": sum(len(fw.all_speerpunten()) for fw in frameworks)}
