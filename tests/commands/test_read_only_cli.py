"""The command line on a project it may not write (docs/RELIABILITY.md, "A read-only project").

Three ways a project cannot be written: (a) the file is marked read-only (0444), (b) its
folder is (0555: SQLite cannot make its -wal/-shm there), (c) as (b) with a -wal left by an
unclean shutdown beside it. Reading commands give what they give on a writable copy, and no
byte in or beside the project changes; writing commands refuse in one line, exit 1.

Run as root, chmod stops no write; Speerpunt goes by the mode bits (read_only_reason), so the
tests hold for root too, and there a write that slipped through would show in the SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.migrations import LATEST_VERSION
from tests.commands.test_cli import AGREEMENT, FRAMEWORK

REPO = Path(__file__).resolve().parents[2]
CASES = ("file", "folder", "left-over-wal")
WAL_TITLE = "Alleen in het logboek"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the project's folder and its SHA-256."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def leave_wal_behind(project: Path) -> None:
    """A change committed to the -wal only, by a process that then dies without closing (an unclean shutdown)."""
    script = (
        "import os, sys\n"
        "from desktop.store.project import open_project\n"
        "p = open_project(sys.argv[1])\n"
        "p.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "with p.db.atomic():\n"
        f"    p.db.execute(\"UPDATE documents SET title = '{WAL_TITLE}'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(project)], cwd=REPO, check=True)
    assert project.with_name(project.name + "-wal").stat().st_size > 0


@pytest.fixture
def built(tmp_path: Path, capsys) -> dict:
    """A project with a document, a framework and a finding; ids for the commands."""
    folder = tmp_path / "map"
    folder.mkdir()
    project = folder / "werk.speerpunt"
    (tmp_path / "akkoord.md").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    code, out, err = run(capsys, "import", project, tmp_path / "akkoord.md", "--kind", "agreement", "--json")
    assert code == 0, err
    document = json.loads(out)[0]["id"]
    assert run(capsys, "framework", "import", project, tmp_path / "kader.yaml")[0] == 0
    code, out, err = run(capsys, "tag", project, "--doc", document, "--quote", "honderdduizend woningen",
                         "--speerpunt", "1.1", "--assessment", "positive", "--json")
    assert code == 0, err
    finding = json.loads(out)["id"]
    return {"tmp": tmp_path, "folder": folder, "project": project, "doc": document, "finding": finding}


def make_read_only(built: dict, case: str) -> None:
    folder, project = built["folder"], built["project"]
    if case == "left-over-wal":
        leave_wal_behind(project)
    if case == "file":
        project.chmod(0o444)
    else:
        folder.chmod(0o555)


@pytest.fixture
def restore_modes(built):
    yield
    built["folder"].chmod(0o755)
    built["project"].chmod(0o644)


def writable_twin(built: dict) -> Path:
    """A writable copy of the project and its -wal, made with plain file copies (the original untouched).

    Opened normally, SQLite folds the log into it: what the reading commands must show.
    """
    twin_folder = built["tmp"] / "twin"
    twin_folder.mkdir(exist_ok=True)
    project = built["project"]
    twin = twin_folder / project.name
    shutil.copyfile(project, twin)
    log = project.with_name(project.name + "-wal")
    if log.exists():
        shutil.copyfile(log, twin.with_name(twin.name + "-wal"))
    return twin


READING = {
    "docs": ["docs", "{P}"],
    "passages": ["passages", "{P}", "{D}"],
    "search": ["search", "{P}", "woningen"],
    "findings": ["findings", "{P}"],
    "finding shown": ["finding", "{P}", "{F}"],
    "meta shown": ["meta", "{P}", "{D}"],
    "framework list": ["framework", "list", "{P}"],
    "report shown": ["report", "{P}"],
    "reaction shown": ["reaction", "{P}", "--speerpunt", "1.1"],
    "observe listing": ["observe", "{P}"],
    "conflicts listing": ["conflicts", "{P}"],
    "agreement": ["agreement", "{P}", "--doc", "{D}"],
    "suggest": ["suggest", "{P}", "--doc", "{D}"],
}

WRITING = {
    "tag": ["tag", "{P}", "--doc", "{D}", "--start", "0", "--end", "5", "--speerpunt", "1.1", "--assessment", "concern"],
    "tag --from": ["tag", "{P}", "--from", "{T}/regels.jsonl"],
    "meta --set": ["meta", "{P}", "{D}", "--set", "title=Anders"],
    "meta --from": ["meta", "{P}", "--from", "{T}/details.csv"],
    "import": ["import", "{P}", "{T}/akkoord.md"],
    "framework import": ["framework", "import", "{P}", "{T}/kader.yaml"],
    "report --set": ["report", "{P}", "--set", "organisation=G40"],
    "reaction --text": ["reaction", "{P}", "--speerpunt", "1.1", "--text", "Wij steunen dit."],
    "observe --closing": ["observe", "{P}", "--closing", "Tot slot."],
    "finding --set": ["finding", "{P}", "{F}", "--set", "note=anders"],
    "finding --delete": ["finding", "{P}", "{F}", "--delete"],
    "conflicts --resolve": ["conflicts", "{P}", "--resolve", "c1"],
    "draft": ["draft", "{P}", "--speerpunt", "1.1"],
    "merge": ["merge", "{P}", "{T}/ander.speerpunt"],
    "sync": ["sync", "{P}", "{T}/team"],
}


def fill(args: list[str], built: dict, project: Path) -> list[str]:
    return [arg.replace("{P}", str(project)).replace("{D}", built["doc"]).replace("{F}", built["finding"])
            .replace("{T}", str(built["tmp"])) for arg in args]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("name", sorted(READING))
def test_a_reading_command_reads_a_read_only_project_as_it_is_without_writing(
        built, restore_modes, capsys, case, name) -> None:
    make_read_only(built, case)
    before = snapshot(built["folder"])
    twin = writable_twin(built)
    code, expected, err = run(capsys, *fill(READING[name], built, twin), "--json")
    assert code == 0, err
    code, out, err = run(capsys, *fill(READING[name], built, built["project"]), "--json")
    assert (code, err) == (0, "")
    assert out == expected
    assert snapshot(built["folder"]) == before  # not a byte changed, no side file made or removed


@pytest.mark.parametrize("case", CASES)
def test_the_left_over_log_is_read_and_kept(built, restore_modes, capsys, case) -> None:
    make_read_only(built, case)
    code, out, err = run(capsys, "docs", built["project"], "--json")
    assert code == 0, err
    titles = [row["title"] for row in json.loads(out)]
    assert (WAL_TITLE in titles) == (case == "left-over-wal")
    if case == "left-over-wal":
        assert {"werk.speerpunt-wal", "werk.speerpunt-shm"} <= set(snapshot(built["folder"]))


@pytest.mark.parametrize("case", CASES)
def test_exports_check_bundle_and_backup_write_elsewhere_only(built, restore_modes, capsys, case) -> None:
    make_read_only(built, case)
    before = snapshot(built["folder"])
    out_folder = built["tmp"] / "uit"
    out_folder.mkdir()
    project = built["project"]
    for args in (["export", project, "--layout", "speerpunten", "--out", out_folder / "reactie.docx"],
                 ["export", project, "--layout", "csv", "--out", out_folder / "bevindingen.csv"],
                 ["framework", "export", project, "--out", out_folder / "kader.yaml"],
                 ["bundle", project, "--out", out_folder / "bundel.speerpunt-bundle"],
                 ["check", project]):
        code, out, err = run(capsys, *args)
        assert code == 0, (args, err)
    assert "woningen" in (out_folder / "bevindingen.csv").read_text(encoding="utf-8-sig")
    code, out, err = run(capsys, "backup", project, "--out", out_folder / "kopie.speerpunt", "--json")
    assert code == 0, err
    assert json.loads(out)["findings"] == 1
    assert snapshot(built["folder"]) == before
    # The copy is a project like any other: it can be written, and holds what the log held.
    copy = out_folder / "kopie.speerpunt"
    code, out, err = run(capsys, "meta", copy, built["doc"], "--set", "title=Kopie", "--json")
    assert code == 0, err
    code, out, err = run(capsys, "docs", copy, "--json")
    assert [row["title"] for row in json.loads(out)] == ["Kopie"]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("name", sorted(WRITING))
def test_a_writing_command_refuses_in_one_line_and_changes_nothing(built, restore_modes, capsys, case, name) -> None:
    shutil.copyfile(built["project"], built["tmp"] / "ander.speerpunt")
    (built["tmp"] / "team").mkdir()
    (built["tmp"] / "regels.jsonl").write_text("", encoding="utf-8")
    (built["tmp"] / "details.csv").write_text("", encoding="utf-8")
    make_read_only(built, case)
    before = snapshot(built["folder"])
    code, out, err = run(capsys, *fill(WRITING[name], built, built["project"]))
    assert code == 1
    assert out == ""
    why = {"file": "the file is marked read-only", "folder": "its folder is read-only",
           "left-over-wal": "its folder is read-only"}[case]
    command = WRITING[name][0]
    assert err == (f"speerpunt {command}: werk.speerpunt is read-only: {why}; "
                   f"copy it first (speerpunt backup {built['project']} --out COPY)\n")
    assert snapshot(built["folder"]) == before


@pytest.mark.parametrize("case", ("file", "folder"))
def test_a_read_only_project_from_an_older_version_is_refused_in_one_line(built, restore_modes, capsys, case) -> None:
    connection = sqlite3.connect(built["project"])
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    make_read_only(built, case)
    before = snapshot(built["folder"])
    code, out, err = run(capsys, "findings", built["project"])
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "werk.speerpunt is read-only" in err and f"older Speerpunt (project version {LATEST_VERSION - 1})" in err
    assert "speerpunt backup" in err
    assert snapshot(built["folder"]) == before


def test_a_writable_project_still_opens_in_place(built, capsys) -> None:
    # The read-only route is taken only for a project that may not be written.
    assert stat.S_IMODE(built["project"].stat().st_mode) & 0o222
    code, out, err = run(capsys, "meta", built["project"], built["doc"], "--set", "title=Nieuw")
    assert code == 0, err



def test_merging_from_a_read_only_project_leaves_it_as_it_is(built, restore_modes, capsys) -> None:
    make_read_only(built, "left-over-wal")
    before = snapshot(built["folder"])
    mine = built["tmp"] / "mijn.speerpunt"
    assert run(capsys, "init", mine)[0] == 0
    code, out, err = run(capsys, "merge", mine, built["project"], "--json")
    assert code == 0, err
    code, out, err = run(capsys, "docs", mine, "--json")
    assert [row["title"] for row in json.loads(out)] == [WAL_TITLE]
    assert snapshot(built["folder"]) == before


def test_a_read_only_project_with_a_name_a_uri_would_misread(built, restore_modes, capsys) -> None:
    # Opened read-only through a SQLite URI: spaces, %, ? and # must name the file, not a query.
    odd = built["folder"] / "werk 100% #1?.speerpunt"
    shutil.copyfile(built["project"], odd)
    odd.chmod(0o444)
    before = snapshot(built["folder"])
    code, out, err = run(capsys, "findings", odd, "--json")
    assert code == 0, err
    assert [row["id"] for row in json.loads(out)] == [built["finding"]]
    assert snapshot(built["folder"]) == before
    odd.chmod(0o644)
