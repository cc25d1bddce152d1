"""Opening, creating and refusing project files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.store import ProjectRefused, create_project, open_project
from desktop.store.migrations import LATEST_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_project_reopens_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "werk.speerpunt"
    create_project(path).close()
    with open_project(path) as project:
        assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "bestaand.speerpunt"
    path.write_bytes(b"iets belangrijks")
    with pytest.raises(ProjectRefused, match="already exists"):
        create_project(path)
    assert path.read_bytes() == b"iets belangrijks"


def test_create_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectRefused, match="no such folder"):
        create_project(tmp_path / "nergens" / "x.speerpunt")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not a Speerpunt project"),
        (b"%PDF-1.4 this is a pdf", "not a Speerpunt project"),
        (bytes(range(256)) * 40, "not a Speerpunt project"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "damaged"),
    ],
)
def test_files_that_are_not_projects_are_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "vreemd.speerpunt"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(ProjectRefused, match=message):
        open_project(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vreemd.speerpunt"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Jan')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectRefused, match="another program"):
        open_project(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.sqlite"]


def test_a_project_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.speerpunt"
    create_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectRefused, match="newer version of Speerpunt"):
        open_project(path)
    assert digest(path) == before


def test_a_truncated_project_is_refused_untouched(tmp_path: Path, project) -> None:
    from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
    from desktop.operations.documents import store_document

    blocks = [Block(PassageKind.PARAGRAPH, f"Alinea {n} over wonen en werk in de stad.") for n in range(2000)]
    store_document(project, assemble("Tekst", blocks), b"bron", "abc", "tekst.txt", DocumentKind.AGREEMENT)
    project.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.db.execute("PRAGMA journal_mode = DELETE")
    project.close()
    data = project.path.read_bytes()
    broken = tmp_path / "kapot.speerpunt"
    broken.write_bytes(data[: len(data) // 2])
    before = digest(broken)
    with pytest.raises(ProjectRefused, match="damaged"):
        open_project(broken)
    assert digest(broken) == before


def test_a_folder_or_missing_file_gets_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ProjectRefused, match="no such project file"):
        open_project(tmp_path / "weg.speerpunt")
    with pytest.raises(ProjectRefused, match="folder"):
        open_project(tmp_path)


def test_a_project_locked_by_another_program_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "bezet.speerpunt"
    create_project(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = digest(path)
        with pytest.raises(ProjectRefused, match="locked by another program"):
            open_project(path)
        assert digest(path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_new_project_opens_in_a_second_instance_while_the_first_has_it_open(tmp_path):
    from desktop.store import create_project, open_project

    first = create_project(tmp_path / "nieuw.speerpunt")
    try:
        second = open_project(tmp_path / "nieuw.speerpunt")
        second.close()
    finally:
        first.close()
