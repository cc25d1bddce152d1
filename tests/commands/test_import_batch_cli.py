"""`speerpunt import` of folders and many files: read in worker processes, stored in order, refusals named."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from desktop.store.documents import list_documents, list_passages
from desktop.store.project import open_project


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _docx(path: Path, paragraphs: list[str]) -> Path:
    from docx import Document

    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def _folder(root: Path) -> Path:
    """A municipality folder as an analyst gets it: agreements in subfolders, a spreadsheet, a lock file."""
    folder = root / "akkoorden"
    (folder / "groningen").mkdir(parents=True)
    (folder / "drenthe").mkdir()
    (folder / "drenthe" / "assen.md").write_text("# Wonen\n\nAssen bouwt 800 woningen voor starters.\n",
                                                 encoding="utf-8")
    (folder / "groningen" / "haren.txt").write_text("Haren investeert in de energietransitie van wijken.\n",
                                                    encoding="utf-8")
    _docx(folder / "groningen" / "stad.docx", ["Groningen pakt armoede aan met een stadspas.",
                                              "De schuldhulp wordt uitgebreid."])
    damaged = _docx(folder / "drenthe" / "emmen.docx", ["Emmen wil meer groen."])
    damaged.write_bytes(damaged.read_bytes()[:-200])  # cut off as by an interrupted download
    (folder / "overzicht.xlsx").write_bytes(b"PK\x03\x04 not imported")
    (folder / "groningen" / "~$stad.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"\x00")
    return folder


def test_a_folder_is_imported_recursively_in_name_order_and_a_damaged_file_is_skipped(tmp_path, capsys):
    project = tmp_path / "land.speerpunt"
    assert run(capsys, "init", project)[0] == 0
    folder = _folder(tmp_path)
    code, out, err = run(capsys, "import", project, folder, "--workers", "2", "--json")
    assert code == 1, "something was skipped: the exit status says so"
    rows = json.loads(out)
    with open_project(project) as opened:
        documents = {d.source_name: d for d in list_documents(opened)}
        assert sorted(documents) == ["assen.md", "haren.txt", "stad.docx"]
        texts = [p.text for p in list_passages(opened, documents["stad.docx"].id)]
        assert texts == ["Groningen pakt armoede aan met een stadspas.", "De schuldhulp wordt uitgebreid."]
        assert "800 woningen" in " ".join(p.text for p in list_passages(opened, documents["assen.md"].id))
    assert [row["id"] for row in rows] == [documents[name].id for name in ("assen.md", "haren.txt", "stad.docx")]
    # Each file named by its place in the folder given, in the JSON as on stderr.
    assert [row["file"] for row in rows] == ["drenthe/assen.md", "groningen/haren.txt", "groningen/stad.docx"]
    lines = err.splitlines()
    assert any(line.startswith("speerpunt import: drenthe/emmen.docx: ") for line in lines), err
    assert "speerpunt import: skipped overzicht.xlsx: not a PDF, DOCX, TXT or Markdown file" in lines, err
    assert "~$stad" not in err and "DS_Store" not in err
    assert "\r" not in err, "no progress line when stderr is not a terminal"


def test_the_same_batch_again_refuses_every_file_and_changes_nothing(tmp_path, capsys):
    project = tmp_path / "land.speerpunt"
    run(capsys, "init", project)
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"Gemeente {name[0]} bouwt woningen.\n", encoding="utf-8")
    assert run(capsys, "import", project, folder, "--workers", "2")[0] == 0
    before = project.read_bytes()
    code, _out, err = run(capsys, "import", project, folder, "--workers", "2")
    assert code == 1
    assert "none of the 3 files could be imported" in err
    assert err.count("already in the project") == 3
    with open_project(project) as opened:
        assert len(list_documents(opened)) == 3
    assert project.stat().st_size == len(before)


def test_one_process_and_two_processes_store_the_same_documents(tmp_path, capsys):
    folder = _folder(tmp_path)
    stored = []
    for workers in ("1", "2"):
        project = tmp_path / f"w{workers}.speerpunt"
        run(capsys, "init", project)
        run(capsys, "import", project, folder, "--workers", workers)
        with open_project(project) as opened:
            stored.append([(d.source_name, d.pages, [p.text for p in list_passages(opened, d.id)])
                           for d in list_documents(opened)])
    assert stored[0] == stored[1] and len(stored[0]) == 3


def test_on_a_terminal_the_import_shows_done_total_and_the_file_but_json_stays_clean(tmp_path):
    project = tmp_path / "land.speerpunt"
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("alkmaar.txt", "breda.txt"):
        (folder / name).write_text(f"De gemeente {name[:-4]} bouwt woningen.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    subprocess.run([sys.executable, "-m", "desktop.cli", "init", str(project)], check=True, env=env)
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(project), str(folder), "--json"],
                              stdout=subprocess.PIPE, stderr=secondary, env=env, timeout=120)
        os.set_blocking(primary, False)
        try:
            quiet = os.read(primary, 65536)
        except BlockingIOError:
            quiet = b""
        assert done.returncode == 0 and len(json.loads(done.stdout)) == 2
        assert quiet == b"", "--json output stays quiet on the terminal too"
        project.unlink()
        subprocess.run([sys.executable, "-m", "desktop.cli", "init", str(project)], check=True, env=env)
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "import", str(project), str(folder)],
                              stdout=subprocess.PIPE, stderr=secondary, env=env, timeout=120)
        shown = os.read(primary, 65536).decode()
    finally:
        os.close(primary)
        os.close(secondary)
    assert done.returncode == 0
    assert "2/2" in shown and "breda.txt" in shown
    assert "\r" not in done.stdout.decode()


def test_terminal_progress_names_time_left_after_the_first_file():
    from desktop.commands.terminal import TerminalProgress

    stream = io.StringIO()
    progress = TerminalProgress(3, stream=stream, enabled=True)
    progress.show("eerste.pdf")
    assert "0/3" in stream.getvalue() and "left" not in stream.getvalue()
    progress.step("eerste.pdf")
    assert "1/3" in stream.getvalue() and "left" in stream.getvalue()


def test_a_broken_link_or_a_pipe_in_a_folder_is_named_not_passed_over(tmp_path, capsys):
    project = tmp_path / "land.speerpunt"
    run(capsys, "init", project)
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "assen.txt").write_text("Assen bouwt woningen.\n", encoding="utf-8")
    (folder / "weg.pdf").symlink_to(folder / "verplaatst.pdf")  # its target was moved away
    (folder / "rond.txt").symlink_to(folder / "rond.txt")  # a link to itself
    (folder / "oud.odt").symlink_to(folder / "nergens.odt")
    os.mkfifo(folder / "pijp.txt")

    code, _, err = run(capsys, "import", project, folder, "--workers", "1")

    assert code == 1, err
    named = {line.split(": ")[1] for line in err.splitlines() if line.startswith("speerpunt import: ")}
    assert {"weg.pdf", "rond.txt", "pijp.txt"} <= named, err
    assert any("skipped" in line and "oud.odt" in line for line in err.splitlines()), err
    with open_project(project) as opened:
        assert [d.source_name for d in list_documents(opened)] == ["assen.txt"]


def test_skipped_refused_and_imported_files_are_named_alike_by_their_place_in_the_folder(tmp_path, capsys):
    """Two files of one name in two subfolders stay apart; a skipped file is no longer named by its full path."""
    project = tmp_path / "land.speerpunt"
    run(capsys, "init", project)
    folder = tmp_path / "akkoorden"
    for place in ("noord", "zuid"):
        (folder / place).mkdir(parents=True)
        (folder / place / "akkoord.docx").write_bytes(b"PK\x03\x04 cut off")
        (folder / place / "begroting.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "zuid" / "assen.txt").write_text("Assen bouwt woningen.\n", encoding="utf-8")

    code, out, err = run(capsys, "import", project, folder, "--workers", "1", "--json")

    assert code == 1
    assert [row["file"] for row in json.loads(out)] == ["zuid/assen.txt"]
    lines = err.splitlines()
    assert lines[:2] == ["speerpunt import: skipped noord/begroting.xlsx: not a PDF, DOCX, TXT or Markdown file",
                         "speerpunt import: skipped zuid/begroting.xlsx: not a PDF, DOCX, TXT or Markdown file"]
    assert [line.split(": ")[1] for line in lines[2:4]] == ["noord/akkoord.docx", "zuid/akkoord.docx"]
    assert lines[4:] == ["speerpunt import: 1 imported, 2 refused"]
    assert str(tmp_path) not in err
    # The text output names the file too; a file given by itself is named by its name, as before.
    (tmp_path / "breda.txt").write_text("Breda bouwt woningen.\n", encoding="utf-8")
    code, out, _err = run(capsys, "import", project, tmp_path / "breda.txt")
    assert code == 0 and out.splitlines()[0].split()[-1] == "file" and out.splitlines()[1].endswith("breda.txt")
