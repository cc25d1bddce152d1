"""The agreement's order as evidence: a chain over its passages, tuned on the analyst's own tags.

An agreement treats a theme in runs of passages. Each passage's word scores become a probability
per speerpunt (a softmax with temperature ``tau``); a chain links each passage to the next with a
probability ``stay`` that the theme carries on (half that share across a heading, none across
documents). Forward-backward then gives every passage the probability of each speerpunt given the
whole document: a tagged passage fixes its own speerpunt and tells its neighbours, a rejection
rules one out.

How much order and how sharp a softmax is not fixed: several settings are run side by side
(one vectorised pass) and the one that best predicts the analyst's own tags, each left out in
turn, is kept. In a document where themes do not come in runs, or before any tag, ``stay`` is
``1/K`` (no chain) and the ranking is the word scores' own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

# The settings tried; None is "no chain" (1/K, every speerpunt as likely after any other).
STAYS = (None, 0.3, 0.5, 0.7, 0.85)
TAUS = (0.02, 0.03, 0.05)
DEFAULT = (None, 0.03)
# Fewer tagged passages than this: too few to choose a setting from; the default is used.
MIN_TAGS_TO_TUNE = 4
# Across a heading the theme carries on with this share of ``stay`` (above the no-chain level).
ACROSS_HEADING = 0.5


@dataclass(frozen=True)
class Links:
    """How each passage follows the one before it in the model's order: 0 a new document (no link),
    1 the same section, 2 a new heading in the same document."""

    kinds: np.ndarray  # int8, one per passage

    @staticmethod
    def of(documents: Sequence[str], sections: Sequence[tuple]) -> Links:
        kinds = np.zeros(len(documents), dtype=np.int8)
        for n in range(1, len(documents)):
            if documents[n] == documents[n - 1]:
                kinds[n] = 1 if sections[n] == sections[n - 1] else 2
        return Links(kinds)


@dataclass(frozen=True)
class Chosen:
    stay: float | None
    tau: float
    tags_right: int  # tagged passages whose speerpunt came first when left out
    tags: int
    fit: float = 0.0  # the log-likelihood of the tags, each left out in turn, under this setting


def posteriors(scores: np.ndarray, links: Links, tags: Mapping[int, Sequence[int]],
               ruled_out: Mapping[int, Sequence[int]], left_out: Mapping[int, np.ndarray],
               setting: Chosen | None = None) -> tuple[np.ndarray, Chosen]:
    """Each passage's probability per speerpunt (rows sum to one), and the setting chosen.

    ``scores`` are the word scores (passages × speerpunten, in document order), ``tags`` the
    speerpunten tagged on a passage, ``ruled_out`` those rejected for it, ``left_out`` a tagged
    passage's word scores with its own tags not learnt from (to see how well it is predicted).
    With ``setting`` given, that setting is used as it is (nothing is chosen, ``left_out`` unused)."""
    units, width = scores.shape
    if units == 0 or width < 2:  # one speerpunt (or none): nothing to weigh it against, the words decide
        return np.clip(scores, 0.0, None), Chosen(DEFAULT[0], DEFAULT[1], 0, 0)
    tune = len(tags) >= MIN_TAGS_TO_TUNE and width > 1 and setting is None
    settings = ([(s, t) for s in STAYS for t in TAUS] if tune else
                [DEFAULT] if setting is None else [(setting.stay, setting.tau)])
    stay = np.array([1.0 / width if s is None else max(s, 1.0 / width) for s, _ in settings])
    tau = np.array([t for _, t in settings])
    free = _emissions(scores, tau)  # passages × settings × speerpunten
    for n, ks in ruled_out.items():
        free[n][:, list(ks)] = _NEVER
    fixed = free.copy()
    for n, ks in tags.items():
        fixed[n] = _NEVER
        fixed[n][:, list(ks)] = 1.0
    before, after = _messages(fixed, stay, links)
    best, right, fit = 0, 0, 0.0
    if tune:
        tagged = sorted(tags)
        own = _emissions(np.array([left_out.get(n, scores[n]) for n in tagged]), tau)
        answer = np.zeros((len(tagged), 1, width), dtype=bool)
        for row, n in enumerate(tagged):
            answer[row, 0, list(tags[n])] = True
            if n in ruled_out:
                own[row][:, list(ruled_out[n])] = _NEVER
        joint = before[tagged] * own * after[tagged]  # tags × settings × speerpunten
        joint /= joint.sum(axis=2, keepdims=True)
        fits = np.log(np.maximum((joint * answer).sum(axis=2), 1e-9)).sum(axis=0)
        hits = np.take_along_axis(answer[:, 0, :], joint.argmax(axis=2), axis=1).sum(axis=0)
        best = int(np.argmax(fits))
        right = int(hits[best])
        fit = float(fits[best])
    # A tagged passage shows what its neighbours and words say of it (its other likely speerpunten),
    # not just its tag: its own free emission between the messages of the others.
    result = before[:, best] * free[:, best] * after[:, best]
    result /= result.sum(axis=1, keepdims=True)
    chosen = setting or Chosen(settings[best][0], settings[best][1], right, len(tags), fit)
    return result, chosen


# A ruled-out speerpunt's emission: as good as never, but never exactly zero (no 0/0).
_NEVER = 1e-30


# The "none" run's softmax is this many times less sharp than the chosen one: a passage's own weak
# words weigh less against its neighbours (a short passage in a run of a theme keeps that theme).
NONE_SOFTER = 2.0


def none_share(scores: np.ndarray, links: Links, tags: Mapping[int, Sequence[int]],
               ruled_out: Mapping[int, Sequence[int]], setting: Chosen, level: float) -> np.ndarray:
    """Each passage's probability of treating none of the speerpunten (a foreword, a signature, a
    table of contents): the chain at ``setting`` once more, with one more state, "none", whose word
    score is ``level`` everywhere. A passage whose best word score stays below it, in a run of such
    passages, is most likely "none"; a tagged passage never is."""
    units, width = scores.shape
    if units == 0 or width < 2:
        return np.zeros(units)
    extended = np.hstack([scores, np.full((units, 1), level)])
    softer = Chosen(setting.stay, setting.tau * NONE_SOFTER, setting.tags_right, setting.tags)
    result, _ = posteriors(extended, links, tags, ruled_out, {}, softer)
    none = result[:, width]
    none[list(tags)] = 0.0
    return none


def _emissions(scores: np.ndarray, tau: np.ndarray) -> np.ndarray:
    """Softmax of each row of ``scores`` at each temperature: rows × settings × speerpunten."""
    x = scores[:, None, :] / tau[None, :, None]
    x -= x.max(axis=2, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=2, keepdims=True)
    return np.maximum(x, _NEVER, out=x)


def _messages(emissions: np.ndarray, stay: np.ndarray, links: Links) -> tuple[np.ndarray, np.ndarray]:
    """Forward-backward. ``before[n]``: the speerpunt of passage n as the passages before it say
    (not n itself); ``after[n]``: as the passages after it say. Both normalised, per setting."""
    units, settings, width = emissions.shape
    uniform = 1.0 / width
    # A belief b (summing to one) carried over a link: s·b + (1-s)·(1-b)/(K-1) = slope·b + base.
    slope, base = {}, {}
    for kind, share in ((1, stay), (2, uniform + (stay - uniform) * ACROSS_HEADING)):
        other = (1.0 - share) / (width - 1)
        slope[kind], base[kind] = (share - other)[:, None], other[:, None]
    kinds = links.kinds.tolist()
    start = np.full((settings, width), uniform)
    before = np.empty_like(emissions)
    after = np.empty_like(emissions)
    belief = start
    for n in range(units):
        kind = kinds[n]
        belief = start if kind == 0 else slope[kind] * belief + base[kind]
        before[n] = belief
        belief = belief * emissions[n]
        belief /= belief.sum(axis=1, keepdims=True)
    belief = start
    for n in range(units - 1, -1, -1):
        after[n] = belief
        kind = kinds[n]
        if kind == 0:
            belief = start
            continue
        x = belief * emissions[n]
        x /= x.sum(axis=1, keepdims=True)
        belief = slope[kind] * x + base[kind]
    return before, after


def describe(chosen: Chosen) -> str:
    order = "none" if chosen.stay is None else f"{chosen.stay:.2f}"
    return (f"order {order}, sharpness {chosen.tau}, tags predicted {chosen.tags_right}/{chosen.tags}"
            if chosen.tags else f"order {order}, sharpness {chosen.tau}")
