"""House style: the shipped template, a user's template with its own styles, refusals."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from exporters import ExportOptions, ExportRefused, export
from exporters.house_style import DEFAULT_TEMPLATE
from tests.exporters.docx_reading import headings, instructions


def test_the_shipped_template_is_what_its_script_makes(tmp_path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_template", DEFAULT_TEMPLATE.with_name("make_default_template.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = Document(str(module.build(tmp_path / "t.docx")))
    shipped = Document(str(DEFAULT_TEMPLATE))
    for document in (made, shipped):
        styles = document.styles
        assert styles["Normal"].font.name == "Calibri"
        # Chapters break pages where the export says so, not through the style (see docx_speerpunten).
        assert styles["Heading 1"].font.size == Pt(16) and not styles["Heading 1"].paragraph_format.page_break_before
        assert styles["Formulering"].font.italic and styles["Reactielabel"].font.bold
        section = document.sections[0]
        assert instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
        assert section.header.paragraphs[0].text == "{organisatie}"
        assert section.different_first_page_header_footer
        assert len(document.paragraphs) == 0


def _user_template(path, numbered: bool = False):
    document = Document()
    heading = document.styles["Heading 2"]
    heading.font.name = "Georgia"
    heading.font.size = Pt(20)
    heading.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    document.styles["Normal"].font.name = "Garamond"
    document.sections[0].header.paragraphs[0].text = "{organisatie} — vertrouwelijk"
    if numbered:
        properties = document.styles["Heading 1"].element.get_or_add_pPr()
        numbering = OxmlElement("w:numPr")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), "1")
        numbering.append(num_id)
        properties.append(numbering)
    document.add_paragraph("Deze tekst van het sjabloon hoort niet in de export.")
    document.save(str(path))
    return path


def test_a_user_template_gives_its_styles_and_header(reaction_project, tmp_path) -> None:
    out = tmp_path / "reactie.docx"
    export(reaction_project.project, "speerpunten", out,
           ExportOptions(template=_user_template(tmp_path / "huisstijl.docx")))
    document = Document(str(out))
    assert document.styles["Heading 2"].font.name == "Georgia"
    assert document.styles["Heading 2"].font.size == Pt(20)
    assert document.styles["Normal"].font.name == "Garamond"
    assert document.sections[0].header.paragraphs[0].text == "M25 — vertrouwelijk"
    assert "Deze tekst van het sjabloon hoort niet in de export." not in [p.text for p in document.paragraphs]
    # The template had no page numbers; the export adds them, and our own styles exist.
    assert instructions(document.sections[0].footer._element) == ["PAGE", "NUMPAGES"]
    formulations = [p for p in document.paragraphs if p.style.name == "Formulering"]
    assert formulations and formulations[0].style.font.italic
    assert [p.style.name for p in document.paragraphs if p.text == "1.1 Betaalbaar wonen"] == ["toc 3", "Heading 3"]


def test_a_template_that_numbers_its_headings_gets_no_numbers_in_the_text(reaction_project, tmp_path) -> None:
    out = tmp_path / "reactie.docx"
    export(reaction_project.project, "speerpunten", out,
           ExportOptions(template=_user_template(tmp_path / "genummerd.docx", numbered=True)))
    assert "Uitgangspunt" in headings(out, 1)
    assert "Betaalbaar wonen" in headings(out, 3)


@pytest.mark.parametrize("content, message", [(None, "does not exist"), (b"plain text", "not a Word .docx")])
def test_an_unusable_template_is_refused(reaction_project, tmp_path, content, message) -> None:
    template = tmp_path / "sjabloon.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(ExportRefused, match=f"sjabloon.docx: .*{message}"):
        export(reaction_project.project, "analyse", tmp_path / "out.docx", ExportOptions(template=template))
    assert not (tmp_path / "out.docx").exists()
