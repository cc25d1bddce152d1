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
