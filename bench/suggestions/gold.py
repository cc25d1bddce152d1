"""The gold set for tagging suggestions, built at run time from the VNG's analysis of the 2024
hoofdlijnenakkoord in ../shared/examples (never copied into the repository).

The VNG analysis treats about 39 topics; under each, "Wat staat er in het akkoord?" renders the
agreement's own passages on that topic and "Wat betekent dit voor gemeenten?" gives the VNG's
position. The gold set takes each topic as a speerpunt (title: the topic's heading; formulation:
the first sentence of the VNG's position, as a position paper would phrase it) and each agreement
rendering, cut into passages of about two sentences, as a passage whose right speerpunt is the
topic it stands under: a human analyst's assignment, not the suggester's. The passages form one
document in the analysis's order, with no headings (the topic headings are the answers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.suggest.model import Topic, Unit

EXAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
VNG = "vng-analyse-hoofdlijnenakkoord-2024.txt"
WHAT_IT_SAYS = "Wat staat er in het akkoord?"
WHAT_IT_MEANS = re.compile(r"^Wat betekent (dit|het) voor (de )?gemeenten\?$")
_NOISE = re.compile(r"^(https?://|Analyse hoofdlijnenakkoord$|\d{1,3}$)")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z‘'(\d•-])")
DOCUMENT = "vng-hla-2024"


@dataclass(frozen=True)
class Gold:
    topics: list[Topic]
    units: list[Unit]
    labels: list[str]  # the topic key of each unit (the first topic it stands under)
    # Every topic a unit stands under: the VNG quotes a few agreement passages under two topics
    # (AI under both "Verantwoorde inzet AI" and "Digitale veiligheid"); such a passage is kept
    # once, with both topics as right answers.
    also: list[frozenset[str]] = ()  # type: ignore[assignment]

    def answers(self, n: int) -> frozenset[str]:
        return self.also[n] if self.also else frozenset({self.labels[n]})

    def subset(self, keys: set[str]) -> Gold:
        """The gold set for a framework of only these topics: passages of other topics are left out,
        and a passage's answers are those among them."""
        keep = [n for n in range(len(self.units)) if self.answers(n) & keys]
        answers = [self.answers(n) & keys for n in keep]
        return Gold([t for t in self.topics if t.key in keys], [self.units[n] for n in keep],
                    [min(a, key=_topic_order) for a in answers], answers)


