"""The agreement statistics against independent implementations on random data (test-only oracles).

scikit-learn's ``cohen_kappa_score`` and the ``krippendorff`` package are written apart from
this code; where ours says a figure is undefined (None) theirs gives NaN.
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.reliability import cohen_kappa, krippendorff_alpha_nominal

krippendorff = pytest.importorskip("krippendorff")
np = pytest.importorskip("numpy")
metrics = pytest.importorskip("sklearn.metrics")

LABELS = ["positive", "concern", "missing", "none"]
label = st.sampled_from(LABELS)


def _quietly(compute):
    # Both oracles warn when a figure is undefined; the NaN they return is what the test compares.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compute()


@settings(max_examples=300)
@given(st.lists(st.tuples(label, label), min_size=1, max_size=80))
def test_cohen_kappa_equals_scikit_learn(pairs: list[tuple[str, str]]) -> None:
    ours = cohen_kappa(pairs)
    theirs = _quietly(lambda: metrics.cohen_kappa_score([a for a, _ in pairs], [b for _, b in pairs]))
    if ours is None:
        assert math.isnan(theirs)
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


@st.composite
def coded_units(draw) -> list[list[str | None]]:
    """Units (passages) of 2-5 coders' labels, None where a coder gave none."""
    coders = draw(st.integers(2, 5))
    return draw(st.lists(st.lists(st.one_of(st.none(), label), min_size=coders, max_size=coders),
                         min_size=1, max_size=40))


@settings(max_examples=300)
@given(coded_units())
def test_krippendorff_alpha_equals_the_krippendorff_package(units: list[list[str | None]]) -> None:
    ours = krippendorff_alpha_nominal(units)
    # The package wants coders x units of numbers, NaN for a missing value.
    data = np.array([[np.nan if value is None else LABELS.index(value) for value in coder] for coder in zip(*units,
                     strict=True)], dtype=float)
    pairable = sum(1 for unit in units if sum(v is not None for v in unit) >= 2)
    if pairable == 0:
        assert ours is None  # nothing to compare: the package refuses such data outright
        return
    theirs = _quietly(lambda: krippendorff.alpha(reliability_data=data, level_of_measurement="nominal",
                                                 value_domain=list(range(len(LABELS)))))
    if ours is None:
        assert math.isnan(theirs)
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)
