"""Getting a framework from the position paper: the empty tree's hint, the Document menu, the dialog's warning."""

from __future__ import annotations

import pytest

from desktop.domain.document import DocumentKind
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.operations.documents import update_document
from desktop.store.frameworks import list_frameworks
from desktop.ui.review.framework_dialogs import ProposalDialog
from desktop.ui.review.framework_tree import FrameworkTree
from tests.builders import add_document


def _position_paper(project) -> str:
    document_id = add_document(project, ["1. Meer woningen bouwen", "2. Minder regels"], title="WONEN VOOROP",
                               kind=DocumentKind.POSITION, headings={0: "Wonen"})
    update_document(project, document_id, short_name="Positiepaper Wonen", period="2024-2028")
    return document_id


@pytest.fixture
def empty_tree(project, qtbot):
    from desktop.ui.session import Session

    _position_paper(project)
    session = Session(project, author="Testanalist")
    tree = FrameworkTree(session)
    qtbot.addWidget(tree)
    tree.show()
    yield tree
    session.undo_stack.clear()


def _confirm_as_shown(tree) -> list[Framework]:
    shown: list[Framework] = []

    def confirm(proposal):
        shown.append(proposal)
        return Framework(name=proposal.name, themes=[Theme(title="Wonen", code="1",
                                                           speerpunten=[Speerpunt("1.1", "Bouwen")])])

    tree.confirm_proposal = confirm
    return shown


def test_the_empty_tree_offers_a_proposal_and_the_hint_goes_once_there_is_a_framework(empty_tree):
    tree = empty_tree
    assert tree.empty_hint.isVisible()
    assert tree.propose_button.text() == "Propose from position paper…"
    shown = _confirm_as_shown(tree)
    tree.propose_button.click()
    # Named as the analyst knows the paper (short name and period), not its capitalised title.
    assert [proposal.name for proposal in shown] == ["Positiepaper Wonen 2024-2028"]
    assert [fw.name for fw in list_frameworks(tree.session.project)] == ["Positiepaper Wonen 2024-2028"]
    assert not tree.empty_hint.isVisible()
    tree.session.undo_stack.undo()
    assert tree.empty_hint.isVisible()


def test_the_document_menu_proposes_a_framework(project, main_window):
    _position_paper(project)
    project_path = project.path
    project.close()
    window = main_window(project_path)
    action = window.framework_menu.propose
    assert action in window.revision_menu.menu.actions() and action.isEnabled()
    assert action.text().replace("&", "") == "Propose speerpunten from position paper…"
    tree = window.docks.widgets["frameworkTree"]
    shown = _confirm_as_shown(tree)
    action.trigger()
    assert [proposal.name for proposal in shown] == ["Positiepaper Wonen 2024-2028"]
    assert [fw.name for fw in list_frameworks(window.session.project)] == ["Positiepaper Wonen 2024-2028"]


def test_the_proposal_dialog_warns_about_a_theme_without_speerpunten(qtbot):
    proposal = Framework(name="Voorstel", themes=[
        Theme(title="Zorg", code="3", speerpunten=[Speerpunt("3.1", "Preventie")]),
        Theme(title="Werk maken van talent", code="4"),
    ])
    dialog = ProposalDialog(proposal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_warning.isVisible()
    assert "4 Werk maken van talent" in dialog.empty_warning.text() and "Zorg" not in dialog.empty_warning.text()
    theme_4 = dialog.tree.topLevelItem(1)
    assert not theme_4.icon(1).isNull() and dialog.tree.topLevelItem(0).icon(1).isNull()
    # The empty theme is still offered (ticked) for the analyst to fill in.
    assert [t.title for t in dialog.chosen_framework().themes] == ["Zorg", "Werk maken van talent"]


def test_the_proposal_dialog_says_nothing_when_every_theme_has_speerpunten(qtbot):
    proposal = Framework(name="Voorstel", themes=[Theme(title="Zorg", code="3", speerpunten=[Speerpunt("3.1", "A")])])
    dialog = ProposalDialog(proposal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.empty_warning.isVisible()
