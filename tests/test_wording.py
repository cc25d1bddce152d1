"""Every fixed Dutch sentence of the exports and drafts, over a table of names, counts and document kinds.

The expected sentences are written by hand, as a Dutch reader would write them.
"""

from __future__ import annotations

import pytest

from desktop.wording import Voice, agreement_in_text, document_kind, organisation_in_text
from exporters.labels import Labels


@pytest.mark.parametrize("typed, in_text", [
    ("G32", "de G32"),
    ("VNG", "de VNG"),
    ("M25", "de M25"),
    ("G4", "de G4"),
    ("Platform31", "Platform31"),
    ("Gemeente Utrecht", "de gemeente Utrecht"),
    ("Provincie Gelderland", "de provincie Gelderland"),
    ("Stedennetwerk G32", "het Stedennetwerk G32"),
    ("Vereniging van Nederlandse Gemeenten", "de Vereniging van Nederlandse Gemeenten"),
    ("de G40", "de G40"),
    ("Aedes", "Aedes"),
    # A compound takes the article of its last part; a name after a hyphen leaves the head in front.
    ("G40-stedennetwerk", "het G40-stedennetwerk"),
    ("G40 Stedennetwerk", "het G40 Stedennetwerk"),
    ("Kennisplatform Gemeenten", "het Kennisplatform Gemeenten"),
    ("Centraal Planbureau", "het Centraal Planbureau"),
    ("Sociaal en Cultureel Planbureau", "het Sociaal en Cultureel Planbureau"),
    ("Interprovinciaal Overleg", "het Interprovinciaal Overleg"),
    ("Ministerie van Binnenlandse Zaken", "het Ministerie van Binnenlandse Zaken"),
    ("Kabinet-Schoof", "het Kabinet-Schoof"),
    ("Rijk", "het Rijk"),
    ("Koninkrijk der Nederlanden", "het Koninkrijk der Nederlanden"),
    ("Algemeen Bestuur", "het Algemeen Bestuur"),
    ("Nederlands Jeugdinstituut", "het Nederlands Jeugdinstituut"),
    ("Raad voor het Openbaar Bestuur", "de Raad voor het Openbaar Bestuur"),
    ("Jongerenraad", "de Jongerenraad"),
    ("Unie van Waterschappen", "de Unie van Waterschappen"),
    ("Metropoolregio Amsterdam", "de Metropoolregio Amsterdam"),
    ("Stichting Platform31", "de Stichting Platform31"),
    ("Rijksoverheid", "de Rijksoverheid"),
    ("Leger des Heils", "het Leger des Heils"),
    ("Belastingdienst", "de Belastingdienst"),
    # Abbreviations: "de" unless the spelled-out name is a het-word.
    ("IPO", "het IPO"),
    ("CPB", "het CPB"),
    ("SER", "de SER"),
    ("ROB", "de ROB"),
    ("UvW", "de UvW"),
    # Cities, provinces and brand names take no article.
    ("Amsterdam", "Amsterdam"),
    ("Zaanstad", "Zaanstad"),
    ("Den Haag", "Den Haag"),
    ("Noord-Holland", "Noord-Holland"),
    ("Rijkswaterstaat", "Rijkswaterstaat"),
    ("Oostenrijk", "Oostenrijk"),
    ("Divosa", "Divosa"),
])
def test_organisation_in_running_text(typed, in_text) -> None:
    assert organisation_in_text(typed) == in_text


