"""Refusals of a merge, an export, a new version and a framework in the interface's language (docs/I18N.md).

Each goes through the window's own flow, once in the Dutch app and once in the English one; the file names
and titles inside keep their braces and percent signs.
"""

from __future__ import annotations

import gzip
import json

import pytest

from desktop.operations.revisions import import_revision
from desktop.store.documents import get_document
from desktop.store.exchange.bundle import FORMAT
from desktop.store.findings import get_finding, list_findings
from desktop.store.frameworks import list_frameworks
from desktop.ui import i18n
from tests.ui.test_revision_review import carried  # noqa: F401 (a fixture)


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    i18n.install_language(request.param)
    return request.param


def _merge(dialog, qtbot) -> None:
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)


NEWER_BUNDLE = {
    "nl": "Fatima {jeugd} 100%.spbundle: gemaakt met een nieuwere versie van Speerpunt (bundelversie 99); "
          "werk Speerpunt bij",
    "en": "Fatima {jeugd} 100%.spbundle: made by a newer version of Speerpunt (bundle version 99); "
          "please update Speerpunt",
}


def test_a_bundle_from_a_newer_speerpunt_is_refused_in_the_interface_language(session, qtbot, tmp_path, language):
    from desktop.ui.collaboration.merge_dialog import MergeDialog

    bundle = tmp_path / "Fatima {jeugd} 100%.spbundle"
    bundle.write_bytes(gzip.compress(json.dumps({"format": FORMAT, "version": 99}).encode()))
    dialog = MergeDialog(session, path=bundle)
    qtbot.addWidget(dialog)
    _merge(dialog, qtbot)
    assert NEWER_BUNDLE[language] in dialog.message.text()
    assert list_findings(session.project) == []


ZIP_BOMB = {
    "nl": "bom.spbundle: geweigerd: de bundel pakt uit tot meer dan 1 MB (een ZIP-bom of geen bundel met bevindingen)",
    "en": "bom.spbundle: refused: the bundle unpacks to more than 1 MB (a ZIP bomb or not a findings bundle)",
}


def test_a_bundle_that_unpacks_too_far_is_refused_in_the_interface_language(session, qtbot, tmp_path, language,
                                                                            monkeypatch):
    from desktop.store.exchange import bundle as bundle_module
    from desktop.ui.collaboration.merge_dialog import MergeDialog

    monkeypatch.setattr(bundle_module, "MAX_BUNDLE_JSON", 1024 * 1024)
    path = tmp_path / "bom.spbundle"
    path.write_bytes(gzip.compress(b" " * (3 * 1024 * 1024)))
    dialog = MergeDialog(session, path=path)
    qtbot.addWidget(dialog)
    _merge(dialog, qtbot)
    assert ZIP_BOMB[language] in dialog.message.text()


EXPORT_OVER_PROJECT = {
    "nl": "{name}: is het geopende project ({name}); kies een andere bestandsnaam",
    "en": "{name}: is the open project ({name}); choose another file name",
}


def test_an_export_over_the_open_project_is_refused_in_the_interface_language(session, qtbot, monkeypatch,
                                                                              language):
    from desktop.ui import background
    from desktop.ui.reaction.export_dialog import ExportDialog

    monkeypatch.setattr(background, "run_inline", True)
    before = session.project.path.read_bytes()
    dialog = ExportDialog(session)
    messages = []
    dialog.show_message = lambda title, text: messages.append(text)
    qtbot.addWidget(dialog)
    dialog.output_edit.setText(str(session.project.path))
    dialog.start_export()
    name = session.project.path.name
    assert messages == [EXPORT_OVER_PROJECT[language].format(name=name)]
    assert session.project.path.read_bytes() == before


SUPERSEDED = {
    "nl": "'{old}' is al vervangen door '{new}' ({id}); importeer de nieuwe versie bij dat document",
    "en": "'{old}' is already superseded by '{new}' ({id}); import the new version of that one",
}


def test_a_new_version_of_an_agreement_replaced_meanwhile_is_refused_in_the_interface_language(
        main_window, project, carried, monkeypatch, language):  # noqa: F811 (the fixture)
    """The window read the agreement before another version came in (a colleague's merge); the import refuses."""
    from desktop.ui import background
    from desktop.ui.documents import revision_menu

    monkeypatch.setattr(background, "run_inline", True)
    findings, path = carried
    old_id = get_finding(project, findings["kept"]).document_id
    as_read = get_document(project, old_id)
    newer = import_revision(project, path, old_id, author="Fatima").new_document
    project_path = project.path
    project.close()
    window = main_window(project_path, language=language)
    monkeypatch.setattr(revision_menu, "get_document", lambda project, document_id: as_read)
    messages = []
    window.revision_menu.show_message = lambda title, text: messages.append(text)
    assert window.revision_menu.import_new_version(path, old_id)
    assert messages == [SUPERSEDED[language].format(old=as_read.title, new=newer.title, id=newer.id[:8])]


FRAMEWORK_TAKEN = {
    "nl": "het project heeft al een kader met de naam 'Testkader'",
    "en": "the project already has a framework named 'Testkader'",
}


def test_a_framework_file_with_a_name_the_project_has_is_refused_in_the_interface_language(
        session, qtbot, tmp_path, monkeypatch, language):
    from desktop.ui.review import framework_tree
    from desktop.ui.review.framework_tree import FrameworkTree

    shown = []
    monkeypatch.setattr(framework_tree.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    tree = FrameworkTree(session)
    qtbot.addWidget(tree)
    path = tmp_path / "kader.md"
    path.write_text("# Testkader\n\n## 1 Zorg\n\n### 1.1 Jeugdzorg\n", encoding="utf-8")
    tree.ask_framework_file = lambda: path
    tree.import_action.trigger()
    assert shown == [FRAMEWORK_TAKEN[language]]
    assert [fw.name for fw in list_frameworks(session.project)] == ["Testkader"]
