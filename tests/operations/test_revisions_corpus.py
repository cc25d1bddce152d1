"""Findings carried to revised versions of the real 2021 coalition agreement, with edits whose effects are known.

The old version is the agreement's reference paragraph split (../shared/corpus), with its
chapters as headings. The new version is made from it by edits chosen at random (seeded):
paragraphs kept, moved, deleted and inserted; tagged sentences lightly rephrased; their
neighbouring sentences rewritten; a tagged sentence also quoted in a new introduction; every
chapter renumbered. Where each finding belongs in the new version is worked out from the edits
(the new paragraph and the sentence's place in it), never from the matcher.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
from desktop.operations.findings import add_finding
from desktop.operations.revisions import revise_document
from desktop.store.findings import get_finding
from tests.builders import add_small_framework

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Our own Dutch, for inserted paragraphs and rewritten neighbours.
OWN_SENTENCES = [
    "Dit voornemen werken wij in het voorjaar verder uit met de betrokken partijen.",
    "Daarbij kijken we eerst naar wat in de praktijk al goed werkt.",
    "Over de precieze verdeling van de middelen volgt later een brief aan de Kamer.",
    "Wij vinden het belangrijk dat iedereen hierover kan meepraten.",
]
OWN_PARAGRAPHS = [
    "Deze alinea is nieuw in de definitieve versie. Zij beschrijft een onderwerp dat in het concept ontbrak, "
    "zoals de rol van maatschappelijke organisaties bij de uitvoering.",
    "Het kabinet maakt jaarlijks op Prinsjesdag op wat er van deze plannen is terechtgekomen.",
    "Ook de provincies worden vroeg betrokken bij de keuzes die hun grondgebied raken.",
]
CATEGORIES = ("kept", "moved", "deleted", "rephrased", "neighbours", "quoted")
WEIGHTS = (45, 12, 12, 16, 10, 5)


@dataclass
class Paragraph:
    sentences: list[str]
    chapter: int
    findings: list[tuple[str, int]] = field(default_factory=list)  # (finding category, sentence index)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def _chapters(corpus_dir: Path) -> list[tuple[str, list[Paragraph]]]:
    chapters: dict[str, list[Paragraph]] = {}
    with (corpus_dir / "nl-coalitieakkoord-2021-2025-paragraphs.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row["txt"].split())
            if row["type"] != "txt" or len(text) < 60:
                continue
            chapters.setdefault(row["chapter"], []).append(Paragraph(SENTENCE.split(text), len(chapters)))
    return list(chapters.items())


def _blocks(chapters: list[tuple[str, list[Paragraph]]]) -> tuple[list[Block], list[Paragraph | None]]:
    blocks: list[Block] = []
    owners: list[Paragraph | None] = []
    for heading, paragraphs in chapters:
        blocks.append(Block(PassageKind.HEADING, heading, level=1))
        owners.append(None)
        for paragraph in paragraphs:
            blocks.append(Block(PassageKind.PARAGRAPH, paragraph.text))
            owners.append(paragraph)
    return blocks, owners


def _sentence_span(paragraph_text: str, sentences: list[str], index: int) -> tuple[int, int]:
    start = sum(len(s) + 1 for s in sentences[:index])
    assert paragraph_text[start:start + len(sentences[index])] == sentences[index]
    return start, start + len(sentences[index])


def _rephrase(sentence: str, rng: random.Random) -> str:
    """A light edit: one word dropped, one inserted, or two neighbours swapped (never the first or last)."""
    words = sentence.split(" ")
    middle = rng.randrange(2, len(words) - 2)
    kind = rng.choice(("drop", "insert", "swap"))
    if kind == "drop":
        del words[middle]
    elif kind == "insert":
        words.insert(middle, rng.choice(("ook", "nadrukkelijk", "verder", "daarom")))
    else:
        words[middle], words[middle + 1] = words[middle + 1], words[middle]
    return " ".join(words)


@dataclass
class Expected:
    category: str
    quote: str
    start: int | None = None
    end: int | None = None


def test_findings_reach_their_place_in_a_revised_agreement(project, corpus_dir: Path) -> None:
    rng = random.Random(14)
    codes = add_small_framework(project)
    chapters = _chapters(corpus_dir)
    old_blocks, old_owners = _blocks(chapters)
    old = assemble("Coalitieakkoord (concept)", old_blocks)
    data = old.text.encode()
    from desktop.operations.documents import store_document

    old_id = store_document(project, old, data, hashlib.sha256(data).hexdigest(), "concept.txt", DocumentKind.AGREEMENT)

    # Tag one sentence of eight words or more in each paragraph that has one; give the paragraph its fate.
    finding_of: dict[tuple[int, int], str] = {}
    for passage, paragraph in zip(old.passages, old_owners, strict=True):
        if paragraph is None:
            continue
        candidates = [i for i, s in enumerate(paragraph.sentences) if len(s.split()) >= 8]
        if not candidates:
            continue
        index = rng.choice(candidates)
        category = rng.choices(CATEGORIES, WEIGHTS)[0]
        if category == "neighbours" and len(paragraph.sentences) < 2:
            category = "kept"
        start, end = _sentence_span(paragraph.text, paragraph.sentences, index)
        finding = add_finding(project, old_id, codes["1.1"], "concern", passage.start + start, passage.start + end,
                              note="Blijft vaag", author="Fatima")
        paragraph.findings.append((category, index))
        finding_of[(id(paragraph), index)] = finding.id

    # The edits. Every chapter moves one number up (a new first chapter is inserted); deleted paragraphs go;
    # moved ones open the next chapter; new paragraphs come in.
    new_chapters: list[tuple[str, list[Paragraph]]] = [
        ("0. Inleiding", [Paragraph([OWN_PARAGRAPHS[0]], -1)])]
    moved_out: list[Paragraph] = []
    for heading, paragraphs in chapters:
        number, _, name = heading.partition(". ")
        heading = f"{int(number) + 1}. {name}" if number.isdigit() else heading
        kept: list[Paragraph] = list(moved_out)
        moved_out = []
        quoted: list[str] = []
        for paragraph in paragraphs:
            fate = paragraph.findings[0][0] if paragraph.findings else rng.choices(
                ("kept", "moved", "deleted"), (80, 10, 10))[0]
            if fate == "deleted":
                continue
            if fate == "moved":
                moved_out.append(paragraph)
                continue
            if fate == "rephrased":
                _, index = paragraph.findings[0]
                paragraph.sentences[index] = _rephrase(paragraph.sentences[index], rng)
            elif fate == "neighbours":
                _, index = paragraph.findings[0]
                neighbour = index - 1 if index > 0 else index + 1
                paragraph.sentences[neighbour] = rng.choice(OWN_SENTENCES)
            elif fate == "quoted":
                quoted.append(paragraph.sentences[paragraph.findings[0][1]])
            kept.append(paragraph)
            if rng.random() < 0.05:
                kept.append(Paragraph([rng.choice(OWN_PARAGRAPHS)], -1))
        for sentence in quoted:  # quoted again in the chapter's new opening paragraph
            kept.insert(0, Paragraph([f"In dit hoofdstuk staat centraal: {sentence}"], -1))
        new_chapters.append((heading, kept))
    new_chapters[-1][1].extend(moved_out)
    new_blocks, new_owners = _blocks(new_chapters)
    new = assemble("Coalitieakkoord", new_blocks)

    expected: dict[str, Expected] = {}
    placed_paragraphs = {id(p) for p in new_owners if p is not None}
    for _heading, paragraphs in chapters:
        for paragraph in paragraphs:
            for category, index in paragraph.findings:
                finding_id = finding_of[(id(paragraph), index)]
                expected[finding_id] = Expected(category, paragraph.sentences[index])
    for passage, paragraph in zip(new.passages, new_owners, strict=True):
        if paragraph is None or id(paragraph) not in placed_paragraphs:
            continue
        for _category, index in paragraph.findings:
            start, end = _sentence_span(paragraph.text, paragraph.sentences, index)
            item = expected[finding_of[(id(paragraph), index)]]
            item.start, item.end = passage.start + start, passage.start + end
    for item in expected.values():
        if item.category == "deleted":
            # A deleted paragraph's sentence that the new text still holds word for word elsewhere is no
            # longer deleted text; the test only counts sentences that are really gone.
            assert item.start is None
            if item.quote in new.text:
                item.category = "copied"
                item.start = new.text.index(item.quote)
                item.end = item.start + len(item.quote)

    new_data = new.text.encode()
    report = revise_document(project, old_id, new, new_data, hashlib.sha256(new_data).hexdigest(), "definitief.txt")
    statuses = {c.id: c.status for c in report.findings}
    assert set(statuses) == set(expected)

    wrong, found = [], {category: [] for category in (*CATEGORIES, "copied")}
    for finding_id, item in expected.items():
        finding = get_finding(project, finding_id)
        assert finding.document_id == report.new_document.id
        if finding.start is None:
            assert statuses[finding_id] == "orphaned"
            assert finding.quote and finding.note == "Blijft vaag"  # an orphan keeps its words and note
            found[item.category].append(item.category == "deleted")
            continue
        if item.start is None:
            wrong.append((item.category, item.quote, new.text[finding.start:finding.end]))
            continue
        overlap = min(finding.end, item.end) - max(finding.start, item.start)
        union = max(finding.end, item.end) - min(finding.start, item.start)
        if overlap <= 0 or overlap / union < 0.5:
            wrong.append((item.category, item.quote, new.text[finding.start:finding.end]))
            continue
        if item.category == "rephrased":
            found[item.category].append(statuses[finding_id] == "changed" and overlap / union >= 0.8)
        else:
            found[item.category].append((finding.start, finding.end) == (item.start, item.end)
                                        and statuses[finding_id] in ("exact", "moved"))

    assert wrong == []  # no finding placed on the wrong text
    unchanged = [hit for category in ("kept", "moved", "neighbours", "quoted", "copied") for hit in found[category]]
    assert sum(unchanged) >= 0.99 * len(unchanged), unchanged.count(False)
    for category in ("kept", "moved", "neighbours", "quoted"):
        assert sum(found[category]) >= 0.9 * len(found[category]), (category, found[category].count(False))
    assert sum(found["rephrased"]) >= 0.9 * len(found["rephrased"])
    assert all(found["deleted"]) and found["deleted"]
    # Enough of each kind for the percentages to mean something.
    assert min(len(found[c]) for c in CATEGORIES) >= 10, {c: len(v) for c, v in found.items()}


def _occurrence(text: str, quote: str, start: int) -> int:
    """Which occurrence (from 0) of ``quote`` in ``text`` starts at ``start``."""
    return [m.start() for m in re.finditer(re.escape(quote), text)].index(start)


def test_a_pdf_re_imported_as_text_keeps_every_finding_on_the_same_words(project, corpus_dir: Path,
                                                                          tmp_path: Path) -> None:
    """The same agreement, first as PDF, then as a plain-text dump with other line breaks (other offsets)."""
    from desktop.operations.documents import import_document
    from desktop.operations.revisions import import_revision

    rng = random.Random(2021)
    codes = add_small_framework(project)
    old = import_document(project, corpus_dir / "nl-coalitieakkoord-2021-2025.pdf").document
    from desktop.store.documents import document_text, list_passages

    old_text = document_text(project, old.id)
    passages = [p for p in list_passages(project, old.id) if len(p.text.split()) >= 12]
    expected: dict[str, tuple[str, int]] = {}
    for passage in rng.sample(passages, 150):
        words = list(re.finditer(r"\S+", passage.text))
        first = rng.randrange(0, len(words) - 8)
        start, end = passage.start + words[first].start(), passage.start + words[first + rng.randint(4, 7)].end()
        finding = add_finding(project, old.id, codes["2.1"], "positive", start, end, author="Joost")
        quote = " ".join(old_text[start:end].split())
        normalised = " ".join(old_text.split())
        # Where the quote stands among its own repetitions, counted in the text with its spaces normalised.
        prefix = " ".join(old_text[:start].split())
        at = len(prefix) + (1 if prefix else 0)
        expected[finding.id] = (quote, _occurrence(normalised, quote, at))

    # The text dump: the passages separated by blank lines, each wrapped at 70 characters as a mail would.
    import textwrap

    dump = "\n\n".join(textwrap.fill(p.text, 70, break_long_words=False, break_on_hyphens=False)
                       for p in list_passages(project, old.id))
    path = tmp_path / "coalitieakkoord.txt"
    path.write_text(dump, encoding="utf-8")
    report = import_revision(project, path, old.id)
    new_text = document_text(project, report.new_document.id)
    normalised_new = " ".join(new_text.split())
    statuses = {c.id: c.status for c in report.findings}
    for finding_id, (quote, occurrence) in expected.items():
        finding = get_finding(project, finding_id)
        assert statuses[finding_id] in ("exact", "moved"), (quote, statuses[finding_id])
        assert " ".join(new_text[finding.start:finding.end].split()) == quote
        prefix = " ".join(new_text[:finding.start].split())
        at = len(prefix) + (1 if prefix else 0)
        assert _occurrence(normalised_new, quote, at) == occurrence


def test_findings_are_never_put_on_an_unrelated_text(project, corpus_dir: Path, tmp_path: Path) -> None:
    """Imported "as the new version" by mistake, another party's programme takes no finding of the agreement
    (short quotes of three or four words included): all are orphaned, unless the very same words are there."""
    from desktop.operations.revisions import import_revision

    rng = random.Random(7)
    codes = add_small_framework(project)
    chapters = _chapters(corpus_dir)
    blocks, _owners = _blocks(chapters)
    old = assemble("Coalitieakkoord", blocks)
    data = old.text.encode()
    from desktop.operations.documents import store_document

    old_id = store_document(project, old, data, hashlib.sha256(data).hexdigest(), "akkoord.txt",
                            DocumentKind.AGREEMENT)
    quotes = {}
    for passage in rng.sample([p for p in old.passages if p.end - p.start > 80], 300):
        words = list(re.finditer(r"\S+", old.text[passage.start:passage.end]))
        first = rng.randrange(0, len(words) - 3)
        last = min(len(words) - 1, first + rng.randint(2, 10))
        start, end = passage.start + words[first].start(), passage.start + words[last].end()
        finding = add_finding(project, old_id, codes["1.1"], "concern", start, end, author="Ann")
        quotes[finding.id] = old.text[start:end]
    path = tmp_path / "programma.txt"
    path.write_text((corpus_dir / "nsc-verkiezingsprogramma-2023.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = import_revision(project, path, old_id)
    statuses = {c.id: c.status for c in report.findings}
    assert "changed" not in statuses.values()
    from desktop.store.documents import document_text

    new_text = document_text(project, report.new_document.id)
    for finding_id, quote in quotes.items():
        finding = get_finding(project, finding_id)
        if finding.start is not None:
            assert " ".join(new_text[finding.start:finding.end].split()) == " ".join(quote.split())
    assert sum(status == "orphaned" for status in statuses.values()) >= 280
