"""Findings bundle export: the bundle carries this analyst's findings to a colleague's copy."""

from __future__ import annotations

from desktop.operations.findings import add_finding
from desktop.operations.merge import merge_into
from desktop.store.findings import list_findings
from desktop.ui.collaboration import bundle_export
from tests.ui.collab_helpers import colleague_copy, in_copy


def test_the_exported_bundle_merges_into_a_colleagues_copy(session, qtbot, tmp_path, monkeypatch):
    theirs = colleague_copy(session.project, tmp_path)
    mine = add_finding(session.project, session.document_id, session.codes["1.1"], "concern", 0, 20,
                       note="Te vaag", author="Testanalist")
    target = tmp_path / "mijn-bevindingen"
    monkeypatch.setattr(bundle_export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(bundle_export.QMessageBox, "information", lambda *a: told.append(a[2]))

    written = bundle_export.export_findings_bundle(session)

    assert written.path == tmp_path / "mijn-bevindingen.spbundle" and written.findings == 1
    assert "mijn-bevindingen.spbundle" in told[0] and "1 findings" in told[0]
    with in_copy(theirs) as copy:
        merge_into(copy, written.path, backup=False)
        assert [(f.id, f.note) for f in list_findings(copy)] == [(mine.id, "Te vaag")]


def test_cancelling_the_file_question_writes_nothing(session, qtbot, monkeypatch):
    monkeypatch.setattr(bundle_export.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert bundle_export.export_findings_bundle(session) is None
