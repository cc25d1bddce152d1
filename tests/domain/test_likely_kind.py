"""The kind the import dialog offers first, from the file names (real ones) and what the project holds."""

from __future__ import annotations

import pytest

from desktop.domain.document import DocumentKind
from desktop.domain.metadata import likely_kind


@pytest.mark.parametrize(("name", "kind"), [
    ("nl-coalitieakkoord-2021-2025.pdf", DocumentKind.AGREEMENT),
    ("nl-regeerprogramma-2024.pdf", DocumentKind.AGREEMENT),
    ("gemeente-aa-en-hunze-coalitieakkoord-2018-2022.pdf", DocumentKind.AGREEMENT),
    ("Hoofdlijnenakkoord PVV VVD NSC BBB.pdf", DocumentKind.AGREEMENT),
    ("g40-strategische-agenda-2019-2022.md", DocumentKind.POSITION),
    ("Positiepapier M25 kabinetsformatie.docx", DocumentKind.POSITION),
    ("VNG-inzet-formatie-2025.pdf", DocumentKind.POSITION),
    ("nsc-verkiezingsprogramma-2023.pdf", DocumentKind.OTHER),
    ("g32-reactie-regeerakkoord-2017.txt", DocumentKind.OTHER),
    ("vng-analyse-hoofdlijnenakkoord-2024.txt", DocumentKind.OTHER),
    ("kamerstuk-36450-nr3-memorie-van-toelichting.pdf", DocumentKind.OTHER),
])
def test_a_name_that_says_its_kind_decides_whatever_the_project_holds(name, kind):
    assert likely_kind([name]) == kind
    assert likely_kind([name], [DocumentKind.AGREEMENT]) == kind


def test_a_name_that_says_nothing_is_the_agreement_first_and_the_position_paper_after_it():
    assert likely_kind(["Sterke steden.docx"]) == DocumentKind.AGREEMENT
    assert likely_kind(["Sterke steden.docx"], ["agreement"]) == DocumentKind.POSITION
    assert likely_kind(["Sterke steden.docx"], ["agreement", "position"]) == DocumentKind.AGREEMENT


def test_files_that_disagree_or_a_folder_that_says_nothing_are_offered_as_agreements():
    assert likely_kind(["a-coalitieakkoord.pdf", "b-positiepapier.pdf"], ["agreement"]) == DocumentKind.AGREEMENT
    assert likely_kind(["akkoorden"]) == DocumentKind.AGREEMENT
    assert likely_kind(["v1.2 positiepapieren"]) == DocumentKind.POSITION  # a folder's dots are part of its name
    assert likely_kind(["x-coalitieakkoord.pdf", "y-collegeprogramma.pdf"]) == DocumentKind.AGREEMENT
    assert likely_kind(["m25-inzet.pdf", "g40-agenda.pdf"], ["agreement"]) == DocumentKind.POSITION
