"""Tagging search hits across agreements with one key each: P, Z, O; N and Shift+N to move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store.documents import document_text
from desktop.store.findings import list_findings
from desktop.store.index.hit_spans import sentence_ranges, tag_span
from tests.builders import add_document, add_small_framework


@pytest.fixture
def wsession(project, qtbot):
    from desktop.operations.documents import update_document
    from desktop.ui.session import Session

    codes = add_small_framework(project)
    almere = add_document(project, [
        "Wij bouwen woningen. Het college investeert t.a.v. de jeugdzorg € 2,5 mln extra in de wijken.",
        "Schuldhulpverlening wordt toegankelijker. Ook de jeugdzorg krijgt een vast loket.",
    ], title="Coalitieakkoord Almere")
    texel = add_document(project, ["Op Texel blijft de jeugdzorg dichtbij. Dat vinden wij belangrijk."],
                         title="Coalitieakkoord Texel")
    update_document(project, almere, short_name="Almere", categories=["G40"])
    update_document(project, texel, short_name="Texel", categories=["platteland"])
    session = Session(project, author="Testanalist")
    session.codes, session.almere, session.texel = codes, almere, texel  # type: ignore[attr-defined]
    yield session
    session.undo_stack.clear()


def test_the_span_is_the_sentences_holding_the_matched_words():
    text = "Wij bouwen woningen. Het college investeert t.a.v. de jeugdzorg € 2,5 mln extra. Tot slot iets anders."
    assert [text[s:e] for s, e in sentence_ranges(text)] == [
        "Wij bouwen woningen.", "Het college investeert t.a.v. de jeugdzorg € 2,5 mln extra.", "Tot slot iets anders."]
    def at(word: str) -> tuple[int, int]:
        return text.index(word), text.index(word) + len(word)

    start, end = tag_span(text, [at("jeugdzorg")])
    assert text[start:end] == "Het college investeert t.a.v. de jeugdzorg € 2,5 mln extra."
    start, end = tag_span(text, [at("woningen"), at("anders")])
    assert (start, end) == (0, len(text))
    assert tag_span("  Geen treffer hier.  ", []) == (2, 20)


def test_walking_and_tagging_hits_with_one_key_each(wsession, project, qtbot):
    from desktop.ui.review.hit_walker import HitWalker

    walker = HitWalker(wsession)
    qtbot.addWidget(walker)
    walker.show()
    walker.set_speerpunt(wsession.codes["2.1"])
    assert walker.speerpunt.currentText() == "2.1  Iedereen aan het werk   — Werk"  # shown, not blank
    opened = []
    walker.open_requested.connect(lambda *args: opened.append(args))
    assert walker.start_walk("jeugdzorg") == 3
    assert walker.progress.text().startswith("1 / 3")
    # In reading order: Almere's two passages, then Texel.
    assert [h.document_name for h in walker.model.hits] == ["Almere", "Almere", "Texel"]
    first = walker.model.hits[0]
    assert opened[-1] == (wsession.almere, first.start, first.end, ["jeugdzorg"])
    text = document_text(project, wsession.almere)
    assert text[first.start:first.end] == "Het college investeert t.a.v. de jeugdzorg € 2,5 mln extra in de wijken."

    qtbot.keyClick(walker.hit_list, Qt.Key.Key_Z)  # concern, then on to the next hit
    assert walker.progress.text().startswith("2 / 3")
    qtbot.keyClick(walker.hit_list, Qt.Key.Key_N)
    qtbot.keyClick(walker.hit_list, Qt.Key.Key_P)  # positive on Texel; the last hit stays current
    qtbot.keyClick(walker.hit_list, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert walker.current_row() == 1
    qtbot.keyClick(walker.hit_list, Qt.Key.Key_O)

    found = {(f.document_id, f.start, f.end, f.assessment.value, f.speerpunt_id) for f in list_findings(project)}
    second, third = walker.model.hits[1], walker.model.hits[2]
    assert text[second.start:second.end] == "Ook de jeugdzorg krijgt een vast loket."
    sp = wsession.codes["2.1"]
    assert found == {
        (wsession.almere, first.start, first.end, "concern", sp),
        (wsession.almere, second.start, second.end, "missing", sp),
        (wsession.texel, third.start, third.end, "positive", sp),
    }
    assert walker.model.data(walker.model.index(0)).startswith("✓ 2.1 !")
    # Each tag is its own undo step; undo removes the last one and its mark.
    assert wsession.undo_stack.count() == 3
    wsession.undo_stack.undo()
    assert len(list_findings(project)) == 2
    assert not walker.model.data(walker.model.index(1)).startswith("✓")
    assert "(2 tagged in this walk)" in walker.progress.text()


def test_without_a_speerpunt_a_key_tags_nothing_and_says_why(wsession, project, qtbot):
    from desktop.ui.review.hit_walker import HitWalker

    walker = HitWalker(wsession)
    qtbot.addWidget(walker)
    walker.set_speerpunt(None)
    walker.start_walk("jeugdzorg", category="platteland")
    assert [h.document_name for h in walker.model.hits] == ["Texel"]
    qtbot.keyClick(walker.hit_list, Qt.Key.Key_P)
    assert list_findings(project) == []
    assert walker.status.text().startswith("Choose the speerpunt first")


def test_a_wordless_query_is_explained(wsession, qtbot):
    from desktop.ui.review.hit_walker import HitWalker

    walker = HitWalker(wsession)
    qtbot.addWidget(walker)
    assert walker.start_walk("  -- ") == 0
    assert walker.status.text() == "type at least one word to search for"
