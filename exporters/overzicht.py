"""Layout "overzicht": a national overview of many agreements that a director reads in one sitting.

Per theme one table: for each speerpunt how many agreements treat it (have a finding under
it), and of those how many hold a positive point, a concern or a "missing", in total and per
category (G4, G40, middelgroot, klein, or whatever categories the project has). Under the
table a handful of representative quotes per speerpunt, each naming its municipality and
page. The full agreement-by-speerpunt matrix goes beside it as an XLSX (``NAME-matrix.xlsx``),
so the document stays tens of pages for 342 agreements x 40 speerpunten.

Decisions (docs/NATIONAL_SCALE.md): an agreement "treats" a speerpunt when it has any live
finding under it; it counts under every assessment it holds there (an agreement can be both
positive and concerning), so the three columns need not add up to the number that treat it.
An agreement in several categories counts in each; one in none under "Zonder categorie".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from desktop.domain.dutch_order import category_key, dutch_name_key
from desktop.domain.finding import Assessment
from desktop.progress import NullProgress, Progress, check_cancelled
from desktop.reasons import Reason
from desktop.store.documents import list_documents
from desktop.store.frameworks import SpeerpuntRecord, list_speerpunten
from desktop.store.pages import page_finder
from desktop.store.project import Project
from desktop.store.reactions import report_parts
from desktop.wording import grouped
from exporters.docx_blocks import _cell, _widths
from exporters.docx_fields import cant_split, keep_with_next, repeat_header_row
from exporters.errors import ExportRefused
from exporters.house_style import HouseStyle
from exporters.labels import SYMBOLS
from exporters.options import ExportOptions

ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)
QUOTES_PER_SPEERPUNT = 3
QUOTE_CHARACTERS = 320
NO_CATEGORY = ""

TEXTS = {
    "nl": {
        "agreements": ("{n} akkoord", "{n} akkoorden"),
        "speerpunten": ("{n} speerpunt", "{n} speerpunten"),
        "title": "Landelijk overzicht van {agreements}",
        "intro": "Dit overzicht zet {agreements} naast {speerpunten}{of_org}.",
        "of_org": " van {org}",
        "groups": "De akkoorden per categorie: {groups}.",
        "reading": ("Een akkoord behandelt een speerpunt als er minstens één bevinding over is. Per categorie "
                    "staat hoeveel akkoorden het speerpunt behandelen, en daaronder hoeveel een positief punt (+), "
                    "een zorg (±) of een ontbrekend onderwerp (–) bevatten; een akkoord kan zowel positief als "
                    "zorgelijk zijn. De volledige matrix van akkoord en speerpunt staat in {matrix}."),
        "overlap": "Een akkoord in meer categorieën telt in elk ervan mee.",
        "summary": "In het kort",
        "most": "Het vaakst behandeld:",
        "least": "Het minst behandeld:",
        "untreated": "Door geen enkel akkoord behandeld ({speerpunten}): {names}.",
        "ranked": "{speerpunt}: {treated} van {agreements}",
        "order": "De thema's en speerpunten volgen de volgorde van het kader.",
        "none": "Zonder categorie",
        "total": "Alle",
        "speerpunt": "Speerpunt",
        "quotes": "Uit de akkoorden",
        "no_quotes": "Geen citaten bij dit thema.",
        "treated": "{count} van {total}",
        "matrix_sheet": "Akkoord x speerpunt",
        "agreement": "Akkoord",
        "categories": "Categorieën",
        "legend": "+ positief, ± zorg, – ontbreekt; leeg: geen bevinding",
        "legend_sheet": "Legenda",
        "code": "Code",
        "theme": "Thema",
    },
    "en": {
        "agreements": ("{n} agreement", "{n} agreements"),
        "speerpunten": ("{n} priority", "{n} priorities"),
        "title": "National overview of {agreements}",
        "intro": "This overview sets {agreements} against {speerpunten}{of_org}.",
        "of_org": " of {org}",
        "groups": "The agreements by category: {groups}.",
        "reading": ("An agreement treats a priority when it has at least one finding under it. Per category the "
                    "table gives how many agreements treat the priority, and below that how many hold a positive "
                    "point (+), a concern (±) or a missing subject (–); an agreement can be both positive and "
                    "concerning. The full matrix of agreement and priority is in {matrix}."),
        "overlap": "An agreement in several categories counts in each.",
        "summary": "In brief",
        "most": "Treated most often:",
        "least": "Treated least often:",
        "untreated": "Treated by no agreement ({speerpunten}): {names}.",
        "ranked": "{speerpunt}: {treated} of {agreements}",
        "order": "Themes and priorities follow the framework's order.",
        "none": "No category",
        "total": "All",
        "speerpunt": "Priority",
        "quotes": "From the agreements",
        "no_quotes": "No quotes for this theme.",
        "treated": "{count} of {total}",
        "matrix_sheet": "Agreement x priority",
        "agreement": "Agreement",
        "categories": "Categories",
        "legend": "+ positive, ± concern, – missing; empty: no finding",
        "legend_sheet": "Legend",
        "code": "Code",
        "theme": "Theme",
    },
}


def counted(lang: str, key: str, n: int) -> str:
    """"1 akkoord", "342 akkoorden": the noun agrees with the number."""
    one, many = TEXTS[lang][key]
    return (one if n == 1 else many).format(n=grouped(n, lang))


@dataclass(frozen=True)
class Quote:
    document: str
    page: str | None
    assessment: Assessment
    text: str


@dataclass
class SpeerpuntRow:
    speerpunt: SpeerpuntRecord
    # category -> assessment value (or "treated") -> document ids
    documents: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Overview:
    lang: str
    title: str
    organisation: str
    categories: list[tuple[str, str, int]]  # (name, heading, number of agreements)
    agreements: list  # DocumentRecord
    themes: list[tuple[str, list[SpeerpuntRow]]]  # (heading, rows)
    cells: dict[tuple[str, str], set[str]]  # (document id, speerpunt id) -> assessment values
    findings: int = 0  # the live findings counted

    def text(self, key: str, **values: object) -> str:
        return TEXTS[self.lang][key].format(**values)


def build_overview(project: Project, options: ExportOptions) -> Overview:
    lang = options.lang if options.lang in TEXTS else "nl"
    agreements = [d for d in list_documents(project) if d.kind == "agreement"]
    if not agreements:
        raise ExportRefused(Reason("the project holds no agreements; import them first"))
    wanted = options.categories
    names = sorted({c for d in agreements for c in d.categories}, key=category_key)
    if wanted:
        # As the project spells it: "g40" is "G40" (the same as `search --category`).
        spelled = {name.casefold(): name for name in names}
        wanted = [c if c in names else spelled.get(c.strip().casefold(), c) for c in wanted]
        unknown = [c for c in wanted if c not in names]
        if unknown:
            raise ExportRefused(Reason("no agreement is in the category '{category}' (categories: {categories})",
                                       category=unknown[0], categories=", ".join(names) or Reason("none yet")))
        names = list(dict.fromkeys(wanted))
        agreements = [d for d in agreements if set(d.categories) & set(names)]
    elif any(not d.categories for d in agreements):
        names.append(NO_CATEGORY)
    categories = [(name, name or TEXTS[lang]["none"],
                   sum(1 for d in agreements if (name in d.categories if name else not d.categories)))
                  for name in names]
    by_id = {d.id: d for d in agreements}
    speerpunten = [sp for sp in list_speerpunten(project)
                   if (options.theme_ids is None or sp.theme_id in options.theme_ids)
                   and (options.speerpunt_ids is None or sp.id in options.speerpunt_ids)]
    if not speerpunten:
        raise ExportRefused(Reason("no speerpunten to give an overview of: add a framework, or choose other themes"))
    rows = {sp.id: SpeerpuntRow(sp) for sp in speerpunten}
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    candidates: dict[str, list[tuple]] = defaultdict(list)
    findings = project.db.execute(
        'SELECT f.document_id, f.speerpunt_id, f.assessment, f.start, f.quote, f.note FROM findings f '
        "WHERE f.deleted IS NULL ORDER BY f.document_id, f.start").fetchall()
    page = page_finder(project, {row[0] for row in findings if row[0] in by_id})
    counted_findings = 0
    for document_id, speerpunt_id, assessment, start, quote, _note in findings:
        if document_id not in by_id or speerpunt_id not in rows:
            continue
        counted_findings += 1
        document = by_id[document_id]
        cells[(document_id, speerpunt_id)].add(assessment)
        for name in (document.categories or [NO_CATEGORY]):
            if name in names:
                row = rows[speerpunt_id].documents[name]
                row["treated"].add(document_id)
                row[assessment].add(document_id)
        if quote.strip() and assessment != Assessment.MISSING.value:
            candidates[speerpunt_id].append((document, start, assessment, " ".join(quote.split())))
    for speerpunt_id, found in candidates.items():
        rows[speerpunt_id].quotes = _representative(found, names, page)
    themes: dict[str, tuple[str, list[SpeerpuntRow]]] = {}
    for sp in speerpunten:
        code = sp.theme_code.strip()
        # "1. Wonen", "F. Financiën": a code that does not end in a mark of its own gets a full stop.
        heading = (f"{code} {sp.theme_title}" if code.endswith((".", ")", ":")) else f"{code}. {sp.theme_title}") \
            if code else sp.theme_title
        themes.setdefault(sp.theme_id, (heading, []))[1].append(rows[sp.id])
    parts = report_parts(project)
    organisation = (options.organisation or parts.get("organisation") or "").strip()
    title = options.title or TEXTS[lang]["title"].format(agreements=counted(lang, "agreements", len(agreements)))
    return Overview(lang, title, organisation, categories, sorted(agreements, key=lambda d: dutch_name_key(d.citation_name)),
                    list(themes.values()), cells, counted_findings)


def _representative(found: list[tuple], categories: list[str], page) -> list[Quote]:
    """A handful of quotes: one municipality each, taking turns over categories and assessments,
    preferring quotes of a readable length (about two lines); ties by municipality name."""
    def score(item: tuple) -> tuple:
        document, start, _assessment, text = item
        return (not _reads_as_prose(text), abs(min(len(text), 600) - 180), dutch_name_key(document.citation_name),
                start or 0)

    pools: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for item in found:
        for name in (item[0].categories or [NO_CATEGORY]):
            pools[(name, item[2])].append(item)
    for pool in pools.values():
        pool.sort(key=score)
    order = [(name, a.value) for name in categories for a in ORDER[:2]]
    order += [key for key in sorted(pools) if key not in order]
    chosen: list[Quote] = []
    used: set[str] = set()
    while len(chosen) < QUOTES_PER_SPEERPUNT and any(pools.get(key) for key in order):
        for key in order:
            pool = pools.get(key) or []
            while pool and pool[0][0].id in used:
                pool.pop(0)
            if not pool or len(chosen) >= QUOTES_PER_SPEERPUNT:
                continue
            document, start, assessment, text = pool.pop(0)
            used.add(document.id)
            chosen.append(Quote(document.citation_name, page(document.id, start), Assessment(assessment),
                                _shortened(text)))
    return chosen


def _reads_as_prose(text: str) -> bool:
    """A sentence rather than a table's row or a run of figures ("7 247 635 1.254 637 11.120 Uitgaven"):
    a director reads the first; the second goes in only when a speerpunt has nothing else."""
    # map() over the str methods: the same counts as a generator, a third of the time over thousands of
    # paragraph-long quotes (the export dialog's preview builds the overview on every change).
    letters = sum(map(str.isalpha, text))
    digits = sum(map(str.isdigit, text))
    return letters >= 0.7 * len(text.replace(" ", "")) and digits <= 0.05 * len(text)


def _shortened(text: str) -> str:
    if len(text) <= QUOTE_CHARACTERS:
        return text
    cut = text[:QUOTE_CHARACTERS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def build_overzicht(overview: Overview, matrix_name: str, template=None,
                    progress: Progress | None = None) -> HouseStyle:
    progress = progress or NullProgress()
    lang = overview.lang
    doc = HouseStyle(template, overview.organisation, overview.title, overview.title, lang)
    progress.start(len(overview.themes) + 1, overview.title)
    doc.paragraph(overview.title, style="Title")
    if overview.organisation:
        doc.paragraph(overview.organisation, style="Subtitle")
    speerpunten = sum(len(rows) for _, rows in overview.themes)
    of_org = overview.text("of_org", org=overview.organisation) if overview.organisation else ""
    doc.paragraph(overview.text("intro", agreements=counted(lang, "agreements", len(overview.agreements)),
                                speerpunten=counted(lang, "speerpunten", speerpunten), of_org=of_org))
    groups = "; ".join(f"{heading} ({counted(lang, 'agreements', count)})"
                       for _name, heading, count in overview.categories)
    overlap = sum(count for _name, _heading, count in overview.categories) > len(overview.agreements)
    doc.paragraph(overview.text("groups", groups=groups) + (" " + overview.text("overlap") if overlap else ""))
    doc.paragraph(overview.text("reading", matrix=matrix_name) + " " + overview.text("order"))
    _summary(doc, overview)
    progress.advance()
    for heading, rows in overview.themes:
        check_cancelled(progress)
        doc.chapter(heading, new_page=False)
        _theme_table(doc, overview, rows)
        if not any(row.quotes for row in rows):
            # No heading over nothing: one line under the table says why there are no quotes.
            doc.paragraph(overview.text("no_quotes")).runs[0].italic = True
            progress.advance()
            continue
        doc.heading(overview.text("quotes"), 2)
        for row in rows:
            if not row.quotes:
                continue
            paragraph = doc.paragraph()
            paragraph.add_run(f"{row.speerpunt.code} {row.speerpunt.title}").bold = True
            paragraph.paragraph_format.keep_with_next = True
            for quote in row.quotes:
                # A no-break space: "p." never ends a line with its number on the next.
                cited = quote.document + (f", p.\u00a0{quote.page}" if quote.page else "")
                line = doc.paragraph(f"{SYMBOLS[quote.assessment]} “{quote.text}” ({cited})")
                line.paragraph_format.left_indent = Cm(0.6)
        progress.advance()
    return doc


WORD_JOINER = "\u2060"  # after "+", "±", "–": a line never breaks between a sign and its number
EM = 0.0353  # centimetres per point
CELL_PADDING = 0.45  # centimetres: the cell margins (85 twips a side) and a little air
FIRST_COLUMN_MIN = 3.6  # centimetres: a speerpunt's title in two or three lines


def _figures(found: dict[str, set[str]], lang: str) -> str:
    return " ".join(f"{SYMBOLS[a]}{WORD_JOINER}{grouped(len(found.get(a.value, ())), lang)}" for a in ORDER)


def _column_widths(doc: HouseStyle, headings: list[str], figures: list[list[str]]) -> tuple[float, list[float], float]:
    """(first column, other columns, font size): every other column as wide as its longest heading word
    or figure line needs, so "middelgroot" never breaks inside the word; the speerpunt column takes
    the rest. Narrower type when many categories would leave the speerpunt column too little room."""
    section = doc.document.sections[-1]
    available = (section.page_width - section.left_margin - section.right_margin) / 360000  # EMU -> cm
    for size in (9.0, 8.0, 7.5):
        needs = []
        for heading, lines in zip(headings, figures, strict=True):
            word = max((len(w) for w in heading.split()), default=1) * 0.58
            figure = max((len(line.replace(WORD_JOINER, "")) for line in lines), default=1) * 0.52
            needs.append(max(word, figure) * size * EM + CELL_PADDING)
        if available - sum(needs) >= FIRST_COLUMN_MIN:
            return available - sum(needs), needs, size
    scale = (available - FIRST_COLUMN_MIN) / sum(needs)
    return FIRST_COLUMN_MIN, [need * scale for need in needs], size


def _treated(row: SpeerpuntRow) -> int:
    return len(set().union(*(per.get("treated", set()) for per in row.documents.values())))


def _summary(doc: HouseStyle, overview: Overview) -> None:
    """The speerpunten most and least often treated, and those no agreement treats: the first thing a
    director asks. The chapters keep the framework's order, so a reader finds a speerpunt where the
    agenda has it. Untreated speerpunten are all named, not five picked from a tie at zero."""
    rows = [row for _heading, theme_rows in overview.themes for row in theme_rows]
    if len(rows) < 6:
        return
    treated = [row for row in rows if _treated(row)]
    untreated = [row for row in rows if not _treated(row)]
    shown = min(5, max(1, len(rows) // 3))
    ranked = sorted(treated, key=lambda row: -_treated(row))  # stable: ties in the framework's order
    most = ranked[:shown]
    least = sorted([row for row in ranked[-shown:] if row not in most], key=_treated)
    total = counted(overview.lang, "agreements", len(overview.agreements))
    doc.heading(overview.text("summary"), 2)
    for key, chosen in (("most", most), ("least", least)):
        if not chosen:
            continue
        keep_with_next(doc.paragraph(overview.text(key)))
        for row in chosen:
            doc.paragraph(overview.text("ranked", speerpunt=f"{row.speerpunt.code} {row.speerpunt.title}",
                                        treated=grouped(_treated(row), overview.lang), agreements=total), style="List Bullet")
    if untreated:
        names = "; ".join(f"{row.speerpunt.code} {row.speerpunt.title}".strip() for row in untreated)
        doc.paragraph(overview.text("untreated", speerpunten=counted(overview.lang, "speerpunten", len(untreated)),
                                    names=names))


def _theme_table(doc: HouseStyle, overview: Overview, rows: list[SpeerpuntRow]) -> None:
    columns = [("", overview.text("total"), len(overview.agreements))] + overview.categories
    body: list[list[str]] = []
    for row in rows:
        line = []
        for index, (name, _heading, count) in enumerate(columns):
            if index == 0:
                found: dict[str, set[str]] = defaultdict(set)
                for per in row.documents.values():
                    for key, ids in per.items():
                        found[key] |= ids
            else:
                found = row.documents.get(name, {})
            treated = len(found.get("treated", ()))
            text = overview.text("treated", count=grouped(treated, overview.lang), total=grouped(count, overview.lang))
            line.append(text + "\n" + _figures(found, overview.lang) if treated else text)
        body.append(line)
    headings = [heading for _name, heading, _count in columns]
    first, widths, size = _column_widths(doc, headings, [[cell for line in body for cell in line[i].split("\n")]
                                                         for i in range(len(columns))])
    table = doc.document.add_table(rows=1, cols=1 + len(columns))
    table.style = "Table Grid" if "Table Grid" in {s.name for s in doc.document.styles} else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    repeat_header_row(header)
    _cell(doc, header.cells[0], overview.text("speerpunt"), bold=True)
    for index, (_name, heading, count) in enumerate(columns, start=1):
        # The number on its own line: a heading breaks between words only.
        _cell(doc, header.cells[index], f"{heading}\n({grouped(count, overview.lang)})", bold=True, centre=True)
    for row, line in zip(rows, body, strict=True):
        cells = table.add_row().cells
        _cell(doc, cells[0], f"{row.speerpunt.code} {row.speerpunt.title}")
        for index, text in enumerate(line, start=1):
            _cell(doc, cells[index], text, centre=True)
    for number, table_row in enumerate(table.rows):
        cant_split(table_row)
        for cell in table_row.cells:
            for paragraph in cell.paragraphs:
                if size != 9.0:
                    for run in paragraph.runs:
                        run.font.size = Pt(size)
                # A theme's table stays on one page (it has a handful of rows), with the heading above it.
                paragraph.paragraph_format.keep_with_next = number < len(table.rows) - 1
    _widths(table, [Cm(first)] + [Cm(width) for width in widths])


def matrix_path(out_path: Path) -> Path:
    return out_path.with_name(f"{out_path.stem}-matrix.xlsx")
