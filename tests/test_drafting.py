"""Drafting a reaction from findings: order, quotes, shared passages, fingerprints and refusals."""

from __future__ import annotations

import pytest

from desktop.drafting import draft_reaction, findings_fingerprint, without_quotes
from desktop.operations.drafts import DraftRefused, draft_speerpunt_reaction
from desktop.operations.findings import delete_findings, update_finding
from desktop.operations.reactions import set_reaction
from desktop.store.drafts import reaction_is_stale
from desktop.store.findings import list_findings
from desktop.store.reactions import list_reactions
from desktop.wording import Voice
from tests.exporters.conftest import reaction_project  # noqa: F401  (fixture)


def _findings(made, code):
    return list_findings(made.project, speerpunt_id=made.codes[code])


G32 = Voice.of("G32", "Regeerakkoord 2017")


def test_a_draft_is_prose_positive_then_concerns_then_missing(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("2.1", "positive", "Iedereen die kan werken", "Goed dat iedereen meedoet.")
    made.tag("2.1", "concern", "gaat aan het werk", "Hoe dan?")
    text = draft_reaction(_findings(made, "2.1"), voice=G32)
    assert text.split("\n\n") == [
        "De G32 is verheugd over wat het regeerakkoord hierover zegt. Goed dat iedereen meedoet.",
        # the concern "gaat aan het werk" comes first in the text, "de Participatiewet …" second
        "Wel maakt de G32 zich zorgen. Hoe dan? Blijft vaag.",
        "Het regeerakkoord zegt niets over een punt dat de G32 belangrijk vindt. "
        "Eén regeling voor de onderkant ontbreekt.",
    ]
    # In the agreement's order a paragraph opens wherever the assessment changes.
    by_text = draft_reaction(_findings(made, "2.1"), order="text", voice=G32).split("\n\n")
    assert [paragraph.split(". ")[0] for paragraph in by_text] == [
        "De G32 is verheugd over wat het regeerakkoord hierover zegt", "Wel maakt de G32 zich zorgen",
        "Het regeerakkoord zegt niets over een punt dat de G32 belangrijk vindt"]
    with pytest.raises(ValueError, match="unknown order"):
        draft_reaction(_findings(made, "2.1"), order="alphabet")


def test_several_missing_points_are_counted_in_words(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "missing", None, "Geen geld voor wijken.")
    made.tag("1.2", "missing", None, "Geen looptijd.")
    text = draft_reaction(_findings(made, "1.2"), voice=Voice.of("Platform31", "Regeerprogramma"))
    assert text.split("\n\n")[-1] == ("Het regeerprogramma zegt niets over twee punten die Platform31 belangrijk "
                                       "vindt. Geen geld voor wijken. Geen looptijd.")


def test_quotes_support_the_point_with_their_page_and_a_shared_passage_is_quoted_once(
        reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "positive", "€ 1 miljard in woningbouw", "Structureel geld, eindelijk.", author="Joost de Vries")
    made.tag("1.2", "positive", "€ 1 miljard in woningbouw", "Positief is de structurele bijdrage.",
             author="Joost de Vries")  # the same note twice adds nothing
    text = draft_reaction(_findings(made, "1.2"), include_quotes=True, pages=lambda f: 1, voice=G32)
    assert text == ("De G32 is verheugd over wat het regeerakkoord hierover zegt. Positief is de structurele "
                    "bijdrage. Structureel geld, eindelijk (“€ 1 miljard in woningbouw”, p. 1).")
    # A layout that prints the quotes itself takes them out again, and only those.
    assert without_quotes(text, ["€ 1 miljard in woningbouw"]) == (
        "De G32 is verheugd over wat het regeerakkoord hierover zegt. Positief is de structurele bijdrage. "
        "Structureel geld, eindelijk.")


def test_a_finding_without_note_contributes_its_quote(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "concern", "middelgrote steden")
    text = draft_reaction(_findings(made, "1.2"), pages=lambda f: "12", voice=G32)
    assert text.split("\n\n")[1] == ("Wel maakt de G32 zich zorgen. Het regeerakkoord stelt: “middelgrote steden” "
                                      "(p. 12).")
    assert without_quotes(text, ["middelgrote steden"]).split("\n\n")[1] == "Wel maakt de G32 zich zorgen."


def test_fingerprint_changes_with_edits_and_deletes_only(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    findings = _findings(made, "1.1")
    before = findings_fingerprint(findings)
    assert findings_fingerprint(reversed(findings)) == before
    update_finding(made.project, findings[0].id, note="Anders verwoord.")
    edited = findings_fingerprint(_findings(made, "1.1"))
    assert edited != before
    delete_findings(made.project, [findings[1].id])
    assert findings_fingerprint(_findings(made, "1.1")) not in (before, edited)


def test_draft_refuses_written_text_unless_forced_and_tracks_staleness(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    project, doc, sp = made.project, made.document_id, made.codes["2.1"]
    with pytest.raises(DraftRefused, match="2.1 already has a reaction"):
        draft_speerpunt_reaction(project, sp, document_id=doc)
    assert list_reactions(project, doc)[sp].text.startswith("De M25 is verheugd")
    assert not reaction_is_stale(project, sp, doc)  # typed by hand: nothing to be stale against

    text, _ = draft_speerpunt_reaction(project, sp, document_id=doc, force=True, include_quotes=True)
    # The project's organisation and agreement speak: "de M25", "het coalitieakkoord".
    # 2.1 is the framework's third speerpunt, so the third of the equivalent openings.
    assert text == ("Wat het coalitieakkoord hierover zegt, baart de M25 zorgen. Blijft vaag (“de "
                    "Participatiewet wordt herzien”, p. 3).\n\nHet coalitieakkoord zegt niets over een punt dat de "
                    "M25 belangrijk vindt. Eén regeling voor de onderkant ontbreekt.")
    assert list_reactions(project, doc)[sp].text == text
    assert not reaction_is_stale(project, sp, doc)
    made.tag("2.1", "positive", "Iedereen die kan werken", "Goed.")
    assert reaction_is_stale(project, sp, doc)


def test_draft_into_an_empty_reaction_needs_no_force(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    sp = made.codes["1.2"]
    set_reaction(made.project, sp, "   ", document_id=made.document_id)
    text, _ = draft_speerpunt_reaction(made.project, sp, document_id=made.document_id)
    assert text == "De M25 is positief over wat het coalitieakkoord hier voorstelt. Positief is de structurele bijdrage."


def test_a_quoted_sentence_ends_with_its_own_full_stop_not_a_second_one(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "concern", "De huren van sociale huurwoningen worden bevroren.")
    text = draft_reaction(_findings(made, "1.2"), voice=G32)
    concern = text.split("\n\n")[1]
    assert concern == ("Wel maakt de G32 zich zorgen. Het regeerakkoord stelt: "
                       "“De huren van sociale huurwoningen worden bevroren.”")
    assert "”." not in text
    assert without_quotes(text, ["De huren van sociale huurwoningen worden bevroren."]).split("\n\n")[1] == (
        "Wel maakt de G32 zich zorgen.")
    # With a page the sentence goes on after the quote and ends with its own stop.
    paged = draft_reaction(_findings(made, "1.2"), pages=lambda f: 3, voice=G32).split("\n\n")[1]
    assert paged.endswith("bevroren.” (p. 3).")
