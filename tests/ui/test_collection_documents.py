"""Fixing document details after a batch import: the properties dialog, the documents table, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store.documents import get_document
from tests.ui.collection_data import build_collection


@pytest.fixture
def collection(project):
    return build_collection(project, findings=20)


@pytest.fixture
def csession(project, collection, qtbot):
    from desktop.ui.session import Session

    session = Session(project, author="Testanalist")
    yield session
    session.undo_stack.clear()


def test_properties_dialog_saves_all_details_as_one_undo_step(csession, collection, project, qtbot, monkeypatch):
    from desktop.ui.documents import document_properties
    from desktop.ui.documents.document_properties import DocumentPropertiesDialog

    document_id = collection.documents["Almere"]

    def fill(dialog: DocumentPropertiesDialog) -> int:
        dialog.detail_fields["short_name"].setText("Gemeente Almere")
        dialog.detail_fields["period"].setText("2026-2030")
        editor = dialog.detail_fields["categories"]
        editor.remove_category("G40")
        editor.field.setText("g4")  # set, not typed: a completion popup cannot show offscreen
        qtbot.keyClick(editor.field, Qt.Key.Key_Return)  # the project's spelling wins: "G4"
        editor.field.setText("Flevoland")
        qtbot.keyClick(editor.field, Qt.Key.Key_Comma)  # a comma ends a category too
        return DocumentPropertiesDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentPropertiesDialog, "exec", fill)
    assert document_properties.edit_document_properties(csession, document_id) == ""
    record = get_document(project, document_id)
    assert (record.short_name, record.categories, record.period) == ("Gemeente Almere", ("Flevoland", "G4"),
                                                                     "2026-2030")
    assert csession.undo_stack.count() == 1
    assert csession.undo_stack.undoText() == "Change document details"
    csession.undo_stack.undo()
    record = get_document(project, document_id)
    assert (record.short_name, record.categories) == ("Almere", ("G40",))


def test_properties_dialog_without_changes_adds_no_undo_step(csession, collection, qtbot, monkeypatch):
    from desktop.ui.documents.document_properties import DocumentPropertiesDialog, edit_document_properties

    monkeypatch.setattr(DocumentPropertiesDialog, "exec", lambda dialog: DocumentPropertiesDialog.DialogCode.Accepted)
    edit_document_properties(csession, collection.documents["Texel"])
    assert csession.undo_stack.count() == 0


def test_documents_table_filters_by_category_and_edits_in_place(csession, collection, project, qtbot,
                                                                qtmodeltester):
    from desktop.ui.documents.collection_table import COLUMNS, DOCUMENT_ID_ROLE, CollectionTable

    table = CollectionTable(csession)
    qtbot.addWidget(table)
    qtmodeltester.check(table.model)
    assert table.proxy.rowCount() == 25
    table.set_category("platteland")
    shown = {table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())}
    assert shown == {"Aa en Hunze", "Borger-Odoorn", "Tynaarlo", "Westerwolde", "Vaals", "Texel"}
    assert table.count_label.text() == "6 of 25 documents"
    table.set_category(None)
    row = next(r for r in range(table.proxy.rowCount()) if table.proxy.index(r, 0).data() == "Rozendaal")
    categories = table.proxy.index(row, COLUMNS.index("categories"))
    assert table.proxy.setData(categories, "platteland, Gelderland")
    document_id = categories.data(DOCUMENT_ID_ROLE)
    assert get_document(project, document_id).categories == ("Gelderland", "platteland")
    # The filter knows the new category at once, and the document now counts as rural.
    assert table.filter_combo.findData("Gelderland") > 0
    table.set_category("platteland")
    assert table.proxy.rowCount() == 7
    csession.undo_stack.undo()
    assert get_document(project, document_id).categories == ()
    assert table.proxy.rowCount() == 6


def test_documents_table_refuses_an_empty_title(csession, collection, project, qtbot):
    from desktop.ui.documents.collection_table import COLUMNS, CollectionTable

    table = CollectionTable(csession)
    qtbot.addWidget(table)
    index = table.proxy.index(0, COLUMNS.index("title"))
    title = index.data()
    assert not table.proxy.setData(index, "  ")
    assert table.model.last_error == "a document needs a title"
    assert table.proxy.index(0, COLUMNS.index("title")).data() == title
    assert csession.undo_stack.count() == 0
