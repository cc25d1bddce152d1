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


def test_the_list_narrowed_by_category_and_to_current_versions_keeps_import_order(project):
    """From the one cached read: each group holds exactly its members, in import order; a superseded version
    leaves the current list but not the full one."""
    assen = add_document(project, ["Assen bouwt woningen."], title="Assen")
    emmen = add_document(project, ["Emmen kiest voor werk."], title="Emmen")
    groningen = add_document(project, ["Groningen investeert."], title="Groningen")
    zwolle = add_document(project, ["Zwolle groeit."], title="Zwolle")
    update_document(project, assen, categories="G40, middelgroot")
    update_document(project, emmen, categories="middelgroot")
    update_document(project, groningen, categories="G4, G40")
    project.db.execute("UPDATE documents SET superseded_by = (SELECT sha256 FROM documents WHERE id = ?) WHERE id = ?",
                       [zwolle, emmen])
    project.db.execute("UPDATE documents SET deleted = '2026-12-01T10:00:00+00:00' WHERE id = ?", [zwolle])  # merged away
    assert [d.id for d in list_documents(project)] == [assen, emmen, groningen]
    assert [d.id for d in list_documents(project, category="G40")] == [assen, groningen]
    assert [d.id for d in list_documents(project, category="middelgroot")] == [assen, emmen]
    assert [d.id for d in list_documents(project, category="middelgroot", current_only=True)] == [assen]
    assert [d.id for d in list_documents(project, current_only=True)] == [assen, groningen]
    assert list_documents(project, category="G4 ") == []
