"""Printed page numbers from import to citation, as an analyst uses the command line on real agreements."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.cli import main
from exporters.tabular import COLUMNS
from tests.exporters.docx_reading import paragraphs

FRAMEWORK = """format: speerpunt-framework/1
name: Testkader
themes:
  - title: Bestuur
    speerpunten:
      - code: "1.1"
        title: Een betrouwbare overheid
"""


def run_json(capsys, *args):
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def tag_quote(capsys, project: Path, document: dict, words: str) -> dict:
    passages = run_json(capsys, "passages", project, document["id"])
    passage = next(p for p in passages if words in " ".join(p["text"].split()))
    start = passage["start"] + passage["text"].index(words.split()[0])
    end = start + len(words)
    run_json(capsys, "tag", project, "--doc", document["id"], "--start", start, "--end", end, "--speerpunt", "1.1",
             "--assessment", "concern", "--author", "Ann")
    return passage


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "werk.speerpunt"
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    assert main(["init", str(path)]) == 0
    capsys.readouterr()
    run_json(capsys, "framework", "import", path, tmp_path / "kader.yaml")
    capsys.readouterr()
    return path


@pytest.mark.corpus
def test_a_citation_of_the_2021_agreement_names_the_printed_page(project: Path, corpus_dir: Path, tmp_path: Path,
                                                                 capsys) -> None:
    [document] = run_json(capsys, "import", project, corpus_dir / "nl-coalitieakkoord-2021-2025.pdf", "--kind",
                          "agreement")
    # Checked on the page: "We zorgen dat toezichthouders ..." stands on PDF page 5, which prints "2".
    passage = tag_quote(capsys, project, document, "We zorgen dat toezichthouders")
    assert (passage["page"], passage["pdf_page"]) == ("2", 5)
    out = tmp_path / "analyse.docx"
    run_json(capsys, "export", project, "--layout", "analyse", "--out", out, "--appendix")
    quotes = [text for style, text in paragraphs(out) if style == "Quote"]
    assert quotes == ["“We zorgen dat toezichthouders” (p. 2)"]
    table = tmp_path / "bevindingen.csv"
    run_json(capsys, "export", project, "--layout", "csv", "--out", table)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][COLUMNS.index("page")] == "2"


@pytest.mark.corpus
def test_a_quote_across_a_page_of_the_regeerprogramma_carries_no_running_header(project: Path, corpus_dir: Path,
                                                                               tmp_path: Path, capsys) -> None:
    [document] = run_json(capsys, "import", project, corpus_dir / "nl-regeerprogramma-2024.pdf", "--kind",
                          "agreement")
    assert document["title"] == "Regeerprogramma"
    # On the printed pages 90 and 91 this sentence runs from the foot of page 90 to the top of 91.
    words = "waarbij op basis van betrouwbare informatie de balans beter bewaakt"
    passage = tag_quote(capsys, project, document, words)
    assert (passage["page"], passage["pdf_page"]) == ("90", 90)
    # A quote from the part of the paragraph on the next page cites that page.
    later = "betrouwbare informatie de balans beter bewaakt kan worden"
    tag_quote(capsys, project, document, later)
    out = tmp_path / "analyse.docx"
    run_json(capsys, "export", project, "--layout", "analyse", "--out", out)
    quotes = [text for style, text in paragraphs(out) if style == "Quote"]
    assert quotes == [f"“{words}” (p. 90)", f"“{later}” (p. 91)"]
    findings = run_json(capsys, "findings", project)
    assert sorted(f["quote"] for f in findings) == sorted([words, later])
