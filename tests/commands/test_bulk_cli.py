"""`tag --from` and `meta --from`: many findings or details at once, every line checked before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

FRAMEWORK = """format: speerpunt-framework/1
name: Testkader
themes:
  - title: Wonen
    speerpunten:
      - code: "1.1"
        title: Betaalbaar wonen
      - code: "1.2"
        title: Leefbare wijken
  - title: Werk
    speerpunten:
      - code: "2.1"
        title: Iedereen aan het werk
"""

AGREEMENTS = {
    "assen.md": "# Wonen\n\nAssen bouwt 800 woningen voor starters.\n\nDe wijken worden groener.\n",
    "emmen.md": "# Werk\n\nEmmen helpt = mensen aan werk. Emmen bouwt ook woningen.\n\nEmmen bouwt woningen.\n",
}


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def _project(tmp_path: Path, capsys, name: str, agreements: dict[str, str] | None = None
             ) -> tuple[Path, dict[str, str]]:
    """A project named ``name`` with ``agreements`` (file name -> text) imported and the framework;
    the ids by file stem. Several projects in one ``tmp_path`` share the agreements' folder."""
    agreements = AGREEMENTS if agreements is None else agreements
    project = tmp_path / f"{name}.speerpunt"
    folder = tmp_path / "akkoorden"
    if not folder.exists():
        folder.mkdir()
        for file, text in agreements.items():
            (folder / file).write_text(text, encoding="utf-8")
        (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    ok(capsys, "init", project)
    rows = ok(capsys, "import", project, folder, "--workers", "1")
    ok(capsys, "framework", "import", project, tmp_path / "kader.yaml")
    return project, {Path(file).stem: row["id"] for file, row in zip(sorted(agreements), rows, strict=True)}


AGREEMENTS_NAMES = sorted(AGREEMENTS)


def _tag_by_hand(capsys, project: Path, ids: dict[str, str]) -> None:
    ok(capsys, "tag", project, "--doc", ids["assen"], "--quote", "800 woningen voor starters", "--speerpunt", "1.1",
       "--assessment", "positief", "--note", "Goed; en concreet", "--author", "Fatima")
    ok(capsys, "tag", project, "--doc", ids["emmen"], "--quote", "Emmen helpt = mensen", "--speerpunt", "2.1",
       "--assessment", "zorg", "--note", "=geen formule", "--author", "Joost")
    ok(capsys, "tag", project, "--doc", ids["emmen"], "--speerpunt", "1.2", "--assessment", "ontbreekt",
       "--note", "Wijken niet genoemd", "--author", "Joost")


def _findings(capsys, project: Path) -> list[tuple]:
    names = {row["id"]: Path(ok(capsys, "meta", project, row["id"])["source_name"]).stem
             for row in ok(capsys, "docs", project)}
    return sorted((names[f["document"]], f["speerpunt"], f["assessment"], f["quote"], f["note"], f["author"])
                  for f in ok(capsys, "findings", project))


def test_findings_json_of_one_project_feeds_another(tmp_path, capsys):
    first, ids = _project(tmp_path, capsys, "eerste")
    _tag_by_hand(capsys, first, ids)
    exported = tmp_path / "bevindingen.json"
    exported.write_text(json.dumps(ok(capsys, "findings", first)), encoding="utf-8")
    second, _ = _project(tmp_path, capsys, "tweede")
    result = ok(capsys, "tag", second, "--from", exported)
    assert result["added"] == 3 and result["already_present"] == 0
    expected = [("assen", "1.1", "positive", "800 woningen voor starters", "Goed; en concreet", "Fatima"),
                ("emmen", "1.2", "missing", "", "Wijken niet genoemd", "Joost"),
                ("emmen", "2.1", "concern", "Emmen helpt = mensen", "=geen formule", "Joost")]
    assert _findings(capsys, second) == expected
    again = ok(capsys, "tag", second, "--from", exported)
    assert again["added"] == 0 and again["already_present"] == 3


def test_the_csv_export_feeds_another_project(tmp_path, capsys):
    first, ids = _project(tmp_path, capsys, "eerste")
    _tag_by_hand(capsys, first, ids)
    table = tmp_path / "bevindingen.csv"
    ok(capsys, "export", first, "--layout", "csv", "--out", table)
    second, _ = _project(tmp_path, capsys, "tweede")
    assert ok(capsys, "tag", second, "--from", table)["added"] == 3
    assert _findings(capsys, second) == _findings(capsys, first)


def test_json_lines_by_quote_and_by_offsets(tmp_path, capsys):
    project, ids = _project(tmp_path, capsys, "werk")
    lines = tmp_path / "regels.jsonl"
    lines.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in [
        {"document": "assen.md", "quote": "De wijken worden groener.", "speerpunt": "1.2", "assessment": "positive"},
        {"document": ids["assen"], "start": 7, "end": 12, "speerpunt": "1.1", "assessment": "zorg", "note": "x"},
        {"document": "emmen.md", "quote": "Emmen bouwt woningen.", "speerpunt": "1.1", "assessment": "positief"},
    ]) + "\n", encoding="utf-8")
    assert ok(capsys, "tag", project, "--from", lines)["added"] == 3
    quotes = sorted(f["quote"] for f in ok(capsys, "findings", project))
    assert quotes == ["Assen", "De wijken worden groener.", "Emmen bouwt woningen."]


