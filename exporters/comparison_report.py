"""The model the comparison layout prints: themes → categories → speerpunten → points citing agreements.

A point is one note (or, without a note, one quote) with the findings that carry it;
findings of one assessment whose notes read the same after folding case and spaces
become one point citing every agreement, "Schuldhulpverlening krijgt voorrang (Venlo, Zutphen)."
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from desktop.domain.finding import Assessment
from desktop.domain.folding import fold
from desktop.reasons import Reason
from desktop.store.analysis.collection import (
    UNCATEGORISED,
    Matrix,
    TaggedPassage,
    comparison_matrix,
    passages_by_category,
)
from desktop.store.analysis.observations import ComparisonTexts, comparison_texts
from desktop.store.documents import DocumentRecord, list_documents
from desktop.store.frameworks import SpeerpuntRecord, list_speerpunten
from desktop.store.project import Project
from desktop.store.reactions import report_parts
from desktop.wording import Voice, grouped
from exporters.errors import ExportRefused
from exporters.labels import Labels
from exporters.options import ExportOptions

ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)


def _folded(text: str) -> str:
    # Notes that differ only in case, accents, spacing or a closing full stop make one point.
    return " ".join(fold(text).split()).rstrip(".")


@dataclass
class Point:
    assessment: Assessment
    text: str
    findings: list[TaggedPassage] = field(default_factory=list)

    @property
    def quoted(self) -> bool:
        """True when no finding had a note, so the text is the agreement's own words."""
        return not any(f.note.strip() for f in self.findings)

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(f.document_name for f in self.findings))


@dataclass
class SpeerpuntInCategory:
    speerpunt: SpeerpuntRecord
    observation: str
    points: list[Point]

    @property
    def findings(self) -> list[TaggedPassage]:
        return [f for point in self.points for f in point.findings]

    @property
    def documents(self) -> set[str]:
        return {f.document_id for f in self.findings}

    def count(self, assessment: Assessment) -> int:
        return sum(1 for f in self.findings if f.assessment == assessment.value)


@dataclass
class CategoryInTheme:
    name: str  # as stored; UNCATEGORISED for documents in no category
    heading: str
    documents: int
    speerpunten: list[SpeerpuntInCategory]


@dataclass
class ComparisonTheme:
    id: str
    code: str
    title: str
    intro: str
    speerpunten: list[SpeerpuntRecord]
    categories: list[CategoryInTheme] = field(default_factory=list)


@dataclass
class Comparison:
    parts: dict[str, str]
    labels: Labels
    organisation: str
    title: str
    quotes: bool
    categories: list[tuple[str, str, list[DocumentRecord]]]  # (name, heading, documents)
    themes: list[ComparisonTheme]
    texts: ComparisonTexts
    by_speerpunt: Matrix  # speerpunten x documents
    by_theme: Matrix  # themes x documents

    def part(self, key: str) -> str:
        return self.parts.get(key, "").strip()

    @property
    def documents(self) -> list[DocumentRecord]:
        return list({d.id: d for _, _, docs in self.categories for d in docs}.values())

    @property
    def findings(self) -> list[TaggedPassage]:
        """Every cited finding once (a document in two categories is cited in both)."""
        seen: dict[str, TaggedPassage] = {}
        for theme in self.themes:
            for category in theme.categories:
                for entry in category.speerpunten:
                    for finding in entry.findings:
                        seen.setdefault(finding.finding_id, finding)
        return list(seen.values())

    @staticmethod
    def cell(matrix: Matrix, row_id: str, document_ids: list[str]) -> Counter:
        """A row's counts summed over documents, each document once (so a total never counts twice)."""
        total: Counter = Counter()
        for document_id in document_ids:
            total.update(matrix.cell(row_id, document_id))
        return total


def points(findings: list[TaggedPassage]) -> list[Point]:
    """Findings as points: same assessment and same note make one point; positive, concern, missing first,
    then the points most agreements share."""
    grouped: dict[tuple[str, str], Point] = {}
    for finding in findings:
        note = " ".join(finding.note.split())
        text = note or f"“{' '.join(finding.quote.split())}”"
        key = (finding.assessment, _folded(note) if note else f"\0{finding.finding_id}")
        point = grouped.setdefault(key, Point(Assessment(finding.assessment), text))
        point.findings.append(finding)
    return sorted(grouped.values(), key=lambda p: (ORDER.index(p.assessment), -len(p.documents),
                                                   p.documents[0].casefold()))


def _categories(project: Project, wanted: list[str] | None, labels: Labels) -> list[tuple[str, str, list]]:
    agreements = [d for d in list_documents(project, current_only=True) if d.kind == "agreement"]
    if not agreements:
        raise ExportRefused(Reason("the project holds no agreements to compare; import them first"))
    known = sorted({c for d in agreements for c in d.categories})
    if wanted:
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise ExportRefused(Reason("no agreement is in the category '{category}' (categories: {categories})",
                                       category=unknown[0], categories=", ".join(known) or Reason("none yet")))
        names = list(dict.fromkeys(wanted))  # the user's order: G4, G40, mid-sized, rural reads by size
    else:
        names = known + ([UNCATEGORISED] if any(not d.categories for d in agreements) else [])
    result = []
    for name in names:
        members = [d for d in agreements if (name in d.categories if name else not d.categories)]
        members.sort(key=lambda d: d.citation_name.casefold())
        result.append((name, name or labels("uncategorised"), members))
    return result


def build_comparison(project: Project, options: ExportOptions) -> Comparison:
    """Gather the comparison in framework order, for the chosen themes and categories."""
    parts = report_parts(project)
    fallback = Labels(options.lang, options.labels)
    organisation = (options.organisation or parts.get("organisation") or "").strip()
    categories = _categories(project, options.categories, fallback)
    count = len({d.id for _, _, docs in categories for d in docs})
    voice = Voice.of(organisation, "", organisation_name=parts.get("organisation_name", ""))
    labels = Labels(options.lang, options.labels, count=grouped(count, options.lang), **voice.values(options.lang))
    title = options.title or parts.get("comparison_title") or labels("comparison_title", count=count)
    texts = comparison_texts(project)
    themes: dict[str, ComparisonTheme] = {}
    for sp in list_speerpunten(project):
        if options.theme_ids is not None and sp.theme_id not in options.theme_ids:
            continue
        if options.speerpunt_ids is not None and sp.id not in options.speerpunt_ids:
            continue
        theme = themes.setdefault(sp.theme_id, ComparisonTheme(sp.theme_id, sp.theme_code, sp.theme_title,
                                                               texts.intro(sp.theme_id), []))
        theme.speerpunten.append(sp)
    wanted_documents = {name: {d.id for d in docs} for name, _, docs in categories}
    for theme in themes.values():
        found = {sp.id: passages_by_category(project, [sp.id]) for sp in theme.speerpunten}
        for name, heading, docs in categories:
            entries = []
            for sp in theme.speerpunten:
                by_document = found[sp.id].get(name, {})
                findings = [f for fs in by_document.values() for f in fs if f.document_id in wanted_documents[name]]
                entries.append(SpeerpuntInCategory(sp, texts.observation(sp.id, name), points(findings)))
            theme.categories.append(CategoryInTheme(name, heading, len(docs), entries))
    kept = list(themes.values())
    if not kept:
        raise ExportRefused(Reason("no speerpunten to compare: add a framework, or choose other themes"))
    return Comparison(parts, labels, organisation, title, options.quotes, categories, kept, texts,
                      comparison_matrix(project, by="speerpunt", across="document"),
                      comparison_matrix(project, by="theme", across="document"))