@pytest.mark.parametrize("names, kind", [
    (("", "Regeerprogramma", "nl-regeerprogramma-2024.pdf"), "regeerprogramma"),
    (("", "Hoofdlijnenakkoord 2024 van PVV, VVD, NSC en BBB"), "hoofdlijnenakkoord"),
    (("Coalitieakkoord 2021-2025",), "coalitieakkoord"),
    (("", "Omzien naar elkaar, vooruitkijken naar de toekomst", "nl-coalitieakkoord-2021-2025.pdf"), "coalitieakkoord"),
    (("", "Samen voor Venlo", "venlo-collegeprogramma-2022.pdf"), "collegeprogramma"),
    (("", "Aa en Hunze", "gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf"), "coalitieakkoord"),
    (("", "Akkoord"), "akkoord"),
    (("", "Vertrouwen in de toekomst"), "akkoord"),  # nothing names a kind
])
def test_the_document_kind_comes_from_name_title_or_file_name(names, kind) -> None:
    assert document_kind(*names) == kind


@pytest.mark.parametrize("name, kind, in_text", [
    ("Coalitieakkoord 2021-2025", "coalitieakkoord", "het Coalitieakkoord 2021-2025"),
    # A bare kind word is the generic reference, lower case as "Wat staat er in het regeerprogramma?" writes
    # it (one casing per paragraph); a name with more (a year, a place, a title) is a title and keeps its capital.
    ("Regeerprogramma", "regeerprogramma", "het regeerprogramma"),
    ("het Regeerprogramma", "regeerprogramma", "het regeerprogramma"),
    ("het regeerprogramma", "regeerprogramma", "het regeerprogramma"),
    ("Hoofdlijnenakkoord", "hoofdlijnenakkoord", "het hoofdlijnenakkoord"),
    ("Regeerprogramma 2024", "regeerprogramma", "het Regeerprogramma 2024"),
    ("het Regeerprogramma Schoof", "regeerprogramma", "het Regeerprogramma Schoof"),
    ("Coalitieovereenkomst Utrecht 2022", "coalitieovereenkomst", "de Coalitieovereenkomst Utrecht 2022"),
    ("Omzien naar elkaar", "coalitieakkoord", "het coalitieakkoord ‘Omzien naar elkaar’"),
    ("", "regeerprogramma", "het regeerprogramma"),
    ("", "akkoord", "het akkoord"),
])
def test_the_agreement_in_running_text_has_its_article(name, kind, in_text) -> None:
    assert agreement_in_text(name, kind) == in_text


# (organisation, agreement name, title, file) → the sentences a reader sees.
CASES = [
    (("G32", "Coalitieakkoord 2021-2025", "Omzien naar elkaar", "nl-coalitieakkoord-2021-2025.pdf"), {
        "reaction_title": "Reactie van de G32 op het Coalitieakkoord 2021-2025",
        "reaction_label": "Reactie van de G32 op het Coalitieakkoord 2021-2025:",
        "comparison": "Vergelijking vanuit de speerpunten van de G32",
        "what_it_says": "Wat staat er in het coalitieakkoord?",
        "no_passages": "Het coalitieakkoord zegt hier niets over.",
        "analysis": "Analyse van het Coalitieakkoord 2021-2025",
        "default_introduction": "In deze notitie vergelijken we het Coalitieakkoord 2021-2025 met de speerpunten "
                                "van de G32. In hoofdstuk 2 staat per speerpunt wat het coalitieakkoord wel of niet "
                                "zegt en hoe de G32 daarop reageert.",
    }),
    (("VNG", "", "Regeerprogramma", "nl-regeerprogramma-2024.pdf"), {
        "reaction_title": "Reactie van de VNG op het regeerprogramma",
        "what_it_says": "Wat staat er in het regeerprogramma?",
        "no_passages": "Het regeerprogramma zegt hier niets over.",
        "analysis": "Analyse van het regeerprogramma",
        "legend": "Legenda: + positief, ± zorg, – ontbreekt in het regeerprogramma.",
    }),
    (("Platform31", "Hoofdlijnenakkoord", "", ""), {
        "reaction_title": "Reactie van Platform31 op het hoofdlijnenakkoord",
        "reaction_label": "Reactie van Platform31 op het hoofdlijnenakkoord:",
        "what_it_says": "Wat staat er in het hoofdlijnenakkoord?",
        "missing_intro": "Deze bevindingen wijzen op wat het hoofdlijnenakkoord niet noemt; ze hebben geen plek in "
                         "de tekst.",
    }),
    (("Gemeente Utrecht", "Coalitieovereenkomst 2022", "", ""), {
        "reaction_title": "Reactie van de gemeente Utrecht op de Coalitieovereenkomst 2022",
        "what_it_says": "Wat staat er in de coalitieovereenkomst?",
        "no_passages": "De coalitieovereenkomst zegt hier niets over.",
    }),
    (("G40-stedennetwerk", "Regeerprogramma", "", ""), {
        "reaction_title": "Reactie van het G40-stedennetwerk op het regeerprogramma",
        "reaction_label": "Reactie van het G40-stedennetwerk op het regeerprogramma:",
        "comparison": "Vergelijking vanuit de speerpunten van het G40-stedennetwerk",
        "default_introduction": "In deze notitie vergelijken we het regeerprogramma met de speerpunten van het "
                                "G40-stedennetwerk. In hoofdstuk 2 staat per speerpunt wat het regeerprogramma wel "
                                "of niet zegt en hoe het G40-stedennetwerk daarop reageert.",
    }),
    (("", "", "Vertrouwen in de toekomst", ""), {
        "reaction_title_anonymous": "Reactie op het akkoord",
        "what_it_says": "Wat staat er in het akkoord?",
        "default_introduction": "In deze notitie vergelijken we het akkoord met de speerpunten van onze organisatie. "
                                "In hoofdstuk 2 staat per speerpunt wat het akkoord wel of niet zegt en hoe onze "
                                "organisatie daarop reageert.",
    }),
]


