"""An edit made in place that the core refuses says why in the window, instead of the cell quietly
taking its old value again."""

from __future__ import annotations

import pytest

from desktop.store import create_project
from desktop.store.documents import list_documents
from tests.builders import add_document, add_small_framework
from tests.ui.conftest import PARAGRAPHS


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "werk.speerpunt"
    with create_project(path) as project:
        add_small_framework(project)
        add_document(project, PARAGRAPHS)
    return path


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Niet opgeslagen: een document heeft een titel nodig"),
    ("en", "Not saved: a document needs a title"),
])
def test_emptying_a_title_in_the_documents_table_is_refused_with_the_reason_in_the_status_bar(
        main_window, project_path, qtbot, language, expected) -> None:
    from desktop.ui.documents.collection_table import COLUMNS

    window = main_window(project_path, language=language)
    table = window.docks.show_view("collectionTable")
    index = table.proxy.index(0, COLUMNS.index("title"))
    title = index.data()

    assert not table.proxy.setData(index, "   ")

    assert window.statusBar().currentMessage() == expected
    assert table.proxy.index(0, COLUMNS.index("title")).data() == title
    assert [d.title for d in list_documents(window.session.project)] == [title]
