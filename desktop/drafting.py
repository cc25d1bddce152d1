"""Drafting a speerpunt's reaction text from its findings' notes (plain text, no Qt)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from desktop.domain.finding import Assessment, Finding
from desktop.wording import Voice, number_word, sentence_start

Order = Literal["text", "assessment"]
ORDERS: tuple[str, ...] = ("text", "assessment")
ASSESSMENT_ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)


def findings_fingerprint(findings: Iterable[Finding]) -> str:
    """A hash over ids and modified times: changes when a finding is added, edited or removed."""
    digest = hashlib.sha256()
    for finding_id, modified in sorted((f.id, f.modified) for f in findings):
        digest.update(f"{finding_id}\x1f{modified}\x1e".encode())
    return digest.hexdigest()[:32]


def _text_key(finding: Finding) -> tuple:
    # Missing findings have no place in the text; they come after the spanned ones.
    return (finding.start is None, finding.start or 0, finding.end or 0, finding.created)


def order_findings(findings: Sequence[Finding], order: Order = "text") -> list[Finding]:
    """Findings in the agreement's text order, or grouped positive, concern, missing (text order within)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order '{order}' (use one of: {', '.join(ORDERS)})")
    ordered = sorted(findings, key=_text_key)
    if order == "assessment":
        ordered.sort(key=lambda f: ASSESSMENT_ORDER.index(f.assessment))
    return ordered


def quote_with_page(quote: str, page: int | str | None) -> str:
    text = f"“{' '.join(quote.split())}”"
    return f"{text} (p. {page})" if page else text


def quote_in_parentheses(quote: str, page: int | str | None) -> str:
    """A quote that supports a point: "(“…”, p. 12)"."""
    text = f"“{' '.join(quote.split())}”"
    return f"({text}, p. {page})" if page else f"({text})"


def _with_support(note: str, support: str) -> str:
    """The supporting quote goes before the note's closing full stop: "Blijft vaag (“…”, p. 3)."."""
    if note[-1:] in ".!?":
        return f"{note[:-1]} {support}{note[-1]}"
    return f"{note} {support}."


# Opening sentences, varied from speerpunt to speerpunt so a reaction of ten speerpunten does not
# repeat one sentence ten times; {Org}/{org} and {The_kind}/{the_kind} as in Voice.values().
POSITIVE_OPENINGS = (
    "{Org} is verheugd over wat {the_kind} hierover zegt.",
    "{Org} is positief over wat {the_kind} hier voorstelt.",
    "{The_kind} sluit hier aan bij de inzet van {org}.",
    "{Org} ziet in {the_kind} op dit punt goede stappen.",
)
CONCERN_AFTER_POSITIVE = ("Wel maakt {org} zich zorgen.", "Tegelijk heeft {org} zorgen.",
                          "Daar staat tegenover dat {org} zich zorgen maakt.", "Toch heeft {org} ook zorgen.")
CONCERN_OPENINGS = (
    "{Org} maakt zich zorgen over wat {the_kind} hierover zegt.",
    "{Org} is kritisch over wat {the_kind} hier voorstelt.",
    "Wat {the_kind} hierover zegt, baart {org} zorgen.",
    "{Org} heeft zorgen over de uitwerking in {the_kind}.",
)


def _opening(assessment: Assessment, count: int, previous: set[Assessment], voice: Voice, variant: int) -> str:
    """The sentence that opens a run of points, in the G32 manner: what is good, then concerns, then gaps."""
    values = {**voice.values(), "The_kind": sentence_start(voice.the_kind), "the_kind": voice.the_kind}
    org, the_kind = values["org"], voice.the_kind
    if assessment is Assessment.POSITIVE:
        if Assessment.POSITIVE in previous:
            return f"{sentence_start(org)} is ook positief over het volgende."
        return POSITIVE_OPENINGS[variant % len(POSITIVE_OPENINGS)].format(**values)
    if assessment is Assessment.CONCERN:
        if Assessment.POSITIVE in previous and Assessment.CONCERN not in previous:
            return CONCERN_AFTER_POSITIVE[variant % len(CONCERN_AFTER_POSITIVE)].format(**values)
        if previous:
            return f"Daarnaast maakt {org} zich zorgen."
        return CONCERN_OPENINGS[variant % len(CONCERN_OPENINGS)].format(**values)
    also = " verder" if Assessment.MISSING in previous else ""
    points = "een punt dat" if count == 1 else f"{number_word(count)} punten die"
    return f"{sentence_start(the_kind)} zegt{also} niets over {points} {org} belangrijk vindt."


