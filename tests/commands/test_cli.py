"""The `speerpunt` command line, run as a user would (in-process, through main())."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

AGREEMENT = """# 1. Wonen

Het kabinet bouwt 🏗️ honderdduizend woningen per jaar en investeert € 1 miljard in betaalbare huur.

# 2. Werk

- Iedereen doet mee naar vermogen.
- De bijstand wordt vereenvoudigd.
"""

FRAMEWORK = """format: speerpunt-framework/1
name: Testkader
themes:
  - title: Wonen
    speerpunten:
      - code: "1.1"
        title: Betaalbaar wonen
  - title: Werk
    speerpunten:
      - code: "2.1"
        title: Iedereen aan het werk
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *args: str):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def workspace(tmp_path: Path, capsys):
    project = tmp_path / "werk.speerpunt"
    (tmp_path / "akkoord.md").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    [document] = run_json(capsys, "import", project, tmp_path / "akkoord.md", "--kind", "agreement")
    run_json(capsys, "framework", "import", project, tmp_path / "kader.yaml")
    return project, document


def test_import_reports_the_document(workspace) -> None:
    _, document = workspace
    assert set(document) >= {"id", "title", "pages", "passages"}
    assert document["passages"] >= 4


def test_tagging_with_code_point_offsets_round_trips(workspace, capsys) -> None:
    project, document = workspace
    passages = run_json(capsys, "passages", project, document["id"][:8])
    assert {p["kind"] for p in passages} >= {"heading", "paragraph", "list_item"}
    paragraph = next(p for p in passages if "miljard" in p["text"])
    start = paragraph["start"] + paragraph["text"].index("investeert")
    end = start + len("investeert € 1 miljard")
    finding = run_json(capsys, "tag", project, "--doc", document["id"], "--start", start, "--end", end,
                       "--speerpunt", "1.1", "--assessment", "positive", "--note", "Goed nieuws", "--author", "Ann")
    assert finding["quote"] == "investeert € 1 miljard"
    run_json(capsys, "tag", project, "--doc", document["id"], "--speerpunt", "2.1", "--assessment", "missing")
    listed = run_json(capsys, "findings", project, "--doc", document["id"])
    assert [(f["speerpunt"], f["assessment"], f["start"]) for f in listed] == [
        ("1.1", "positive", start),
        ("2.1", "missing", None),
    ]
    assert set(listed[0]) == {"id", "document", "document_sha256", "start", "end", "quote", "speerpunt", "assessment", "note",
                              "anchor", "anchor_score", "author", "created", "modified"}
    assert (listed[0]["anchor"], listed[0]["anchor_score"]) == (None, None)  # tagged on this text
    docs = run_json(capsys, "docs", project)
    assert docs[0]["findings"] == 2


def test_search_reports_hits_with_snippets(workspace, capsys) -> None:
    project, document = workspace
    [hit] = run_json(capsys, "search", project, "BETAALBARE")
    assert hit["document"] == document["id"]
    assert "betaalbare" in hit["snippet"] and set(hit) >= {"passage", "page", "start", "end", "snippet"}


def test_framework_list_shows_codes_and_themes(workspace, capsys) -> None:
    project, _ = workspace
    rows = run_json(capsys, "framework", "list", project)
    assert [(r["code"], r["theme"]) for r in rows] == [("1.1", "Wonen"), ("2.1", "Werk")]


@pytest.mark.parametrize(
    "args, message",
    [
        (["docs", "{tmp}/nergens.speerpunt"], "no such project file"),
        (["passages", "{project}", "zzzz"], "no document with id"),
        (["tag", "{project}", "--doc", "{doc}", "--speerpunt", "9.9", "--assessment", "concern",
          "--start", "0", "--end", "4"], "no speerpunt with code '9.9'"),
        (["tag", "{project}", "--doc", "{doc}", "--speerpunt", "1.1", "--assessment", "concern"], "needs a span"),
        (["import", "{project}", "{tmp}/leeg.txt"], "leeg.txt: the file is empty"),
        (["import", "{project}", "{tmp}/akkoord.md"], "already in the project"),
        (["import", "{project}", "{tmp}/plaatje.png"], "unsupported file type"),
        (["search", "{project}", "???"], "at least one word"),
    ],
)
def test_expected_errors_are_one_line_with_exit_code_1(workspace, capsys, tmp_path, args, message) -> None:
    project, document = workspace
    (tmp_path / "leeg.txt").write_text("")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG")
    filled = [a.format(tmp=tmp_path, project=project, doc=document["id"]) for a in args]
    code, out, err = run(capsys, *filled)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "init", str(tmp_path / "x.speerpunt"), "--json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["project"].endswith("x.speerpunt")
