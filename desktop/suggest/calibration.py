"""Per-speerpunt offsets for the word scores, learnt from the analyst's tags.

A cosine with one speerpunt's profile is not on the same scale as with another's: a profile of
common words ("gemeenten", "inwoners") scores every passage a little, a profile of rare words
scores most passages nothing. Each tagged speerpunt therefore gets an offset added to its word
scores, chosen so that the tagged passages, each scored as if its own tag had not been learnt,
are ranked to their own speerpunt as well as can be: a softmax over the tagged speerpunten,
fitted by a few Newton steps, with a prior that holds every offset near zero (three tags per
speerpunt are few). A speerpunt without a tag keeps offset zero: it is not pushed down for
being untagged yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

# The softmax the offsets are fitted with (the chain's middle sharpness).
SHARPNESS = 0.03
# The prior: every offset pulled to zero as strongly as this many tags' worth of evidence.
PRIOR = 3.0
_STEPS = 12


def offsets(left_out: Mapping[int, np.ndarray], tags: Mapping[int, Sequence[int]], width: int) -> np.ndarray:
    """One offset per speerpunt (to add to its word scores; zero for a speerpunt without a tag).
    ``left_out`` holds each tagged passage's word scores with its own tags not learnt from,
    ``tags`` the speerpunten tagged on it."""
    result = np.zeros(width)
    rows = sorted(n for n in tags if tags[n] and n in left_out)
    have = sorted({k for n in rows for k in tags[n]})
    if len(have) < 2:
        return result
    column = {k: j for j, k in enumerate(have)}
    scores = np.array([left_out[n][have] for n in rows], dtype=float) / SHARPNESS
    wanted = np.zeros_like(scores)
    for row, n in enumerate(rows):
        for k in tags[n]:
            wanted[row, column[k]] = 1.0 / len(tags[n])
    bias = np.zeros(len(have))
    for _ in range(_STEPS):
        z = scores + bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        gradient = (p - wanted).sum(axis=0) + PRIOR * bias
        hessian = np.diag(p.sum(axis=0) + PRIOR) - p.T @ p
        step = np.linalg.solve(hessian, gradient)
        bias -= step
        if np.abs(step).max() < 1e-4:
            break
    result[have] = (bias - bias.mean()) * SHARPNESS
    return result
