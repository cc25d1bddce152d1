"""The speerpunten layout read back: chapters, numbered headings, label, formulation, summary table, fields."""

from __future__ import annotations

from docx import Document

from desktop.domain.finding import Assessment
from desktop.store.findings import list_findings
from exporters import ExportOptions, export
from tests.exporters.conftest import add_empty_speerpunt
from tests.exporters.docx_reading import body_index, headings, instructions, paragraphs, part_xml


def _export(reaction_project, tmp_path, **options):
    out = tmp_path / "reactie.docx"
    summary = export(reaction_project.project, "speerpunten", out, ExportOptions(**options))
    return out, summary


def test_chapters_and_speerpunt_headings_follow_the_framework_order(reaction_project, tmp_path) -> None:
    out, summary = _export(reaction_project, tmp_path)
    assert headings(out, 1) == ["Voorwoord", "1. Uitgangspunt", "2. Vergelijking vanuit de speerpunten van de M25",
                                "3. Aanvullende opmerkingen", "4. Tot slot"]
    # Two themes: each groups its speerpunten, and every number is the framework's code.
    assert headings(out, 2) == ["1 Wonen", "2 Werk", "3.1 Wonen"]
    assert headings(out, 3) == ["1.1 Betaalbaar wonen", "1.2 Leefbare wijken", "2.1 Iedereen aan het werk"]
    assert summary["findings"] == 5 and summary["speerpunten"] == 3


def test_each_speerpunt_has_its_formulation_in_italics_the_label_and_the_reaction(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path)
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    at = body_index(texts, "2.1 Iedereen aan het werk")
    formulation = document.paragraphs[at + 1]
    assert formulation.text == "(Eén regeling voor de onderkant.)"
    assert formulation.style.name == "Formulering" and formulation.style.font.italic
    label = document.paragraphs[at + 2]
    assert label.text == "Reactie van de M25 op het coalitieakkoord:" and label.style.font.bold
    assert texts[at + 3 : at + 5] == ["De M25 is verheugd dat de Participatiewet wordt herzien.",
                                      "Wel missen wij één regeling."]
    # A speerpunt without a written reaction shows a draft from its findings' notes, positive before concern.
    first = body_index(texts, "1.1 Betaalbaar wonen")
    assert texts[first + 1] == "Reactie van de M25 op het coalitieakkoord:"
    assert texts[first + 2] == ("De M25 is verheugd over wat het coalitieakkoord hierover zegt. Goed voor huurders.")
    assert texts[first + 3] == "Wel maakt de M25 zich zorgen. Wie betaalt de compensatie?"


def test_the_summary_table_counts_each_speerpunt_and_assessment(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path)
    table = Document(str(out)).tables[0]
    rows = {row.cells[0].text: [cell.text for cell in row.cells[1:]] for row in table.rows}
    assert rows["Speerpunt"] == ["+ positief", "± zorg", "– ontbreekt", "Totaal"]
    findings = list_findings(reaction_project.project)
    for code, title in (("1.1", "Betaalbaar wonen"), ("1.2", "Leefbare wijken"), ("2.1", "Iedereen aan het werk")):
        mine = [f for f in findings if f.speerpunt_id == reaction_project.codes[code]]
        expected = []
        for assessment, symbol in ((Assessment.POSITIVE, "+"), (Assessment.CONCERN, "±"), (Assessment.MISSING, "–")):
            count = sum(1 for f in mine if f.assessment is assessment)
            expected.append(f"{symbol} {count}" if count else "")
        assert rows[f"{code} {title}"] == [*expected, str(len(mine))]
    assert rows["Wonen"][0] == "Wonen"  # the theme row spans the table
    legend = [text for style, text in paragraphs(out) if style == "Legenda"]
    assert legend and "+ positief" in legend[0] and "– ontbreekt" in legend[0]


