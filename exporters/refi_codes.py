"""A project's frameworks as a REFI-QDA code tree: themes as parent codes, speerpunten as codes.

Shared by the project export (.qdpx) and the codebook export (.qdc), which differ only in
namespace, in whether a code may carry NoteRefs, and in how a Set names its members.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lxml import etree

from desktop.domain.finding import Assessment
from desktop.domain.framework import Framework
from desktop.domain.refi import (
    ASSESSMENT_CODE_NAMES,
    ASSESSMENT_COLOURS,
    ASSESSMENT_GROUP,
    assessment_code_guid,
    assessment_group_guid,
    rgb_colour,
    speerpunt_code_name,
    xml_text,
)


@dataclass
class CodeTree:
    """What the exporter needs after the tree is written: each speerpunt's GUID and name."""

    speerpunt_guid: dict[str, str] = field(default_factory=dict)
    speerpunt_name: dict[str, str] = field(default_factory=dict)
    framework_members: dict[str, list[str]] = field(default_factory=dict)


class _UniqueNames:
    # QualCoder (and others) match codes by name: two codes with one name lose codings.
    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, name: str) -> str:
        name = " ".join(xml_text(name).split()) or "Code"
        candidate, number = name, 2
        while candidate.casefold() in self.taken:
            candidate = f"{name} ({number})"
            number += 1
        self.taken.add(candidate.casefold())
        return candidate


def write_codes(
    parent: etree._Element,
    frameworks: Sequence[Framework],
    namespace: str,
    note_refs: Mapping[str, Sequence[str]] | None = None,
) -> CodeTree:
    """Append <Codes> to ``parent``; ``note_refs`` maps a speerpunt id to Note GUIDs (project only)."""
    q = _qualifier(namespace)
    unique = _UniqueNames()
    tree = CodeTree()
    codes = etree.SubElement(parent, q("Codes"))
    wrap = len(frameworks) > 1  # several frameworks: one more level, so themes never mix
    for framework in frameworks:
        members: list[str] = []
        holder = codes
        if wrap:
            holder = _code(codes, q, framework.id, unique(framework.name), False, "", framework.description)
            members.append(framework.id)
        for theme in framework.themes:
            theme_name = unique(speerpunt_code_name(theme.code, theme.title))
            theme_code = _code(holder, q, theme.id, theme_name, False, theme.colour, "")
            members.append(theme.id)
            for speerpunt in theme.speerpunten:
                name = unique(speerpunt_code_name(speerpunt.code, speerpunt.title))
                element = _code(theme_code, q, speerpunt.id, name, True, speerpunt.colour or theme.colour,
                                speerpunt.formulation)
                for note_guid in (note_refs or {}).get(speerpunt.id, ()):
                    etree.SubElement(element, q("NoteRef"), targetGUID=note_guid)
                tree.speerpunt_guid[speerpunt.id] = speerpunt.id
                tree.speerpunt_name[speerpunt.id] = name
                members.append(speerpunt.id)
        tree.framework_members[framework.id] = members
    group = _code(codes, q, assessment_group_guid(), unique(ASSESSMENT_GROUP), False, "",
                  "Speerpunt's beoordelingen: codeer een fragment met een speerpunt én één beoordeling.")
    for assessment in Assessment:
        _code(group, q, assessment_code_guid(assessment), unique(ASSESSMENT_CODE_NAMES[assessment]), True,
              ASSESSMENT_COLOURS[assessment], "")
    return tree


def write_sets(parent: etree._Element, frameworks: Sequence[Framework], tree: CodeTree, namespace: str,
               member_attribute: str) -> None:
    """One Set per framework, named by it, so a round trip knows which codes form which framework."""
    q = _qualifier(namespace)
    sets = etree.SubElement(parent, q("Sets"))
    for framework in frameworks:
        element = etree.SubElement(sets, q("Set"), guid=framework.id, name=xml_text(framework.name))
        if framework.description:
            etree.SubElement(element, q("Description")).text = xml_text(framework.description)
        for guid in tree.framework_members.get(framework.id, []):
            etree.SubElement(element, q("MemberCode"), **{member_attribute: guid})


def _code(parent: etree._Element, q, guid: str, name: str, codable: bool, colour: str,
          description: str) -> etree._Element:
    element = etree.SubElement(parent, q("Code"), guid=guid, name=name, isCodable="true" if codable else "false")
    rgb = rgb_colour(colour)
    if rgb:
        element.set("color", rgb)
    if description:
        etree.SubElement(element, q("Description")).text = xml_text(description)
    return element


def _qualifier(namespace: str):
    return lambda tag: f"{{{namespace}}}{tag}"
