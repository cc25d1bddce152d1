"""A broken framework file and a refused finding say why in the interface's language (docs/I18N.md).

The framework file is read through the framework tree's own import, once in the Dutch app and once in the
English one: the file name, the place in the file and the line number come through in either. A finding is
refused while tagging and through the undo commands the window pushes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.finding import Assessment
from desktop.operations.revisions import import_revision
from desktop.store.documents import get_document
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks
from desktop.ui import i18n
from tests.ui.conftest import PARAGRAPHS, choose_speerpunt_for_selection


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    i18n.install_language(request.param)
    return request.param


def _import_framework_file(session, qtbot, monkeypatch, path) -> list[tuple[str, str]]:
    """Import ``path`` with the framework tree's "Import framework file"; the warnings the analyst reads."""
    from desktop.ui.review import framework_tree
    from desktop.ui.review.framework_tree import FrameworkTree

    shown = []
    monkeypatch.setattr(framework_tree.QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    tree = FrameworkTree(session)
    qtbot.addWidget(tree)
    tree.ask_framework_file = lambda: path
    tree.import_action.trigger()
    return shown


THEME_WITHOUT_TITLE = """\
format: speerpunt-framework/1
name: G40 {2026} 100%
themes:
  - title: Wonen
    speerpunten:
      - {code: "1.1", title: Betaalbaar wonen}
  - code: "2"
    speerpunten: []
"""


def test_a_yaml_file_with_a_theme_without_title_is_refused_in_dutch(session, qtbot, tmp_path, monkeypatch):
    i18n.install_language("nl")
    path = tmp_path / "Kader {gemeente} 100%.yaml"
    path.write_text(THEME_WITHOUT_TITLE, encoding="utf-8")
    shown = _import_framework_file(session, qtbot, monkeypatch, path)
    assert shown == [("Kaderbestand importeren", "Kader {gemeente} 100%.yaml: thema 2 heeft geen titel (regel 7)")]
    assert [fw.name for fw in list_frameworks(session.project)] == ["Testkader"]


def test_the_english_app_refuses_the_same_yaml_file_in_english(session, qtbot, tmp_path, monkeypatch):
    i18n.install_language("en")
    path = tmp_path / "Kader {gemeente} 100%.yaml"
    path.write_text(THEME_WITHOUT_TITLE, encoding="utf-8")
    shown = _import_framework_file(session, qtbot, monkeypatch, path)
    assert shown == [("Import framework file", "Kader {gemeente} 100%.yaml: theme 2 has no title (line 7)")]


BROKEN = {
    "aantekeningen.md": (
        "Wat we willen bereiken.\n\n- betaalbare huur\n- meer groen\n",
        "aantekeningen.md: geen themakoppen ('# Thema'); niets om als kader in te lezen",
        "aantekeningen.md: no theme headings ('# Theme'); nothing to read as a framework",
    ),
    "dubbel.md": (
        "# G40\n\n## 1 Wonen\n\n- 1.1 Betaalbaar wonen\n- 1.1 Starters\n",
        "dubbel.md: thema 1 'Wonen': code '1.1' staat ook op regel 5; elke code mag maar één keer voorkomen (regel 6)",
        "dubbel.md: theme 1 'Wonen': code '1.1' is also used on line 5; codes must be unique (line 6)",
    ),
    "dubbel.yaml": (
        "format: speerpunt-framework/1\nname: G40\nthemes:\n  - title: Wonen\n    speerpunten:\n"
        "      - {code: '1.1', title: Betaalbaar wonen}\n      - {code: '1.1', title: Starters}\n",
        "dubbel.yaml: thema 1 'Wonen': speerpunt 1.1: code '1.1' wordt ook gebruikt door 'Betaalbaar wonen'; "
        "elke code mag maar één keer voorkomen (regel 7)",
        "dubbel.yaml: theme 1 'Wonen': speerpunt 1.1: code '1.1' is also used by 'Betaalbaar wonen'; "
        "codes must be unique (line 7)",
    ),
    "kleur.yaml": (
        "format: speerpunt-framework/1\nname: G40\nthemes:\n  - title: Wonen\n    colour: blauw\n",
        "kleur.yaml: thema 1 'Wonen': kleur 'blauw' heeft niet de vorm #RRGGBB (bijvoorbeeld \"#1f77b4\"; "
        "zet de kleur tussen aanhalingstekens) (regel 5)",
        "kleur.yaml: theme 1 'Wonen': colour 'blauw' is not of the form #RRGGBB (e.g. \"#1f77b4\"; quote it) (line 5)",
    ),
    "nieuwer.yaml": (
        "format: speerpunt-framework/3\nname: G40\nthemes: []\n",
        "nieuwer.yaml: geschreven in versie 3 van het kaderformaat; deze Speerpunt leest versie 1 en ouder. "
        "Werk Speerpunt bij om het te openen (regel 1)",
        "nieuwer.yaml: written in version 3 of the framework format; this Speerpunt reads version 1 and older. "
        "Update Speerpunt to open it (line 1)",
    ),
    "lijst.yaml": (
        "format: speerpunt-framework/1\nname: G40\nthemes:\n  - title: Wonen\n    speerpunten: geen\n",
        "lijst.yaml: thema 1 'Wonen': speerpunten: een lijst van regels die met '- ' beginnen verwacht, "
        "maar 'geen' gevonden (regel 5)",
        "lijst.yaml: theme 1 'Wonen': speerpunten: expected a list of '- ' entries, found 'geen' (line 5)",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_framework_file_is_refused_in_the_interface_language(session, qtbot, tmp_path, monkeypatch,
                                                                      language, name):
    text, dutch, english = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [(_title, shown)] = _import_framework_file(session, qtbot, monkeypatch, path)
    assert shown == {"nl": dutch, "en": english}[language]
    assert [fw.name for fw in list_frameworks(session.project)] == ["Testkader"]


def test_the_command_line_text_of_a_framework_file_stays_english_in_the_dutch_app(tmp_path, qapp):
    """str() of the refusal (what `speerpunt framework import` prints) does not follow the window's language."""
    from desktop.frameworks.fileformat import FrameworkFormatError, load_framework

    i18n.install_language("nl")
    path = tmp_path / "kader.yaml"
    path.write_text(THEME_WITHOUT_TITLE, encoding="utf-8")
    with pytest.raises(FrameworkFormatError) as refused:
        load_framework(path)
    assert str(refused.value) == "kader.yaml: theme 2 has no title (line 7)"
    assert i18n.refusal_text(refused.value) == "kader.yaml: thema 2 heeft geen titel (regel 7)"


SUPERSEDED = {
    "nl": "Niet opgeslagen: 'Akkoord' is vervangen door een nieuwere versie en kan niet meer worden gewijzigd; "
          "tag de nieuwere versie",
    "en": "Not saved: 'Akkoord' is superseded by a newer version and read-only; tag the newer version",
}


def test_tagging_an_agreement_replaced_meanwhile_is_refused_in_the_interface_language(language, pane, session,
                                                                                      qtbot, tmp_path):
    """The pane shows the agreement as it was read; a colleague's new version came in since."""
    newer = tmp_path / "Akkoord v2.txt"
    newer.write_text("\n\n".join([*PARAGRAPHS, "Een nieuwe alinea in de tweede versie."]), encoding="utf-8")
    import_revision(session.project, newer, session.document_id, author="Fatima")
    assert get_document(session.project, session.document_id).superseded_by is not None
    before = len(list_findings(session.project))
    choose_speerpunt_for_selection(pane, qtbot, 0, 8, "1.1")
    qtbot.keyClick(pane.tag_panel, Qt.Key.Key_Z)
    assert pane.tag_panel.status.text() == SUPERSEDED[language]
    assert len(list_findings(session.project)) == before


NEEDS_A_SPAN = {
    ("nl", Assessment.CONCERN): "een bevinding 'zorg' heeft een stuk tekst nodig (begin en eind)",
    ("nl", Assessment.POSITIVE): "een bevinding 'positief' heeft een stuk tekst nodig (begin en eind)",
    ("en", Assessment.CONCERN): "a concern finding needs a span of text (start and end)",
    ("en", Assessment.POSITIVE): "a positive finding needs a span of text (start and end)",
}


@pytest.mark.parametrize("assessment", [Assessment.CONCERN, Assessment.POSITIVE])
def test_a_finding_without_a_passage_names_its_assessment_in_the_interface_language(session, language, assessment):
    from desktop.ui.commands.findings import AddFinding

    command = AddFinding(session, session.document_id, session.codes["1.1"], assessment, None, None)
    session.push(command)
    assert command.error == NEEDS_A_SPAN[(language, assessment)]
    assert list_findings(session.project) == []


def test_a_missing_finding_made_positive_is_refused_in_dutch(session, qapp):
    """A missing finding has no passage: it cannot become positive (the findings table's assessment column)."""
    from desktop.ui.commands.findings import AddFinding, EditFinding

    i18n.install_language("nl")
    added = AddFinding(session, session.document_id, session.codes["2.1"], Assessment.MISSING, None, None)
    session.push(added)
    command = EditFinding(session, added.finding_id, assessment=Assessment.POSITIVE)
    session.push(command)
    assert command.error == "een bevinding 'positief' heeft een stuk tekst nodig"
    [finding] = list_findings(session.project)
    assert finding.assessment is Assessment.MISSING


def test_a_joint_finding_outside_the_agreement_is_refused_in_dutch(session, qapp):
    from desktop.store.documents import document_text
    from desktop.ui.commands.review import WriteJointFinding

    i18n.install_language("nl")
    length = len(document_text(session.project, session.document_id))
    command = WriteJointFinding(session, session.document_id, session.codes["1.1"], Assessment.CONCERN,
                                length - 5, length + 20, "Samen besloten", "Anna & Bram", [])
    session.push(command)
    assert command.error == f"het stuk {length - 5}-{length + 20} ligt buiten het document (0-{length}) of is leeg"
    assert list_findings(session.project) == []