def _quoted(finding: Finding) -> bool:
    """Whether the point cites the agreement: a tagged passage, or an orphan that kept its quote
    after a new version (carried over without a place); a missing finding cites nothing."""
    return finding.has_span or (bool(finding.quote) and finding.assessment is not Assessment.MISSING)


def _point(findings: list[Finding], include_quotes: bool, page: int | str | None, voice: Voice) -> str:
    """One point: the analysts' different notes, supported by the passage when asked or when no note says it."""
    notes: list[str] = []
    for finding in findings:
        note = " ".join(finding.note.split())
        if note and note not in notes:
            notes.append(note)
    first = findings[0]
    if not _quoted(first):
        return " ".join(notes)
    if not notes:
        # A quote that ends its own sentence ("… verbeteren.”") takes no second full stop after it.
        end = "" if not page and first.quote.rstrip()[-1:] in ".!?" else "."
        return f"{sentence_start(voice.the_kind)} stelt: {quote_with_page(first.quote, page)}{end}"
    text = " ".join(notes)
    return _with_support(text, quote_in_parentheses(first.quote, page)) if include_quotes else text


def draft_reaction(
    findings: Sequence[Finding],
    order: Order = "assessment",
    include_quotes: bool = False,
    pages: Callable[[Finding], int | str | None] = lambda finding: None,
    voice: Voice | None = None,
    variant: int = 0,
) -> str:
    """A reaction draft for one speerpunt, as prose in the G32 manner, to be edited.

    With ``order="assessment"`` one paragraph says what the agreement does well,
    one what worries, one what is missing ("De G32 is verheugd over … Wel maakt
    de G32 zich zorgen. … Het akkoord zegt niets over …"); with ``"text"`` the
    points follow the agreement and a paragraph opens wherever the assessment
    changes. Analysts who tagged the same passage make one point with each
    different note; a finding without a note is quoted, so none drops silently.
    ``variant`` (the speerpunt's place in the framework) picks among equivalent
    opening sentences, so neighbouring speerpunten do not open alike.
    """
    voice = voice or Voice.of("", "")
    points: list[tuple[Assessment, list[Finding]]] = []
    by_span: dict[tuple, list[Finding]] = {}
    for finding in order_findings(findings, order):
        key = (finding.assessment, finding.start, finding.end) if finding.has_span else ("missing", finding.id)
        if key in by_span:
            by_span[key].append(finding)
            continue
        if not finding.has_span and not finding.note.strip() and not _quoted(finding):
            continue  # a missing finding without a note says nothing to draft from
        by_span[key] = [finding]
        points.append((finding.assessment, by_span[key]))
    runs: list[tuple[Assessment, list[list[Finding]]]] = []
    for assessment, group in points:
        if runs and runs[-1][0] is assessment:
            runs[-1][1].append(group)
        else:
            runs.append((assessment, [group]))
    paragraphs: list[str] = []
    previous: set[Assessment] = set()
    for assessment, groups in runs:
        sentences = [_opening(assessment, len(groups), previous, voice, variant)]
        sentences += [_point(group, include_quotes, pages(group[0]), voice) for group in groups]
        paragraphs.append(" ".join(sentence for sentence in sentences if sentence))
        previous.add(assessment)
    return "\n\n".join(paragraphs)


def without_silence(text: str, voice: Voice) -> str:
    """The text without the draft's own sentence that the agreement is silent ("Het akkoord zegt niets over
    een punt dat de G32 belangrijk vindt."), for a layout that has just said so itself; the analyst's notes
    after it stay as typed."""
    org, kind = voice.values()["org"], sentence_start(voice.the_kind)
    sentence = rf"^{re.escape(kind)} zegt(?: verder)? niets over (?:een punt dat|\S+ punten die) {re.escape(org)} " \
               r"belangrijk vindt\. ?"
    text = re.sub(sentence, "", text, flags=re.MULTILINE)
    return "\n\n".join(block.strip() for block in text.split("\n\n") if block.strip())


def without_quotes(text: str, quotes: Iterable[str]) -> str:
    """The text without the quotes a draft wove into it, for a layout that prints those quotes itself.

    Only this module's own forms are removed: "(“quote”, p. 12)" after a note and
    "Het akkoord stelt: “quote” (p. 12)." for a point without note; the analyst's
    own words stay as typed.
    """
    for quote in quotes:
        quoted = re.escape(f"“{' '.join(quote.split())}”")
        text = re.sub(rf" \({quoted}(?:, p\. [^)]+)?\)", "", text)
        text = re.sub(rf"(?:^|(?<=[.!?] ))[^.!?\n]*? stelt: {quoted}(?: \(p\. [^)]+\))?\.?(?: |$)", "", text,
                      flags=re.MULTILINE)
    return "\n\n".join(block.strip() for block in text.split("\n\n") if block.strip())
