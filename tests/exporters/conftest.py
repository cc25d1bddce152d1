"""A small reaction project for the export tests: an agreement, three speerpunten, findings, parts."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.findings import add_finding
from desktop.operations.frameworks import add_framework
from desktop.operations.reactions import set_reaction, set_report_parts
from desktop.store.documents import document_text
from desktop.store.frameworks import list_speerpunten
from tests.builders import add_document, add_small_framework

PARAGRAPHS = [
    "Het kabinet investeert € 1 miljard in woningbouw voor middelgrote steden.",
    "De huren van sociale huurwoningen worden bevroren. Gemeenten krijgen meer regie.",
    "Iedereen die kan werken, gaat aan het werk; de Participatiewet wordt herzien.",
]


@dataclass
class ExportProject:
    project: object
    document_id: str
    codes: dict[str, str]
    text: str

    def span(self, quote: str) -> tuple[int, int]:
        start = self.text.index(quote)
        return start, start + len(quote)

    def tag(self, code: str, assessment: str, quote: str | None = None, note: str = "", author: str = "Fatima el Amrani"):
        start, end = self.span(quote) if quote else (None, None)
        return add_finding(self.project, self.document_id, self.codes[code], assessment, start=start, end=end,
                           note=note, author=author)


@pytest.fixture
def reaction_project(project) -> ExportProject:
    """Speerpunt 1.1 has two overlapping findings, 1.2 one, 2.1 a concern, a missing one and a written reaction."""
    document_id = add_document(project, PARAGRAPHS, title="Coalitieakkoord 2026", headings={0: "Wonen", 2: "Werk"})
    codes = add_small_framework(project)
    made = ExportProject(project, document_id, codes, document_text(project, document_id))
    made.tag("1.2", "positive", "€ 1 miljard in woningbouw", "Positief is de structurele bijdrage.")
    made.tag("1.1", "positive", "De huren van sociale huurwoningen worden bevroren", "Goed voor huurders.",
             author="Joost de Vries")
    made.tag("1.1", "concern", "sociale huurwoningen worden bevroren. Gemeenten krijgen meer regie",
             "Wie betaalt de compensatie?")
    made.tag("2.1", "concern", "de Participatiewet wordt herzien", "Blijft vaag.")
    made.tag("2.1", "missing", None, "Eén regeling voor de onderkant ontbreekt.", author="Joost de Vries")
    set_reaction(project, codes["2.1"], "De M25 is verheugd dat de Participatiewet wordt herzien.\n\nWel missen wij "
                 "één regeling.", author="Fatima el Amrani", document_id=document_id)
    theme_id = next(sp.theme_id for sp in list_speerpunten(project) if sp.code == "1.1")
    set_report_parts(project, {
        "title": "Reactie M25 op het coalitieakkoord", "organisation": "M25", "agreement_name": "Coalitieakkoord",
        "date": "12 maart 2026", "foreword": "Het akkoord biedt kansen.\n\nTegelijk zijn er zorgen.",
        "signatory_name": "Ferd Crone", "signatory_function": "voorzitter M25",
        "introduction": "De M25 heeft drie speerpunten.", "closing": "Wij gaan graag in gesprek.",
        f"theme_remarks.{theme_id}": "Eerste opmerking.\n\nTweede opmerking.",
    })
    return made


def add_empty_speerpunt(project) -> str:
    """A second framework whose one speerpunt has no findings."""
    add_framework(project, Framework(name="Extra", themes=[
        Theme(title="Veiligheid", speerpunten=[Speerpunt(code="9.1", title="Een veilige stad")])]), author="Test")
    return next(sp.id for sp in list_speerpunten(project) if sp.code == "9.1")
