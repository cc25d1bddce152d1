"""Making, editing, deleting and restoring findings, with code-point offsets."""

from __future__ import annotations

import pytest

from desktop.domain.finding import Assessment
from desktop.operations.findings import FindingRefused, add_finding, delete_findings, restore_findings, update_finding
from desktop.store.documents import document_text
from desktop.store.findings import get_finding, list_findings
from tests.builders import add_document, add_small_framework

EMOJI_TEXT = [
    "Gemeenten 🏘️ krijgen 𝔪𝔢𝔢𝔯 geld. De woningbouw 🚧 wordt versneld met € 1 miljard.",
    "Over leefbaarheid zegt het akkoord niets.",
]


@pytest.fixture
def setup(project):
    codes = add_small_framework(project)
    document = add_document(project, EMOJI_TEXT)
    return project, document, codes


def test_a_span_after_characters_outside_the_bmp_quotes_exactly_that_text(setup) -> None:
    project, document, codes = setup
    text = document_text(project, document)
    start = text.index("De woningbouw")
    end = start + len("De woningbouw 🚧 wordt versneld")
    finding = add_finding(project, document, codes["1.1"], Assessment.POSITIVE, start, end, note="Goed.", author="Ann")
    stored = get_finding(project, finding.id)
    assert stored.quote == "De woningbouw 🚧 wordt versneld"
    assert stored.prefix.endswith("geld. ")  # up to the sentence boundary
    assert stored.suffix.startswith(" met € 1 miljard")
    assert stored.document_sha256


def test_a_missing_finding_needs_no_span_but_positive_does(setup) -> None:
    project, document, codes = setup
    missing = add_finding(project, document, codes["1.2"], "missing", note="Niet benoemd.", author="Bo")
    assert missing.start is None and missing.quote == ""
    with pytest.raises(FindingRefused, match="needs a span"):
        add_finding(project, document, codes["1.2"], "concern", author="Bo")


@pytest.mark.parametrize("span", [(-1, 4), (5, 5), (10, 10_000), (8, 3)])
def test_spans_outside_the_text_are_refused_and_nothing_is_stored(setup, span) -> None:
    project, document, codes = setup
    with pytest.raises(FindingRefused):
        add_finding(project, document, codes["1.1"], "positive", *span, author="Ann")
    assert list_findings(project) == []


def test_edit_delete_and_restore_keep_the_finding_and_its_times(setup) -> None:
    project, document, codes = setup
    finding = add_finding(project, document, codes["1.1"], "positive", 0, 9, note="eerste", author="Ann")
    edited = update_finding(project, finding.id, note="tweede", assessment="concern", speerpunt_id=codes["2.1"])
    assert (edited.note, edited.assessment, edited.speerpunt_id) == ("tweede", Assessment.CONCERN, codes["2.1"])
    assert edited.modified > finding.modified and edited.created == finding.created
    delete_findings(project, [finding.id])
    assert list_findings(project) == []
    assert get_finding(project, finding.id, include_deleted=True).note == "tweede"
    restore_findings(project, [finding.id])
    assert [f.id for f in list_findings(project)] == [finding.id]


def test_authors_are_recorded(setup) -> None:
    from desktop.operations.authors import list_authors

    project, document, codes = setup
    add_finding(project, document, codes["1.1"], "positive", 0, 9, author="  Fatima  el Amrani ")
    assert list_authors(project) == ["Fatima el Amrani"]
    assert list_findings(project)[0].author == "Fatima el Amrani"
