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

EXAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "examples"
VNG = "vng-analyse-hoofdlijnenakkoord-2024.txt"
WHAT_IT_SAYS = "Wat staat er in het akkoord?"
WHAT_IT_MEANS = re.compile(r"^Wat betekent (dit|het) voor (de )?gemeenten\?$")
_NOISE = re.compile(r"^(https?://|Analyse hoofdlijnenakkoord$)")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z‘'(\d•-])")
DOCUMENT = "vng-hla-2024"


@dataclass(frozen=True)
class Gold:
    topics: list[Topic]
    units: list[Unit]
    labels: list[str]  # the topic key of each unit


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
        if title is None or not says:
            continue
        key = f"T{len(topics) + 1}"
        if title in {t.title for t in topics}:  # a topic continued under its own heading
            key = next(t.key for t in topics if t.title == title)
        else:
            topics.append(Topic(key=key, code=str(len(topics) + 1), title=title, text=_first_sentence(means)))
        for passage in _passages(says, min_chars):
            units.append(Unit(DOCUMENT, text_so_far, text_so_far + len(passage), passage))
            labels.append(key)
            text_so_far += len(passage) + 2
    return Gold(topics, units, labels)


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
