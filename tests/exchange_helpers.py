"""Shared by the REFI-QDA tests: the standard's schema (from ../shared), reading an export back with lxml."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def refi_schema(shared_dir: Path) -> etree.XMLSchema:
    path = shared_dir / "refi-qda" / "Project-mrt2019.xsd"
    if not path.is_file():
        pytest.skip("../shared/refi-qda/Project-mrt2019.xsd is not present")
    return etree.XMLSchema(etree.parse(str(path)))


def assert_valid(schema: etree.XMLSchema, root: etree._Element) -> None:
    assert schema.validate(root), "\n".join(str(error) for error in schema.error_log)


def codebook_as_project(codebook: etree._Element) -> etree._Element:
    """A .qdc's codes and sets inside a <Project>, so the project schema (the only one we have as a
    file) checks them: same CodeType, and the codebook's MemberCode@guid is the project's @targetGUID."""
    text = etree.tostring(codebook).decode().replace(CODEBOOK_NS, NS)
    moved = etree.fromstring(text.encode())
    project = etree.Element(q("Project"), nsmap={None: NS}, name="codebook")
    book = etree.SubElement(project, q("CodeBook"))
    book.append(moved.find(q("Codes")))
    sets = moved.find(q("Sets"))
    if sets is not None:
        for member in sets.iter(q("MemberCode")):
            member.set("targetGUID", member.attrib.pop("guid"))
        project.append(sets)
    return project


@dataclass
class ReadExport:
    root: etree._Element
    files: dict[str, bytes]

    def text_of(self, source: etree._Element) -> str:
        name = source.get("plainTextPath").removeprefix("internal://")
        return self.files[f"sources/{name}"].decode("utf-8")


def read_export(path: Path) -> ReadExport:
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return ReadExport(etree.fromstring(files.pop("project.qde")), files)
