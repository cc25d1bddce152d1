"""Finding a finding's words again in a revised text: exact, by context, then approximately.

A finding stores its quote with a prefix and suffix (desktop.domain.finding.Anchor).
Placing it in a new version follows the web annotators' order, with one rule above all:
misplacing a finding is much worse than orphaning it.

1. The quote occurs in the new text (white space aside). With the same prefix and
   suffix around it the finding is ``exact``; found once elsewhere, or picked out of
   several places by its context, it is ``moved``. When several places fit equally
   well, or a short quote turns up only in foreign context, nothing is guessed: the
   finding is ``orphaned``.
2. Otherwise the quote's word triples point at the regions that share its words;
   rapidfuzz aligns the quote within each, and the best alignment that resembles the
   quote (and, for a weaker likeness, sits in the old context) is ``changed``, with
   its score, for the analyst to review. Anything less is ``orphaned``.

All comparison happens on a view of the text with every run of white space read as
one space, so a PDF re-imported as TXT (other line breaks, other offsets) still
matches exactly; places are mapped back to code points of the real text.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from desktop.domain.finding import Anchor


class AnchorStatus(enum.StrEnum):
    EXACT = "exact"
    MOVED = "moved"
    CHANGED = "changed"
    ORPHANED = "orphaned"
    # Set by the analyst in the review (accepted or re-pointed), never by the matcher.
    CONFIRMED = "confirmed"


# A quote in changed text is placed when it resembles the new words this much (rapidfuzz ratio, 0-100)...
CHANGED_MINIMUM = 80.0
# ... and some of its old context is still around it (a similar sentence in foreign context is not it) ...
CONTEXT_FLOOR = 45.0
# ... or this much when its old prefix and suffix clearly sit around the new place.
CHANGED_WITH_CONTEXT = 70.0
CONTEXT_AGREES = 70.0
# An exact quote this short (normalised characters) found in foreign context is not trusted alone.
DISTINCTIVE_LENGTH = 40
# A short quote found once, or the best of several places, needs at least this much of its old context.
UNIQUE_SHORT_CONTEXT = 55.0
# Among several exact places the best needs this much context: one side intact (a paragraph moved to
# the end of the text has no suffix left) ...
SEVERAL_CONTEXT = 50.0
# ... and must stand out by this much, else the finding is orphaned.
CONTEXT_MARGIN = 10.0
# Context compared on each side (characters of the normalised text).
CONTEXT_SPAN = 80
# Words of context compared on each side.
CONTEXT_WORDS = 12
# A quote this short (in words) whose words changed is placed only where its context clearly agrees:
# three or four words are found, nearly, all over an agreement.
SHORT_QUOTE_WORDS = 6
# Regions of the text examined for an approximate match.
CANDIDATE_REGIONS = 4

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Placement:
    """Where a finding's words are in the new text, and how sure that is."""

    status: AnchorStatus
    start: int | None
    end: int | None
    score: float  # how much the new words resemble the quote, 0-100 (0 for an orphan)


_ORPHAN = Placement(AnchorStatus.ORPHANED, None, None, 0.0)


class NormalisedText:
    """A text with every run of white space as one space, and the way back to the original offsets."""

    def __init__(self, text: str) -> None:
        self.original = text
        parts: list[str] = []
        # (start in the normalised text, start in the original) per piece: a run of white space or a run of
        # other characters; bisect over the first list maps an offset back.
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        position = 0
        previous = 0
        for match in _SPACE.finditer(text):
            if match.start() > previous:
                self._norm_starts.append(position)
                self._orig_starts.append(previous)
                parts.append(text[previous:match.start()])
                position += match.start() - previous
            self._norm_starts.append(position)
            self._orig_starts.append(match.start())
            parts.append(" ")
            position += 1
            previous = match.end()
        if previous < len(text):
            self._norm_starts.append(position)
            self._orig_starts.append(previous)
            parts.append(text[previous:])
        self.text = "".join(parts)
        self._words: dict[tuple[str, str, str], list[int]] | None = None
        self._word_starts: list[int] = []

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span [start, end)."""
        return self._original_offset(start), self._original_offset(end - 1) + 1 if end > start else start

    def _original_offset(self, offset: int) -> int:
        if not self._norm_starts:
            return 0
        index = bisect.bisect_right(self._norm_starts, offset) - 1
        return self._orig_starts[index] + (offset - self._norm_starts[index])

    def to_normalised(self, offset: int) -> int:
        """The normalised offset of an original one (inside a run of spaces: that space)."""
        if not self._orig_starts:
            return 0
        index = bisect.bisect_right(self._orig_starts, offset) - 1
        piece_start = self._orig_starts[index]
        is_space = self.text[self._norm_starts[index]:self._norm_starts[index] + 1] == " "
        return self._norm_starts[index] + (0 if is_space else offset - piece_start)

    def word_triples(self) -> tuple[dict[tuple[str, str, str], list[int]], list[int]]:
        """Every three consecutive words (lower case) with the index of the first, and each word's start."""
        if self._words is None:
            words: list[str] = []
            for match in _WORD.finditer(self.text):
                words.append(match.group().lower())
                self._word_starts.append(match.start())
            index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
            for position, triple in enumerate(zip(words, words[1:], words[2:], strict=False)):
                index[triple].append(position)
            self._words = index
        return self._words, self._word_starts


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text)


