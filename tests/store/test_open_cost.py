"""Opening checks what is cheap; the whole file is read when something suggests damage or on `speerpunt check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.document import Block, DocumentKind, PassageKind, assemble
from desktop.operations.documents import store_document
from desktop.store.documents import list_documents
from desktop.store.project import ProjectRefused, create_project, open_project


def _project_with_text(path: Path) -> Path:
    project = create_project(path)
    blocks = [Block(PassageKind.PARAGRAPH, f"Alinea {n} over wonen en werk in gemeente {n % 40}.") for n in range(3000)]
    store_document(project, assemble("Tekst", blocks), b"bron", "abc", "tekst.txt", DocumentKind.AGREEMENT)
    project.close()
    assert not path.with_name(path.name + "-wal").exists(), "a clean close leaves no write-ahead log"
    return path


def _damage_a_middle_page(path: Path) -> None:
    """Zero most of one page in the middle of the file, as a bad disk sector would (not the header)."""
    data = bytearray(path.read_bytes())  # read as bytes: opening it with SQLite would replay a left-over log
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    start = (pages // 2) * page_size
    data[start + 8 : start + page_size] = bytes(page_size - 8)
    path.write_bytes(bytes(data))


def _damage_a_page_of_passages(path: Path) -> None:
    """Zero the page of the passages table that holds passage 1500 (not the document's own copy of its text)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for start in range(0, len(data), page_size):
        page = bytes(data[start : start + page_size])
        if b"Alinea 1500 over" in page and b"20.\n\nAlinea 1501" not in page:
            data[start + 8 : start + page_size] = bytes(page_size - 8)
            path.write_bytes(bytes(data))
            return
    raise AssertionError("no page of the passages table holds passage 1500")


def _check(capsys, path: Path) -> tuple[int, str, str]:
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_sound_project_passes_the_whole_check(tmp_path, capsys):
    path = _project_with_text(tmp_path / "land.speerpunt")
    code, out, err = _check(capsys, path)
    assert code == 0 and "no damage found" in out and err == ""


def test_damage_inside_a_cleanly_closed_file_is_found_by_check_not_by_every_open(tmp_path, capsys):
    path = _project_with_text(tmp_path / "land.speerpunt")
    _damage_a_middle_page(path)
    with open_project(path) as project:  # cheap checks only: header, size, schema
        assert project.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    before = path.read_bytes()
    code, out, err = _check(capsys, path)
    assert code == 1 and out == ""
    assert err.startswith("speerpunt check: land.speerpunt: the project file is damaged ("), err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before, "check never writes"


def test_after_an_unclean_shutdown_the_next_open_checks_the_whole_file(tmp_path):
    path = _project_with_text(tmp_path / "land.speerpunt")
    # A program stopped while writing: the write-ahead log is left beside the file.
    project = open_project(path)
    project.db.execute("UPDATE documents SET title = 'Nieuw'")
    crashed = tmp_path / "crash"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copy(source, crashed / (path.name + suffix))
    project.close()
    copy = crashed / path.name
    assert copy.with_name(copy.name + "-wal").exists()
    _damage_a_middle_page(copy)
    with pytest.raises(ProjectRefused, match="damaged"):
        open_project(copy)


def test_damage_met_by_a_command_names_the_check(tmp_path, capsys):
    path = _project_with_text(tmp_path / "land.speerpunt")
    with open_project(path) as project:
        [document] = list_documents(project)
    _damage_a_page_of_passages(path)
    # Listing (the scan for damaged rows reads only small indexes since version 8, so it may pass),
    # reading every passage, or searching meets the damaged page.
    for command in (["docs", str(path)], ["passages", str(path), document.id],
                    ["search", str(path), "gemeente", "--limit", "5000"]):
        code = main(command)
        _out, err = capsys.readouterr()
        if code:
            break
    assert code == 1 and "speerpunt check" in err and len(err.strip().splitlines()) == 1