@pytest.mark.parametrize(("bad", "problem"), [
    ({"document": "assen.md", "quote": "800 woningen", "speerpunt": "9.9", "assessment": "positief"},
     "no speerpunt with code '9.9'"),
    ({"document": "zwolle.md", "quote": "800 woningen", "speerpunt": "1.1", "assessment": "positief"},
     "no document 'zwolle.md'"),
    ({"document": "assen.md", "quote": "duizend woningen", "speerpunt": "1.1", "assessment": "positief"},
     "does not occur"),
    ({"document": "emmen.md", "quote": "Emmen bouwt", "speerpunt": "1.1", "assessment": "positief"},
     "occurs 2 times"),
    ({"document": "assen.md", "speerpunt": "1.1", "assessment": "positief"}, "needs a span"),
    ({"document": "assen.md", "quote": "800 woningen", "speerpunt": "1.1", "assessment": "super"},
     "unknown assessment 'super'"),
    ({"document": "assen.md", "start": 5, "end": 99999, "speerpunt": "1.1", "assessment": "zorg"}, "do not fit the document"),
])
def test_one_bad_line_refuses_the_whole_file_naming_its_line(tmp_path, capsys, bad, problem):
    project, _ids = _project(tmp_path, capsys, "werk")
    good = {"document": "assen.md", "quote": "800 woningen", "speerpunt": "1.1", "assessment": "positief"}
    lines = tmp_path / "regels.jsonl"
    lines.write_text("\n".join(json.dumps(item) for item in (good, good | {"note": "twee"}, bad, good)),
                     encoding="utf-8")
    before = project.read_bytes()
    code, out, err = run(capsys, "tag", project, "--from", lines)
    assert code == 1 and out == ""
    assert err.startswith("speerpunt tag: regels.jsonl, line 3: ") and problem in err, err
    assert len(err.strip().splitlines()) == 1
    assert ok(capsys, "findings", project) == []
    assert project.read_bytes() == before


def test_meta_from_csv_sets_many_documents_details_at_once(tmp_path, capsys):
    project, ids = _project(tmp_path, capsys, "werk")
    sheet = tmp_path / "gemeenten.csv"
    sheet.write_text("file;short_name;categories;issuer\nassen.md;Assen;middelgroot,Drenthe;Gemeente Assen\n"
                     f"{ids['emmen']};Emmen;G40;\n", encoding="utf-8-sig")
    result = ok(capsys, "meta", project, "--from", sheet)
    assert result == {"lines": 2, "documents_changed": 2}
    assen = ok(capsys, "meta", project, ids["assen"])
    emmen = ok(capsys, "meta", project, ids["emmen"])
    assert (assen["short_name"], assen["categories"], assen["issuer"]) == ("Assen", ["Drenthe", "middelgroot"],
                                                                           "Gemeente Assen")
    assert (emmen["short_name"], emmen["categories"], emmen["issuer"]) == ("Emmen", ["G40"], None)


def test_meta_from_csv_with_one_unknown_document_changes_nothing(tmp_path, capsys):
    project, _ids = _project(tmp_path, capsys, "werk")
    sheet = tmp_path / "gemeenten.csv"
    sheet.write_text("file,short_name\nassen.md,Gemeente Assen\nzwolle.pdf,Zwolle\n", encoding="utf-8")
    before = ok(capsys, "docs", project)
    code, _out, err = run(capsys, "meta", project, "--from", sheet)
    assert code == 1 and err.startswith("speerpunt meta: gemeenten.csv, line 3: no document 'zwolle.pdf'"), err
    assert ok(capsys, "docs", project) == before
    sheet.write_text("file,colour\nassen.md,rood\n", encoding="utf-8")
    code, _out, err = run(capsys, "meta", project, "--from", sheet)
    assert code == 1 and "line 1: unknown column 'colour'" in err
