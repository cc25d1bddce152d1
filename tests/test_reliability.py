"""Agreement figures checked against worked examples from the literature."""

from __future__ import annotations

import pytest

from desktop.domain.reliability import cohen_kappa, krippendorff_alpha_nominal, percent_agreement


def test_cohen_kappa_matches_the_textbook_example() -> None:
    # Wikipedia "Cohen's kappa", worked example: 50 proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    pairs = [("ja", "ja")] * 20 + [("ja", "nee")] * 5 + [("nee", "ja")] * 10 + [("nee", "nee")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_cohen_kappa_of_perfect_and_of_chance_agreement() -> None:
    assert cohen_kappa([("a", "a"), ("b", "b"), ("c", "c")]) == pytest.approx(1.0)
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None  # one category only: undefined
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)


def test_krippendorff_alpha_matches_krippendorffs_nominal_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
    # four observers, twelve units, missing values; nominal alpha = 0.743.
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = list(zip(*observers, strict=True))
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=0.0005)


def test_krippendorff_alpha_for_two_coders_is_close_to_scotts_pi() -> None:
    # Krippendorff (2011) section A: two observers, ten units, binary data: alpha = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha_nominal(list(zip(a, b, strict=True))) == pytest.approx(0.095, abs=0.0005)


def test_percent_agreement_counts_agreeing_pairs() -> None:
    assert percent_agreement([("a", "a"), ("a", "b")]) == pytest.approx(0.5)
    assert percent_agreement([("a", "a", "a"), ("a", "a", "b")]) == pytest.approx((1 + 1 / 3) / 2)
    assert percent_agreement([("a", None)]) is None
