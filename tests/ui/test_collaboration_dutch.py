"""The collaboration views as a Dutch analyst reads them: counts in the right number, figures with a comma,
no column that reads as the coalition agreement."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.operations.findings import add_finding
from desktop.store.documents import list_passages
from desktop.ui import i18n
from desktop.ui.collaboration.review_view import ReviewView
from resources import TRANSLATIONS


@pytest.mark.parametrize(("context", "source", "one", "two"), [
    ("ConflictsDialog", "%Ln conflict(s). Double-click a finding to see its passage.", "1 conflict.", "2 conflicten."),
    ("MergeDialog", "%Ln conflict(s): you both changed the same thing. The later version is in use; the other one "
     "waits under Review → Conflicts.", "1 conflict:", "2 conflicten:"),
    ("JointFindingDialog", "Replaces %Ln finding(s) on this passage; Undo brings them back.", "Vervangt 1 bevinding",
     "Vervangt 2 bevindingen"),
    ("FindingsTable", "%Ln findings", "1 bevinding", "2 bevindingen"),
])
def test_dutch_counts_say_one_in_the_singular_and_more_in_the_plural(qapp, context, source, one, two) -> None:
    i18n.install_language("nl")
    for count, expected in ((1, one), (2, two)):
        words = QCoreApplication.translate(context, source, "", count).split()
        assert words[:len(expected.split())] == expected.split()


def test_counts_are_grouped_by_thousands_and_singular_in_both_languages(qapp) -> None:
    source = "%Ln conflict(s). Double-click a finding to see its passage."
    for language, one, many in (("nl", "1 conflict.", "1.423 conflicten."), ("en", "1 conflict.", "1,423 conflicts.")):
        i18n.install_language(language)
        assert QCoreApplication.translate("ConflictsDialog", source, "", 1).startswith(one)
        assert QCoreApplication.translate("ConflictsDialog", source, "", 1423).startswith(many)
    i18n.install_language("nl")


def test_no_dutch_count_hedges_its_plural_in_brackets() -> None:
    # "%Ln conflict(en)" reads as unfinished; Qt picks the singular or plural form by the number.
    root = ET.parse(TRANSLATIONS / "speerpunt_nl.ts").getroot()
    hedged = [form.text for form in root.iter("numerusform") if form.text and "(en)" in form.text]
    assert hedged == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_count_has_a_singular_that_differs_from_its_plural(language) -> None:
    # "1 passages" or "1 findings" is what a count reads like when a translation repeats its plural.
    root = ET.parse(TRANSLATIONS / f"speerpunt_{language}.ts").getroot()
    same = [message.findtext("source") for message in root.iter("message") if message.get("numerus") == "yes"
            and len({form.text for form in message.find("translation").iter("numerusform")}) < 2]
    assert same == []


def test_the_agreement_figures_are_dutch_numbers_under_a_heading_that_is_not_the_coalition_agreement(
        session, qtbot) -> None:
    paragraphs = [p for p in list_passages(session.project, session.document_id) if p.kind.value == "paragraph"]
    for author, assessments in (("Anna", ("positive", "concern", "concern")), ("Bram", ("positive", "positive",
                                                                                        "concern"))):
        for passage, assessment in zip(paragraphs[:3], assessments, strict=True):
            add_finding(session.project, session.document_id, session.codes["1.1"], assessment, passage.start,
                        passage.end, author=author)
    i18n.install_language("nl")
    view = ReviewView(session)
    qtbot.addWidget(view)
    figures = view.agreement
    headers = [figures.headerData(c, Qt.Orientation.Horizontal) for c in range(figures.columnCount())]
    assert headers[2] == "Overeenstemming"
    assert view.document_label.text() == "Akkoord:"  # the word stays the agreement's
    kappa, alpha = (figures.data(figures.index(0, column)) for column in (3, 4))
    # Two of three passages alike; kappa 0.4 and alpha 0.44 for these labels, written as a Dutch reader writes them.
    assert kappa == "0,40" and alpha.startswith("0,") and "." not in alpha
