"""Writing exports safely: refusals name the file, and nothing half-written or temporary is left."""

from __future__ import annotations

import builtins
import contextlib
import errno
import hashlib
import os
import shutil
import stat
from unittest import mock

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


class _FillingFile:
    """A file on a disk that fills up: writes fail with ENOSPC after ``room`` bytes (or characters)."""

    def __init__(self, handle, room: int) -> None:
        self._handle, self._room = handle, room

    def write(self, data) -> int:
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.close()


@contextlib.contextmanager
def disk_fills_after(room: int):
    """Only the export's temporary file is on the "full disk"; zipfile opens through io.open, csv through open."""
    real_open = builtins.open

    def filling_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if str(file).endswith(".tmp") and any(flag in mode for flag in "wax+"):
            return _FillingFile(handle, room)
        return handle

    with mock.patch("builtins.open", filling_open), mock.patch("io.open", filling_open):
        yield


def _left_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


LAYOUTS = [("speerpunten", "reactie.docx"), ("analyse", "analyse.docx"), ("annotated", "akkoord.docx"),
           ("csv", "tabel.csv"), ("xlsx", "tabel.xlsx")]


# python-docx and openpyxl leave their ZipFile to the garbage collector after a failed write,
# and its finaliser tries once more to write to the full disk.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("layout, name", LAYOUTS)
@pytest.mark.parametrize("earlier", [False, True], ids=["new", "replacing"])
def test_a_disk_filling_up_mid_export_is_refused_and_leaves_nothing(reaction_project, tmp_path, layout, name,
                                                                      earlier) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / name
    if earlier:
        target.write_bytes(b"the user's earlier version")
    project = reaction_project.project
    before = list(project.db.conn.iterdump())
    with disk_fills_after(200), pytest.raises(ExportRefused, match=f"{name}: could not be written: the disk is full"):
        export(project, layout, target, ExportOptions())
    assert _left_in(folder) == ([name] if earlier else [])  # no temporary file, no half export
    if earlier:
        assert target.read_bytes() == b"the user's earlier version"
    assert list(project.db.conn.iterdump()) == before


@pytest.mark.parametrize("layout, name", LAYOUTS)
def test_a_folder_removed_between_writing_and_replacing_is_refused(reaction_project, tmp_path, layout, name,
                                                                     monkeypatch) -> None:
    # A network share disconnecting or a colleague deleting the folder while the export runs.
    import exporters
    from exporters import safe_write

    folder = tmp_path / "gedeeld"
    folder.mkdir()

    def folder_vanishes_after_writing(target, write):
        def write_then_vanish(path) -> None:
            write(path)
            assert path.stat().st_size > 0
            shutil.rmtree(folder)

        return safe_write.write_atomically(target, write_then_vanish)

    monkeypatch.setattr(exporters, "write_atomically", folder_vanishes_after_writing)
    project = reaction_project.project
    before = list(project.db.conn.iterdump())
    with pytest.raises(ExportRefused, match=f"{name}: could not be written: the folder .*gedeeld is gone"):
        export(project, layout, folder / name, ExportOptions())
    assert not folder.exists()
    assert _left_in(tmp_path) == sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("test.speerpunt"))
    assert list(project.db.conn.iterdump()) == before


def test_a_folder_removed_while_writing_is_refused(tmp_path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()

    def vanish_then_write(path) -> None:
        shutil.rmtree(folder)
        path.write_bytes(b"export")

    with pytest.raises(ExportRefused, match="tabel.csv: could not be written: the folder .*gedeeld is gone"):
        write_atomically(folder / "tabel.csv", vanish_then_write)
    assert _left_in(tmp_path) == []


def test_a_temporary_file_that_cannot_be_removed_does_not_hide_why_the_export_failed(tmp_path, monkeypatch) -> None:
    # On Windows a file still open cannot be deleted; the user must still hear "the disk is full".
    def no_space(path) -> None:
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def refuse_unlink(self, missing_ok=False) -> None:
        raise PermissionError(errno.EACCES, "in use by another process")

    monkeypatch.setattr(type(tmp_path), "unlink", refuse_unlink)
    with pytest.raises(ExportRefused, match="the disk is full"):
        write_atomically(tmp_path / "reactie.docx", no_space)
