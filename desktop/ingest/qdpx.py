"""Reading a REFI-QDA project (.qdpx) or codebook (.qdc) into plain data, checked and never written.

A .qdpx is a zip from outside: it passes the DOCX checks (size, ZIP bombs, DTDs and entities,
damage) before anything is parsed, and a source path that leaves ``sources/`` is refused.
The reader accepts what real programs write beyond the letter of the schema: any attribute
order, GUIDs in either case and with or without braces, ``Sources/`` or ``sources/``, a
``.qde`` by another name, file names whose case differs from the path, a codebook without
Sets, codes without ``isCodable`` (true, as the standard says), ATLAS.ti's CRLF counted as one.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from desktop.domain.refi import normalise_line_ends
from desktop.ingest.docx_safety import check_xml_file, open_checked_zip, parse_part
from desktop.ingest.errors import ImportRefused
from desktop.reasons import Reason


@dataclass
class RefiCode:
    guid: str
    name: str
    codable: bool
    colour: str = ""
    description: str = ""
    children: list[RefiCode] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)


@dataclass
class RefiSelection:
    guid: str
    start: int  # code points into RefiSource.text ("\n" line ends), end exclusive
    end: int
    code_guids: list[str]
    note_refs: list[str]
    description: str
    user: str  # a User's GUID, or ""
    created: str


@dataclass
class RefiSource:
    guid: str
    name: str
    text: str
    selections: list[RefiSelection]
    note_refs: list[str]
    variables: dict[str, str]
    original: bytes | None = None
    original_suffix: str = ""
    user: str = ""


@dataclass
class RefiNote:
    guid: str
    name: str
    text: str
    user: str
    created: str


@dataclass
class RefiSet:
    name: str
    description: str
    members: list[str]


@dataclass
class RefiProject:
    name: str
    origin: str
    users: dict[str, str] = field(default_factory=dict)  # GUID -> name
    codes: list[RefiCode] = field(default_factory=list)
    sources: list[RefiSource] = field(default_factory=list)
    notes: dict[str, RefiNote] = field(default_factory=dict)
    sets: list[RefiSet] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (originGUID, targetGUID)
    warnings: list[str] = field(default_factory=list)  # each a Reason: the window shows it translated


def guid_of(value: str | None) -> str:
    """GUIDs compare case-insensitively and with or without braces ({…} is allowed by the schema)."""
    return (value or "").strip().strip("{}").lower()


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    # By local name: files say urn:QDA-XML:project:1.0, older ones 0.4, some none at all.
    return [child for child in element if _local(child) == name]


def _child_text(element: etree._Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "") if found else ""


def _variable_names(root: etree._Element) -> dict[str, str]:
    names: dict[str, str] = {}
    for variables in _children(root, "Variables"):
        for variable in _children(variables, "Variable"):
            names[guid_of(variable.get("guid"))] = variable.get("name") or ""
    return names


def read_codes(codes: etree._Element) -> list[RefiCode]:
    return [_code(element) for element in _children(codes, "Code")]


def _code(element: etree._Element) -> RefiCode:
    return RefiCode(
        guid=guid_of(element.get("guid")),
        name=(element.get("name") or "").strip(),
        codable=(element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
        colour=element.get("color") or "",
        description=_child_text(element, "Description").strip(),
        children=[_code(child) for child in _children(element, "Code")],
        note_refs=[guid_of(ref.get("targetGUID")) for ref in _children(element, "NoteRef")],
    )


def _sets(element: etree._Element) -> list[RefiSet]:
    found: list[RefiSet] = []
    for sets in _children(element, "Sets"):
        for item in _children(sets, "Set"):
            members = [guid_of(m.get("targetGUID") or m.get("guid")) for m in _children(item, "MemberCode")]
            found.append(RefiSet(item.get("name") or "", _child_text(item, "Description").strip(), members))
    return found


def read_qdc(data: bytes, filename: str) -> tuple[list[RefiCode], list[RefiSet], str]:
    """A codebook's code tree, sets and origin; refuses what is not a REFI-QDA codebook."""
    root = _parse(data, filename, "codebook")
    if _local(root) != "CodeBook":
        raise ImportRefused(filename, Reason("not a REFI-QDA codebook: the root element is not <CodeBook>"))
    codes = _children(root, "Codes")
    if not codes:
        raise ImportRefused(filename, Reason("the codebook holds no <Codes>"))
    return read_codes(codes[0]), _sets(root), root.get("origin") or ""


