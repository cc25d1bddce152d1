"""Forward migrations, from every earlier version and from committed old project files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop.store import open_project
from desktop.store.migrations import LATEST_VERSION, migrate, schema_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "projects"


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_every_earlier_version_migrates_to_the_latest(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.speerpunt"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, target=version)
    if version == 0:
        # Version 0 is an empty file; give it our application id as create_project would.
        from desktop.store.schema import APPLICATION_ID

        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.close()
    with open_project(path) as project:
        assert schema_version(project.db) == LATEST_VERSION


def test_a_failing_migration_step_leaves_the_file_at_its_version(tmp_path: Path, monkeypatch) -> None:
    from desktop.store import migrations

    path = tmp_path / "half.speerpunt"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE halfway (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [broken])
    with pytest.raises(RuntimeError):
        migrations.migrate(db, target=1)
    assert schema_version(db) == 0
    assert "halfway" not in db.table_names()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.speerpunt")), ids=lambda p: p.name)
def test_committed_old_project_files_open_with_their_work(tmp_path: Path, fixture: Path) -> None:
    from desktop.store.documents import list_documents
    from desktop.store.findings import list_findings

    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with open_project(path) as project:
        assert schema_version(project.db) == LATEST_VERSION
        documents = list_documents(project)
        assert documents and documents[0].passages > 0
        findings = list_findings(project)
        assert {f.assessment.value for f in findings} == {"positive", "concern", "missing"}


def test_version_5_rebuilds_the_search_index_of_an_existing_project(tmp_path: Path) -> None:
    """A project made before stemming (its index the raw text) finds Dutch word forms after opening."""
    from desktop.store.index.search import search

    path = tmp_path / "v3.speerpunt"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, target=3)
    text = "De Straße: gemeenten bouwen woningen.\n\nElke gemeente telt."
    db.execute("INSERT INTO documents (id, title, kind, source_name, sha256, imported_at, text, modified) "
               "VALUES ('d1', 'Oud akkoord', 'agreement', 'oud.txt', 'abc', '2024-01-01', ?, '2024-01-01')", [text])
    for number, (start, end) in enumerate([(0, 37), (39, len(text))], start=1):
        db.execute('INSERT INTO passages (id, document_id, seq, kind, start, "end", text) '
                   "VALUES (?, 'd1', ?, 'paragraph', ?, ?, ?)", [number, number, start, end, text[start:end]])
    db.execute("INSERT INTO passages_fts (rowid, text) SELECT id, text FROM passages")  # as version 3 indexed
    db.close()
    with open_project(path) as project:
        assert schema_version(project.db) == LATEST_VERSION
        hits = search(project, "gemeente")
        assert sorted(hit.passage_id for hit in hits) == [1, 2]
        first = next(hit for hit in hits if hit.passage_id == 1)
        assert [text[s:e] for s, e in first.matches] == ["gemeenten"]
        assert first.matches[0][0] == text.index("gemeenten")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.speerpunt")), ids=lambda p: p.name)
def test_committed_old_project_files_are_searchable_after_opening(tmp_path: Path, fixture: Path) -> None:
    from desktop.store.documents import list_documents, list_passages
    from desktop.store.index.search import search

    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with open_project(path) as project:
        document = list_documents(project)[0]
        passage = next(p for p in list_passages(project, document.id) if len(p.text.split()) > 3)
        word = max(passage.text.split(), key=len).strip(".,;:!?()")
        hits = search(project, word, limit=500)
        assert passage.id in {hit.passage_id for hit in hits}


def _pdf_with_unnumbered_cover() -> bytes:
    """A cover without a number, then two pages whose footers print 1 and 2 (as the 2021 agreement does)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 40)
    pdf.text(60, 300, "Samen verder")
    for number, text in ((1, "Wij bouwen meer woningen in de regio."), (2, "Wij investeren in het openbaar vervoer.")):
        pdf.add_page()
        pdf.set_font("helvetica", "", 11)
        pdf.text(60, 100, text)
        pdf.set_font("helvetica", "", 9)
        pdf.text(290, 810, str(number))
    return bytes(pdf.output())


def test_version_4_gives_old_passages_the_printed_page_from_the_stored_pdf(tmp_path: Path) -> None:
    from desktop.store.documents import list_passages
    from desktop.store.index.search import search as search_project

    path = tmp_path / "v3.speerpunt"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, target=3)
    stamp = "2026-01-01T00:00:00Z"
    texts = ["Samen verder", "Wij bouwen meer woningen in de regio.", "Wij investeren in het openbaar vervoer."]
    for document_id, sha, pages, source in (("pdf", "a" * 64, [1, 2, 3], _pdf_with_unnumbered_cover()),
                                             ("txt", "b" * 64, [None, None, None], b"platte tekst")):
        db.execute("INSERT INTO documents (id, title, kind, source_name, sha256, pages, imported_at, text, modified) "
                   "VALUES (?, 'Akkoord', 'agreement', 'a.pdf', ?, 3, ?, ?, ?)",
                   [document_id, sha, stamp, "\n\n".join(texts), stamp])
        db.execute("INSERT INTO document_sources (document_id, data) VALUES (?, ?)", [document_id, source])
        offset = 0
        for seq, (page, text) in enumerate(zip(pages, texts, strict=True)):
            db.execute('INSERT INTO passages (document_id, seq, kind, page, start, "end", text) '
                       "VALUES (?, ?, 'paragraph', ?, ?, ?, ?)", [document_id, seq, page, offset, offset + len(text), text])
            offset += len(text) + 2
    db.execute("INSERT INTO passages_fts (rowid, text) SELECT id, text FROM passages")
    db.close()

    with open_project(path) as project:
        assert schema_version(project.db) == LATEST_VERSION
        passages = list_passages(project, "pdf")
        # The cover prints no number; the next pages print 1 and 2, one less than their index.
        assert [(p.pdf_page, p.page) for p in passages] == [(1, None), (2, "1"), (3, "2")]
        assert [p.text for p in passages] == texts  # text and offsets as imported: findings keep their anchors
        assert [(p.pdf_page, p.page) for p in list_passages(project, "txt")] == [(None, None)] * 3
        hits = search_project(project, "openbaar vervoer")
        assert {(hit.document_id, hit.page) for hit in hits} == {("pdf", "2"), ("txt", None)}


