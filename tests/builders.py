"""Small builders for test projects: a document from blocks, a tiny framework, PDFs an import refuses."""

from __future__ import annotations

import hashlib

from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.documents import store_document
from desktop.operations.frameworks import add_framework
from desktop.store.frameworks import list_speerpunten
from desktop.store.project import Project


def add_document(
    project: Project,
    paragraphs: list[str],
    title: str = "Akkoord",
    kind: DocumentKind = DocumentKind.AGREEMENT,
    headings: dict[int, str] | None = None,
) -> str:
    """Store a document made of ``paragraphs`` (with headings before the given indexes)."""
    blocks: list[Block] = []
    for index, paragraph in enumerate(paragraphs):
        if headings and index in headings:
            blocks.append(Block(PassageKind.HEADING, headings[index], level=1, page=index + 1))
        blocks.append(Block(PassageKind.PARAGRAPH, paragraph, page=index + 1))
    imported = assemble(title, blocks, pages=len(paragraphs))
    data = "\n".join(paragraphs).encode()
    return store_document(project, imported, data, hashlib.sha256(data).hexdigest(), f"{title}.txt", kind)


def add_small_framework(project: Project, name: str = "Testkader") -> dict[str, str]:
    """A framework of two themes and three speerpunten; returns code -> speerpunt id."""
    framework = Framework(
        name=name,
        themes=[
            Theme(title="Wonen", code="1", colour="#0072B2", speerpunten=[
                Speerpunt(code="1.1", title="Betaalbaar wonen"),
                Speerpunt(code="1.2", title="Leefbare wijken"),
            ]),
            Theme(title="Werk", code="2", colour="#E69F00", speerpunten=[
                Speerpunt(code="2.1", title="Iedereen aan het werk", formulation="Eén regeling voor de onderkant."),
            ]),
        ],
    )
    add_framework(project, framework, author="Test")
    return {sp.code: sp.id for sp in list_speerpunten(project) if sp.framework_name == name}


def scanned_pdf(path):
    """Two pages of grey bars, as a scanner makes them: no text layer."""
    from tests.ingest.conftest import new_pdf

    pdf = new_pdf()
    for _ in range(2):
        pdf.add_page()
        pdf.set_fill_color(40, 40, 40)
        for row in range(30):
            pdf.rect(60, 80 + row * 20, 400, 8, style="F")
    path.write_bytes(bytes(pdf.output()))
    return path


def protected_pdf(path):
    """A PDF that opens only with a password."""
    from tests.ingest.conftest import lines, new_pdf

    pdf = new_pdf()
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.add_page()
    lines(pdf, 100, ["Vertrouwelijk akkoord."])
    path.write_bytes(bytes(pdf.output()))
    return path
