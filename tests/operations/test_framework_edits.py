"""Editing frameworks: add, rename, recolour, move and delete themes and speerpunten."""

from __future__ import annotations

import pytest

from desktop.operations.findings import add_finding
from desktop.operations.frameworks import (
    FrameworkRefused,
    add_speerpunt,
    add_theme,
    delete_framework,
    delete_speerpunt,
    delete_theme,
    edit_speerpunt,
    edit_theme,
    move_speerpunt,
    move_theme,
    restore_framework,
    restore_speerpunt,
    restore_theme,
)
from desktop.store.findings import get_finding, list_findings
from desktop.store.frameworks import list_frameworks
from tests.builders import add_document, add_small_framework


@pytest.fixture
def framework(project):
    project.codes = add_small_framework(project)
    project.framework_id = list_frameworks(project)[0].id
    return project


def _tree(project):
    return [(t.title, [sp.code for sp in t.speerpunten]) for t in list_frameworks(project)[0].themes]


def _theme_ids(project):
    return [t.id for t in list_frameworks(project)[0].themes]


def test_add_theme_and_speerpunt_at_the_end(framework):
    theme_id, changes = add_theme(framework, framework.framework_id, " Zorg ", code="3")
    assert changes.frameworks == {framework.framework_id}
    add_speerpunt(framework, theme_id, "3.1", "Jeugdzorg", formulation="Meer grip op de jeugdzorg.")
    assert _tree(framework)[-1] == ("Zorg", ["3.1"])
    assert list_frameworks(framework)[0].themes[-1].speerpunten[0].formulation == "Meer grip op de jeugdzorg."


def test_a_speerpunt_code_must_be_free_in_the_framework(framework):
    theme_id = _theme_ids(framework)[0]
    with pytest.raises(FrameworkRefused, match="already used"):
        add_speerpunt(framework, theme_id, "2.1", "Dubbel")
    with pytest.raises(FrameworkRefused, match="already used"):
        edit_speerpunt(framework, framework.codes["1.1"], code="1.2")
    edit_speerpunt(framework, framework.codes["1.1"], code="1.1")  # its own code is fine


def test_rename_and_recolour(framework):
    edit_theme(framework, _theme_ids(framework)[0], title="Wonen en bouwen", colour="#ABC")
    edit_speerpunt(framework, framework.codes["1.2"], title="Leefbare buurten", colour="#117733")
    theme = list_frameworks(framework)[0].themes[0]
    assert (theme.title, theme.colour) == ("Wonen en bouwen", "#aabbcc")
    assert (theme.speerpunten[1].title, theme.speerpunten[1].colour) == ("Leefbare buurten", "#117733")
    with pytest.raises(FrameworkRefused, match="not a colour"):
        edit_theme(framework, theme.id, colour="rood")
    with pytest.raises(FrameworkRefused, match="empty"):
        edit_speerpunt(framework, framework.codes["1.2"], title="  ")


def test_move_reorders_and_stops_at_the_ends(framework):
    move_speerpunt(framework, framework.codes["1.2"], -1)
    assert _tree(framework)[0] == ("Wonen", ["1.2", "1.1"])
    move_speerpunt(framework, framework.codes["1.2"], -1)  # already first
    assert _tree(framework)[0] == ("Wonen", ["1.2", "1.1"])
    move_theme(framework, _theme_ids(framework)[1], -1)
    assert [title for title, _ in _tree(framework)] == ["Werk", "Wonen"]
    move_theme(framework, _theme_ids(framework)[0], +5)
    assert [title for title, _ in _tree(framework)] == ["Wonen", "Werk"]


def test_delete_speerpunt_moves_its_findings_and_restore_brings_them_back(framework):
    document_id = add_document(framework, ["Tekst over wonen."])
    finding = add_finding(framework, document_id, framework.codes["1.1"], "positive", 0, 5, author="A")
    changes = delete_speerpunt(framework, framework.codes["1.1"], reassign_to=framework.codes["1.2"])
    assert changes.findings == {finding.id}
    assert get_finding(framework, finding.id).speerpunt_id == framework.codes["1.2"]
    assert _tree(framework)[0] == ("Wonen", ["1.2"])
    restore_speerpunt(framework, framework.codes["1.1"], changes.findings)
    assert get_finding(framework, finding.id).speerpunt_id == framework.codes["1.1"]
    assert _tree(framework)[0] == ("Wonen", ["1.1", "1.2"])


def test_delete_speerpunt_without_reassignment_deletes_its_findings(framework):
    document_id = add_document(framework, ["Tekst over wonen."])
    finding = add_finding(framework, document_id, framework.codes["2.1"], "missing", author="A")
    changes = delete_speerpunt(framework, framework.codes["2.1"])
    assert list_findings(framework) == []
    restore_speerpunt(framework, framework.codes["2.1"], changes.findings)
    assert [f.id for f in list_findings(framework)] == [finding.id]


def test_delete_theme_refuses_while_findings_hang_on_it(framework):
    document_id = add_document(framework, ["Tekst over wonen."])
    add_finding(framework, document_id, framework.codes["2.1"], "missing", author="A")
    werk = _theme_ids(framework)[1]
    with pytest.raises(FrameworkRefused, match="1 finding"):
        delete_theme(framework, werk)
    wonen = _theme_ids(framework)[0]
    speerpunten, _ = delete_theme(framework, wonen)
    assert set(speerpunten) == {framework.codes["1.1"], framework.codes["1.2"]}
    assert [title for title, _ in _tree(framework)] == ["Werk"]
    restore_theme(framework, wonen, speerpunten)
    assert _tree(framework)[0] == ("Wonen", ["1.1", "1.2"])


def test_delete_and_restore_a_framework(framework):
    delete_framework(framework, framework.framework_id)
    assert list_frameworks(framework) == []
    restore_framework(framework, framework.framework_id)
    assert [title for title, _ in _tree(framework)] == ["Wonen", "Werk"]
