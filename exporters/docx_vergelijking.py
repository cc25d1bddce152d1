"""Layout "vergelijking": many agreements compared, like an institute's study of 25 municipal agreements.

Title page; foreword if written; contents; "Opzet van de vergelijking" naming
the agreements per group; then per theme a chapter with the analyst's
introduction and per category (G4, G40-steden, ...) a section: per speerpunt
(a numbered sub-heading when the theme has several) the analyst's observation,
a line saying in how many agreements of the group it came up, and the points
with the agreements cited by short name in parentheses, "(Venlo, p. 12;
Zutphen)". Then "Tot slot" and an appendix with the counts per speerpunt and
group and per agreement and theme.
"""

from __future__ import annotations

from collections import Counter

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm

from desktop.domain.page_label import page_sort_key
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.wording import grouped
from exporters.comparison_report import ORDER, Comparison, Point, SpeerpuntInCategory
from exporters.docx_blocks import _cell, _widths, signature, table_of_contents, written_date
from exporters.docx_fields import repeat_header_row, shade_cell
from exporters.house_style import HouseStyle
from exporters.labels import SYMBOLS

QUOTE_INDENT = Cm(1.27)


def build_vergelijking(comparison: Comparison, template=None, progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    labels = comparison.labels
    doc = HouseStyle(template, comparison.organisation, comparison.title, comparison.title, labels.lang)
    progress.start(len(comparison.themes) + 2, comparison.title)

    doc.paragraph(comparison.title, style="Title")
    if comparison.organisation:
        doc.paragraph(comparison.organisation, style="Subtitle")
    if comparison.part("date"):
        doc.paragraph(written_date(comparison.part("date"), labels.lang), style="Subtitle")
    if comparison.part("foreword"):
        doc.chapter(labels("foreword"))
        doc.text_blocks(comparison.part("foreword"))
        signature(doc, comparison)
    table_of_contents(doc, comparison)

    doc.chapter(labels("comparison_setup"))
    doc.text_blocks(comparison.part("introduction") or labels("comparison_default_intro", count=len(comparison.documents)))
    doc.heading(labels("compared_documents"), 2)
    for _name, heading, documents in comparison.categories:
        paragraph = doc.paragraph()
        paragraph.add_run(f"{heading} ({grouped(len(documents), labels.lang)}): ").bold = True
        paragraph.add_run(", ".join(d.citation_name for d in documents) + ".")
    progress.advance()

    for theme in comparison.themes:
        check_cancelled(progress)
        doc.chapter(theme.title, f"{theme.code}." if theme.code.isdigit() else theme.code, new_page=False)
        if theme.intro:
            doc.text_blocks(theme.intro)
        numbered = len(theme.speerpunten) > 1
        for category in theme.categories:
            doc.heading(category.heading, 2)
            if not category.documents:
                doc.paragraph(labels("nothing_in_category")).runs[0].italic = True
                continue
            for entry in category.speerpunten:
                _speerpunt(doc, comparison, entry, category.documents, numbered)
        progress.advance()

    closing = comparison.texts.closing or comparison.part("closing")
    if closing:
        doc.chapter(labels("closing"), new_page=False)
        doc.text_blocks(closing)
    _appendix(doc, comparison)
    progress.advance()
    return doc


def _speerpunt(doc: HouseStyle, comparison: Comparison, entry: SpeerpuntInCategory, documents: int,
               numbered: bool) -> None:
    labels = comparison.labels
    if numbered:
        doc.heading(entry.speerpunt.title, 3, entry.speerpunt.code)
    if entry.observation:
        doc.text_blocks(entry.observation)
    if not entry.points:
        doc.paragraph(labels("nothing_in_category")).runs[0].italic = True
        return
    counts = ", ".join(f"{SYMBOLS[a]} {grouped(entry.count(a), labels.lang)}" for a in ORDER if entry.count(a))
    line = labels("coverage_line", count=documents, found=grouped(len(entry.documents), labels.lang),
                  total=grouped(documents, labels.lang))
    coverage = doc.paragraph(f"{line}: {counts}.", style="Legenda")
    coverage.paragraph_format.keep_with_next = True  # never the last line of a page, apart from its points
    for point in entry.points:
        _point(doc, comparison, point)


def citation(point: Point, page_label: str) -> str:
    """"Venlo, p. 12, 14; Zutphen": each agreement once, with the pages of its findings."""
    pages: dict[str, list[str]] = {}
    for finding in point.findings:
        found = pages.setdefault(finding.document_name, [])
        if finding.page and finding.page not in found:
            found.append(finding.page)
    return "; ".join(f"{name}, {page_label} {', '.join(sorted(found, key=page_sort_key))}" if found else name
                     for name, found in pages.items())


def _point(doc: HouseStyle, comparison: Comparison, point: Point) -> None:
    labels = comparison.labels
    paragraph = doc.paragraph(style="List Bullet")
    paragraph.add_run(f"{SYMBOLS[point.assessment]} {labels.assessment(point.assessment)}: ").bold = True
    # "Wie betaalt? (Venlo)" but "Blijft vaag (Venlo)."; a note's own full stop moves behind the citation.
    text = point.text if point.text.endswith("...") else point.text.rstrip(". ")
    end = "" if text.endswith(("?", "!", "”", "...")) else "."
    # The agreement's own words in italics; the citation after them stays upright.
    paragraph.add_run(text).italic = point.quoted
    paragraph.add_run(f" ({citation(point, labels('page_short'))}){end}")
    if not comparison.quotes or point.quoted:
        return
    for finding in point.findings:
        quote = " ".join(finding.quote.split())
        if not quote:
            continue
        where = f"{finding.document_name}, {labels('page_short')} {finding.page}" if finding.page \
            else finding.document_name
        line = doc.paragraph()
        line.paragraph_format.left_indent = QUOTE_INDENT
        line.add_run(f"“{quote}”").italic = True
        line.add_run(f" ({where})")


def _counts(counter: Counter, lang: str) -> str:
    return "  ".join(f"{SYMBOLS[a]}{grouped(counter[a.value], lang)}" for a in ORDER if counter[a.value])


def _table(doc: HouseStyle, first: str, columns: list[str], total: str):
    table = doc.document.add_table(rows=1, cols=len(columns) + 2)
    table.style = "Table Grid" if "Table Grid" in {s.name for s in doc.document.styles} else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    repeat_header_row(header)
    for cell, text in zip(header.cells, [first, *columns, total], strict=True):
        _cell(doc, cell, text, bold=True, centre=text != first)
        shade_cell(cell)
    return table


def _group_row(doc: HouseStyle, table, text: str) -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    _cell(doc, merged, text, bold=True)
    shade_cell(merged, "F3F4F7")


def _appendix(doc: HouseStyle, comparison: Comparison) -> None:
    """Counts per speerpunt and group, then per agreement and theme, across a landscape page."""
    labels = comparison.labels
    section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.different_first_page_header_footer = False
    heading = doc.heading(labels("matrix_appendix"), 1)
    heading.paragraph_format.page_break_before = False  # the section already starts a page
    usable = section.page_width - section.left_margin - section.right_margin

    doc.paragraph(labels("matrix_by_category"), style="Caption")
    groups = [(heading, [d.id for d in documents]) for _name, heading, documents in comparison.categories]
    everyone = [d.id for d in comparison.documents]
    table = _table(doc, labels("speerpunt"), [h for h, _ in groups], labels("total"))
    for theme in comparison.themes:
        if len(comparison.themes) > 1:
            _group_row(doc, table, f"{theme.code} {theme.title}".strip())
        for sp in theme.speerpunten:
            cells = table.add_row().cells
            _cell(doc, cells[0], f"{sp.code} {sp.title}".strip())
            for cell, (_heading, ids) in zip(cells[1:-1], groups, strict=True):
                _cell(doc, cell, _counts(comparison.cell(comparison.by_speerpunt, sp.id, ids), comparison.labels.lang), centre=True)
            _cell(doc, cells[-1], _counts(comparison.cell(comparison.by_speerpunt, sp.id, everyone), comparison.labels.lang), centre=True)
    _widths(table, _column_widths(usable, [h for h, _ in groups] + [labels("total")], Cm(4)))
    doc.paragraph(labels("legend"), style="Legenda")

    caption = doc.paragraph(labels("matrix_by_document"), style="Caption")
    caption.paragraph_format.page_break_before = True
    table = _table(doc, labels("document"), [t.title for t in comparison.themes], labels("total"))
    for _name, heading, documents in comparison.categories:
        if len(comparison.categories) > 1:
            _group_row(doc, table, heading)
        for document in documents:
            cells = table.add_row().cells
            _cell(doc, cells[0], document.citation_name)
            total: Counter = Counter()
            for cell, theme in zip(cells[1:-1], comparison.themes, strict=True):
                counts = comparison.by_theme.cell(theme.id, document.id)
                total.update(counts)
                _cell(doc, cell, _counts(counts, comparison.labels.lang), centre=True)
            _cell(doc, cells[-1], _counts(total, comparison.labels.lang), centre=True)
    _widths(table, _column_widths(usable, [t.title for t in comparison.themes] + [labels("total")], Cm(3.5)))
    doc.paragraph(labels("legend"), style="Legenda")


def _column_widths(usable: int, headers: list[str], least_first: int) -> list[int]:
    """Each count column as wide as its header's longest word (a header never breaks mid-word) and at
    least 2.6 cm ("+16  ±10  –4" fits); the first column gets the rest. Too many columns share the page evenly."""
    per_character, padding = Cm(0.21), Cm(0.45)  # bold 9 pt, with the cell margins
    wanted = [max(int(Cm(2.6)), max(len(w) for w in (h.split() or [""])) * per_character + padding) for h in headers]
    first = usable - sum(wanted)
    if first < least_first:
        first = least_first
        wanted = [(usable - first) // len(headers)] * len(headers)
    return [int(first), *(int(w) for w in wanted)]
