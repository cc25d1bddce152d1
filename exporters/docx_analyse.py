"""Layout "analyse": a topic analysis like the VNG's of the 2024 hoofdlijnenakkoord.

A signed opening letter, contents, then per theme (chapter) and speerpunt
(topic) the two fixed sub-headings: "Wat staat er in het akkoord?" with the
tagged passages quoted and their page "(p. 14)", and "Wat betekent dit voor
{doelgroep}?" with the reaction. Page references stand inline, as in the
example, not as footnotes.
"""

from __future__ import annotations

from desktop.domain.finding import Assessment
from desktop.drafting import quote_with_page, without_quotes, without_silence
from desktop.progress import NullProgress, Progress, check_cancelled
from exporters.docx_blocks import findings_appendix, signature, table_of_contents, title_page
from exporters.house_style import HouseStyle
from exporters.report import Report, SpeerpuntSection


def build_analyse(report: Report, template=None, progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    labels = report.labels
    title = report.part("title") or labels("analysis")
    doc = HouseStyle(template, report.organisation, title, labels("subject"), labels.lang)
    progress.start(len(report.sections) + 1, title)

    title_page(doc, report, title)
    letter = report.part("foreword") or report.part("introduction")
    if letter:
        doc.chapter(report.part("letter_title") or title)
        doc.text_blocks(letter)
        signature(doc, report)
    table_of_contents(doc, report)
    first = True
    for theme in report.themes:
        if not theme.speerpunten:
            continue
        # Themes follow on from each other: a page per theme left pages nearly empty.
        doc.chapter(theme.title, new_page=first)
        first = False
        if theme.remarks:
            doc.text_blocks(theme.remarks)
        for section in theme.speerpunten:
            check_cancelled(progress)
            _topic(doc, report, section)
            progress.advance()
    if report.part("closing"):
        doc.chapter(labels("closing"), new_page=False)
        doc.text_blocks(report.part("closing"))
    if report.appendix:
        findings_appendix(doc, report)
    progress.advance()
    return doc


def _topic(doc: HouseStyle, report: Report, section: SpeerpuntSection) -> None:
    labels = report.labels
    doc.heading(section.speerpunt.title, 2)
    if not section.assessed:
        # Nobody has judged this topic: saying the agreement is silent on it could be false.
        doc.paragraph(labels("not_assessed")).runs[0].italic = True
        return
    quoted: list[str] = []
    seen: set[tuple[int, int]] = set()
    for finding in section.spanned:
        # Two analysts who tagged the same words make one quotation, not two.
        if (finding.start, finding.end) not in seen:
            seen.add((finding.start, finding.end))
            quoted.append(finding)
    silent = not quoted and section.count(Assessment.MISSING) > 0
    if quoted or silent:
        # A reaction typed without findings has nothing to show here, so the question is left out.
        doc.heading(labels("what_it_says"), 3)
    for finding in quoted:
        doc.paragraph(quote_with_page(finding.quote, report.page(finding)), style="Quote")
    if silent:
        # Only an analyst's "missing" finding may say that the agreement is silent.
        doc.paragraph(labels("no_passages"))
    doc.heading(labels("what_it_means"), 3)
    # A draft made with quotes carries the passages printed just above: each is printed once.
    reaction = without_quotes(section.reaction, [finding.quote for finding in quoted])
    if silent:
        # "Het akkoord zegt hier niets over." stands just above: a draft does not say it a second time.
        reaction = without_silence(reaction, report.voice)
        if not reaction:
            return  # a gap nobody explained: "zegt hier niets over" is all there is, not "Geen bevindingen."
    if reaction:
        doc.text_blocks(reaction)
    else:
        doc.paragraph(labels("no_findings")).runs[0].italic = True
