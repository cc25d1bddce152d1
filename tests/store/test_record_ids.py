"""all_record_ids: what a refresh after an outside change must reload, deleted rows included."""

from __future__ import annotations

from desktop.operations.changes import Changes
from desktop.operations.findings import add_finding, delete_findings
from desktop.store.record_ids import all_record_ids
from tests.builders import add_document, add_small_framework


def test_lists_every_record_including_deleted_findings(project):
    codes = add_small_framework(project)
    document_id = add_document(project, ["Het kabinet bouwt woningen."])
    kept = add_finding(project, document_id, codes["1.1"], "positive", 0, 10, author="An")
    gone = add_finding(project, document_id, codes["2.1"], "concern", 11, 20, author="Bo")
    delete_findings(project, [gone.id])

    ids = all_record_ids(project)

    assert ids["documents"] == {document_id}
    assert ids["findings"] == {kept.id, gone.id}
    assert set(codes.values()) <= ids["frameworks"]
    changes = Changes.everything(**ids)
    assert changes.everything_changed and changes.findings == {kept.id, gone.id}


def test_everything_is_truthy_and_survives_a_merge():
    assert Changes.everything()
    assert not Changes()
    assert Changes(findings={"x"}).merge(Changes.everything()).everything_changed
