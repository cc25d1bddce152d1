"""Every Word layout opened as Word opens it: language, file properties, numbering, contents, table XML."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime

import pytest
from docx import Document

from desktop.cli import main
from desktop.demo import build_demo_project
from desktop.store.frameworks import list_speerpunten
from desktop.store.project import open_project
from exporters import ExportOptions, export
from tests.exporters.docx_reading import W, headings, instructions, paragraphs, part_xml

LAYOUTS = ("speerpunten", "analyse", "annotated", "vergelijking")
CODE = re.compile(r"^(\d+(?:\.\d+)*) ")


def _export(made, tmp_path, layout, **options):
    out = tmp_path / f"{layout}.docx"
    export(made.project, layout, out, ExportOptions(**options))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_is_dutch_for_spelling(reaction_project, tmp_path, layout) -> None:
    out = _export(reaction_project, tmp_path, layout, appendix=layout in ("speerpunten", "analyse"))
    styles = part_xml(out, "word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", {"w": W})
    assert default is not None and default.get(f"{{{W}}}val") == "nl-NL"
    for name in ("word/styles.xml", "word/document.xml", "word/settings.xml"):
        languages = {element.get(f"{{{W}}}val") for element in part_xml(out, name).iter(f"{{{W}}}lang",
                                                                                           f"{{{W}}}themeFontLang")}
        assert languages <= {"nl-NL"}, name
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                assert "en-US" not in re.findall(r'w:lang [^>]*w:val="([^"]+)"', archive.read(name).decode()), name


@pytest.mark.parametrize("layout, title", [
    ("speerpunten", "Reactie M25 op het coalitieakkoord"),  # the title the project stores
    ("analyse", "Reactie M25 op het coalitieakkoord"),
    ("annotated", "Coalitieakkoord 2026"),
    ("vergelijking", "Vergelijking van 1 akkoord"),
])
def test_file_properties_name_the_export_not_the_generator(reaction_project, tmp_path, layout, title) -> None:
    out = _export(reaction_project, tmp_path, layout)
    properties = Document(str(out)).core_properties
    assert properties.title == title
    assert properties.author == "M25" and properties.last_modified_by == "M25"
    assert properties.subject
    today = datetime.now(UTC).date()
    assert properties.created.date() == today and properties.modified.date() == today
    assert properties.language == "nl-NL"
    with zipfile.ZipFile(out) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert "python-docx" not in core and "2013" not in core
        # No preview picture of the template in file browsers.
        assert not [name for name in archive.namelist() if "thumbnail" in name]


def test_one_numbering_everywhere_the_framework_codes(tmp_path) -> None:
    """The demo: six themes, eighteen speerpunten; heading, overview table and appendix say the same code."""
    path = tmp_path / "demo.speerpunt"
    build_demo_project(path)
    project = open_project(path)
    try:
        framework = [f"{sp.code} {sp.title}" for sp in list_speerpunten(project)]
        out = tmp_path / "reactie.docx"
        export(project, "speerpunten", out, ExportOptions(appendix=True, include_empty=True))
    finally:
        project.close()
    assert headings(out, 3) == framework
    tables = Document(str(out)).tables
    overview = [row.cells[0].text for row in tables[0].rows[1:] if CODE.match(row.cells[0].text)]
    assert overview == framework
    appendix = {row.cells[2].text for row in tables[-1].rows[1:]}
    assert appendix <= set(framework) and len(appendix) > 10
    # The demo's 2.1 is "Bestaanszekerheid als fundament" in all three places (it was 2.4 in the headings).
    assert "2.1 Bestaanszekerheid als fundament" in headings(out, 3)


def test_without_libreoffice_the_contents_are_links_without_numbers_and_word_asks_nothing(
        reaction_project, tmp_path) -> None:
    out = _export(reaction_project, tmp_path, "speerpunten")
    body = part_xml(out, "word/document.xml")
    assert any(i.startswith("TOC \\o") for i in instructions(body))
    assert not [i for i in instructions(body) if i.startswith("PAGEREF")]
    toc = [text for style, text in paragraphs(out) if style.startswith("toc ")]
    assert toc[0] == "Voorwoord" and all("\t" not in entry for entry in toc)
    settings = part_xml(out, "word/settings.xml")
    assert settings.find(f"{{{W}}}updateFields") is None
    assert not [c for c in body.iter(f"{{{W}}}fldChar") if c.get(f"{{{W}}}dirty") == "true"]


def test_a_heading_keeps_with_its_text_and_themes_do_not_each_open_a_page(reaction_project, tmp_path) -> None:
    out = _export(reaction_project, tmp_path, "analyse")
    document = Document(str(out))
    themes = [p for p in document.paragraphs if p.style.name == "Heading 1" and p.text in ("Wonen", "Werk")]
    assert [bool(p.paragraph_format.page_break_before) for p in themes] == [True, False]
    for p in document.paragraphs:
        if p.style.name.startswith("Heading"):
            assert p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
    assert not [r for r in document.element.body.iter(f"{{{W}}}br") if r.get(f"{{{W}}}type") == "page"]


# The order of the children of w:tblPr, w:trPr and w:tcPr in the OOXML schema (ECMA-376 part 1, 17.4).
SCHEMA_ORDER = {
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription", "tblPrChange"],
    "trPr": ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
             "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
             "tcPrChange"],
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_table_properties_are_in_schema_order(reaction_project, tmp_path, layout) -> None:
    out = _export(reaction_project, tmp_path, layout, appendix=True)
    body = part_xml(out, "word/document.xml")
    checked = 0
    for name, order in SCHEMA_ORDER.items():
        for properties in body.iter(f"{{{W}}}{name}"):
            children = [child.tag.split("}")[1] for child in properties]
            assert children == sorted(children, key=order.index), f"{name}: {children}"
            checked += 1
    if layout != "annotated":
        assert checked > 5


def test_an_unassessed_topic_never_says_the_agreement_is_silent(reaction_project, tmp_path) -> None:
    from tests.exporters.conftest import add_empty_speerpunt

    empty = add_empty_speerpunt(reaction_project.project)
    out = _export(reaction_project, tmp_path, "analyse", include_empty=True)
    texts = [text for _, text in paragraphs(out)]
    at = len(texts) - 1 - texts[::-1].index("Een veilige stad")
    assert texts[at + 1] == "Nog niet beoordeeld."
    assert not [t for t in texts if "zegt hier niets over" in t]
    # Once an analyst marks it missing, the analysis may say so.
    from desktop.operations.findings import add_finding

    add_finding(reaction_project.project, reaction_project.document_id, empty, "ontbreekt",
                note="Geen woord over wijkagenten.")
    out = _export(reaction_project, tmp_path, "analyse", include_empty=True)
    texts = [text for _, text in paragraphs(out)]
    at = len(texts) - 1 - texts[::-1].index("Een veilige stad")
    assert texts[at + 1 : at + 4] == ["Wat staat er in het coalitieakkoord?", "Het coalitieakkoord zegt hier niets over.",
                                      "Wat betekent dit voor gemeenten?"]


def test_draft_with_quotes_then_analyse_prints_every_quote_once(reaction_project, tmp_path) -> None:
    path = str(reaction_project.project.path)
    for code in ("1.1", "1.2", "2.1"):
        assert main(["draft", path, "--speerpunt", code, "--quotes", "--force"]) == 0
    out = _export(reaction_project, tmp_path, "analyse")
    quotes = [text for style, text in paragraphs(out) if style == "Quote"]
    body = "\n".join(text for style, text in paragraphs(out) if not style.startswith("toc"))
    assert len(quotes) == 4
    for quote in quotes:
        words = quote.split("”")[0].lstrip("“")
        assert body.count(words) == 1, words
