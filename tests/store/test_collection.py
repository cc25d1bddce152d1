"""The comparison matrix and the speerpunt view over a collection of 25 agreements."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.store.analysis.collection import comparison_matrix, passages_by_category
from desktop.store.findings import list_findings
from tests.builders import add_document, add_small_framework

CATEGORIES = ["G4", "G40", "middelgroot", "platteland"]


@pytest.fixture
def collection(project):
    rng = random.Random(7)
    codes = add_small_framework(project)
    documents = {}
    for index in range(25):
        name = f"Gemeente{index:02d}"
        document = add_document(project, [f"{name} investeert in wonen en schuldhulpverlening. " * 3,
                                          "Over cultuur zegt het akkoord weinig."], title=f"Akkoord {name}")
        categories = [CATEGORIES[index % 4]] + (["G40"] if index % 7 == 0 and index % 4 != 1 else [])
        update_document(project, document, short_name=name, categories=categories)
        documents[document] = categories
    for _ in range(200):
        document = rng.choice(list(documents))
        assessment = rng.choice(["positive", "concern", "missing"])
        span = (0, 20) if assessment != "missing" else (None, None)
        add_finding(project, document, codes[rng.choice(list(codes))], assessment, *span, author="Ann")
    return project, codes, documents


def test_matrix_by_document_counts_every_finding(collection) -> None:
    project, codes, documents = collection
    matrix = comparison_matrix(project)
    assert len(matrix.columns) == 25
    expected: Counter = Counter()
    for finding in list_findings(project):
        expected[(finding.speerpunt_id, finding.document_id, finding.assessment.value)] += 1
    actual = Counter({(row, column, assessment): count for (row, column), counts in matrix.cells.items()
                      for assessment, count in counts.items()})
    assert actual == expected


def test_matrix_by_theme_and_category_counts_a_document_in_each_of_its_categories(collection) -> None:
    project, codes, documents = collection
    matrix = comparison_matrix(project, by="theme", across="category")
    assert [label for _, label in matrix.columns] == sorted(CATEGORIES)
    findings = list_findings(project)
    g40_documents = {d for d, categories in documents.items() if "G40" in categories}
    wonen_theme = matrix.rows[0][0]
    wonen = {codes["1.1"], codes["1.2"]}
    expected = Counter(f.assessment.value for f in findings if f.document_id in g40_documents
                       and f.speerpunt_id in wonen)
    assert matrix.cell(wonen_theme, "G40") == expected


def test_speerpunt_view_groups_by_category_then_document(collection) -> None:
    project, codes, documents = collection
    grouped = passages_by_category(project, [codes["1.1"]])
    assert list(grouped) == sorted(grouped)
    for category, by_document in grouped.items():
        for name, passages in by_document.items():
            assert all(p.document_name == name and p.speerpunt_code == "1.1" for p in passages)
            assert all(category in documents[p.document_id] for p in passages)
    total = sum(1 for f in list_findings(project) if f.speerpunt_id == codes["1.1"])
    distinct = {p.finding_id for by_document in grouped.values() for ps in by_document.values() for p in ps}
    assert len(distinct) == total
