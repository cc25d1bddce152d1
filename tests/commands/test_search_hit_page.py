"""A search hit names the printed page the hit stands on, also in a paragraph that runs over a page end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.index.hit_spans import walk_hits
from desktop.store.project import open_project
from tests.ingest.conftest import lines, new_pdf

FIRST_PRINTED = 12  # the pages print 12, 13, 14, ...


def run_json(capsys, *args) -> list | dict:
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def agreement_pdf(path: Path) -> Path:
    """Four pages printing 12 to 15; the paragraph at the foot of page 13 runs on to the top of 14."""
    pdf = new_pdf()
    body = ["Gemeenten krijgen meer ruimte voor hun eigen beleid in de wijken en de dorpen, en",
            "het Rijk maakt daarover heldere afspraken met de provincies en de waterschappen."]
    for page in range(4):
        pdf.add_page()
        pdf.set_font("helvetica", "", 9)
        pdf.text(290, 815, str(FIRST_PRINTED + page))
        y = 90
        if page != 2:
            y = lines(pdf, y, [f"Hoofdstuk {page + 1}"], size=16, style="B") + 10
        if page == 2:
            # The top of page 14 goes on with the sentence page 13 left open, then a sentence of its own.
            y = lines(pdf, y, ["voor de komende vier jaar, en dat blijft zo tot het einde van de periode.",
                               "De woningcorporaties bouwen samen met de gemeenten betaalbare huizen."]) + 14
        for _ in range(8 if page == 1 else 4):
            y = lines(pdf, y, body) + 14
        if page == 1:
            lines(pdf, 740, ["De huren stijgen niet harder dan de inflatie, zo spreken de partijen af",
                             "met de verhuurders en de huurdersorganisaties in het hele land"])
    path.write_bytes(bytes(pdf.output()))
    return path


@pytest.fixture
def imported(tmp_path: Path, capsys) -> Path:
    project = tmp_path / "werk.speerpunt"
    assert main(["init", str(project)]) == 0
    capsys.readouterr()
    run_json(capsys, "import", project, agreement_pdf(tmp_path / "akkoord.pdf"), "--kind", "agreement")
    return project


def test_the_passage_runs_over_the_page_end(imported: Path, capsys) -> None:
    [document] = run_json(capsys, "docs", imported)
    passages = run_json(capsys, "passages", imported, document["id"])
    joined = next(p for p in passages if "inflatie" in p["text"])
    # One passage from page 13 into 14, starting on 13: what the search hits below rely on.
    assert "woningcorporaties" in joined["text"] and joined["page"] == "13"


@pytest.mark.parametrize("word, printed", [("inflatie", "13"), ("woningcorporaties", "14"), ("periode", "14")])
def test_a_hit_names_the_page_it_stands_on(imported: Path, capsys, word: str, printed: str) -> None:
    [hit] = run_json(capsys, "search", imported, word)
    assert hit["page"] == printed
    [group] = run_json(capsys, "search", imported, word, "--by-document")
    assert group["page"] == printed


def test_the_walk_names_the_page_a_tag_would_cite(imported: Path) -> None:
    project = open_project(imported)
    try:
        [hit] = walk_hits(project, "woningcorporaties")
        # The tag takes the sentence "De woningcorporaties bouwen ...", which stands on page 14.
        assert hit.page == "14"
        assert " ".join(hit.text[hit.start - hit.passage_start:hit.end - hit.passage_start].split()) == (
            "De woningcorporaties bouwen samen met de gemeenten betaalbare huizen.")
    finally:
        project.close()


@pytest.mark.corpus
def test_a_hit_in_the_regeerprogramma_names_the_page_it_stands_on(tmp_path: Path, corpus_dir: Path, capsys) -> None:
    project = tmp_path / "werk.speerpunt"
    assert main(["init", str(project)]) == 0
    capsys.readouterr()
    run_json(capsys, "import", project, corpus_dir / "nl-regeerprogramma-2024.pdf", "--kind", "agreement")
    # Read on the pages: "... We introduceren de bijzondere fondsuitkering, waarbij op basis van" closes
    # printed page 90; "betrouwbare informatie de balans beter bewaakt kan worden ..." opens page 91.
    [before] = run_json(capsys, "search", project, '"bijzondere fondsuitkering"')
    [after] = run_json(capsys, "search", project, '"balans beter bewaakt"')
    assert before["passage"] == after["passage"]
    assert (before["page"], after["page"]) == ("90", "91")
