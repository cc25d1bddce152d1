"""Taking back the import of a new version, and doing it again: the project exactly as it was, row for row.

The ground truth is a dump of every table of the project file (the full-text index through its own
rows, not FTS5's internal pages), read with plain SQL outside the code under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.demo import AGREEMENT, fill_demo_project
from desktop.operations.findings import add_finding, delete_findings, restore_findings
from desktop.operations.revision_undo import RevisionUndoRefused, redo_revision, undo_revision
from desktop.operations.revisions import import_revision
from desktop.store.documents import document_text, list_documents
from desktop.store.findings import get_finding, list_findings
from desktop.store.index.search import search
from desktop.store.rejections import add_rejection
from tests.builders import add_document, add_small_framework
from tests.operations.test_revisions import NEW, OLD


def dump(project) -> dict[str, list[tuple]]:
    """Every row of every table, sorted; FTS5's shadow tables are left out (their pages are its own business)."""
    db = project.db.conn
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'passages_fts_%'")]
    result = {}
    for table in tables:
        rows = db.execute(f'SELECT rowid, * FROM "{table}"').fetchall() if table == "passages_fts" else \
            db.execute(f'SELECT * FROM "{table}"').fetchall()
        result[table] = sorted(rows, key=repr)
    return result


@pytest.fixture
def demo(project, tmp_path: Path):
    """The demo project and a changed copy of its agreement: a sentence reworded, a paragraph gone, one added."""
    fill_demo_project(project)
    [agreement] = [d for d in list_documents(project) if d.kind == "agreement"]
    text = AGREEMENT.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    quotes = [f.quote for f in list_findings(project, document_id=agreement.id) if f.quote]
    holding = [i for i, paragraph in enumerate(paragraphs) if any(quote in paragraph for quote in quotes)]
    first, second = holding[0], holding[-1]
    words = paragraphs[second].split(" ")
    paragraphs[second] = " ".join(words[: len(words) // 2] + ["zeker"] + words[len(words) // 2:])
    del paragraphs[first]  # its findings are orphaned
    paragraphs.insert(3, "Een geheel nieuwe alinea over het zonnedakenplan in de wijken.")
    changed = tmp_path / "coalitieakkoord-definitief.md"
    changed.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return project, agreement.id, changed


def test_undo_takes_the_demo_project_back_row_for_row_and_redo_gives_the_same_import(demo) -> None:
    project, old, changed = demo
    before = dump(project)
    report = import_revision(project, changed, old, author="Fatima el Amrani")
    counts = report.counts()
    assert counts["exact"] and counts["orphaned"] and counts["changed"], counts  # a real carry-over: kept and lost findings both
    assert search(project, "zonnedakenplan")
    imported = dump(project)
    changes, redo = undo_revision(project, report.revision_id, report.before)
    assert dump(project) == before
    assert {old, report.new_document.id} <= changes.documents
    assert [d.id for d in list_documents(project) if d.kind == "agreement"] == [old]
    assert search(project, "zonnedakenplan") == []
    changed.write_text("Het bestand is intussen veranderd.", encoding="utf-8")  # redo does not read it
    redo_revision(project, redo)
    assert dump(project) == imported
    undo_revision(project, report.revision_id, report.before)
    assert dump(project) == before


def test_findings_made_on_the_new_version_since_block_the_undo_and_deleted_ones_come_back_with_redo(
        project, tmp_path: Path) -> None:
    codes = add_small_framework(project)
    old = add_document(project, OLD, title="Concept")
    text = document_text(project, old)
    start = text.index("geen extra middelen")
    add_finding(project, old, codes["1.1"], "concern", start, start + 19, author="Ann")
    path = tmp_path / "definitief.txt"
    path.write_text(NEW, encoding="utf-8")
    before = dump(project)
    report = import_revision(project, path, old, author="Ann")
    new = report.new_document.id
    new_text = document_text(project, new)
    at = new_text.index("energietransitie")
    later = add_finding(project, new, codes["1.2"], "positive", at, at + 16, author="Ann").id
    add_rejection(project, new, codes["1.1"], at, at + 16, author="Ann")
    unchanged = dump(project)
    with pytest.raises(RevisionUndoRefused, match="1 finding"):
        undo_revision(project, report.revision_id, report.before)
    assert dump(project) == unchanged
    delete_findings(project, [later])  # as the undo stack does before it reaches the import
    deleted = dump(project)
    _, redo = undo_revision(project, report.revision_id, report.before)
    assert dump(project) == before
    redo_revision(project, redo)
    assert dump(project) == deleted
    restore_findings(project, [later])  # the finding's own redo, further up the stack
    assert get_finding(project, later).document_id == new


def test_redo_is_refused_when_the_file_came_in_another_way_meanwhile(project, tmp_path: Path) -> None:
    from desktop.operations.documents import import_document

    add_small_framework(project)
    old = add_document(project, OLD, title="Concept")
    path = tmp_path / "definitief.txt"
    path.write_text(NEW, encoding="utf-8")
    report = import_revision(project, path, old, author="Ann")
    _, redo = undo_revision(project, report.revision_id, report.before)
    import_document(project, path)
    unchanged = dump(project)
    with pytest.raises(RevisionUndoRefused, match="already in the project"):
        redo_revision(project, redo)
    assert dump(project) == unchanged