@pytest.mark.parametrize("names, sentences", CASES, ids=[case[0][0] or "no organisation" for case in CASES])
def test_fixed_sentences_over_names_and_kinds(names, sentences) -> None:
    organisation, agreement_name, title, file_name = names
    voice = Voice.of(organisation, agreement_name, title, file_name)
    labels = Labels("nl", **voice.values())
    for key, expected in sentences.items():
        assert labels(key) == expected, key


@pytest.mark.parametrize("key, count, expected", [
    ("comparison_title", 1, "Vergelijking van 1 akkoord"),
    ("comparison_title", 2, "Vergelijking van 2 akkoorden"),
    ("comparison_title", 25, "Vergelijking van 25 akkoorden"),
    ("annotated_subtitle", 1, "Met 1 bevinding als opmerking in de tekst"),
    ("annotated_subtitle", 0, "Met 0 bevindingen als opmerkingen in de tekst"),
    ("annotated_subtitle", 43, "Met 43 bevindingen als opmerkingen in de tekst"),
])
def test_counts_take_singular_or_plural(key, count, expected) -> None:
    assert Labels("nl")(key, count=count) == expected


@pytest.mark.parametrize("found, total, expected", [
    (1, 1, "Bevindingen in het enige akkoord in deze groep"),
    (1, 4, "Bevindingen in 1 van de 4 akkoorden in deze groep"),
    (3, 9, "Bevindingen in 3 van de 9 akkoorden in deze groep"),
])
def test_the_comparison_coverage_line(found, total, expected) -> None:
    assert Labels("nl")("coverage_line", count=total, found=str(found), total=str(total)) == expected


