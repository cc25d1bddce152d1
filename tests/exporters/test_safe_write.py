"""Writing exports safely: refusals name the file, and nothing half-written or temporary is left."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from exporters import ExportOptions, ExportRefused, export
from exporters.safe_write import write_atomically


def _checksum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_folder_is_refused_by_name(reaction_project, tmp_path) -> None:
    target = tmp_path / "nergens" / "reactie.docx"
    with pytest.raises(ExportRefused, match="reactie.docx.*does not exist"):
        export(reaction_project.project, "speerpunten", target, ExportOptions())
    assert not target.parent.exists()


@pytest.mark.parametrize("layout, name", [("speerpunten", "reactie.docx"), ("xlsx", "tabel.xlsx")])
def test_read_only_target_is_refused_and_left_as_it_was(reaction_project, tmp_path, layout, name) -> None:
    target = tmp_path / name
    target.write_bytes(b"the user's earlier version")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    project_file = reaction_project.project.path
    before = _checksum(project_file)
    try:
        with pytest.raises(ExportRefused, match=f"{name}: the file is read-only or open in another program"):
            export(reaction_project.project, layout, target, ExportOptions())
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert target.read_bytes() == b"the user's earlier version"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test.speerpunt")) == [name]
    assert _checksum(project_file) == before


def test_read_only_folder_is_refused(reaction_project, tmp_path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportRefused, match="reactie.csv: no permission to write in the folder"):
            export(reaction_project.project, "csv", folder / "reactie.csv", ExportOptions())
        assert os.listdir(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_file_open_in_word_is_refused(reaction_project, tmp_path) -> None:
    (tmp_path / "~$actie.docx").write_bytes(b"lock")  # Word's lock file for "reactie.docx"
    with pytest.raises(ExportRefused, match="open in Word"):
        export(reaction_project.project, "speerpunten", tmp_path / "reactie.docx", ExportOptions())


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path) -> None:
    target = tmp_path / "reactie.docx"
    target.write_bytes(b"old")

    def half_then_fail(path) -> None:
        path.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["reactie.docx"]


def test_a_replaced_export_is_complete_and_keeps_its_access(tmp_path) -> None:
    target = tmp_path / "tabel.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomically(target, lambda path: path.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_cancelled_export_leaves_nothing(reaction_project, tmp_path) -> None:
    from desktop.progress import Cancelled, RecordingProgress

    target = tmp_path / "reactie.docx"
    with pytest.raises(Cancelled):
        export(reaction_project.project, "speerpunten", target, ExportOptions(), RecordingProgress(cancel_after=1))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".speerpunt" and "speerpunt-" not in p.name] == []


def test_wrong_suffix_and_unknown_layout_are_refused(reaction_project, tmp_path) -> None:
    with pytest.raises(ExportRefused, match="writes a .docx file"):
        export(reaction_project.project, "analyse", tmp_path / "x.pdf", ExportOptions())
    with pytest.raises(ExportRefused, match="unknown layout"):
        export(reaction_project.project, "poster", tmp_path / "x.docx", ExportOptions())


def test_a_project_without_agreement_is_refused(project, tmp_path) -> None:
    with pytest.raises(ExportRefused, match="no agreement"):
        export(project, "speerpunten", tmp_path / "x.docx", ExportOptions())
