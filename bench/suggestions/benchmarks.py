"""Tagging suggestions: accuracy on the VNG and G32 gold sets, and speed on the 446k-character Regeerprogramma 2024.

``python -m bench suggest`` runs just these. The accuracy rows print their figures beside the
issue's targets (after 3 tags per speerpunt: right first for 85 %, among the first three for 95 %),
pooled over ten seeds for which passages are tagged (``bench.suggestions.accuracy``), each next to its
floor: the same passages ranked without learning from the tags, and with the passages shuffled
(the agreement's order taken away, so the words alone decide);
the timing rows stand beside their floors, the bare library work they cannot do without:
stemming the agreement's words once (PyStemmer, what feature extraction rests on), and touching
every stored passage feature once (what recomputing one speerpunt's column cannot skip).
"""

from __future__ import annotations

import re
from functools import cache

from bench.core import CORPUS
from bench.runner import Benchmark, Skip

REGEERPROGRAMMA = "nl-regeerprogramma-2024.pdf"
TOPICS = 40


@cache
def _gold():
    from bench.suggestions.gold import EXAMPLES, VNG, load_gold

    if not (EXAMPLES / VNG).exists():
        raise Skip(f"{EXAMPLES / VNG} is absent")
    return load_gold()


@cache
def _g32():
    from bench.suggestions.gold import EXAMPLES, G32, load_g32_gold

    if not (EXAMPLES / G32).exists():
        raise Skip(f"{EXAMPLES / G32} is absent")
    return load_g32_gold()


def _accuracy(size: int | None, learn: bool = True, shuffled: bool = False, gold=_gold, runs: bool = False):
    def run(_state) -> str:
        from bench.suggestions.accuracy import accuracy_over_seeds

        # Ten seeds; a framework of ``size`` speerpunten is drawn three times per seed.
        result = accuracy_over_seeds(gold(), size, draws=3 if size else 1, learn=learn, shuffled=shuffled,
                                     runs=runs)
        return f"{result} (targets at 3 tags: 85 % / 95 %)"

    return run


def _demo(_state) -> str:
    """The demo project's own hand-made findings (resources/demo), each left out in turn."""
    from bench.runner import temp_folder
    from bench.suggestions.accuracy import leave_one_out
    from desktop.demo import build_demo_project
    from desktop.store import open_project
    from desktop.suggest.project_model import examples, load_suggester

    path = temp_folder() / "demo.speerpunt"
    build_demo_project(path)
    with open_project(path) as project:
        model = load_suggester(project)
        findings, _ = examples(project)
    return f"demo, each finding left out: {leave_one_out(model.suggester, findings)}"


def _missing(_state) -> str:
    from bench.suggestions.accuracy import missing_check

    return str(missing_check(_gold()))


@cache
def _units():
    from desktop.domain.document import PassageKind
    from desktop.ingest import read_document
    from desktop.suggest.model import Unit

    path = CORPUS / REGEERPROGRAMMA
    if not path.exists():
        raise Skip(f"{path} is absent")
    imported = read_document(path)
    units, headings = [], ()
    for passage in imported.passages:
        text = imported.passage_text(passage)
        if passage.kind is PassageKind.HEADING:
            headings = (text,)
            continue
        if text.strip():
            units.append(Unit("rp", passage.start, passage.end, text, tuple(passage.heading_path) or headings))
    return units, len(imported.text)


@cache
def _topics():
    """The gold set's 38 VNG topics, and the G32's speerpunt titles to make up 40."""
    from bench.suggestions.gold import EXAMPLES
    from desktop.suggest.model import Topic

    topics = list(_gold().topics)
    g32 = (EXAMPLES / "g32-reactie-regeerakkoord-2017.txt").read_text(encoding="utf-8")
    for title in re.findall(r"^2\.\d+\s+(.+?)\s*$", g32, flags=re.M):
        if len(topics) == TOPICS:
            break
        topics.append(Topic(f"G{len(topics)}", str(len(topics) + 1), title, ""))
    return topics


def _tags(suggester, per_topic: int = 3):
    """Three tags per speerpunt: the passages it ranks highest before any tag (as an analyst
    following the first suggestions would)."""
    from desktop.suggest.model import Example

    best: dict[str, list[tuple[float, int]]] = {}
    for n in range(len(suggester.units)):
        for key, score in suggester.ranked(n)[:1]:
            best.setdefault(key, []).append((score, n))
    tags = []
    for key, scored in best.items():
        for _, n in sorted(scored, reverse=True)[:per_topic]:
            unit = suggester.units[n]
            tags.append(Example(unit.document, unit.start, unit.end, unit.text, key))
    return tags


