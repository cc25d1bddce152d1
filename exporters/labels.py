"""The words exports print, in Dutch and English; every one can be overridden per export."""

from __future__ import annotations

from desktop.domain.finding import Assessment
from desktop.wording import grouped

# Symbols that survive black-and-white printing and every Word font (no colour, no emoji).
SYMBOLS = {Assessment.POSITIVE: "+", Assessment.CONCERN: "±", Assessment.MISSING: "–"}

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "positive": "positief",
        "concern": "zorg",
        "missing": "ontbreekt",
        "foreword": "Voorwoord",
        "contents": "Inhoud",
        "contents_hint": "Klik met de rechtermuisknop en kies ‘Veld bijwerken’ om de inhoudsopgave te vullen.",
        "starting_point": "Uitgangspunt",
        "comparison": "Vergelijking vanuit de speerpunten van {org}",
        # {listed} is one of the three below, {formulation} one of the "formulation_" texts or nothing.
        "comparison_intro": (
            "Hieronder {listed}{formulation}. Per speerpunt volgt de reactie van {org} op wat {agreement} wel of "
            "niet zegt."
        ),
        "listed": "staan de {count_word} speerpunten van {org}",
        "listed_one": "staat het speerpunt van {org}",
        "formulation_all": ", elk met tussen haakjes en schuingedrukt de uitgebreide formulering",
        "formulation_one": ", met tussen haakjes en schuingedrukt de uitgebreide formulering",
        "formulation_some": ", met tussen haakjes en schuingedrukt de uitgebreide formulering waar die er is",
        "reaction_label": "Reactie van {org} op {agreement}:",
        "remarks": "Aanvullende opmerkingen",
        "closing": "Tot slot",
        "appendix": "Bijlage: alle bevindingen",
        "summary": "Overzicht per speerpunt",
        "summary_caption": "Aantal bevindingen per speerpunt en oordeel.",
        "legend": "Legenda: {positive} positief, {concern} zorg, {missing} ontbreekt in {the_kind}.",
        "speerpunt": "Speerpunt",
        "theme": "Thema",
        "total": "Totaal",
        "no_findings": "Geen bevindingen.",
        "not_assessed": "Nog niet beoordeeld.",
        "no_passages": "{The_kind} zegt hier niets over.",
        "what_it_says": "Wat staat er in {the_kind}?",
        "what_it_means": "Wat betekent dit voor {audience}?",
        "audience": "gemeenten",
        "analysis": "Analyse van {agreement}",
        "reaction_title": "Reactie van {org} op {agreement}",
        "reaction_title_anonymous": "Reactie op {agreement}",
        "subject": "Reactie op {agreement}",
        "quote": "Citaat",
        "page": "Pagina",
        "assessment": "Oordeel",
        "note": "Toelichting",
        "author": "Auteur",
        "document": "Document",
        "speerpunt_code": "Code",
        "speerpunt_title": "Speerpunt",
        "created": "Gemaakt",
        "modified": "Gewijzigd",
        "start": "Begin",
        "end": "Einde",
        "missing_section": "Ontbrekende onderwerpen",
        "missing_intro": "Deze bevindingen wijzen op wat {the_kind} niet noemt; ze hebben geen plek in de tekst.",
        "annotated_subtitle": "Met {count} bevindingen als opmerkingen in de tekst",
        "annotated_subtitle_one": "Met 1 bevinding als opmerking in de tekst",
        "default_introduction": (
            "In deze notitie vergelijken we {agreement} met de speerpunten van {org}. In hoofdstuk 2 "
            "staat per speerpunt wat {the_kind} wel of niet zegt en hoe {org} daarop reageert."
        ),
        "agreement_fallback": "het akkoord",
        "findings_sheet": "Bevindingen",
        "organisation_fallback": "onze organisatie",
        "comparison_title": "Vergelijking van {count} akkoorden",
        "comparison_title_one": "Vergelijking van 1 akkoord",
        "comparison_setup": "Opzet van de vergelijking",
        "comparison_default_intro": (
            "In deze vergelijking staan {count} akkoorden naast de speerpunten van {org}. Per thema volgt "
            "per groep gemeenten wat de akkoorden zeggen; tussen haakjes staan de akkoorden waarop een "
            "waarneming steunt."
        ),
        "comparison_default_intro_one": (
            "In deze vergelijking staat 1 akkoord naast de speerpunten van {org}. Per thema volgt wat het "
            "akkoord zegt; tussen haakjes staat waar in het akkoord een waarneming op steunt."
        ),
        "compared_documents": "Vergeleken akkoorden",
        "uncategorised": "Overige akkoorden",
        "coverage_line": "Bevindingen in {found} van de {total} akkoorden in deze groep",
        "coverage_line_one": "Bevindingen in het enige akkoord in deze groep",
        "nothing_in_category": "Geen van de akkoorden in deze groep zegt hier iets over.",
        "page_short": "p.",
        "matrix_appendix": "Bijlage: bevindingen per speerpunt en akkoord",
        "matrix_by_category": "Aantal bevindingen per speerpunt en groep",
        "matrix_by_document": "Aantal bevindingen per akkoord en thema",
    },
    "en": {
        "positive": "positive",
        "comparison_default_intro_one": (
            "This comparison sets 1 agreement against the priorities of {org}. For each theme it shows what the "
            "agreement says; the places an observation rests on are named in parentheses."
        ),
        "concern": "concern",
        "missing": "missing",
        "foreword": "Foreword",
        "contents": "Contents",
        "contents_hint": "Right-click and choose ‘Update field’ to fill in the table of contents.",
        "starting_point": "Starting point",
        "comparison": "Comparison with the priorities of {org}",
        "comparison_intro": (
            "Below, {listed}{formulation}, followed by the reaction of {org} to what {agreement} does or does "
            "not say about it."
        ),
        "listed": "the {count} priorities of {org} are listed",
        "listed_one": "the priority of {org} is listed",
        "formulation_all": ", each with its full wording in italics and parentheses",
        "formulation_one": ", with its full wording in italics and parentheses",
        "formulation_some": ", with their full wording in italics and parentheses where there is one",
        "reaction_label": "Reaction of {org} to {agreement}:",
        "remarks": "Further remarks",
        "closing": "In closing",
        "appendix": "Appendix: all findings",
        "summary": "Overview per priority",
        "summary_caption": "Number of findings per priority and assessment.",
        "legend": "Legend: {positive} positive, {concern} concern, {missing} missing from {the_kind}.",
        "speerpunt": "Priority",
        "theme": "Theme",
        "total": "Total",
        "no_findings": "No findings.",
        "not_assessed": "Not assessed yet.",
        "no_passages": "{The_kind} does not mention this.",
        "what_it_says": "What does {the_kind} say?",
        "what_it_means": "What does this mean for {audience}?",
        "audience": "municipalities",
        "analysis": "Analysis of {agreement}",
        "reaction_title": "Reaction of {org} to {agreement}",
        "reaction_title_anonymous": "Reaction to {agreement}",
        "subject": "Reaction to {agreement}",
        "quote": "Quote",
        "page": "Page",
        "assessment": "Assessment",
        "note": "Note",
        "author": "Author",
        "document": "Document",
        "speerpunt_code": "Code",
        "speerpunt_title": "Priority",
        "created": "Created",
        "modified": "Modified",
        "start": "Start",
        "end": "End",
        "missing_section": "Missing subjects",
        "missing_intro": "These findings point at what {the_kind} does not mention; they have no place in the text.",
        "annotated_subtitle": "With {count} findings as comments in the text",
        "annotated_subtitle_one": "With 1 finding as a comment in the text",
        "default_introduction": (
            "This note compares {agreement} with the priorities of {org}. Chapter 2 shows, per priority, "
            "what {the_kind} does or does not say and how {org} responds."
        ),
        "agreement_fallback": "the agreement",
        "findings_sheet": "Findings",
        "organisation_fallback": "our organisation",
        "comparison_title": "Comparison of {count} agreements",
        "comparison_title_one": "Comparison of 1 agreement",
        "comparison_setup": "About this comparison",
        "comparison_default_intro": (
            "This comparison sets {count} agreements against the priorities of {org}. For each theme "
            "and group of municipalities it shows what the agreements say; the agreements an observation rests "
            "on are named in parentheses."
        ),
        "compared_documents": "Agreements compared",
        "uncategorised": "Other agreements",
        "coverage_line": "Findings in {found} of the {total} agreements in this group",
        "coverage_line_one": "Findings in the only agreement in this group",
        "nothing_in_category": "None of the agreements in this group mentions this.",
        "page_short": "p.",
        "matrix_appendix": "Appendix: findings per priority and agreement",
        "matrix_by_category": "Number of findings per priority and group",
        "matrix_by_document": "Number of findings per agreement and theme",
    },
}
LANGUAGES = tuple(LABELS)