def test_version_4_keeps_the_index_as_label_when_the_stored_file_no_longer_reads(tmp_path: Path) -> None:
    from desktop.store.documents import list_passages

    path = tmp_path / "v3.speerpunt"
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    migrate(db, target=3)
    stamp = "2026-01-01T00:00:00Z"
    db.execute("INSERT INTO documents (id, title, kind, source_name, sha256, pages, imported_at, text, modified) "
               "VALUES ('d', 'Akkoord', 'agreement', 'a.pdf', ?, 2, ?, 'Een. Twee.', ?)", ["c" * 64, stamp, stamp])
    db.execute("INSERT INTO document_sources (document_id, data) VALUES ('d', ?)", [b"%PDF-1.4 damaged"])
    db.execute('INSERT INTO passages (document_id, seq, kind, page, start, "end", text) VALUES '
               "('d', 0, 'paragraph', 1, 0, 4, 'Een.'), ('d', 1, 'paragraph', 2, 5, 10, 'Twee.')")
    db.close()
    with open_project(path) as project:
        assert [(p.pdf_page, p.page) for p in list_passages(project, "d")] == [(1, "1"), (2, "2")]


def test_version_6_leaves_findings_as_tagged_and_documents_current(tmp_path: Path) -> None:
    """A project from before revised agreements: no finding has an anchor status, no document is superseded,
    and every finding keeps its span."""
    from desktop.store.documents import list_documents
    from desktop.store.findings import list_findings

    # Made from the committed version-1 file at test time rather than committed: version 4 (printed page
    # labels) is merged from another branch, and a committed version-5 file would skip its step.
    path = tmp_path / "v5.speerpunt"
    shutil.copy(FIXTURES / "v1.speerpunt", path)
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    assert migrate(db, target=5) == 5
    db.close()
    before = sqlite3.connect(path)
    spans = sorted(before.execute('SELECT id, start, "end" FROM findings').fetchall())
    before.close()
    with open_project(path) as project:
        findings = list_findings(project)
        assert sorted((f.id, f.start, f.end) for f in findings) == spans
        assert {(f.anchor, f.anchor_score) for f in findings} == {(None, None)}
        assert [d.superseded_by for d in list_documents(project)] == [None] * len(list_documents(project))


def _version_7_project(path: Path):
    """A project file left at version 7 with two agreements (one with categories and a short name) and findings."""
    from desktop.domain.finding import Assessment
    from desktop.operations.documents import update_document
    from desktop.operations.findings import add_finding
    from desktop.store.documents import document_text
    from desktop.store.project import Project
    from desktop.store.schema import APPLICATION_ID
    from tests.builders import add_document, add_small_framework

    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    assert migrate(db, target=7) == 7
    old = Project(path, db)
    first = add_document(old, ["Assen bouwt woningen.", "Assen kiest voor werk."], title="Coalitieakkoord Assen")
    add_document(old, ["Emmen bouwt ook.", "Emmen heeft een tweede bladzijde."], title="Coalitieakkoord Emmen")
    update_document(old, first, short_name="Assen", categories="G40")
    codes = add_small_framework(old)
    text = document_text(old, first)
    start = text.index("Assen kiest")  # on the second page
    add_finding(old, first, codes["1.1"], Assessment.POSITIVE, start=start, end=start + 21, author="Anna")
    return old


def test_version_8_adds_the_indexes_a_fresh_project_has_and_leaves_every_row(tmp_path: Path) -> None:
    """The indexes that make opening cheap come to an existing project; its rows and listings stay as they were."""
    from desktop.store import create_project
    from desktop.store.analysis.review import list_finding_rows
    from desktop.store.documents import list_documents

    path = tmp_path / "v7.speerpunt"
    old = _version_7_project(path)
    documents_before, rows_before = list_documents(old), list_finding_rows(old)
    tables = ("documents", "passages", "findings")
    data_before = {table: old.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in tables}
    old.close()
    with open_project(path) as project:
        assert schema_version(project.db) == LATEST_VERSION
        assert {table: project.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in tables} == data_before
        assert list_documents(project) == documents_before
        assert [(d.citation_name, d.categories) for d in documents_before] == [("Assen", ("G40",)),
                                                                               ("Coalitieakkoord Emmen", ())]
        assert list_finding_rows(project) == rows_before and rows_before[0].page == "2"
        migrated = set(project.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    with create_project(tmp_path / "fresh.speerpunt") as fresh:
        created = set(fresh.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    assert migrated == created
    assert {"documents_details", "documents_text_length", "passages_ends", "passages_page_marks",
            "passages_unsound"} <= {name for kind, name, _table, _sql in created if kind == "index"}