def place_anchor(anchor: Anchor, new: NormalisedText, old_position: float | None = None) -> Placement:
    """Place one anchor in ``new``; ``old_position`` (0-1, where the quote stood in the old text)
    only breaks a tie between places whose context fits equally well."""
    quote = normalise(anchor.quote).strip()
    if not quote:
        return _ORPHAN
    prefix = normalise(anchor.prefix)[-CONTEXT_SPAN:]
    suffix = normalise(anchor.suffix)[:CONTEXT_SPAN]
    exact = _exact_places(quote, new.text)
    if exact:
        placement, context = _choose_exact(quote, prefix, suffix, exact, new, old_position)
        if placement.status is AnchorStatus.EXACT or context >= 100.0:
            return placement
        # The same words in foreign context: the sentence may have been rephrased in place while a copy
        # stands elsewhere (quoted in an introduction). The old place, changed, wins when its context fits
        # clearly better than that of the copy.
        approximate = _approximate(quote, prefix, suffix, new, old_position, avoid=exact)
        if approximate is not None and approximate[1] >= CONTEXT_AGREES and approximate[1] >= context + CONTEXT_MARGIN:
            return approximate[0]
        return placement
    approximate = _approximate(quote, prefix, suffix, new, old_position)
    return approximate[0] if approximate is not None else _ORPHAN


def place_anchors(anchors: Sequence[tuple[Anchor, float | None]], new_text: str) -> list[Placement]:
    """Place every anchor (with its old relative position) in ``new_text``."""
    new = NormalisedText(new_text)
    return [place_anchor(anchor, new, position) for anchor, position in anchors]


def _exact_places(quote: str, text: str) -> list[int]:
    places = []
    at = text.find(quote)
    while at != -1:
        places.append(at)
        at = text.find(quote, at + 1)
    return places


def _context_score(prefix: str, suffix: str, text: str, start: int, end: int) -> float:
    """How well the old prefix and suffix fit around [start, end) of the normalised text (0-100), by characters.

    Used to choose among places that hold the quote exactly, where partial credit for a context that
    changed a little (a renumbered heading, a neighbour rephrased) is welcome.
    """
    before = text[max(0, start - len(prefix)):start]
    after = text[end:end + len(suffix)]
    return (fuzz.ratio(prefix, before) + fuzz.ratio(suffix, after)) / 2


def _context_words_score(prefix: str, suffix: str, text: str, start: int, end: int) -> float:
    """The same, word by word (rapidfuzz's ratio over lists of words), for places whose words changed: two
    unrelated Dutch sentences share so many letters that a character ratio rates them near 50, while their
    words hardly agree, and a few changed words must never land in foreign context."""
    before_words = prefix.split()[-CONTEXT_WORDS:]
    after_words = suffix.split()[:CONTEXT_WORDS]
    before = text[max(0, start - len(prefix) - 20):start].split()[-len(before_words):] if before_words else []
    after = text[end:end + len(suffix) + 20].split()[:len(after_words)] if after_words else []
    # A word cut by the window (or by the quote's own edge) still counts as itself.
    return (fuzz.ratio(before_words, before) + fuzz.ratio(after_words, after)) / 2


def _choose_exact(quote: str, prefix: str, suffix: str, places: list[int],
                  new: NormalisedText, old_position: float | None = None) -> tuple[Placement, float]:
    """The exact place that fits the old context, with the context score of the best place.

    A sentence repeated with its whole context (an agreement that says the same thing in two chapters)
    fits in several places; the one nearest the finding's old relative position is taken, since a
    revision keeps the order of what it repeats. Without an old position such a finding is orphaned.
    """
    length = len(quote)
    text = new.text
    fitting = [at for at in places
               if text[max(0, at - len(prefix)):at] == prefix and text[at + length:at + length + len(suffix)] == suffix]
    if len(fitting) == 1 or (fitting and old_position is not None):
        size = max(len(text), 1)
        at = min(fitting, key=lambda place: abs(place / size - (old_position or 0.0)))
        return _placed(AnchorStatus.EXACT, at, at + length, 100.0, new), 100.0
    if fitting:
        return _ORPHAN, 100.0
    scored = sorted(((_context_score(prefix, suffix, text, at, at + length), at) for at in places), reverse=True)
    best_score, best_at = scored[0]
    if len(scored) == 1:
        # Found once: a long quote is its own evidence; a short one must also keep some of its context.
        if length >= DISTINCTIVE_LENGTH or best_score >= UNIQUE_SHORT_CONTEXT:
            return _placed(AnchorStatus.MOVED, best_at, best_at + length, 100.0, new), best_score
        return _ORPHAN, best_score
    if best_score >= SEVERAL_CONTEXT and best_score - scored[1][0] >= CONTEXT_MARGIN:
        return _placed(AnchorStatus.MOVED, best_at, best_at + length, 100.0, new), best_score
    return _ORPHAN, best_score


