"""The report model every layout prints: parts, agreement, themes → speerpunten → findings, reactions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain.finding import Assessment, Finding
from desktop.drafting import draft_reaction, order_findings
from desktop.reasons import Reason, message_of
from desktop.store.agreement_names import stored_agreement_part
from desktop.store.documents import DocumentRecord, current_version, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import SpeerpuntRecord, list_speerpunten
from desktop.store.ids import NotFound
from desktop.store.pages import page_lookup
from desktop.store.project import Project
from desktop.store.reactions import list_reactions, report_parts, report_voice
from desktop.wording import Voice
from exporters.errors import ExportRefused
from exporters.labels import Labels
from exporters.options import ExportOptions


@dataclass
class SpeerpuntSection:
    speerpunt: SpeerpuntRecord
    findings: list[Finding]
    reaction: str
    reaction_drafted: bool = False  # True when no reaction was written and the notes stand in

    @property
    def assessed(self) -> bool:
        """False for a speerpunt nobody has judged yet (shown only with include_empty, as not yet assessed)."""
        return bool(self.findings or self.reaction)

    def count(self, assessment: Assessment) -> int:
        return sum(1 for f in self.findings if f.assessment is assessment)

    @property
    def spanned(self) -> list[Finding]:
        return [f for f in self.findings if f.has_span]


@dataclass
class ThemeSection:
    id: str
    code: str
    title: str
    remarks: str
    speerpunten: list[SpeerpuntSection] = field(default_factory=list)


@dataclass
class Report:
    parts: dict[str, str]
    labels: Labels
    agreement: DocumentRecord
    themes: list[ThemeSection]
    page: Callable[[Finding], str | None]
    appendix: bool
    organisation: str
    agreement_name: str
    audience: str
    voice: Voice
    authors: bool = False  # the appendix names the analysts: internal exports only

    @property
    def sections(self) -> list[SpeerpuntSection]:
        return [section for theme in self.themes for section in theme.speerpunten]

    @property
    def findings(self) -> list[Finding]:
        return [f for section in self.sections for f in section.findings]

    def counts(self) -> dict[str, int]:
        counter = Counter(f.assessment.value for f in self.findings)
        return {"speerpunten": len(self.sections), "findings": sum(counter.values()),
                **{a.value: counter.get(a.value, 0) for a in Assessment}}

    def speerpunt(self, speerpunt_id: str) -> SpeerpuntRecord:
        if not hasattr(self, "_by_id"):
            self._by_id = {section.speerpunt.id: section.speerpunt for section in self.sections}
        return self._by_id[speerpunt_id]

    def part(self, key: str) -> str:
        return self.parts.get(key, "").strip()


def choose_agreement(project: Project, document_id: str | None) -> DocumentRecord:
    """The asked document, else the newest agreement (by import time)."""
    if document_id:
        try:
            return current_version(project, document_id)  # a superseded agreement exports as its newest version
        except NotFound as error:
            raise ExportRefused(message_of(error)) from error
    agreements = [d for d in list_documents(project, current_only=True) if d.kind == "agreement"]
    if not agreements:
        raise ExportRefused(Reason("the project holds no agreement to export; import one first"))
    return agreements[-1]


def _selected(sp: SpeerpuntRecord, options: ExportOptions) -> bool:
    if options.theme_ids is not None and sp.theme_id not in options.theme_ids:
        return False
    return options.speerpunt_ids is None or sp.id in options.speerpunt_ids


def build_report(project: Project, options: ExportOptions) -> Report:
    """Gather everything a Word layout prints, in framework order, respecting the options."""
    agreement = choose_agreement(project, options.document_id)
    parts = report_parts(project)
    voice = report_voice(project, agreement, options.organisation, options.agreement_name)
    audience = options.audience or parts.get("audience") or Labels(options.lang, options.labels)("audience")
    labels = Labels(options.lang, options.labels, audience=audience, **voice.values(options.lang))
    # The stored title belongs to one agreement, as its name does (docs/EXPORTS.md): another gets the default.
    parts["title"] = options.title or stored_agreement_part(project, "title", agreement) or ""
    findings_by_speerpunt: dict[str, list[Finding]] = {}
    for finding in list_findings(project, document_id=agreement.id):
        findings_by_speerpunt.setdefault(finding.speerpunt_id, []).append(finding)
    reactions = list_reactions(project, agreement.id)
    page = page_lookup(project, [agreement.id])
    themes: dict[str, ThemeSection] = {}
    for place, sp in enumerate(list_speerpunten(project)):
        if not _selected(sp, options):
            continue
        findings = order_findings(findings_by_speerpunt.get(sp.id, []), "text")
        reaction = reactions[sp.id].text.strip() if sp.id in reactions else ""
        # A theme with remarks keeps its place in "Aanvullende opmerkingen" even when none of its
        # speerpunten has anything to show.
        theme = themes.setdefault(sp.theme_id, ThemeSection(
            sp.theme_id, sp.theme_code, sp.theme_title, parts.get(f"theme_remarks.{sp.theme_id}", "").strip()))
        if not findings and not reaction and not options.include_empty:
            continue
        drafted = not reaction and bool(findings)
        if drafted:
            # No reaction written yet: a draft from the analysts' notes stands in, so no finding is lost.
            reaction = draft_reaction(findings, order="assessment", voice=voice, variant=place)
        theme.speerpunten.append(SpeerpuntSection(sp, findings, reaction, drafted))
    kept = [theme for theme in themes.values() if theme.speerpunten or theme.remarks]
    return Report(parts, labels, agreement, kept, page, options.appendix,
                  voice.organisation, voice.agreement, audience, voice, options.authors)


def paragraphs(text: str) -> list[tuple[str, str]]:
    """A typed text as (kind, text) blocks: "paragraph" at blank lines, "bullet" for lines starting "- " or "• "."""
    blocks: list[tuple[str, str]] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines: list[str] = []
        for line in chunk.split("\n"):
            stripped = line.strip()
            if stripped[:2] in ("- ", "• ", "* "):
                if lines:
                    blocks.append(("paragraph", " ".join(lines)))
                    lines = []
                blocks.append(("bullet", " ".join(stripped[2:].split())))
            elif stripped:
                lines.append(" ".join(stripped.split()))
        if lines:
            blocks.append(("paragraph", " ".join(lines)))
    return blocks
