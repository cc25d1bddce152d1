"""Inter-coder agreement: percent agreement, Cohen's kappa, Krippendorff's alpha (nominal).

Units are rows of labels, one per coder, None where a coder gave no value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import permutations

Label = Hashable


def percent_agreement(units: Sequence[Sequence[Label | None]]) -> float | None:
    """Share of agreeing coder pairs, averaged over units with at least two values."""
    shares = []
    for unit in units:
        values = [v for v in unit if v is not None]
        if len(values) < 2:
            continue
        pairs = len(values) * (len(values) - 1)
        agreeing = sum(count * (count - 1) for count in Counter(values).values())
        shares.append(agreeing / pairs)
    return sum(shares) / len(shares) if shares else None


def cohen_kappa(pairs: Sequence[tuple[Label, Label]]) -> float | None:
    """Cohen's kappa for two coders; None when chance agreement is total (kappa undefined)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(units: Sequence[Sequence[Label | None]]) -> float | None:
    """Krippendorff's alpha for nominal data, any number of coders, missing values allowed.

    Built on the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
    Alpha-Reliability"): alpha = 1 - (n - 1) * sum(o_ck, c != k) / sum(n_c * n_k, c != k).
    """
    coincidences: Counter[tuple[Label, Label]] = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for a, b in permutations(values, 2):
            coincidences[(a, b)] += 1 / (m - 1)
    totals: Counter[Label] = Counter()
    for (a, _), weight in coincidences.items():
        totals[a] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    disagreement = sum(weight for (a, b), weight in coincidences.items() if a != b)
    labels = list(totals)
    expected = sum(totals[a] * totals[b] for a in labels for b in labels if a != b)
    if expected == 0:
        return None
    return 1 - (n - 1) * disagreement / expected