def _placed(status: AnchorStatus, start: int, end: int, score: float, new: NormalisedText) -> Placement:
    original_start, original_end = new.to_original(start, end)
    return Placement(status, original_start, original_end, round(score, 1))


def _approximate(quote: str, prefix: str, suffix: str, new: NormalisedText, old_position: float | None,
                 avoid: list[int] | None = None) -> tuple[Placement, float] | None:
    """The best approximate place for ``quote`` that resembles it enough, with its context score."""
    triples, word_starts = new.word_triples()
    quote_words = [word.lower() for word in _WORD.findall(quote)]
    if len(quote_words) < 3:
        return None  # two words that changed cannot be told from any other two words
    votes: Counter[int] = Counter()
    for offset, triple in enumerate(zip(quote_words, quote_words[1:], quote_words[2:], strict=False)):
        for position in triples.get(triple, ()):
            # Bucket by the word where the quote would start, a few words wide, so insertions still agree.
            votes[(position - offset) // 8] += 1
    if not votes:
        return None
    text = new.text
    length = len(quote)
    avoided = set(avoid or ())
    best: tuple[float, float, float, int, int] | None = None
    for bucket, _count in votes.most_common(CANDIDATE_REGIONS):
        first_word = max(0, min(bucket * 8, len(word_starts) - 1))
        window_start = max(0, word_starts[first_word] - length // 2 - 40)
        window_end = min(len(text), word_starts[first_word] + length + length // 2 + 80)
        alignment = fuzz.partial_ratio_alignment(quote, text[window_start:window_end])
        if alignment is None:
            continue
        start, end = _whole_words(text, window_start + alignment.dest_start, window_start + alignment.dest_end, quote)
        if start in avoided:
            continue
        score = fuzz.ratio(quote, text[start:end])
        context = _context_words_score(prefix, suffix, text, start, end)
        distance = abs(start / max(1, len(text)) - old_position) if old_position is not None else 0.0
        # The words and the context weigh alike: a near copy of the sentence elsewhere (agreements repeat
        # themselves) must not beat the edited sentence in its own place.
        candidate = (score + context, score, -distance, start, end)
        if best is None or candidate > best:
            best = candidate
    if best is None:
        return None
    total, score, _distance, start, end = best
    context = total - score
    floor = CONTEXT_AGREES if len(quote_words) < SHORT_QUOTE_WORDS else CONTEXT_FLOOR
    if (score >= CHANGED_MINIMUM and context >= floor) or (
            score >= CHANGED_WITH_CONTEXT and context >= CONTEXT_AGREES):
        return _placed(AnchorStatus.CHANGED, start, end, score, new), context
    return None


def _whole_words(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Widen or narrow [start, end) to whole tokens (runs without spaces, punctuation included), a token
    or two either way, keeping the span most like the quote: a finding never starts inside a word, and the
    alignment's habit of dropping a differing first or last word is undone."""
    token_start = text.rfind(" ", 0, start) + 1
    token_end = text.find(" ", max(end - 1, token_start))
    token_end = len(text) if token_end == -1 else token_end
    starts = [token_start]
    for _ in range(2):
        previous = text.rfind(" ", 0, starts[0] - 1) + 1 if starts[0] > 0 else 0
        if previous < starts[0]:
            starts.insert(0, previous)
    following = token_start
    for _ in range(2):
        following = text.find(" ", following) + 1
        if following <= 0 or following >= token_end:
            break
        starts.append(following)
    ends = [token_end]
    for _ in range(2):
        after = text.find(" ", ends[-1] + 1)
        after = len(text) if after == -1 else after
        if after > ends[-1]:
            ends.append(after)
    preceding = token_end
    for _ in range(2):
        preceding = text.rfind(" ", token_start, preceding)
        if preceding <= token_start:
            break
        ends.insert(0, preceding)
    spans = [(s, e) for s in starts for e in ends if e > s]
    return max(spans, key=lambda span: (fuzz.ratio(quote, text[span[0]:span[1]]), -abs(span[0] - start)))