@pytest.mark.parametrize("count, formulations, expected", [
    (10, 10, "Hieronder staan de tien speerpunten van de G32, elk met tussen haakjes en schuingedrukt de "
             "uitgebreide formulering. Per speerpunt volgt de reactie van de G32 op wat het Coalitieakkoord "
             "2021-2025 wel of niet zegt."),
    # The shipped G32 framework has titles only: no promise of italic formulations.
    (10, 0, "Hieronder staan de tien speerpunten van de G32. Per speerpunt volgt de reactie van de G32 op wat het "
            "Coalitieakkoord 2021-2025 wel of niet zegt."),
    (18, 3, "Hieronder staan de 18 speerpunten van de G32, met tussen haakjes en schuingedrukt de uitgebreide "
            "formulering waar die er is. Per speerpunt volgt de reactie van de G32 op wat het Coalitieakkoord "
            "2021-2025 wel of niet zegt."),
    (1, 1, "Hieronder staat het speerpunt van de G32, met tussen haakjes en schuingedrukt de uitgebreide "
           "formulering. Per speerpunt volgt de reactie van de G32 op wat het Coalitieakkoord 2021-2025 wel of "
           "niet zegt."),
])
def test_the_comparison_intro_counts_and_promises_only_what_is_there(count, formulations, expected) -> None:
    from types import SimpleNamespace

    from exporters.docx_speerpunten import comparison_intro

    voice = Voice.of("G32", "Coalitieakkoord 2021-2025")
    sections = [SimpleNamespace(speerpunt=SimpleNamespace(formulation="Lang." if n < formulations else ""))
                for n in range(count)]
    report = SimpleNamespace(labels=Labels("nl", **voice.values()), sections=sections)
    assert comparison_intro(report) == expected


