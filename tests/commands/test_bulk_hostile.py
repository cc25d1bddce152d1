"""`tag --from` and `meta --from` with the files analysts really have: Dutch Excel's CSV, empty or
wrong files, slips of copy and paste. Each bad file is one line on stderr, exit 1, the project untouched."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.commands import bulk
from tests.commands.test_bulk_cli import _project as bulk_project
from tests.commands.test_bulk_cli import ok, run

# "Łódź" and "→" are not in Windows-1252: Dutch Excel saves them as "?".
AGREEMENTS = {
    "assen.md": "# Wonen\n\nAssen bouwt 800 woningen → starters eerst.\n\nDe wijken worden groener.\n",
    "emmen.md": "# Werk\n\nEmmen werkt samen met Łódź aan banen. Emmen bouwt woningen.\n\nEmmen bouwt woningen.\n",
}


def _project(tmp_path: Path, capsys, name: str) -> tuple[Path, dict[str, str]]:
    return bulk_project(tmp_path, capsys, name, AGREEMENTS)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _spans(capsys, project: Path) -> list[tuple]:
    names = {row["id"]: ok(capsys, "meta", project, row["id"])["source_name"] for row in ok(capsys, "docs", project)}
    return sorted((names[f["document"]], f["start"], f["end"], f["speerpunt"], f["assessment"], f["note"])
                  for f in ok(capsys, "findings", project))


def _tag_some(capsys, project: Path, ids: dict[str, str]) -> None:
    for doc, quote, code, assessment, occurrence, note in (
            ("assen", "800 woningen → starters", "1.1", "positief", None, "-5% huur; =niet rekenen"),
            ("emmen", "samen met Łódź", "2.1", "zorg", None, "@iedereen\tmee"),
            ("emmen", "Emmen bouwt woningen.", "1.1", "positief", 2, "+ tweede keer"),
            ("assen", "wijken worden", "1.2", "positief", None, "")):
        args = ["tag", project, "--doc", ids[doc], "--quote", quote, "--speerpunt", code,
                "--assessment", assessment, "--note", note]
        ok(capsys, *args, *(["--occurrence", occurrence] if occurrence else []))


def test_a_csv_export_saved_by_dutch_excel_feeds_another_project_exactly(tmp_path, capsys):
    first, ids = _project(tmp_path, capsys, "eerste")
    _tag_some(capsys, first, ids)
    table = tmp_path / "bevindingen.csv"
    ok(capsys, "export", first, "--layout", "csv", "--out", table)
    # Excel ("CSV (gescheiden door lijstscheidingsteken)", Dutch settings): ";" kept, Windows-1252, "?" for the rest.
    excel = tmp_path / "uit-excel.csv"
    excel.write_bytes(table.read_text(encoding="utf-8-sig").encode("cp1252", "replace"))
    assert b"?" in excel.read_bytes()
    second, _ = _project(tmp_path, capsys, "tweede")
    assert ok(capsys, "tag", second, "--from", excel)["added"] == 4
    assert _spans(capsys, second) == _spans(capsys, first)


def test_csv_export_guards_formulas_and_reading_back_undoes_the_guard(tmp_path, capsys):
    first, ids = _project(tmp_path, capsys, "eerste")
    _tag_some(capsys, first, ids)
    table = tmp_path / "bevindingen.csv"
    ok(capsys, "export", first, "--layout", "csv", "--out", table)
    with open(table, encoding="utf-8-sig", newline="") as handle:
        notes = sorted(row[7] for row in list(csv.reader(handle, delimiter=";"))[1:])
    # Every cell a spreadsheet would read as a formula starts with "'".
    assert notes == ["", "'+ tweede keer", "'-5% huur; =niet rekenen", "'@iedereen\tmee"]
    second, _ = _project(tmp_path, capsys, "tweede")
    ok(capsys, "tag", second, "--from", table)
    assert sorted(f["note"] for f in ok(capsys, "findings", second)) == \
        ["", "+ tweede keer", "-5% huur; =niet rekenen", "@iedereen\tmee"]


GOOD = {"document": "assen.md", "quote": "De wijken worden groener.", "speerpunt": "1.2", "assessment": "positief"}


def _jsonl(*items: dict) -> bytes:
    return ("\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n").encode("utf-8")


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("leeg.jsonl", b"", "leeg.jsonl, line 1: the file is empty"),
    ("leeg.csv", b"\xef\xbb\xbf\r\n\r\n", "leeg.csv, line 1: the file is empty"),
    ("kop.csv", "Document;Citaat;Code;Oordeel\r\n".encode("cp1252"), "kop.csv, line 1: only a heading line"),
    ("lijst.json", b"[]", "lijst.json, line 1: no findings in the file"),
    ("dubbel.jsonl", _jsonl(GOOD, GOOD | {"note": "x"}, GOOD), "dubbel.jsonl, line 3: the same finding as line 1"),
    ("code.jsonl", _jsonl(GOOD, GOOD | {"speerpunt": "9.9"}), "code.jsonl, line 2: no speerpunt with code '9.9'"),
    ("nergens.jsonl", _jsonl(GOOD | {"quote": "Zwolle bouwt"}), "nergens.jsonl, line 1: the quote “Zwolle bouwt” "
                                                                "does not occur"),
    ("twee.jsonl", _jsonl({**GOOD, "document": "emmen.md", "quote": "Emmen bouwt woningen."}),
     "twee.jsonl, line 1: the quote “Emmen bouwt woningen.” occurs 2 times"),
    ("buiten.jsonl", _jsonl(GOOD | {"start": 10, "end": 5000}), "buiten.jsonl, line 1: start 10 and end 5000 do not "
                                                                "fit the document"),
    ("negatief.jsonl", _jsonl(GOOD | {"start": -3, "end": 5}), "negatief.jsonl, line 1: start -3 and end 5 do not fit"),
    ("omgekeerd.jsonl", _jsonl(GOOD | {"start": 9, "end": 4}), "omgekeerd.jsonl, line 1: start (9) must come before"),
    ("kapot.csv", "Document;Citaat;Code;Oordeel\r\nassen.md;x\x81y;1.1;positief\r\n".encode("latin-1"),
     "kapot.csv, line 2: not UTF-8 or Windows-1252 text"),
    ("werkmap.csv", b"PK\x03\x04" + bytes(40), "werkmap.csv, line 1: this is a workbook (XLSX), not a CSV"),
])
def test_a_bad_findings_file_is_one_line_exit_1_and_the_project_unchanged(tmp_path, capsys, name, content, expected):
    project, _ids = _project(tmp_path, capsys, "werk")
    path = tmp_path / name
    path.write_bytes(content)
    before = _sha(project)
    code, out, err = run(capsys, "tag", project, "--from", path)
    assert code == 1 and out == ""
    assert err.startswith(f"speerpunt tag: {expected}"), err
    assert len(err.strip().splitlines()) == 1
    assert _sha(project) == before


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path, capsys, monkeypatch):
    project, _ids = _project(tmp_path, capsys, "werk")
    huge = tmp_path / "groot.jsonl"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    before = _sha(project)
    code, _out, err = run(capsys, "tag", project, "--from", huge)
    assert code == 1 and err.startswith("speerpunt tag: groot.jsonl: too large for a bulk file (209,715,200 bytes")
    assert huge not in read
    assert _sha(project) == before
    assert bulk.MAX_BYTES < 200 * 1024 * 1024


def test_meta_from_a_dutch_excel_csv_with_dutch_headings(tmp_path, capsys):
    project, ids = _project(tmp_path, capsys, "werk")
    sheet = tmp_path / "gemeenten.csv"
    sheet.write_bytes("bestand;korte naam;categorieën\r\nassen.md;Súdwest-Fryslân;klein\r\n"
                      "emmen.md;Emmen;G40, Drenthe\r\n".encode("cp1252"))
    assert ok(capsys, "meta", project, "--from", sheet) == {"lines": 2, "documents_changed": 2}
    assen, emmen = ok(capsys, "meta", project, ids["assen"]), ok(capsys, "meta", project, ids["emmen"])
    assert (assen["short_name"], assen["categories"]) == ("Súdwest-Fryslân", ["klein"])
    assert (emmen["short_name"], sorted(emmen["categories"])) == ("Emmen", ["Drenthe", "G40"])


@pytest.mark.parametrize(("content", "expected"), [
    ("file;categories\r\nassen.md;G4\r\nASSEN.MD;G40\r\n", "line 3: 'ASSEN.MD' is the same document as line 2"),
    ("file;categories\r\n", "line 1: only a heading line"),
    ("gemeente;categories\r\nassen.md;G4\r\n", "line 1: the first column must be 'id' or 'file'"),
    ("file;kind\r\nassen.md;akkoordje\r\n", "line 2: unknown kind 'akkoordje'"),
])
def test_a_bad_details_file_changes_nothing(tmp_path, capsys, content, expected):
    project, _ids = _project(tmp_path, capsys, "werk")
    sheet = tmp_path / "gemeenten.csv"
    sheet.write_bytes(content.encode("cp1252"))
    before = _sha(project)
    code, _out, err = run(capsys, "meta", project, "--from", sheet)
    assert code == 1 and err.startswith(f"speerpunt meta: gemeenten.csv, {expected}"), err
    assert _sha(project) == before


def test_excel_habits_in_a_csv_are_read_sep_line_trailing_separators_blank_lines(tmp_path, capsys):
    project, ids = _project(tmp_path, capsys, "werk")
    sheet = tmp_path / "gemeenten.csv"
    # Excel's "sep=;" line, a blank line, and ";;" after every row from cells once touched.
    sheet.write_bytes("sep=;\r\n\r\nbestand;korte naam;;\r\nassen.md;Assen;;\r\nemmen.md;Emmen;;\r\n".encode("cp1252"))
    assert ok(capsys, "meta", project, "--from", sheet) == {"lines": 2, "documents_changed": 2}
    assert ok(capsys, "meta", project, ids["emmen"])["short_name"] == "Emmen"
    before = _sha(project)
    sheet.write_bytes("\r\nfile;short_name;\r\nassen.md;Assen;\r\nemmen.md;Emmen;vergeten kolom\r\n".encode("cp1252"))
    code, _out, err = run(capsys, "meta", project, "--from", sheet)
    assert code == 1 and err.strip() == ("speerpunt meta: gemeenten.csv, line 4: a value beyond the last column "
                                         "('short_name'), under no heading")
    sheet.write_bytes("\r\nfile;categorie\r\nassen.md;G4\r\n".encode("cp1252"))
    assert ok(capsys, "meta", project, "--from", sheet) == {"lines": 1, "documents_changed": 1}
    assert _sha(project) != before  # the good file changed it
    before = _sha(project)
    sheet.write_bytes("\r\nfile;;categories\r\nassen.md;;G40\r\n".encode("cp1252"))
    code, _out, err = run(capsys, "meta", project, "--from", sheet)
    assert code == 1 and "gemeenten.csv, line 2: column 2 has no heading" in err
    assert _sha(project) == before


SECOND = """format: speerpunt-framework/1
name: Tweede kader
themes:
  - title: Zorg
    speerpunten:
      - code: "1.1"
        title: Zorg dichtbij