@cache
def _tagged_examples():
    from desktop.suggest.model import Suggester

    units, _ = _units()
    return _tags(Suggester(_topics(), units))


def _rank_setup():
    _units(), _topics(), _tagged_examples()


def _rank(_state) -> str:
    from desktop.suggest.model import Suggester

    units, chars = _units()
    suggester = Suggester(_topics(), units)
    suggester.learn(_tagged_examples())
    offered = sum(len(suggester.suggestions(n)) for n in range(len(units)))
    return f"{len(units)} passages, {chars // 1000} k chars × {len(suggester.topics)} speerpunten, {offered} suggestions"


def _stem_floor(_state) -> str:
    from desktop.store.index.words import WORD, _stemmer

    units, _ = _units()
    words = [word.lower() for unit in units for word in WORD.findall(unit.text)]
    _stemmer().stemWords(words)
    return f"{len(words)} words stemmed by PyStemmer (floor)"


def _update_setup():
    from desktop.suggest.model import Suggester

    units, _ = _units()
    suggester = Suggester(_topics(), units)
    tags = _tagged_examples()
    suggester.learn(tags)
    # The next tag: a passage the suggester offers for the first speerpunt, not yet tagged.
    key = suggester.topics[0].key
    tagged = {(t.start, t.end) for t in tags}
    n, _ = next((n, s) for n, s in suggester.passages_for(key) if (units[n].start, units[n].end) not in tagged)
    new = tags + [type(tags[0])(units[n].document, units[n].start, units[n].end, units[n].text, key)]
    return suggester, new


def _update(state) -> str:
    suggester, tags = state
    changed = suggester.learn(tags)
    # What the view then shows again: the suggestions of every passage.
    offered = sum(len(suggester.suggestions(n)) for n in range(len(suggester.units)))
    from desktop.suggest.sequence import describe

    return f"{len(changed)} speerpunt recomputed, {offered} suggestions shown again; chain: {describe(suggester.chosen)}"


def _touch_floor(state) -> str:
    suggester, _ = state
    total = 0.0
    for vector in suggester._unit_vectors:
        for weight in vector.values():
            total += weight
    return f"{sum(map(len, suggester._unit_vectors))} stored features touched once (floor)"


BENCHMARKS = [
    Benchmark("suggest: VNG gold, 38 speerpunten, 3 tags", 30.0, _accuracy(None), repeat=1, quick_repeat=1),
    Benchmark("suggest: VNG 38, same passages, unlearnt", 30.0, _accuracy(None, learn=False), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: VNG 38, shuffled order", 30.0, _accuracy(None, shuffled=True), repeat=1, quick_repeat=1),
    Benchmark("suggest: VNG 38, runs of ~3 shuffled", 30.0, _accuracy(None, runs=True), repeat=1, quick_repeat=1),
    Benchmark("suggest: VNG gold, 10 of 38, 3 tags", 60.0, _accuracy(10), repeat=1, quick_repeat=1),
    Benchmark("suggest: VNG 10 of 38, unlearnt", 60.0, _accuracy(10, learn=False), repeat=1, quick_repeat=1),
    Benchmark("suggest: VNG 10 of 38, shuffled order", 60.0, _accuracy(10, shuffled=True), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: VNG 10 of 38, runs of ~3 shuffled", 60.0, _accuracy(10, runs=True), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: G32 gold, 10 speerpunten, 3 tags", 60.0, _accuracy(None, gold=_g32), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: G32 10, unlearnt", 60.0, _accuracy(None, learn=False, gold=_g32), repeat=1, quick_repeat=1),
    Benchmark("suggest: G32 10, shuffled order", 60.0, _accuracy(None, shuffled=True, gold=_g32), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: G32 10, runs of ~3 shuffled", 60.0, _accuracy(None, gold=_g32, runs=True), repeat=1,
              quick_repeat=1),
    Benchmark("suggest: demo findings, leave one out", 30.0, _demo, repeat=1, quick_repeat=1),
    Benchmark("suggest: gold, missing candidates", 30.0, _missing, repeat=1, quick_repeat=1),
    Benchmark("suggest: rank 446k chars × 40 speerpunten", 1.0, _rank, setup=_rank_setup, repeat=5, in_quick=False),
    Benchmark("suggest: stem the same words (floor)", 1.0, _stem_floor, setup=_rank_setup, repeat=5, in_quick=False),
    Benchmark("suggest: update after a tag, re-rank all", 0.2, _update, setup=_update_setup, repeat=5, in_quick=False),
    Benchmark("suggest: touch every feature (floor)", 0.2, _touch_floor, setup=_update_setup, repeat=5,
              in_quick=False),
]
