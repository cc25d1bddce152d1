"""Class 3: nothing waits forever, reads without bound, or answers an expected failure with a traceback.

Pipes and devices are refused before a byte is read, every file from outside
has a size cap, templates pass the checks imports get, search stays fast on a
2 MB paragraph, and the expected failures are one line on stderr with exit 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from desktop import ingest
from desktop.store import open_project
from desktop.store.index.search import search
from exporters.house_style import DEFAULT_TEMPLATE
from tests.builders import add_document
from tests.reliability.sample import (
    assert_one_line_refusal,
    build_sample,
    make_read_only,
    run,
    undo_read_only,
)

REPO = Path(__file__).resolve().parents[2]
CLI = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path / "werk.speerpunt")


def run_process(*args: object, timeout: float = 60) -> subprocess.CompletedProcess:
    """The command in its own process, so a hang fails the test instead of stopping the run."""
    return subprocess.run([sys.executable, "-c", CLI, *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


# Each command that reads a file the user names, given a pipe in its place.
READERS = {
    "import": lambda s, d: ["import", s.path, _fifo(d / "akkoord.txt")],
    "framework import": lambda s, d: ["framework", "import", s.path, _fifo(d / "kader.yaml")],
    "merge": lambda s, d: ["merge", s.path, _fifo(d / "collega.spbundle")],
    "export --template": lambda s, d: ["export", s.path, "--layout", "speerpunten", "--out", d / "r.docx",
                                       "--template", _fifo(d / "huisstijl.docx")],
    "open as project": lambda s, d: ["findings", _fifo(d / "pijp.speerpunt")],
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.parametrize("command", list(READERS))
def test_a_named_pipe_is_refused_at_once(sample, tmp_path, command) -> None:
    done = run_process(*READERS[command](sample, tmp_path), timeout=60)
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "pipe" in done.stderr and "Traceback" not in done.stderr


def test_a_device_behind_a_friendly_name_is_refused(sample, tmp_path, capsys) -> None:
    link = tmp_path / "akkoord.txt"
    link.symlink_to("/dev/zero")
    code, _, err = run(capsys, "import", sample.path, link)
    assert_one_line_refusal(code, err, "akkoord.txt", "device")


@pytest.mark.parametrize("suffix, cap", [(".txt", "32 MB"), (".pdf", "512 MB"), (".docx", "256 MB")])
def test_a_file_over_the_size_cap_is_refused_before_it_is_read(sample, tmp_path, capsys, suffix, cap) -> None:
    big = tmp_path / f"groot{suffix}"
    with big.open("wb") as handle:  # sparse: the size is real, the disk is not used
        handle.truncate(ingest.MAX_BYTES[suffix] + 1)
    code, _, err = run(capsys, "import", sample.path, big)
    assert_one_line_refusal(code, err, big.name, f"at most {cap}")


def _template_with(tmp_path: Path, name: str, extra: dict[str, bytes]) -> Path:
    target = tmp_path / name
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item.filename))
        for member, data in extra.items():
            out.writestr(member, data)
    return target


def test_a_template_zip_bomb_is_refused_like_an_import(sample, tmp_path, capsys) -> None:
    template = _template_with(tmp_path, "bom.docx", {"word/media/opvulling.bin": b"\0" * (40 * 1024 * 1024)})
    assert template.stat().st_size < 1_000_000
    code, _, err = run(capsys, "export", sample.path, "--layout", "speerpunten", "--out", tmp_path / "r.docx",
                       "--template", template)
    assert_one_line_refusal(code, err, "bom.docx", "ZIP bomb")
    assert not (tmp_path / "r.docx").exists()


def test_a_template_with_entities_is_refused_like_an_import(sample, tmp_path, capsys) -> None:
    template = _template_with(tmp_path, "xxe.docx", {"customXml/item9.xml": b'<?xml version="1.0"?><!DOCTYPE x '
                                                      b'[<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'})
    code, _, err = run(capsys, "export", sample.path, "--layout", "analyse", "--out", tmp_path / "r.docx",
                       "--template", template)
    assert_one_line_refusal(code, err, "xxe.docx", "DTD or entities")


@pytest.mark.parametrize("damage", ["no section", "no page size"])
@pytest.mark.parametrize("layout", ["speerpunten", "analyse", "annotated", "vergelijking"])
def test_a_template_without_page_settings_gives_an_a4_export(sample, tmp_path, capsys, damage, layout) -> None:
    from docx.oxml.ns import qn

    document = Document(str(DEFAULT_TEMPLATE))
    body = document.element.body
    for section in body.findall(qn("w:sectPr")):
        if damage == "no section":
            body.remove(section)
        else:
            for tag in ("w:pgSz", "w:pgMar"):
                for element in section.findall(qn(tag)):
                    section.remove(element)
    template = tmp_path / "kaal.docx"
    document.save(str(template))
    out = tmp_path / "reactie.docx"
    code, _, err = run(capsys, "export", sample.path, "--layout", layout, "--out", out, "--template", template)
    assert code == 0, err
    section = Document(str(out)).sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


def test_search_in_a_2_mb_paragraph_gives_a_short_marked_snippet(project) -> None:
    # One paragraph without line breaks in which the word occurs 100,000 times: FTS5's snippet()
    # took minutes over it (see bench: search_long_passage). The snippet must still mark the word.
    add_document(project, ["gemeente wonen zorg " * 100_000, "Een gewone alinea over wonen."])
    hits = search(project, "wonen", limit=5)
    assert len(hits) == 2
    for hit in hits:
        assert "[wonen]" in hit.snippet and len(hit.snippet) < 400
    phrase = search(project, '"wonen zorg"', limit=5)
    assert phrase and "[wonen zorg]" in phrase[0].snippet


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "-3"])
def test_any_search_limit_answers(sample, capsys, limit) -> None:
    code, out, err = run(capsys, "search", sample.path, "woningbouw", "--limit", limit, "--json")
    assert code == 0, err
    assert "woningbouw" in out


@pytest.mark.parametrize("args", [
    ["nonsense"],
    ["findings"],
    ["search", "x.speerpunt"],
    ["export", "x.speerpunt", "--layout", "pdf", "--out", "x.pdf"],
    ["search", "x.speerpunt", "wonen", "--limit", "tien"],
    ["tag", "x.speerpunt", "--doc", "a", "--speerpunt", "1", "--assessment", "missing", "--start", "1.5"],
    ["framework"],
    ["findings", "x.speerpunt", "--no-such-option"],
])
def test_a_wrong_command_line_is_one_line_and_exit_1(capsys, args) -> None:
    code, out, err = run(capsys, *args)
    assert_one_line_refusal(code, err, "see speerpunt --help")
    assert out == ""


def test_a_closed_pipe_ends_quietly(tmp_path) -> None:
    path = tmp_path / "lang.speerpunt"
    build_sample(path)
    with open_project(path) as project:
        document = add_document(project, [f"Alinea {n} over wonen, werk en zorg in de stad." for n in range(3000)])
    reader = subprocess.Popen([sys.executable, "-c", CLI, "passages", str(path), document, "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    reader.stdout.read(100)
    reader.stdout.close()  # as `| head -c 100` does
    stderr = reader.stderr.read().decode()
    assert reader.wait(timeout=60) in (0, 1, -13)
    assert stderr == ""


def test_a_read_only_project_is_one_line(sample, capsys) -> None:
    if not make_read_only(sample.path):
        pytest.skip("cannot make a file read-only here")
    try:
        code, _, err = run(capsys, "tag", sample.path, "--doc", sample.agreement, "--speerpunt", "1.1",
                           "--assessment", "missing")
        listed = run(capsys, "findings", sample.path)
    finally:
        undo_read_only(sample.path)
    assert_one_line_refusal(code, err, "werk.speerpunt", "read-only")
    assert listed[0] == 0 or "read-only" in listed[2]


def test_a_project_in_a_read_only_folder_is_one_line(sample, capsys) -> None:
    folder = sample.path.parent
    if not make_read_only(folder):
        pytest.skip("cannot make a folder read-only here")
    try:
        code, _, err = run(capsys, "tag", sample.path, "--doc", sample.agreement, "--speerpunt", "1.1",
                           "--assessment", "missing")
    finally:
        undo_read_only(folder)
    assert_one_line_refusal(code, err, "werk.speerpunt", "read-only")


def test_the_import_cap_reads_no_more_than_it_allows(tmp_path, monkeypatch) -> None:
    # A file that grows while it is read (a log, a download) is cut at the cap, not read on.
    from desktop.files.reading import FileRefused, read_regular_file

    path = tmp_path / "groeit.txt"
    path.write_bytes(b"x" * 1000)
    with pytest.raises(FileRefused, match="larger than"):
        read_regular_file(path, 999)
    assert read_regular_file(path, 1000) == b"x" * 1000


def test_a_bundle_over_the_size_cap_is_refused_before_it_is_read(tmp_path) -> None:
    from desktop.store.exchange.bundle import MAX_BUNDLE_BYTES, BundleRefused, read_bundle

    big = tmp_path / "groot.spbundle"
    with big.open("wb") as handle:
        handle.write(b"\x1f\x8b")
        handle.truncate(MAX_BUNDLE_BYTES + 1)
    with pytest.raises(BundleRefused, match="at most 64 MB"):
        read_bundle(big)
