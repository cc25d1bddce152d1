"""The annotated agreement read back: each finding a Word comment over exactly its quote."""

from __future__ import annotations

from docx import Document

from desktop.store.findings import list_findings
from exporters import ExportOptions, export
from tests.exporters.docx_reading import comments, paragraphs


def test_every_spanned_finding_is_a_comment_on_its_own_words(reaction_project, tmp_path) -> None:
    out = tmp_path / "akkoord.docx"
    export(reaction_project.project, "annotated", out, ExportOptions())
    found = sorted(comments(out).values(), key=lambda c: c["anchored"])
    spanned = sorted((f for f in list_findings(reaction_project.project) if f.has_span), key=lambda f: f.quote)
    assert [c["anchored"] for c in found] == [f.quote for f in spanned]
    # The two findings on 1.1 overlap ("sociale huurwoningen worden bevroren"): both keep their full span.
    assert "De huren van sociale huurwoningen worden bevroren" in [c["anchored"] for c in found]
    assert "sociale huurwoningen worden bevroren. Gemeenten krijgen meer regie" in [c["anchored"] for c in found]
    by_quote = {c["anchored"]: c for c in found}
    comment = by_quote["De huren van sociale huurwoningen worden bevroren"]
    assert comment["author"] == "Joost de Vries"
    assert comment["text"] == "speerpunt 1.1 Betaalbaar wonen — positief: Goed voor huurders."


def test_the_agreement_keeps_its_structure_and_text(reaction_project, tmp_path) -> None:
    out = tmp_path / "akkoord.docx"
    export(reaction_project.project, "annotated", out, ExportOptions())
    texts = paragraphs(out)
    assert texts[0] == ("Title", "Coalitieakkoord 2026")
    assert ("Heading 1", "Wonen") in texts and ("Heading 1", "Werk") in texts
    body = [text for style, text in texts if style == "Normal"]
    assert body[:3] == [
        "Het kabinet investeert € 1 miljard in woningbouw voor middelgrote steden.",
        "De huren van sociale huurwoningen worden bevroren. Gemeenten krijgen meer regie.",
        "Iedereen die kan werken, gaat aan het werk; de Participatiewet wordt herzien.",
    ]


def test_missing_findings_are_listed_in_a_final_section(reaction_project, tmp_path) -> None:
    out = tmp_path / "akkoord.docx"
    export(reaction_project.project, "annotated", out, ExportOptions())
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    at = texts.index("Ontbrekende onderwerpen")
    assert document.paragraphs[at].style.name == "Heading 1"
    assert any("2.1 Iedereen aan het werk — ontbreekt: Eén regeling voor de onderkant ontbreekt." in t
               for t in texts[at:])
    assert len(comments(out)) == 4  # the missing finding has no comment


def test_a_finding_across_two_paragraphs_spans_both(reaction_project, tmp_path) -> None:
    reaction_project.tag("1.2", "concern", "middelgrote steden.\n\nDe huren", "Over twee alinea's.")
    out = tmp_path / "akkoord.docx"
    export(reaction_project.project, "annotated", out, ExportOptions())
    anchored = [c["anchored"] for c in comments(out).values()]
    assert "middelgrote steden.\n\nDe huren" in anchored