def test_contents_field_and_page_numbers_in_the_footer(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path)
    body = instructions(part_xml(out, "word/document.xml"))
    assert any(i.startswith("TOC \\o") for i in body)
    # The contents already list the headings, so LibreOffice shows them without an update.
    toc = [text.strip() for style, text in paragraphs(out) if style.lower() in ("toc 1", "toc 2", "toc 3")]
    assert toc[:3] == ["Voorwoord", "1. Uitgangspunt", "2. Vergelijking vanuit de speerpunten van de M25"]
    assert "2.1 Iedereen aan het werk" in toc and "Inhoud" not in toc
    document = Document(str(out))
    footer_fields = instructions(document.sections[0].footer._element)
    assert footer_fields == ["PAGE", "NUMPAGES"]
    assert " / " in document.sections[0].footer.paragraphs[0].text
    assert document.sections[0].header.paragraphs[0].text == "M25"
    # Word would ask "update the fields?" on every opening.
    assert part_xml(out, "word/settings.xml").find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields") is None


def test_title_page_foreword_and_signature(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path)
    texts = paragraphs(out)
    assert texts[0] == ("Title", "Reactie M25 op het coalitieakkoord")
    assert ("Subtitle", "12 maart 2026") in texts
    signature = [text for style, text in texts if style == "Ondertekening"]
    assert signature == ["Ferd Crone", "voorzitter M25"]


def test_speerpunten_without_findings_are_left_out_or_marked(reaction_project, tmp_path) -> None:
    add_empty_speerpunt(reaction_project.project)
    out, _ = _export(reaction_project, tmp_path)
    assert "Een veilige stad" not in " ".join(headings(out))
    out, summary = _export(reaction_project, tmp_path, include_empty=True)
    texts = [text for _, text in paragraphs(out)]
    at = body_index(texts, "9.1 Een veilige stad")
    # Nobody assessed it: no reaction label, no claim about the agreement.
    assert texts[at + 1] == "Nog niet beoordeeld."
    assert "zegt" not in texts[at + 2] and not texts[at + 2].startswith("Reactie")
    assert summary["speerpunten"] == 4


def test_appendix_lists_every_finding(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path, appendix=True)
    assert headings(out, 1)[-1] == "Bijlage: alle bevindingen"
    table = Document(str(out)).tables[-1]
    # A published reaction names no analysts.
    assert [c.text for c in table.rows[0].cells] == ["Citaat", "Pagina", "Speerpunt", "Oordeel", "Toelichting"]
    body = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(body) == 5
    assert ["€ 1 miljard in woningbouw", "1", "1.2 Leefbare wijken", "+ positief",
            "Positief is de structurele bijdrage."] in body
    assert "Fatima el Amrani" not in part_xml(out, "word/document.xml").xpath("string()")


def test_the_author_column_is_for_internal_exports(reaction_project, tmp_path) -> None:
    out, _ = _export(reaction_project, tmp_path, appendix=True, authors=True)
    table = Document(str(out)).tables[-1]
    assert [c.text for c in table.rows[0].cells][-1] == "Auteur"
    assert ["€ 1 miljard in woningbouw", "1", "1.2 Leefbare wijken", "+ positief",
            "Positief is de structurele bijdrage.", "Fatima el Amrani"] in [[c.text for c in row.cells]
                                                                            for row in table.rows[1:]]


def test_selection_names_and_english_labels(reaction_project, tmp_path) -> None:
    codes = reaction_project.codes
    out, summary = _export(reaction_project, tmp_path, speerpunt_ids={codes["2.1"]}, lang="en",
                           organisation="G40", agreement_name="the Agreement")
    assert headings(out, 2)[0] == "2.1 Iedereen aan het werk"  # one theme left: no theme heading
    assert "Reaction of G40 to the Agreement:" in [text for _, text in paragraphs(out)]
    assert headings(out, 1)[1] == "1. Starting point"
    assert summary["findings"] == 2


def test_an_iso_date_is_written_out_and_the_appendix_is_landscape(reaction_project, tmp_path) -> None:
    from desktop.operations.reactions import set_report_parts

    set_report_parts(reaction_project.project, {"date": "2026-02-23"})
    out, _ = _export(reaction_project, tmp_path, appendix=True)
    assert ("Subtitle", "23 februari 2026") in paragraphs(out)
    sections = Document(str(out)).sections
    assert sections[-1].page_width > sections[-1].page_height == sections[0].page_width
    assert not sections[-1].different_first_page_header_footer