class Labels:
    """Looks up a label in the chosen language, with the export's overrides first."""

    def __init__(self, lang: str = "nl", overrides: dict[str, str] | None = None, **values: str) -> None:
        if lang not in LABELS:
            raise ValueError(f"unknown language '{lang}' (use one of: {', '.join(LANGUAGES)})")
        self.lang = lang
        self._labels = {**LABELS[lang], **(overrides or {})}
        # The names as running text reads them (see desktop.wording.Voice.values); neutral until given.
        neutral = {"org": self._labels["organisation_fallback"], "agreement": self._labels["agreement_fallback"],
                   "the_kind": self._labels["agreement_fallback"]}
        neutral |= {key.capitalize(): value[:1].upper() + value[1:] for key, value in list(neutral.items())}
        neutral["organisation"] = ""
        self._values = {**{a.value: SYMBOLS[a] for a in Assessment}, **neutral, **values}

    def __call__(self, key: str, count: int | None = None, **values: str) -> str:
        """The label with its placeholders filled; with ``count`` the "_one" form when there is one."""
        if count is not None:
            values = {"count": grouped(count, self.lang), **values}
            if count == 1 and f"{key}_one" in self._labels:
                key = f"{key}_one"
        return self._labels[key].format(**{**self._values, **values})

    def assessment(self, assessment: Assessment) -> str:
        return self._labels[assessment.value]