def read_qdc_file(data: bytes, filename: str) -> tuple[list[RefiCode], list[RefiSet], str]:
    """A .qdc from outside: checked like a DOCX part (size, encoding, no DTD or entities), then read."""
    check_xml_file(data, filename, "codebook")
    return read_qdc(data, filename)


def _what(what: str) -> str:
    return Reason("codebook") if what == "codebook" else what  # "project.qde" is a name, the same in every language


def _parse(data: bytes, filename: str, what: str) -> etree._Element:
    try:
        return parse_part(data)
    except etree.XMLSyntaxError as error:
        raise ImportRefused(filename, Reason("the {what} is not well-formed XML ({error})", what=_what(what),
                                             error=error.msg)) from error


def read_qdpx(data: bytes, filename: str) -> RefiProject:
    """Everything Speerpunt can use from a .qdpx, or ImportRefused with the reason."""
    def is_xml(name: str) -> bool:
        return name.lower().endswith((".qde", ".xml"))

    with open_checked_zip(data, filename, "REFI-QDA file", is_xml) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        qde = _find_qde(members, filename)
        sources_folder = {PurePosixPath(m.filename).name.lower(): m for m in members
                          if len(PurePosixPath(m.filename).parts) == 2
                          and PurePosixPath(m.filename).parts[0].lower() == "sources"}
        root = _parse(archive.read(qde), filename, "project.qde")
        if _local(root) != "Project":
            raise ImportRefused(filename, Reason("not a REFI-QDA project: project.qde has no <Project>"))

        def internal(path: str | None, required: bool = True) -> bytes | None:
            return _internal_file(archive, sources_folder, path, filename, required)

        return _read_project(root, internal, filename)


def _find_qde(members: list[zipfile.ZipInfo], filename: str) -> zipfile.ZipInfo:
    candidates = [m for m in members if "/" not in m.filename.strip("/") and m.filename.lower().endswith(".qde")]
    for member in candidates:
        if member.filename.lower() == "project.qde":
            return member
    if len(candidates) == 1:
        return candidates[0]
    raise ImportRefused(filename, Reason("not a REFI-QDA project: the archive holds no project.qde"))


def _internal_file(archive: zipfile.ZipFile, folder: dict[str, zipfile.ZipInfo], path: str | None,
                   filename: str, required: bool = True) -> bytes | None:
    """The bytes an ``internal://name`` path names, None for an external path (or a missing file that is
    not ``required``); refuses a path that escapes."""
    if not path:
        return None
    if not path.lower().startswith("internal:"):
        return None
    name = path[len("internal:"):].lstrip("/")
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise ImportRefused(filename, Reason("refused: the source path '{path}' points outside the sources folder",
                                                   path=path[:80]))
    member = folder.get(name.lower())
    if member is None and not required:
        return None
    if member is None:
        raise ImportRefused(filename, Reason("damaged REFI-QDA file: sources/{name} is missing", name=name[:80]))
    return archive.read(member)


def _read_project(root: etree._Element, internal, filename: str) -> RefiProject:
    origin = root.get("origin") or ""
    project = RefiProject(name=(root.get("name") or "").strip(), origin=origin)
    crlf_is_one = "atlas.ti" in origin.lower()
    for users in _children(root, "Users"):
        for user in _children(users, "User"):
            project.users[guid_of(user.get("guid"))] = (user.get("name") or "").strip()
    for codebook in _children(root, "CodeBook"):
        for codes in _children(codebook, "Codes"):
            project.codes.extend(read_codes(codes))
    project.sets = _sets(root)
    project.links = [(guid_of(link.get("originGUID")), guid_of(link.get("targetGUID")))
                     for links in _children(root, "Links") for link in _children(links, "Link")]
    variable_names = _variable_names(root)
    skipped_kinds: dict[str, int] = {}
    for sources in _children(root, "Sources"):
        for element in sources:
            kind = _local(element)
            if not kind:  # a comment or processing instruction
                continue
            if kind == "TextSource":
                source = _text_source(element, element.get("name") or "", internal, filename, crlf_is_one, project)
            elif kind == "PDFSource" and _children(element, "Representation"):
                # A PDF's text selections live on its plain-text representation (10.3).
                source = _text_source(_children(element, "Representation")[0], element.get("name") or "",
                                      internal, filename, crlf_is_one, project)
                source.guid = guid_of(element.get("guid"))
                source.note_refs += [guid_of(ref.get("targetGUID")) for ref in _children(element, "NoteRef")]
                if _children(element, "PDFSelection"):
                    project.warnings.append(Reason("'{name}': area selections in the PDF were not imported",
                                                   name=source.name))
            else:
                skipped_kinds[kind] = skipped_kinds.get(kind, 0) + 1
                continue
            source.variables = {variable_names.get(guid_of(v_ref.get("targetGUID")), ""): text
                                for v_ref, text in _variable_values(element)}
            project.sources.append(source)
    for kind, count in sorted(skipped_kinds.items()):
        project.warnings.append(Reason("{count} {kind} element(s) skipped: Speerpunt imports text sources only",
                                       count=count, kind=kind))
    for notes in _children(root, "Notes"):
        for element in _children(notes, "Note"):
            text = _child_text(element, "PlainTextContent")
            # A note whose file is missing loses its text, not the whole import.
            data = internal(element.get("plainTextPath"), required=False)
            if data is not None:
                text = _decode(data, element.get("name") or "note", filename)
            project.notes[guid_of(element.get("guid"))] = RefiNote(
                guid=guid_of(element.get("guid")), name=(element.get("name") or "").strip(),
                text=normalise_line_ends(text).text.strip(),
                user=guid_of(element.get("creatingUser") or element.get("modifyingUser")),
                created=element.get("creationDateTime") or element.get("modifiedDateTime") or "")
    return project


