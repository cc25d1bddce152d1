"""The window opens its project more than once (tagging suggestions, the export preview, an import,
a merge). A second open must not take away the first's SQLite locks: without them a `speerpunt`
command run meanwhile took itself for the last user, deleted the -wal and -shm files, and the
window's later edits went into deleted files and were lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
from desktop.operations.documents import store_document
from desktop.store.project import create_project, open_project, project_version

REPO = Path(__file__).resolve().parents[2]


def _document(project, title: str) -> None:
    blocks = [Block(PassageKind.PARAGRAPH, f"Alinea {n} over wonen in {title}.") for n in range(3)]
    store_document(project, assemble(title, blocks), title.encode(), title, f"{title}.txt", DocumentKind.AGREEMENT)


def _other_program_imports(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "emmen.txt"
    source.write_text("Emmen bouwt 500 woningen.\n\nDe jeugdzorg blijft dichtbij.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(project), str(source)],
                            cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def _titles(path: Path) -> set[str]:
    project = open_project(path)
    try:
        return {row["title"] for row in project.db.query("SELECT title FROM documents")}
    finally:
        project.close()


def test_a_second_open_in_the_window_keeps_the_project_safe_from_a_command_run_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "werk.speerpunt"
    create_project(path).close()
    window = open_project(path)
    try:
        _document(window, "Assen")
        # What the suggestion service and the export preview do: their own connection, opened and closed.
        open_project(path).close()
        assert project_version(path) > 0  # and what reading the version on the side does

        _other_program_imports(path, tmp_path)
        assert path.with_name(path.name + "-shm").exists(), "the command removed the open project's shared memory"

        _document(window, "Zwolle")  # the window goes on working after the command
    finally:
        window.close()

    assert _titles(path) >= {"Assen", "Zwolle", "emmen"}, "an edit was lost"
