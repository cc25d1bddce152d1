"""The suggester over a project: its speerpunten, the passages of its agreements, its tags and rejections.

Reads only; a suggestion never changes the project.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.document import PassageKind
from desktop.store.documents import document_text, list_documents, list_passages
from desktop.store.findings import list_findings
from desktop.store.frameworks import SpeerpuntRecord, list_speerpunten
from desktop.store.project import Project
from desktop.store.rejections import list_rejections
from desktop.suggest.model import Example, Suggester, Topic, Unit

# Headings are what sections are made of, not passages to tag; position papers are the
# organisation's own words, not an agreement to react to.
_SKIPPED_KINDS = {PassageKind.HEADING}
_SKIPPED_DOCUMENTS = {"position"}


# Up to this many agreements a model covers the whole project; above it, the agreements in view (the
# app's panes, the command's --doc): ranking the 100,000 passages of 342 agreements takes minutes.
ALL_AGREEMENTS_UP_TO = 25


def agreement_count(project: Project) -> int:
    return sum(1 for d in list_documents(project) if d.kind not in _SKIPPED_DOCUMENTS)


class NothingToSuggest(ValueError):
    """The project lacks what suggestions are made from; the message says what to add."""


@dataclass
class ProjectSuggester:
    suggester: Suggester
    speerpunten: dict[str, SpeerpuntRecord]
    document_ids: list[str]
    scoped: bool = False  # built over some agreements only (a large project), not all

    def learn(self, project: Project) -> set[str]:
        """Take the project's current tags and rejections; cheap when one tag changed."""
        return self.suggester.learn(*examples(project))

    def units_of(self, document_id: str) -> list[int]:
        return [n for n, unit in enumerate(self.suggester.units) if unit.document == document_id]


def load_suggester(project: Project, scope: frozenset[str] | None = None) -> ProjectSuggester:
    """The suggester over the project's agreements, or only over those in ``scope`` (document ids)."""
    speerpunten = list_speerpunten(project)
    if not speerpunten:
        raise NothingToSuggest("the project has no speerpunten to suggest: add a framework first "
                               "(speerpunt framework import)")
    document_ids = [d.id for d in list_documents(project)
                    if d.kind not in _SKIPPED_DOCUMENTS and (scope is None or d.id in scope)]
    units = [
        Unit(p.document_id, p.start, p.end, p.text, p.heading_path)
        for document_id in document_ids
        for p in list_passages(project, document_id)
        if p.kind not in _SKIPPED_KINDS and p.text.strip()
    ]
    if not units:
        raise NothingToSuggest("the project has no passages to suggest speerpunten for: import an agreement "
                               "first (speerpunt import)")
    topics = [Topic(sp.id, sp.code, sp.title, f"{sp.theme_title} {sp.formulation}") for sp in speerpunten]
    model = ProjectSuggester(Suggester(topics, units), {sp.id: sp for sp in speerpunten}, document_ids,
                             scope is not None)
    model.learn(project)
    return model


def examples(project: Project) -> tuple[list[Example], list[Example]]:
    """The project's spanned findings and its rejections, as texts the suggester learns from."""
    texts: dict[str, str] = {}

    def text(document_id: str) -> str:
        if document_id not in texts:
            texts[document_id] = document_text(project, document_id)
        return texts[document_id]

    # A finding's quote is its words (the words it was tagged on, for one carried to a new version):
    # reading it saves reading every tagged agreement's whole text.
    findings = [
        Example(f.document_id, f.start, f.end, f.quote or text(f.document_id)[f.start:f.end], f.speerpunt_id)
        for f in list_findings(project)
        if f.start is not None and f.end is not None and f.end > f.start
    ]
    rejections = [
        Example(r.document_id, r.start, r.end, text(r.document_id)[r.start:r.end], r.speerpunt_id)
        for r in list_rejections(project)
    ]
    return findings, rejections