def _topic_order(key: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", key)
    return (int(digits) if digits else 0, key)


def load_gold(path: Path | None = None, min_chars: int = 160) -> Gold:
    lines = (path or EXAMPLES / VNG).read_text(encoding="utf-8").splitlines()
    topics: list[Topic] = []
    units: list[Unit] = []
    labels: list[str] = []
    text_so_far = 0
    n = 0
    while n < len(lines):
        if lines[n].strip() != WHAT_IT_SAYS:
            n += 1
            continue
        title = _title_before(lines, n)
        says, n = _block(lines, n + 1, WHAT_IT_MEANS)
        means, _ = _block(lines, n + 1, None)
        if not says or (title is None and not topics):
            continue
        if title is None:  # an untitled second block continues the topic before it (Elke Regio Telt)
            key = topics[-1].key
        elif title in {t.title for t in topics}:  # a topic continued under its own heading
            key = next(t.key for t in topics if t.title == title)
        else:
            key = f"T{len(topics) + 1}"
            topics.append(Topic(key=key, code=str(len(topics) + 1), title=title, text=_first_sentence(means)))
        for passage in _passages(says, min_chars):
            units.append(Unit(DOCUMENT, text_so_far, text_so_far + len(passage), passage))
            labels.append(key)
            text_so_far += len(passage) + 2
    return _merge_duplicates(Gold(topics, units, labels))


def _merge_duplicates(gold: Gold, threshold: float = 0.5) -> Gold:
    """A passage the VNG quotes under two topics (half or more of its words shared with a passage
    of another topic) is kept once, under its first topic, with both topics as right answers."""
    words = [set(re.findall(r"\w{4,}", unit.text.lower())) for unit in gold.units]
    answers = [{label} for label in gold.labels]
    dropped: set[int] = set()
    for i in range(len(words)):
        if i in dropped:
            continue
        for j in range(i + 1, len(words)):
            if j in dropped or gold.labels[i] == gold.labels[j] or not words[i] | words[j]:
                continue
            if len(words[i] & words[j]) / len(words[i] | words[j]) >= threshold:
                answers[i] |= answers[j]
                dropped.add(j)
    keep = [n for n in range(len(gold.units)) if n not in dropped]
    return Gold(gold.topics, [gold.units[n] for n in keep], [gold.labels[n] for n in keep],
                [frozenset(answers[n]) for n in keep])


def _title_before(lines: list[str], n: int) -> str | None:
    for line in reversed(lines[max(0, n - 4):n]):
        text = line.strip()
        if text and not _NOISE.match(text):
            # A topic heading is short and ends without a full stop; a sentence is the previous
            # topic's text running on (an untitled continuation).
            return text if len(text) < 90 and not text.endswith((".", ",")) else None
    return None


def _block(lines: list[str], n: int, stop: re.Pattern | None) -> tuple[str, int]:
    parts = []
    while n < len(lines) and lines[n].strip() != WHAT_IT_SAYS and not (stop and stop.match(lines[n].strip())):
        text = lines[n].strip()
        if text and not _NOISE.match(text):
            parts.append(text)
        n += 1
    return " ".join(parts), n


def _first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def _passages(text: str, min_chars: int) -> list[str]:
    """Sentences joined until a passage has ``min_chars`` characters, as a paragraph would."""
    passages: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        current = f"{current} {sentence}".strip()
        if len(current) >= min_chars:
            passages.append(current)
            current = ""
    if current:
        if passages and len(current) < min_chars // 2:
            passages[-1] += " " + current
        else:
            passages.append(current)
    return passages


G32 = "g32-reactie-regeerakkoord-2017.txt"
_G32_POINT = re.compile(r"^(2\.\d+)\s+(.*)$")
_G32_REACTION = "Reactie G32 op Regeerakkoord:"
_G32_END = re.compile(r"^3\.\s")
_G32_NOISE = re.compile(r"^(https?://|\d+ / \d+$|\d+ https?://|\d{1,3}$|\|$)")


def load_g32_gold(path: Path | None = None, min_chars: int = 160) -> Gold:
    """A second gold set, from the G32's reaction to the 2017 regeerakkoord: its ten speerpunten
    (chapter 2; title: the point's heading, formulation: the G32's own text in brackets under it,
    where there is one) and, under each, the G32's reaction to what the agreement says on it, cut
    into passages of about two sentences. A reaction, not agreement text: the passages speak of the
    agreement in the G32's words, so this set checks the method on other writing than the VNG's."""
    lines = [line.strip() for line in (path or EXAMPLES / G32).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and not _G32_NOISE.match(line)]
    topics: list[Topic] = []
    units: list[Unit] = []
    labels: list[str] = []
    at = 0
    n = 0
    while n < len(lines):
        point = _G32_POINT.match(lines[n])
        if not point:
            n += 1
            continue
        title_lines = [point.group(2)]
        n += 1
        while n < len(lines) and not lines[n].startswith(("(", _G32_REACTION)):
            title_lines.append(lines[n])
            n += 1
        formulation = []
        while n < len(lines) and lines[n] != _G32_REACTION and lines[n].startswith("(") or (
                formulation and n < len(lines) and lines[n] != _G32_REACTION):
            formulation.append(lines[n])
            n += 1
        n += 1  # the "Reactie G32 op Regeerakkoord:" line
        reaction = []
        while n < len(lines) and not _G32_POINT.match(lines[n]) and not _G32_END.match(lines[n]):
            reaction.append(lines[n])
            n += 1
        key = f"G{len(topics) + 1}"
        # "Een veilige stad o.a. door meer wijkagenten ...": the title, then what it includes.
        title, _, includes = " ".join(title_lines).partition(" o.a. ")
        text = f"{includes.strip()} {' '.join(formulation).strip('() ')}".strip()
        topics.append(Topic(key=key, code=point.group(1), title=title, text=text))
        for passage in _passages(" ".join(reaction), min_chars):
            units.append(Unit("g32-ra-2017", at, at + len(passage), passage))
            labels.append(key)
            at += len(passage) + 2
    return _merge_duplicates(Gold(topics, units, labels))
