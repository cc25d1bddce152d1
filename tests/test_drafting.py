"""Drafting a reaction from findings: order, quotes, shared passages, fingerprints and refusals."""

from __future__ import annotations

import pytest

from desktop.drafting import draft_reaction, findings_fingerprint
from desktop.operations.drafts import DraftRefused, draft_speerpunt_reaction
from desktop.operations.findings import delete_findings, update_finding
from desktop.operations.reactions import set_reaction
from desktop.store.drafts import reaction_is_stale
from desktop.store.findings import list_findings
from desktop.store.reactions import list_reactions
from tests.exporters.conftest import reaction_project  # noqa: F401  (fixture)


def _findings(made, code):
    return list_findings(made.project, speerpunt_id=made.codes[code])


def test_text_order_and_assessment_order(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("2.1", "positive", "Iedereen die kan werken", "Goed dat iedereen meedoet.")
    findings = _findings(made, "2.1")
    by_text = draft_reaction(findings, order="text").split("\n\n")
    assert by_text == ["Goed dat iedereen meedoet.", "Blijft vaag.", "Eén regeling voor de onderkant ontbreekt."]
    # The concern comes first in the text, yet by assessment positive leads.
    made.tag("2.1", "concern", "gaat aan het werk", "Hoe dan?")
    by_assessment = draft_reaction(_findings(made, "2.1"), order="assessment").split("\n\n")
    assert by_assessment == ["Goed dat iedereen meedoet.", "Hoe dan?", "Blijft vaag.",
                             "Eén regeling voor de onderkant ontbreekt."]
    with pytest.raises(ValueError, match="unknown order"):
        draft_reaction(findings, order="alphabet")


def test_quotes_carry_their_page_and_a_shared_passage_is_quoted_once(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "positive", "€ 1 miljard in woningbouw", "Structureel geld, eindelijk.", author="Joost de Vries")
    made.tag("1.2", "positive", "€ 1 miljard in woningbouw", "Positief is de structurele bijdrage.",
             author="Joost de Vries")  # the same note twice adds nothing
    text = draft_reaction(_findings(made, "1.2"), include_quotes=True, pages=lambda f: 1)
    assert text == ("“€ 1 miljard in woningbouw” (p. 1) Positief is de structurele bijdrage. "
                    "Structureel geld, eindelijk.")


def test_a_finding_without_note_contributes_its_quote(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    made.tag("1.2", "concern", "middelgrote steden")
    text = draft_reaction(_findings(made, "1.2"))
    assert text.split("\n\n") == ["Positief is de structurele bijdrage.", "“middelgrote steden”"]


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
    assert text == "“de Participatiewet wordt herzien” (p. 3) Blijft vaag.\n\nEén regeling voor de onderkant ontbreekt."
    assert list_reactions(project, doc)[sp].text == text
    assert not reaction_is_stale(project, sp, doc)
    made.tag("2.1", "positive", "Iedereen die kan werken", "Goed.")
    assert reaction_is_stale(project, sp, doc)


def test_draft_into_an_empty_reaction_needs_no_force(reaction_project) -> None:  # noqa: F811
    made = reaction_project
    sp = made.codes["1.2"]
    set_reaction(made.project, sp, "   ", document_id=made.document_id)
    text, _ = draft_speerpunt_reaction(made.project, sp, document_id=made.document_id)
    assert text == "Positief is de structurele bijdrage."
