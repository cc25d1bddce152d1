"""A REFI-QDA code tree of any depth as frameworks of themes and speerpunten.

The rule (docs/REFI-QDA.md): codes are grouped into frameworks by the Set that names them
(else the file's name); a top-level code with children is a theme, every codable code below
it a speerpunt (deeper levels flattened, their path in the title: "Coke › diet Coke"); codable
top-level codes without children go together into one theme, a non-codable one is an empty theme. A leading number in a code's
name ("2.4 Iedereen aan het werk") is the speerpunt's code, otherwise codes are numbered
theme.position. The assessment codes (desktop.domain.refi) are taken out and returned apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.finding import Assessment
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.domain.refi import assessment_of_code_name, is_assessment_group, is_own_origin, split_code_name
from desktop.ingest.qdpx import RefiCode, RefiSet, read_qdc_file

PATH_SEPARATOR = " › "
LOOSE_CODES_THEME = "Overige codes"


@dataclass
class CodeMapping:
    """The frameworks a code tree becomes, and where each code GUID went."""

    frameworks: list[Framework] = field(default_factory=list)
    # code GUID -> (index into frameworks, speerpunt code)
    speerpunt_of: dict[str, tuple[int, str]] = field(default_factory=dict)
    assessment_of: dict[str, Assessment] = field(default_factory=dict)


def frameworks_from_codes(codes: list[RefiCode], sets: list[RefiSet], default_name: str,
                          own: bool = False) -> CodeMapping:
    """``own``: written by Speerpunt, so a theme without a number had none (it gets none) and codes
    may be capitals ("F.1"); another program's unnumbered codes are numbered theme.position."""
    mapping = CodeMapping()
    kept = [code for code in codes if not _take_assessments(code, mapping)]
    groups: dict[str, tuple[str, list[RefiCode]]] = {}
    set_of = {}
    for item in sets:
        for guid in item.members:
            set_of.setdefault(guid, item)
    for code in kept:
        item = set_of.get(code.guid)
        if item is not None and item.name.strip() == code.name and not code.codable and _is_wrapper(code):
            # Several frameworks exported together: each is a root code named as its Set.
            groups.setdefault(item.name.strip(), (item.description, []))[1].extend(code.children)
            continue
        name = item.name.strip() if item is not None and item.name.strip() else default_name
        groups.setdefault(name, (item.description if item is not None else "", []))[1].append(code)
    for name, (description, top) in groups.items():
        index = len(mapping.frameworks)
        mapping.frameworks.append(_framework(name, description, top, index, mapping, own))
    return mapping


def _take_assessments(code: RefiCode, mapping: CodeMapping) -> bool:
    """Record and drop assessment codes (and their group); True when ``code`` itself goes."""
    assessment = assessment_of_code_name(code.name)
    if assessment is not None and not code.children:
        mapping.assessment_of[code.guid] = assessment
        return True
    code.children = [child for child in code.children if not _take_assessments(child, mapping)]
    return is_assessment_group(code.name) and not code.children


def _is_wrapper(code: RefiCode) -> bool:
    return bool(code.children) and all(child.children for child in code.children)


def _framework(name: str, description: str, top: list[RefiCode], index: int, mapping: CodeMapping,
               own: bool) -> Framework:
    framework = Framework(name=name, description=description)
    used: set[str] = set()
    loose = [code for code in top if not code.children]
    if loose and len(loose) == len(top):
        themes = [(RefiCode(guid="", name=name, codable=False, children=loose), False)]
    else:
        # A folder without codes yet (isCodable="false", no children) is a theme still empty.
        themes = [(code, code.codable and bool(code.children)) for code in top
                  if code.children or not code.codable]
        if any(code.codable for code in loose):
            themes.append((RefiCode(guid="", name=LOOSE_CODES_THEME, codable=False, children=loose), False))
    for position, (code, self_codable) in enumerate(themes, start=1):
        theme_code, theme_title = split_code_name(code.name, own)
        theme = Theme(title=theme_title or code.name, code=theme_code or ("" if own else str(position)),
                      colour=code.colour)
        entries: list[tuple[RefiCode, str]] = []
        if self_codable:
            entries.append((code, theme.title))
        for child in code.children:
            _flatten(child, "", entries, own)
        for number, (entry, title) in enumerate(entries, start=1):
            given, _ = split_code_name(entry.name, own)
            speerpunt_code = given if given and given not in used else f"{theme.code or position}.{number}"
            while speerpunt_code in used:
                speerpunt_code += "'"
            used.add(speerpunt_code)
            # A speerpunt without a colour of its own is written in its theme's; read back, it inherits again.
            colour = "" if entry.colour.lower() == theme.colour.lower() else entry.colour
            theme.speerpunten.append(Speerpunt(code=speerpunt_code, title=title, formulation=entry.description,
                                               colour=colour))
            mapping.speerpunt_of[entry.guid] = (index, speerpunt_code)
        framework.themes.append(theme)
    return framework


def _flatten(code: RefiCode, path: str, entries: list[tuple[RefiCode, str]], own: bool) -> None:
    _, title = split_code_name(code.name, own)
    title = f"{path}{PATH_SEPARATOR}{title}" if path else (title or code.name)
    if code.codable:
        entries.append((code, title))
    for child in code.children:
        _flatten(child, title, entries, own)


def load_qdc(path: Path) -> list[Framework]:
    """The frameworks in a REFI-QDA codebook (.qdc), read safely; the file's name names a loose tree."""
    try:
        data = path.read_bytes()
    except OSError as error:
        from desktop.ingest.errors import ImportRefused
        from desktop.reasons import Reason

        raise ImportRefused(path.name, Reason("cannot be read: {error}", error=error.strerror or str(error))) from error
    codes, sets, origin = read_qdc_file(data, path.name)
    mapping = frameworks_from_codes(codes, sets, path.stem, own=is_own_origin(origin))
    return [fw for fw in mapping.frameworks if fw.all_speerpunten()]
