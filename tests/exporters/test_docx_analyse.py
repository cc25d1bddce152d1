"""The analyse layout read back: chapters per theme, topics with the two fixed sub-headings."""

from __future__ import annotations

from exporters import ExportOptions, export
from tests.exporters.docx_reading import body_index, paragraphs


def test_themes_topics_and_the_two_questions(reaction_project, tmp_path) -> None:
    out = tmp_path / "analyse.docx"
    export(reaction_project.project, "analyse", out, ExportOptions())
    texts = paragraphs(out)
    assert [t for s, t in texts if s == "Heading 1"] == ["Reactie M25 op het coalitieakkoord", "Wonen", "Werk",
                                                          "Tot slot"]
    assert [t for s, t in texts if s == "Heading 2"] == ["Betaalbaar wonen", "Leefbare wijken",
                                                          "Iedereen aan het werk"]
    questions = [t for s, t in texts if s == "Heading 3"]
    assert questions == ["Wat staat er in het coalitieakkoord?", "Wat betekent dit voor gemeenten?"] * 3


def test_what_it_says_quotes_the_passages_with_their_page(reaction_project, tmp_path) -> None:
    out = tmp_path / "analyse.docx"
    export(reaction_project.project, "analyse", out, ExportOptions())
    texts = [t for _, t in paragraphs(out)]
    at = body_index(texts, "Iedereen aan het werk")
    assert texts[at + 1] == "Wat staat er in het coalitieakkoord?"
    assert texts[at + 2] == "“de Participatiewet wordt herzien” (p. 3)"
    assert texts[at + 3] == "Wat betekent dit voor gemeenten?"
    assert texts[at + 4] == "De M25 is verheugd dat de Participatiewet wordt herzien."
    quotes = [t for s, t in paragraphs(out) if s == "Quote"]
    assert len(quotes) == 4


def test_audience_and_labels_are_configurable(reaction_project, tmp_path) -> None:
    out = tmp_path / "analyse.docx"
    export(reaction_project.project, "analyse", out,
           ExportOptions(audience="de G40-steden", labels={"what_it_says": "Wat zegt het akkoord?"}))
    questions = {t for s, t in paragraphs(out) if s == "Heading 3"}
    assert questions == {"Wat zegt het akkoord?", "Wat betekent dit voor de G40-steden?"}


def test_a_reaction_without_findings_asks_only_what_it_means(reaction_project, tmp_path) -> None:
    from desktop.operations.reactions import set_reaction
    from tests.exporters.conftest import add_empty_speerpunt

    empty = add_empty_speerpunt(reaction_project.project)
    set_reaction(reaction_project.project, empty, "Veiligheid verdient meer aandacht.",
                 document_id=reaction_project.document_id)
    out = tmp_path / "analyse.docx"
    export(reaction_project.project, "analyse", out, ExportOptions())
    texts = [t for _, t in paragraphs(out)]
    at = body_index(texts, "Een veilige stad")
    assert texts[at + 1 : at + 3] == ["Wat betekent dit voor gemeenten?", "Veiligheid verdient meer aandacht."]


def _topic_texts(out, title: str) -> list[str]:
    texts = [t for _, t in paragraphs(out)]
    at = body_index(texts, title)
    end = next((i for i in range(at + 1, len(texts)) if texts[i] in ("Iedereen aan het werk", "Werk", "Tot slot",
                                                                          "Veiligheid")), len(texts))
    return texts[at + 1:end]


def test_a_missing_speerpunt_says_the_agreement_is_silent_once(reaction_project, tmp_path) -> None:
    """Only "missing" findings: the question is answered "zegt hier niets over" once; what it means is the
    analysts' notes, without the draft's "zegt niets over een punt/twee punten die …" a second time, whether
    drafted at export or stored with `speerpunt draft`."""
    from desktop.cli import main
    from desktop.operations.findings import add_finding
    from tests.exporters.conftest import add_empty_speerpunt

    empty = add_empty_speerpunt(reaction_project.project)
    for note in ("Geen woord over wijkagenten.", "Ook handhaving ontbreekt."):
        add_finding(reaction_project.project, reaction_project.document_id, empty, "missing", note=note)
    expected = ["Wat staat er in het coalitieakkoord?", "Het coalitieakkoord zegt hier niets over.",
                "Wat betekent dit voor gemeenten?", "Geen woord over wijkagenten. Ook handhaving ontbreekt."]
    out = tmp_path / "analyse.docx"
    export(reaction_project.project, "analyse", out, ExportOptions())
    assert _topic_texts(out, "Een veilige stad") == expected
    assert main(["draft", str(reaction_project.project.path), "--speerpunt", "9.1"]) == 0
    export(reaction_project.project, "analyse", out, ExportOptions())
    assert _topic_texts(out, "Een veilige stad") == expected
    # The speerpunten layout has no such question: there the draft's own sentence is the statement.
    export(reaction_project.project, "speerpunten", tmp_path / "r.docx", ExportOptions())
    said = [t for _, t in paragraphs(tmp_path / "r.docx") if "niets over" in t]
    assert said == ["Het coalitieakkoord zegt niets over twee punten die de M25 belangrijk vindt. Geen woord over "
                    "wijkagenten. Ook handhaving ontbreekt."]