def _variable_values(element: etree._Element) -> list[tuple[etree._Element, str]]:
    values = []
    for value in _children(element, "VariableValue"):
        refs = _children(value, "VariableRef")
        texts = [(child.text or "").strip() for child in value if _local(child).endswith("Value")]
        if refs and texts:
            values.append((refs[0], texts[0]))
    return values


def _decode(data: bytes, name: str, filename: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportRefused(filename, Reason("the text of '{name}' is not UTF-8, as REFI-QDA requires",
                                             name=name[:60])) from error
    # A byte-order mark is a signature, not text: positions count from the first character after it.
    return text[1:] if text.startswith("\ufeff") else text


def _text_source(element: etree._Element, name: str, internal, filename: str, crlf_is_one: bool,
                 project: RefiProject) -> RefiSource:
    name = name.strip() or "Document"
    data = internal(element.get("plainTextPath"))
    if data is not None:
        raw = _decode(data, name, filename)
    elif _children(element, "PlainTextContent"):
        raw = _child_text(element, "PlainTextContent")
    else:
        raise ImportRefused(filename, Reason("the text of '{name}' is not in the file (an external path)", name=name[:60]))
    text = normalise_line_ends(raw, crlf_is_one=crlf_is_one)
    source = RefiSource(guid=guid_of(element.get("guid")), name=name, text=text.text, selections=[],
                        note_refs=[guid_of(ref.get("targetGUID")) for ref in _children(element, "NoteRef")],
                        variables={}, user=guid_of(element.get("creatingUser")))
    rich = element.get("richTextPath") or ""
    if rich.lower().endswith(".docx"):
        source.original = internal(rich)
        source.original_suffix = ".docx"
    bad = 0
    for selection in _children(element, "PlainTextSelection"):
        try:
            start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            bad += 1
            continue
        if not 0 <= start < end <= (len(text.text) if crlf_is_one else len(raw)):
            bad += 1
            continue
        codes = [guid_of(ref.get("targetGUID")) for coding in _children(selection, "Coding")
                 for ref in _children(coding, "CodeRef")]
        user = selection.get("creatingUser") or selection.get("modifyingUser")
        if not user:
            user = next((c.get("creatingUser") for c in _children(selection, "Coding") if c.get("creatingUser")), "")
        source.selections.append(RefiSelection(
            guid=guid_of(selection.get("guid")), start=text.to_plain(start), end=text.to_plain(end),
            code_guids=codes, note_refs=[guid_of(ref.get("targetGUID")) for ref in _children(selection, "NoteRef")],
            description=normalise_line_ends(_child_text(selection, "Description")).text.strip(),
            user=guid_of(user), created=selection.get("creationDateTime") or ""))
    if bad:
        project.warnings.append(Reason("'{name}': {count} selection(s) outside the text were skipped",
                                       name=name, count=bad))
    if _children(element, "Coding"):
        project.warnings.append(Reason("'{name}': codings of the whole document were skipped (a finding needs a passage)",
                                       name=name))
    return source