@pytest.mark.parametrize("organisation, agreement, variant, expected", [
    ("G32", "Regeerakkoord", 0, "De G32 is verheugd over wat het regeerakkoord hierover zegt. Goed.\n\n"
                                "Wel maakt de G32 zich zorgen. Vaag."),
    ("Platform31", "Regeerprogramma", 1, "Platform31 is positief over wat het regeerprogramma hier voorstelt. Goed."
                                         "\n\nTegelijk heeft Platform31 zorgen. Vaag."),
    ("Gemeente Utrecht", "Coalitieovereenkomst", 2, "De coalitieovereenkomst sluit hier aan bij de inzet van de "
                                                    "gemeente Utrecht. Goed.\n\nDaar staat tegenover dat de "
                                                    "gemeente Utrecht zich zorgen maakt. Vaag."),
    ("G40-stedennetwerk", "Regeerakkoord", 0, "Het G40-stedennetwerk is verheugd over wat het regeerakkoord "
                                              "hierover zegt. Goed.\n\nWel maakt het G40-stedennetwerk zich "
                                              "zorgen. Vaag."),
    ("Centraal Planbureau", "Coalitieakkoord", 2, "Het coalitieakkoord sluit hier aan bij de inzet van het Centraal "
                                                  "Planbureau. Goed.\n\nDaar staat tegenover dat het Centraal "
                                                  "Planbureau zich zorgen maakt. Vaag."),
    ("VNG", "Hoofdlijnenakkoord", 3, "De VNG ziet in het hoofdlijnenakkoord op dit punt goede stappen. Goed.\n\n"
                                     "Toch heeft de VNG ook zorgen. Vaag."),
])
def test_draft_openings_over_names_kinds_and_variants(organisation, agreement, variant, expected) -> None:
    from desktop.domain.finding import Assessment, Finding
    from desktop.drafting import draft_reaction

    def finding(number: int, assessment: Assessment, note: str) -> Finding:
        return Finding(id=str(number), document_id="d", speerpunt_id="s", assessment=assessment, start=number * 10,
                       end=number * 10 + 5, quote="woord", prefix="", suffix="", note=note, author="A",
                       created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z")

    findings = [finding(1, Assessment.POSITIVE, "Goed."), finding(2, Assessment.CONCERN, "Vaag.")]
    assert draft_reaction(findings, voice=Voice.of(organisation, agreement), variant=variant) == expected


@pytest.mark.parametrize("variant", range(4))
def test_a_concern_alone_opens_correctly_in_every_variant(variant) -> None:
    from desktop.drafting import CONCERN_OPENINGS

    sentence = CONCERN_OPENINGS[variant].format(**Voice.of("Gemeente Utrecht", "Regeerprogramma").values())
    assert sentence in (
        "De gemeente Utrecht maakt zich zorgen over wat het regeerprogramma hierover zegt.",
        "De gemeente Utrecht is kritisch over wat het regeerprogramma hier voorstelt.",
        "Wat het regeerprogramma hierover zegt, baart de gemeente Utrecht zorgen.",
        "De gemeente Utrecht heeft zorgen over de uitwerking in het regeerprogramma.",
    )


@pytest.mark.parametrize("variant", range(4))
def test_a_het_word_organisation_reads_right_at_sentence_start_and_mid_sentence(variant) -> None:
    from desktop.drafting import CONCERN_AFTER_POSITIVE, CONCERN_OPENINGS, POSITIVE_OPENINGS

    values = Voice.of("G40-stedennetwerk", "Regeerprogramma").values()
    positive = POSITIVE_OPENINGS[variant].format(**values)
    concern = CONCERN_OPENINGS[variant].format(**values)
    after = CONCERN_AFTER_POSITIVE[variant].format(**values)
    assert positive in (
        "Het G40-stedennetwerk is verheugd over wat het regeerprogramma hierover zegt.",
        "Het G40-stedennetwerk is positief over wat het regeerprogramma hier voorstelt.",
        "Het regeerprogramma sluit hier aan bij de inzet van het G40-stedennetwerk.",
        "Het G40-stedennetwerk ziet in het regeerprogramma op dit punt goede stappen.",
    )
    assert concern in (
        "Het G40-stedennetwerk maakt zich zorgen over wat het regeerprogramma hierover zegt.",
        "Het G40-stedennetwerk is kritisch over wat het regeerprogramma hier voorstelt.",
        "Wat het regeerprogramma hierover zegt, baart het G40-stedennetwerk zorgen.",
        "Het G40-stedennetwerk heeft zorgen over de uitwerking in het regeerprogramma.",
    )
    assert after in (
        "Wel maakt het G40-stedennetwerk zich zorgen.", "Tegelijk heeft het G40-stedennetwerk zorgen.",
        "Daar staat tegenover dat het G40-stedennetwerk zich zorgen maakt.",
        "Toch heeft het G40-stedennetwerk ook zorgen.",
    )


def test_the_typed_organisation_name_overrides_the_guess_at_sentence_start_too() -> None:
    values = Voice.of("G40-stedennetwerk", "Regeerprogramma", organisation_name="de G40").values()
    assert (values["org"], values["Org"]) == ("de G40", "De G40")
    assert Labels("nl", **values)("reaction_title") == "Reactie van de G40 op het regeerprogramma"


@pytest.mark.parametrize("count, dutch, english", [
    (7, "7", "7"), (999, "999", "999"), (1423, "1.423", "1,423"), (33154, "33.154", "33,154"),
    (1234567, "1.234.567", "1,234,567"),
])
def test_counts_are_grouped_by_thousands_the_way_each_language_writes_them(count, dutch, english) -> None:
    from desktop.wording import counted, grouped

    assert (grouped(count), grouped(count, "en")) == (dutch, english)
    assert counted(count, "passage", "passages") == f"{dutch} passage{'' if count == 1 else 's'}"


def test_counts_in_export_labels_are_grouped_and_names_and_years_are_not() -> None:
    from exporters.overzicht import counted as overview_counted

    assert Labels("nl")("annotated_subtitle", count=1423) == "Met 1.423 bevindingen als opmerkingen in de tekst"
    assert Labels("en")("annotated_subtitle", count=1423) == "With 1,423 findings as comments in the text"
    assert Labels("nl")("comparison_title", count=1342) == "Vergelijking van 1.342 akkoorden"
    assert overview_counted("nl", "agreements", 1342) == "1.342 akkoorden"
    assert overview_counted("en", "agreements", 1342) == "1,342 agreements"
