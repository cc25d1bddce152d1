"""Layout "annotated": the agreement itself as .docx with every finding as a Word comment on its words.

Each passage becomes a paragraph in a real style (Heading n, Normal, List
Bullet); its text is cut into runs at every finding's start and end, so each
comment spans exactly its quote, overlapping findings included (each gets its
own comment over its own first and last run). Missing findings have no words to
sit on: a final section lists them.
"""

from __future__ import annotations

from desktop.domain.document import PassageKind
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.store.documents import document_text, list_passages
from desktop.store.project import Project
from exporters.docx_fields import xml_safe
from exporters.house_style import HouseStyle
from exporters.report import Report


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isupper())[:4] or name[:2]


def comment_text(report: Report, finding) -> str:
    sp = report.speerpunt(finding.speerpunt_id)
    label = report.labels.assessment(finding.assessment)
    note = " ".join(finding.note.split())
    return f"speerpunt {sp.code} {sp.title} — {label}: {note}".rstrip(": ").strip()


def build_annotated(project: Project, report: Report, template=None, progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    agreement = report.agreement
    doc = HouseStyle(template, report.organisation, agreement.title, report.labels("subject"), report.labels.lang)
    text = document_text(project, agreement.id)
    passages = list_passages(project, agreement.id)
    findings = report.findings
    spanned = [f for f in findings if f.has_span and 0 <= f.start < f.end <= len(text)]
    progress.start(len(passages) + len(findings), agreement.title)

    doc.paragraph(agreement.title, style="Title")
    doc.paragraph(report.labels("annotated_subtitle", count=len(findings)), style="Subtitle")
    cuts = sorted({f.start for f in spanned} | {f.end for f in spanned})
    segments: list[tuple[int, int, object]] = []  # (start, end, run) in text order
    for number, passage in enumerate(passages):
        if number % 200 == 0:
            check_cancelled(progress)
        paragraph = _paragraph(doc, passage)
        inner = [c for c in cuts if passage.start < c < passage.end]
        bounds = [passage.start, *inner, passage.end]
        for start, end in zip(bounds, bounds[1:], strict=False):
            segments.append((start, end, paragraph.add_run(xml_safe(text[start:end]))))
        progress.advance()

    unanchored = []
    index = 0
    ordered = sorted(spanned, key=lambda f: (f.start, f.end))
    for finding in ordered:
        # Segments are in text order and findings by start: move the pointer forward only.
        while index < len(segments) and segments[index][1] <= finding.start:
            index += 1
        last = index
        while last < len(segments) and segments[last][0] < finding.end:
            last += 1
        if last == index:
            unanchored.append(finding)
            continue
        doc.document.add_comment([segments[index][2], segments[last - 1][2]], text=xml_safe(comment_text(report, finding)),
                                 author=finding.author or "Speerpunt", initials=_initials(finding.author))
        progress.advance()

    rest = [f for f in findings if not f.has_span] + unanchored
    if rest:
        doc.chapter(report.labels("missing_section"))
        doc.paragraph(report.labels("missing_intro"))
        for finding in rest:
            line = comment_text(report, finding)
            doc.paragraph(f"{line} ({finding.author})", style="List Bullet")
    return doc


def _paragraph(doc: HouseStyle, passage):
    if passage.kind is PassageKind.HEADING:
        return doc.heading("", passage.level)
    if passage.kind is PassageKind.LIST_ITEM:
        return doc.paragraph(style="List Bullet")
    if passage.kind is PassageKind.FOOTNOTE:
        return doc.paragraph(style="Legenda")
    return doc.paragraph()
