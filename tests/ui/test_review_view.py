"""Review view: two analysts compared passage by passage, differences settled as undo steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.operations.findings import add_finding
from desktop.store.documents import list_passages
from desktop.store.findings import get_finding, list_findings
from desktop.ui.collaboration.review_view import ReviewView


@pytest.fixture
def two_analysts(session):
    """Anna and Bram agree on the first paragraph, differ on the second; only Bram tagged the third."""
    paragraphs = [p for p in list_passages(session.project, session.document_id) if p.kind.value == "paragraph"]
    codes = session.codes

    def tag(author, passage, code, assessment, note=""):
        return add_finding(session.project, session.document_id, codes[code], assessment, passage.start,
                           passage.end, note=note, author=author).id

    return {
        "paragraphs": paragraphs,
        "anna_agree": tag("Anna", paragraphs[0], "1.1", "positive"),
        "bram_agree": tag("Bram", paragraphs[0], "1.1", "positive"),
        "anna_differ": tag("Anna", paragraphs[1], "2.1", "concern", note="Kaders te krap"),
        "bram_differ": tag("Bram", paragraphs[1], "2.1", "positive", note="Meer maatwerk"),
        "bram_single": tag("Bram", paragraphs[2], "1.2", "concern"),
    }


def make_view(session, qtbot):
    from desktop.ui import i18n

    i18n.install_language("en")  # the English counts' singular and plural ("1 passage", "3 passages")
    view = ReviewView(session)
    qtbot.addWidget(view)
    return view


def statuses(view):
    model = view.comparison
    return [model.data(model.index(row, model.status_column())) for row in range(model.rowCount())]


def test_passages_show_each_analysts_labels_and_whether_they_agree(session, two_analysts, qtbot, qtmodeltester):
    view = make_view(session, qtbot)
    model = view.comparison
    qtmodeltester.check(model)
    qtmodeltester.check(view.agreement)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Passage", "Anna", "Bram", "Status"]
    assert statuses(view) == ["= Agree", "≠ Differ", "Only one analyst"]
    assert model.data(model.index(1, 1)) == "2.1 Iedereen aan het werk: Concern"
    assert model.data(model.index(1, 2)) == "2.1 Iedereen aan het werk: Positive"
    assert model.data(model.index(2, 1)) == "—"
    assert "Meer maatwerk" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert "3 tagged passages; the analysts differ on 2" in view.message.text()


def test_agreement_figures_sit_above_the_list(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    figures = view.agreement
    names = [figures.data(figures.index(row, 0)) for row in range(figures.rowCount())]
    assert names[0] == "All speerpunten and assessments"
    assert "1.1 Betaalbaar wonen" in names and "Concern" in names
    # One of three passages has the same labels from both: 33 %.
    assert [figures.data(figures.index(0, column)) for column in (1, 2)] == ["3 passages", "33%"]


def test_differences_only_hides_agreed_passages(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    view.differences_only.setChecked(True)
    assert statuses(view) == ["≠ Differ", "Only one analyst"]


def test_accepting_annas_tagging_deletes_brams_differing_finding_and_records_it(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    view.table.selectRow(1)

    qtbot.mouseClick(view.accept_buttons["Anna"], Qt.MouseButton.LeftButton)

    live = {f.id for f in list_findings(session.project)}
    assert two_analysts["bram_differ"] not in live
    assert two_analysts["bram_agree"] in live and two_analysts["bram_single"] in live
    note = get_finding(session.project, two_analysts["anna_differ"]).note
    assert note.startswith("Kaders te krap\n✓ Agreed after comparison with Bram (")
    assert statuses(view) == ["= Agree", "✓ Settled", "Only one analyst"]
    view.differences_only.setChecked(True)
    assert statuses(view) == ["Only one analyst"]
    assert "the analysts differ on 1" in view.message.text()
    view.differences_only.setChecked(False)
    assert session.undo_stack.undoText() == "Accept Anna's tagging"

    session.undo_stack.undo()

    assert get_finding(session.project, two_analysts["bram_differ"]).note == "Meer maatwerk"
    assert get_finding(session.project, two_analysts["anna_differ"]).note == "Kaders te krap"
    assert statuses(view) == ["= Agree", "≠ Differ", "Only one analyst"]


def test_accepting_where_they_agree_changes_nothing(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    view.table.selectRow(0)
    assert not view.accept_tagging("Bram")
    assert session.undo_stack.count() == 0
    assert "Nothing to settle" in view.message.text()


def test_a_joint_finding_replaces_both_and_names_both_analysts(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    view.table.selectRow(1)
    asked = []

    def answer(passage, author):
        asked.append(author)
        from desktop.ui.collaboration.joint_finding_dialog import JointFindingDialog

        dialog = JointFindingDialog(passage, [], author)
        values = dialog.values()
        values.update(speerpunt_id=session.codes["2.1"], assessment="concern", note="Samen: maatwerk, krap budget")
        return values

    view.ask_joint_finding = answer
    qtbot.mouseClick(view.joint_button, Qt.MouseButton.LeftButton)

    assert asked == ["Anna & Bram"]
    on_passage = [f for f in list_findings(session.project) if f.start == two_analysts["paragraphs"][1].start]
    assert [(f.author, f.note, f.assessment.value) for f in on_passage] == [
        ("Anna & Bram", "Samen: maatwerk, krap budget", "concern")]
    assert view.comparison.analysts == ["Anna", "Anna & Bram", "Bram"]

    session.undo_stack.undo()
    on_passage = [f.id for f in list_findings(session.project) if f.start == two_analysts["paragraphs"][1].start]
    assert sorted(on_passage) == sorted([two_analysts["anna_differ"], two_analysts["bram_differ"]])


def test_the_joint_dialog_prefills_both_notes_with_their_authors(session, two_analysts, qtbot):
    from desktop.store.frameworks import list_speerpunten
    from desktop.ui.collaboration.joint_finding_dialog import JointFindingDialog

    view = make_view(session, qtbot)
    dialog = JointFindingDialog(view.comparison.rows[1], list_speerpunten(session.project), "Anna & Bram")
    qtbot.addWidget(dialog)
    assert dialog.note.toPlainText() == "Anna: Kaders te krap\nBram: Meer maatwerk"
    assert dialog.speerpunt.currentData() == session.codes["2.1"]
    assert dialog.values()["replaced_ids"] == [two_analysts["anna_differ"], two_analysts["bram_differ"]]


def test_clicking_a_passage_opens_it(session, two_analysts, qtbot):
    view = make_view(session, qtbot)
    view.show()
    opened = []
    view.open_requested.connect(lambda *args: opened.append(args))
    rect = view.table.visualRect(view.comparison.index(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    passage = two_analysts["paragraphs"][1]
    assert opened == [(session.document_id, passage.start, passage.end, [])]


def test_one_analyst_alone_is_told_to_merge_first(session, qtbot):
    add_finding(session.project, session.document_id, session.codes["1.1"], "positive", 0, 10, author="Anna")
    view = make_view(session, qtbot)
    assert "at least two analysts" in view.message.text()
    assert view.agreement.rowCount() == 0


def test_a_colleagues_new_finding_shows_up_after_a_change(session, two_analysts, qtbot):
    from desktop.ui.commands.findings import AddFinding

    view = make_view(session, qtbot)
    passage = two_analysts["paragraphs"][2]
    session.push(AddFinding(session, session.document_id, session.codes["1.2"], "concern", passage.start,
                            passage.end))
    assert view.comparison.analysts == ["Anna", "Bram", "Testanalist"]


def test_a_long_passage_in_the_joint_dialog_is_cut_at_a_word_and_says_so(session, qtbot):
    from desktop.store.analysis.comparison import PassageComparison, TaggedFinding
    from desktop.ui.collaboration.joint_finding_dialog import JointFindingDialog

    text = " ".join(["Het kabinet investeert in betaalbare woningen voor iedereen."] * 8)  # 488 characters
    found = TaggedFinding("f1", "Anna", session.codes["1.1"], "1.1", "Betaalbaar wonen", "positive", 0, len(text), "")
    passage = PassageComparison(0, 0, len(text), "12", text, {"Anna": [found]})
    dialog = JointFindingDialog(passage, [], "Anna")
    qtbot.addWidget(dialog)
    shown = dialog.quote.text()
    assert shown.endswith(" …") and text.startswith(shown.removesuffix(" …"))
    assert shown.removesuffix(" …").split()[-1] in text.split()  # a whole word, not "ko"
    assert dialog.quote.toolTip() == text
