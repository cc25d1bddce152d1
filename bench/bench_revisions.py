"""Revised agreements: 1,000 findings re-anchored on a 450,000-character agreement, beside a floor.

The agreement is the Regeerprogramma 2024 (138 pages, about 446k characters) from
../shared/corpus, or a generated agreement of the same size when that is absent. The new
version is made by edits: one paragraph in twenty deleted, one in ten moved to the end, one
word dropped in one sentence in eight. The floor is the bare library call our exact step
cannot beat: ``str.find`` of each of the 1,000 quotes in the new text.
``python -m bench revision`` runs just these.
"""

from __future__ import annotations

import random
import re
from functools import cache

from bench.core import CORPUS
from bench.runner import Benchmark

FINDINGS = 1_000
TARGET_CHARS = 450_000


@cache
def _versions() -> tuple[str, str, list[tuple[int, int]]]:
    """(old text, new text, spans of the findings in the old text)."""
    from desktop.domain.document import Block, PassageKind, assemble

    path = CORPUS / "nl-regeerprogramma-2024.pdf"
    if path.exists():
        from desktop.ingest import read_document

        imported = read_document(path)
        paragraphs = [imported.passage_text(p) for p in imported.passages]
    else:
        from bench.generate import agreement_blocks

        paragraphs, pages = [], 100
        while sum(map(len, paragraphs)) < TARGET_CHARS:
            paragraphs = [b.text for b in agreement_blocks(pages, seed=14)]
            pages += 20
    rng = random.Random(14)
    old = assemble("oud", [Block(PassageKind.PARAGRAPH, text) for text in paragraphs])
    candidates = [p for p in old.passages if p.end - p.start >= 60]
    spans = []
    for passage in rng.sample(candidates, min(FINDINGS, len(candidates))):
        words = list(re.finditer(r"\S+", old.text[passage.start:passage.end]))
        first = rng.randrange(0, max(1, len(words) - 6))
        last = min(len(words) - 1, first + rng.randint(3, 12))
        spans.append((passage.start + words[first].start(), passage.start + words[last].end()))
    while len(spans) < FINDINGS:  # a short document: more findings per paragraph
        spans.append(spans[len(spans) % len(candidates)])
    edited, moved = [], []
    for text in paragraphs:
        roll = rng.random()
        if roll < 0.05:
            continue
        if roll < 0.15:
            moved.append(text)
            continue
        if roll < 0.27:
            words = text.split(" ")
            if len(words) > 6:
                del words[len(words) // 2]
            text = " ".join(words)
        edited.append(text)
    new = assemble("nieuw", [Block(PassageKind.PARAGRAPH, text) for text in edited + moved])
    return old.text, new.text, spans


def _anchors():
    from desktop.domain.finding import make_anchor

    old, new, spans = _versions()
    return [(make_anchor(old, start, end), start / len(old)) for start, end in spans], new


def _reanchor(state) -> str:
    from collections import Counter

    from desktop.domain.reanchor import place_anchors

    anchors, new = state
    counts = Counter(p.status.value for p in place_anchors(anchors, new))
    return f"{len(anchors)} findings, {len(new) // 1000}k chars: " + ", ".join(
        f"{counts[s]} {s}" for s in ("exact", "moved", "changed", "orphaned"))


def _floor(state) -> str:
    anchors, new = state
    found = sum(new.find(anchor.quote) >= 0 for anchor, _ in anchors)
    return f"str.find of {len(anchors)} quotes, {found} found as they are (floor)"


def _project():
    """A project holding the old version with the 1,000 findings, and the new version read (not stored)."""
    import hashlib

    from bench.runner import temp_folder
    from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
    from desktop.domain.finding import make_anchor
    from desktop.domain.framework import Framework, Speerpunt, Theme
    from desktop.operations.documents import store_document
    from desktop.operations.frameworks import add_framework
    from desktop.store import create_project
    from desktop.store.frameworks import list_speerpunten
    from desktop.store.ids import new_id, now

    old, new, spans = _versions()
    project = create_project(temp_folder() / "revisie.speerpunt")
    add_framework(project, Framework(name="Kader", themes=[Theme(title="Wonen", speerpunten=[
        Speerpunt(code="1", title="Betaalbaar wonen")])]), author="Bench")
    speerpunt = list_speerpunten(project)[0].id
    imported = assemble("oud", [Block(PassageKind.PARAGRAPH, text) for text in old.split("\n\n")])
    sha = hashlib.sha256(old.encode()).hexdigest()
    old_id = store_document(project, imported, old.encode(), sha, "oud.txt", DocumentKind.AGREEMENT)
    stamp = now()
    rows = []
    for start, end in spans:
        anchor = make_anchor(old, start, end)
        rows.append((new_id(), old_id, sha, speerpunt, "concern", start, end, anchor.quote, anchor.prefix,
                     anchor.suffix, "Bench", stamp, stamp))
    with project.db.atomic():
        project.db.conn.executemany(
            'INSERT INTO findings (id, document_id, document_sha256, speerpunt_id, assessment, start, "end", quote, '
            "prefix, suffix, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    new_imported = assemble("nieuw", [Block(PassageKind.PARAGRAPH, text) for text in new.split("\n\n")])
    return project, old_id, new_imported, new.encode()


def _revise(state) -> str:
    import hashlib

    from desktop.operations.revisions import revise_document

    project, old_id, imported, data = state
    report = revise_document(project, old_id, imported, data, hashlib.sha256(data).hexdigest(), "nieuw.txt")
    return f"{len(report.findings)} findings carried, new version stored and indexed"


def _store_only(state) -> str:
    import hashlib

    from desktop.domain.document import DocumentKind
    from desktop.operations.documents import store_document

    project, _old_id, imported, data = state
    store_document(project, imported, data, hashlib.sha256(data).hexdigest(), "nieuw.txt", DocumentKind.AGREEMENT)
    return "the new version stored and indexed, nothing carried (floor)"


BENCHMARKS = [
    Benchmark("revision: re-anchor 1,000 findings on a 450k-char agreement", 2.0, _reanchor,
              setup=_anchors, repeat=3),
    Benchmark("revision: str.find of the 1,000 quotes (floor)", 2.0, _floor, setup=_anchors, repeat=3),
    Benchmark("revision: import --revision-of with 1,000 findings (store, carry, report)", 3.0, _revise,
              setup=_project, teardown=lambda state: state[0].close(), repeat=3),
    Benchmark("revision: storing the new version alone (floor)", 3.0, _store_only,
              setup=_project, teardown=lambda state: state[0].close(), repeat=3),
]
