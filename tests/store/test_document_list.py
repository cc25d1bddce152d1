"""list_documents answers again without reading every text while nothing changed, and sees every change."""

from __future__ import annotations

from desktop.operations.documents import update_document
from desktop.store.documents import list_documents
from desktop.store.project import open_project
from tests.builders import add_document


def test_the_list_follows_changes_here_and_commits_of_another_connection(project):
    first = add_document(project, ["Assen bouwt woningen."], title="Assen")
    assert [d.title for d in list_documents(project)] == ["Assen"]
    update_document(project, first, short_name="Assen", categories="G40")
    assert [(d.short_name, d.categories) for d in list_documents(project)] == [("Assen", ("G40",))]
    assert [d.id for d in list_documents(project, category="G40")] == [first]
    with open_project(project.path) as other:  # another window or the command line
        update_document(other, first, short_name="Gemeente Assen")
        add_document(other, ["Emmen kiest voor werk."], title="Emmen")
    assert [d.citation_name for d in list_documents(project)] == ["Gemeente Assen", "Emmen"]
    assert list_documents(project, category="G40")[0].citation_name == "Gemeente Assen"
