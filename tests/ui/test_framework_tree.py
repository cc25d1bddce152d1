"""The framework tree: counts per assessment, activation, mark missing, editing with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.document import DocumentKind
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.findings import add_finding
from desktop.store.documents import document_text
from desktop.store.findings import get_finding, list_findings
from desktop.store.frameworks import list_frameworks, list_speerpunten
from desktop.ui.commands.findings import AddFinding
from desktop.ui.review.framework_dialogs import ProposalDialog, ReassignDialog
from desktop.ui.review.framework_model import ID_ROLE
from desktop.ui.review.framework_tree import FrameworkTree
from desktop.ui.review.missing_dialog import MissingDialog
from tests.builders import add_document


def _counts(tree, code):
    model = tree.model
    index = model.index_of(tree.session.codes[code])
    return [model.data(index.siblingAtColumn(column)) for column in (1, 2, 3)]


def _labels(tree):
    model = tree.model
    out = []
    for row in range(model.rowCount()):
        theme = model.index(row, 0)
        out.append((model.data(theme), [model.data(model.index(r, 0, theme)) for r in range(model.rowCount(theme))]))
    return out


@pytest.fixture
def tree(session, qtbot):
    text = document_text(session.project, session.document_id)
    for code, assessment in (("1.1", "positive"), ("1.1", "positive"), ("1.1", "concern")):
        add_finding(session.project, session.document_id, session.codes[code], assessment, 0, 10, author="A")
    add_finding(session.project, session.document_id, session.codes["2.1"], "missing", author="A")
    assert text
    widget = FrameworkTree(session)
    qtbot.addWidget(widget)
    return widget


def test_model_passes_the_model_tester(tree, qtmodeltester):
    qtmodeltester.check(tree.model)


def test_tree_shows_themes_with_speerpunten_and_their_counts(tree):
    assert _labels(tree) == [("1 Wonen", ["1.1 Betaalbaar wonen", "1.2 Leefbare wijken"]),
                             ("2 Werk", ["2.1 Iedereen aan het werk"])]
    assert _counts(tree, "1.1") == ["2", "1", ""]
    assert _counts(tree, "1.2") == ["", "", ""]
    assert _counts(tree, "2.1") == ["", "", "1"]
    theme = tree.model.index(0, 0)
    assert [tree.model.data(theme.siblingAtColumn(c)) for c in (1, 2, 3)] == ["2", "1", ""]


def test_counts_follow_the_chosen_agreement_and_new_findings(tree, qtbot):
    session = tree.session
    other = add_document(session.project, ["Een tweede akkoord over betaalbaar wonen."], title="Gemeente Y")
    tree.fill_documents()
    tree.document_choice.setCurrentIndex(tree.document_choice.findData(other))
    assert _counts(tree, "1.1") == ["", "", ""]
    session.push(AddFinding(session, other, session.codes["1.1"], "concern", 0, 5))
    assert _counts(tree, "1.1") == ["", "1", ""]
    tree.document_choice.setCurrentIndex(0)  # all documents
    assert _counts(tree, "1.1") == ["2", "2", ""]
    session.undo_stack.undo()
    assert _counts(tree, "1.1") == ["2", "1", ""]


def test_activating_a_speerpunt_emits_its_id(tree, qtbot):
    index = tree.model.index_of(tree.session.codes["1.2"])
    with qtbot.waitSignal(tree.speerpunt_activated) as activated:
        tree.view.activated.emit(index)
    assert activated.args == [tree.session.codes["1.2"]]


def test_mark_missing_creates_a_missing_finding_quoting_the_position_paper(tree, qtbot):
    session = tree.session
    paper = add_document(session.project, ["Onze inzet", "Meer banen voor statushouders in de regio."],
                         title="Positiepapier", kind=DocumentKind.POSITION)
    dialog = MissingDialog(session, session.codes["1.2"], session.document_id)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("Het akkoord zegt niets over leefbaarheid.")
    dialog.use_source.setChecked(True)
    dialog.source_document.setCurrentIndex(dialog.source_document.findData(paper))
    dialog.passage_filter.setText("statushouders")
    visible = [dialog.passages.item(r) for r in range(dialog.passages.count()) if not dialog.passages.item(r).isHidden()]
    assert len(visible) == 1
    dialog.passages.setCurrentItem(visible[0])
    dialog.accept()
    finding = get_finding(session.project, dialog.command.finding_id)
    assert (finding.assessment.value, finding.start, finding.note) == (
        "missing", None, "Het akkoord zegt niets over leefbaarheid."
    )
    paper_text = document_text(session.project, paper)
    assert paper_text[finding.source_start:finding.source_end] == "Meer banen voor statushouders in de regio."
    assert _counts(tree, "1.2") == ["", "", "1"]
    assert session.undo_stack.undoText() == "Mark missing"


def test_mark_missing_action_opens_the_dialog_for_the_current_speerpunt(tree):
    asked = []
    tree.run_missing_dialog = asked.append
    tree.select(tree.session.codes["2.1"])
    tree.mark_missing_action.trigger()
    assert asked == [tree.session.codes["2.1"]]


def test_rename_inline_and_undo(tree):
    session = tree.session
    index = tree.model.index_of(session.codes["1.2"])
    assert tree.model.setData(index, "Leefbare buurten")
    assert "1.2 Leefbare buurten" in _labels(tree)[0][1]
    session.undo_stack.undo()
    assert "1.2 Leefbare wijken" in _labels(tree)[0][1]


def test_move_up_and_down_with_undo(tree):
    session = tree.session
    tree.select(session.codes["1.2"])
    tree.move_up_action.trigger()
    assert _labels(tree)[0][1] == ["1.2 Leefbare wijken", "1.1 Betaalbaar wonen"]
    tree.select(tree.model.index_of(session.codes["2.1"]).parent().data(ID_ROLE))
    tree.move_up_action.trigger()
    assert [label for label, _ in _labels(tree)] == ["2 Werk", "1 Wonen"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _labels(tree)[0] == ("1 Wonen", ["1.1 Betaalbaar wonen", "1.2 Leefbare wijken"])


def test_recolour_and_undo(tree):
    session = tree.session
    tree.ask_colour = lambda current: "#117733"
    tree.select(session.codes["1.1"])
    tree.colour_action.trigger()
    assert tree.model.node_by_id(session.codes["1.1"]).colour == "#117733"
    session.undo_stack.undo()
    assert tree.model.node_by_id(session.codes["1.1"]).colour == "#0072B2"  # its theme's colour again


def test_delete_speerpunt_moves_its_findings_where_asked_and_undo_restores(tree):
    session = tree.session
    before = {f.id for f in list_findings(session.project, speerpunt_id=session.codes["1.1"])}
    tree.ask_reassign = lambda speerpunt_id, count: session.codes["1.2"] if count == 3 else False
    tree.select(session.codes["1.1"])
    tree.delete_action.trigger()
    assert _labels(tree)[0][1] == ["1.2 Leefbare wijken"]
    assert {f.id for f in list_findings(session.project, speerpunt_id=session.codes["1.2"])} == before
    assert _counts(tree, "1.2") == ["2", "1", ""]
    session.undo_stack.undo()
    assert {f.id for f in list_findings(session.project, speerpunt_id=session.codes["1.1"])} == before
    assert _counts(tree, "1.1") == ["2", "1", ""]


def test_delete_speerpunt_cancelled_changes_nothing(tree):
    tree.ask_reassign = lambda speerpunt_id, count: False
    tree.select(tree.session.codes["1.1"])
    tree.delete_action.trigger()
    assert len(list_speerpunten(tree.session.project)) == 3


def test_add_theme_and_speerpunt_with_next_code(tree, qtbot):
    session = tree.session
    tree.select(session.codes["2.1"])
    tree.add_speerpunt_action.trigger()
    assert _labels(tree)[1][1][-1] == "2.2 New speerpunt"
    tree.add_theme_action.trigger()
    assert _labels(tree)[-1] == ("New theme", [])
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(_labels(tree)) == 2 and _labels(tree)[1][1] == ["2.1 Iedereen aan het werk"]
    session.undo_stack.redo()
    assert _labels(tree)[1][1][-1] == "2.2 New speerpunt"


def test_import_framework_file_and_undo(tree, tmp_path):
    path = tmp_path / "kader.md"
    path.write_text("# Ander kader\n\n## 1 Zorg\n\n### 1.1 Jeugdzorg\n", encoding="utf-8")
    tree.ask_framework_file = lambda: path
    tree.import_action.trigger()
    assert [fw.name for fw in list_frameworks(tree.session.project)] == ["Testkader", "Ander kader"]
    # With two frameworks the tree shows them at the top.
    assert [tree.model.data(tree.model.index(r, 0)) for r in range(tree.model.rowCount())] == [
        "Testkader", "Ander kader"
    ]
    tree.session.undo_stack.undo()
    assert [fw.name for fw in list_frameworks(tree.session.project)] == ["Testkader"]


def test_propose_from_position_paper_adds_what_was_confirmed(tree):
    session = tree.session
    add_document(session.project, ["1. Meer woningen bouwen", "2. Minder regels"], title="Positie",
                 kind=DocumentKind.POSITION, headings={0: "Wonen"})
    shown = []

    def confirm(proposal):
        shown.append(proposal)
        return Framework(name="Voorstel", themes=[Theme(title="Wonen", speerpunten=[Speerpunt("9.1", "Bouwen")])])

    tree.confirm_proposal = confirm
    tree.propose_action.trigger()
    assert [proposal.name for proposal in shown] == ["Positie"]  # proposed from the position paper
    assert "Voorstel" in [fw.name for fw in list_frameworks(session.project)]


def test_proposal_dialog_keeps_only_ticked_items_with_edited_titles(qtbot):
    proposal = Framework(name="Voorstel", themes=[
        Theme(title="Wonen", code="1", speerpunten=[Speerpunt("1.1", "Bouwen", formulation="Bouw meer."),
                                                    Speerpunt("1.2", "Inleiding")]),
        Theme(title="Colofon", code="2"),
    ])
    dialog = ProposalDialog(proposal)
    qtbot.addWidget(dialog)
    wonen = dialog.tree.topLevelItem(0)
    wonen.child(1).setCheckState(0, Qt.CheckState.Unchecked)
    wonen.child(0).setText(1, "Meer woningen bouwen")
    dialog.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.name.setText("G40-kader")
    chosen = dialog.chosen_framework()
    assert chosen.name == "G40-kader"
    assert [(t.title, [(s.code, s.title, s.formulation) for s in t.speerpunten]) for t in chosen.themes] == [
        ("Wonen", [("1.1", "Meer woningen bouwen", "Bouw meer.")])
    ]


def test_reassign_dialog_offers_the_other_speerpunten(session, qtbot):
    dialog = ReassignDialog(session, session.codes["1.1"], 3)
    qtbot.addWidget(dialog)
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == [session.codes["1.2"],
                                                                                   session.codes["2.1"]]
    assert dialog.reassign_to() == session.codes["1.2"]
    dialog.drop.setChecked(True)
    assert dialog.reassign_to() is None


def test_unticking_a_theme_in_the_proposal_drops_its_speerpunten(qtbot):
    proposal = Framework(name="Voorstel", themes=[
        Theme(title="Wonen", code="1", speerpunten=[Speerpunt("1.1", "Bouwen"), Speerpunt("1.2", "Huren")]),
        Theme(title="Werk", code="2", speerpunten=[Speerpunt("2.1", "Banen")]),
    ])
    dialog = ProposalDialog(proposal)
    qtbot.addWidget(dialog)
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert [t.title for t in dialog.chosen_framework().themes] == ["Werk"]


def test_import_a_refi_qda_codebook_and_undo(tree, tmp_path):
    path = tmp_path / "atlas-codes.qdc"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
                    '<Codes><Code guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}" name="Wonen" isCodable="false">'
                    '<Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="Huur" isCodable="true"/></Code>'
                    "</Codes></CodeBook>", encoding="utf-8")
    tree.ask_framework_file = lambda: path
    tree.import_action.trigger()
    frameworks = list_frameworks(tree.session.project)
    assert [fw.name for fw in frameworks] == ["Testkader", "atlas-codes"]
    assert [(t.title, [s.title for s in t.speerpunten]) for t in frameworks[1].themes] == [("Wonen", ["Huur"])]
    tree.session.undo_stack.undo()
    assert [fw.name for fw in list_frameworks(tree.session.project)] == ["Testkader"]