"""


def test_two_frameworks_with_the_same_codes_are_told_apart_by_the_title_column(tmp_path, capsys):
    first, ids = _project(tmp_path, capsys, "eerste")
    (tmp_path / "tweede.yaml").write_text(SECOND, encoding="utf-8")
    ok(capsys, "framework", "import", first, tmp_path / "tweede.yaml")
    codes = {(sp["framework"], sp["code"]): sp["id"] for sp in ok(capsys, "framework", "list", first)}
    assert ("Tweede kader", "1.1") in codes and ("Testkader", "1.1") in codes
    for speerpunt in (codes[("Testkader", "1.1")], codes[("Tweede kader", "1.1")]):
        ok(capsys, "tag", first, "--doc", ids["assen"], "--quote", "De wijken worden groener.", "--speerpunt", speerpunt,
           "--assessment", "positief")
    table = tmp_path / "bevindingen.csv"
    ok(capsys, "export", first, "--layout", "csv", "--out", table)
    second, _ = _project(tmp_path, capsys, "tweede")
    ok(capsys, "framework", "import", second, tmp_path / "tweede.yaml")
    assert ok(capsys, "tag", second, "--from", table)["added"] == 2
    frameworks = {sp["id"]: sp["framework"] for sp in ok(capsys, "framework", "list", second)}
    with sqlite3.connect(second) as db:  # which speerpunt each finding went to, read past the code under test
        chosen = sorted(frameworks[row[0]] for row in db.execute("SELECT speerpunt_id FROM findings"))
    assert chosen == ["Testkader", "Tweede kader"]
    # Without the title, the code alone cannot say which framework: refused, naming both.
    lines = tmp_path / "regels.jsonl"
    lines.write_text(json.dumps(GOOD | {"speerpunt": "1.1"}) + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "tag", second, "--from", lines)
    assert code == 1 and "the code '1.1' is used in several frameworks (Testkader, Tweede kader)" in err
