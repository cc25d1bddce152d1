"""The words exports print, in Dutch and English; every one can be overridden per export."""

from __future__ import annotations

from desktop.domain.finding import Assessment

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
        "comparison": "Vergelijking vanuit {organisation} speerpunten",
        "comparison_intro": (
            "Hieronder worden de speerpunten van {organisation} genoemd, met (schuingedrukt) de uitgebreide "
            "formulering. Vervolgens wordt weergegeven wat de reactie is vanuit {organisation} op wat "
            "{agreement} wel of niet zegt over deze punten."
        ),
        "reaction_label": "Reactie {organisation} op {agreement}:",
        "remarks": "Aanvullende opmerkingen",
        "closing": "Tot slot",
        "appendix": "Bijlage: alle bevindingen",
        "summary": "Overzicht per speerpunt",
        "summary_caption": "Aantal bevindingen per speerpunt en oordeel.",
        "legend": "Legenda: {positive} positief, {concern} zorg, {missing} ontbreekt in het akkoord.",
        "speerpunt": "Speerpunt",
        "theme": "Thema",
        "total": "Totaal",
        "no_findings": "Geen bevindingen.",
        "no_passages": "Het akkoord zegt hier niets over.",
        "what_it_says": "Wat staat er in het akkoord?",
        "what_it_means": "Wat betekent dit voor {audience}?",
        "audience": "gemeenten",
        "analysis": "Analyse {agreement}",
        "reaction_title": "Reactie {organisation} op {agreement}",
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
        "missing_section": "Ontbrekende onderwerpen",
        "missing_intro": "Deze bevindingen wijzen op wat het akkoord niet noemt; ze hebben geen plek in de tekst.",
        "annotated_subtitle": "Met {count} bevindingen als opmerkingen in de tekst",
        "default_introduction": (
            "In deze notitie vergelijken we {agreement} met de speerpunten van {organisation}. In hoofdstuk 2 "
            "staat per speerpunt wat het akkoord wel of niet zegt en hoe {organisation} daarop reageert."
        ),
        "agreement_fallback": "het akkoord",
        "findings_sheet": "Bevindingen",
        "organisation_fallback": "onze organisatie",
        "comparison_title": "Vergelijking van {count} akkoorden",
        "comparison_setup": "Opzet van de vergelijking",
        "comparison_default_intro": (
            "In deze vergelijking staan {count} akkoorden naast de speerpunten van {organisation}. Per thema volgt "
            "per groep gemeenten wat de akkoorden zeggen; tussen haakjes staan de akkoorden waarop een "
            "waarneming steunt."
        ),
        "compared_documents": "Vergeleken akkoorden",
        "uncategorised": "Overige akkoorden",
        "coverage_line": "Bevindingen in {found} van de {total} akkoorden in deze groep",
        "nothing_in_category": "Geen van de akkoorden in deze groep zegt hier iets over.",
        "page_short": "p.",
        "matrix_appendix": "Bijlage: bevindingen per speerpunt en akkoord",
        "matrix_by_category": "Aantal bevindingen per speerpunt en groep",
        "matrix_by_document": "Aantal bevindingen per akkoord en thema",
    },
    "en": {
        "positive": "positive",
        "concern": "concern",
        "missing": "missing",
        "foreword": "Foreword",
        "contents": "Contents",
        "contents_hint": "Right-click and choose ‘Update field’ to fill in the table of contents.",
        "starting_point": "Starting point",
        "comparison": "Comparison with the priorities of {organisation}",
        "comparison_intro": (
            "Below, each priority of {organisation} is listed with its full wording in italics, followed by the "
            "reaction of {organisation} to what {agreement} does or does not say about it."
        ),
        "reaction_label": "Reaction of {organisation} to {agreement}:",
        "remarks": "Further remarks",
        "closing": "In closing",
        "appendix": "Appendix: all findings",
        "summary": "Overview per priority",
        "summary_caption": "Number of findings per priority and assessment.",
        "legend": "Legend: {positive} positive, {concern} concern, {missing} missing from the agreement.",
        "speerpunt": "Priority",
        "theme": "Theme",
        "total": "Total",
        "no_findings": "No findings.",
        "no_passages": "The agreement does not mention this.",
        "what_it_says": "What does the agreement say?",
        "what_it_means": "What does this mean for {audience}?",
        "audience": "municipalities",
        "analysis": "Analysis of {agreement}",
        "reaction_title": "Reaction of {organisation} to {agreement}",
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
        "missing_section": "Missing subjects",
        "missing_intro": "These findings point at what the agreement does not mention; they have no place in the text.",
        "annotated_subtitle": "With {count} findings as comments in the text",
        "default_introduction": (
            "This note compares {agreement} with the priorities of {organisation}. Chapter 2 shows, per priority, "
            "what the agreement does or does not say and how {organisation} responds."
        ),
        "agreement_fallback": "the agreement",
        "findings_sheet": "Findings",
        "organisation_fallback": "our organisation",
        "comparison_title": "Comparison of {count} agreements",
        "comparison_setup": "About this comparison",
        "comparison_default_intro": (
            "This comparison sets {count} agreements against the priorities of {organisation}. For each theme "
            "and group of municipalities it shows what the agreements say; the agreements an observation rests "
            "on are named in parentheses."
        ),
        "compared_documents": "Agreements compared",
        "uncategorised": "Other agreements",
        "coverage_line": "Findings in {found} of the {total} agreements in this group",
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
        self._values = {**{a.value: SYMBOLS[a] for a in Assessment}, **values}

    def __call__(self, key: str, **values: str) -> str:
        return self._labels[key].format(**{**self._values, **values})

    def assessment(self, assessment: Assessment) -> str:
        return self._labels[assessment.value]
