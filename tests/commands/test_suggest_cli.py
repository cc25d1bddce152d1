"""`speerpunt suggest`: likely speerpunten per passage, learnt from the analyst's tags; missing candidates;
one-line refusals; and the project is never changed by a suggestion."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.commands.test_cli import run, run_json

FRAMEWORK = """format: speerpunt-framework/1
name: Stedenkader
themes:
  - title: Sociaal
    speerpunten:
      - code: "1"
        title: Armoede en schulden
        formulation: Inwoners met schulden krijgen snel hulp; niemand leeft onder het bestaansminimum.
      - code: "2"
        title: Jeugdzorg
        formulation: Kinderen en gezinnen krijgen tijdig passende jeugdhulp.
  - title: Fysiek
    speerpunten:
      - code: "3"
        title: Betaalbare woningen
        formulation: Er komen genoeg betaalbare huurwoningen en starterswoningen bij.
      - code: "4"
        title: Schone lucht
        formulation: De luchtkwaliteit in de stad verbetert.
"""

AGREEMENT = """# Sociaal

De schuldhulpverlening wordt verbeterd zodat mensen met schulden sneller geholpen worden.

Incassokosten gaan omlaag en de armoede onder kinderen wordt gehalveerd.

Jeugdhulp wordt beter bereikbaar voor gezinnen, met kortere wachtlijsten in de jeugdzorg.

# Wonen

Er worden honderdduizend betaalbare huurwoningen gebouwd, vooral voor starters.

Gemeenten krijgen geld om sneller woningen te bouwen op nieuwe locaties.

De huurprijs van sociale huurwoningen blijft betaalbaar voor lage inkomens.
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace(tmp_path: Path, capsys):
    project = tmp_path / "werk.speerpunt"
    (tmp_path / "akkoord.md").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    [document] = run_json(capsys, "import", project, tmp_path / "akkoord.md", "--kind", "agreement")
    run_json(capsys, "framework", "import", project, tmp_path / "kader.yaml")
    passages = run_json(capsys, "passages", project, document["id"])
    return project, document["id"], passages


def _span(passages: list[dict], words: str) -> tuple[int, int]:
    """Where the passage with these words is in the stored document (from `speerpunt passages`)."""
    passage = next(p for p in passages if p["text"].startswith(words))
    return passage["start"], passage["end"]


def test_json_has_the_issue_shape_and_ranks_by_the_speerpunten_own_words(workspace, capsys) -> None:
    project, document, passages = workspace
    report = run_json(capsys, "suggest", project, "--doc", document)
    assert set(report) == {"passages", "missing"}
    by_start = {p["start"]: p for p in report["passages"]}
    for passage in report["passages"]:
        assert set(passage) == {"start", "end", "suggestions"}
        assert all(set(s) == {"speerpunt", "score"} for s in passage["suggestions"])
        scores = [s["score"] for s in passage["suggestions"]]
        assert scores == sorted(scores, reverse=True)
    debts = by_start[_span(passages, "De schuldhulpverlening")[0]]
    assert debts["suggestions"][0]["speerpunt"] == "1"
    homes = by_start[_span(passages, "Er worden honderdduizend")[0]]
    assert homes["suggestions"][0]["speerpunt"] == "3"
    assert by_start[_span(passages, "Jeugdhulp wordt")[0]]["suggestions"][0]["speerpunt"] == "2"
    assert (debts["start"], debts["end"]) == _span(passages, "De schuldhulpverlening")
    # Nothing in the agreement is about air quality: it is the one missing candidate.
    assert [m["speerpunt"] for m in report["missing"]] == ["4"]
    assert set(report["missing"][0]) == {"speerpunt", "score", "best"}


def test_a_tag_teaches_it_and_the_tagged_speerpunt_is_not_suggested_again_there(workspace, capsys) -> None:
    project, document, passages = workspace
    # The passage about rent has no word of speerpunt 1 or 3's formulation but "betaalbaar".
    sentence = "Gemeenten krijgen geld om sneller woningen te bouwen op nieuwe locaties."
    before = run_json(capsys, "suggest", project, "--doc", document, "--speerpunt", "3")
    start, end = _span(passages, "Er worden honderdduizend")
    run_json(capsys, "tag", project, "--doc", document, "--start", start, "--end", end,
             "--speerpunt", "3", "--assessment", "positief")
    after = run_json(capsys, "suggest", project, "--doc", document, "--speerpunt", "3")
    starts = [p["start"] for p in after["passages"]]
    assert start not in starts  # already a finding for 3
    assert _span(passages, sentence)[0] in starts
    old = {p["start"]: p["suggestions"][0]["score"] for p in before["passages"]}
    new = {p["start"]: p["suggestions"][0]["score"] for p in after["passages"]}
    assert new[_span(passages, sentence)[0]] > old.get(_span(passages, sentence)[0], 0)


def test_suggest_never_changes_the_project(workspace, capsys) -> None:
    project, document, passages = workspace
    run_json(capsys, "suggest", project, "--doc", document)  # migrations, if any, are done now
    digest = _sha(project)
    run_json(capsys, "suggest", project, "--doc", document)
    run_json(capsys, "suggest", project, "--doc", document, "--missing")
    assert run(capsys, "suggest", project, "--doc", document)[0] == 0
    assert _sha(project) == digest
    assert run_json(capsys, "findings", project) == []


def test_missing_only_lists_no_passages(workspace, capsys) -> None:
    project, document, passages = workspace
    report = run_json(capsys, "suggest", project, "--doc", document, "--missing")
    assert report["passages"] == []
    assert [m["speerpunt"] for m in report["missing"]] == ["4"]


def test_a_project_without_speerpunten_gets_one_line(tmp_path: Path, capsys) -> None:
    project = tmp_path / "leeg.speerpunt"
    (tmp_path / "akkoord.md").write_text(AGREEMENT, encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    [document] = run_json(capsys, "import", project, tmp_path / "akkoord.md", "--kind", "agreement")
    code, out, err = run(capsys, "suggest", project, "--doc", document["id"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "no speerpunten" in err


def test_a_document_without_passages_gets_one_line(workspace, tmp_path: Path, capsys) -> None:
    project, _, _ = workspace
    (tmp_path / "leeg.md").write_text("# Alleen een kop\n", encoding="utf-8")
    [document] = run_json(capsys, "import", project, tmp_path / "leeg.md", "--kind", "agreement")
    code, out, err = run(capsys, "suggest", project, "--doc", document["id"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "no passages" in err


def test_a_position_paper_is_not_suggested_for(workspace, tmp_path: Path, capsys) -> None:
    project, _, _ = workspace
    (tmp_path / "positie.md").write_text("# Wonen\n\nWij willen meer betaalbare huurwoningen.\n", encoding="utf-8")
    [document] = run_json(capsys, "import", project, tmp_path / "positie.md", "--kind", "position")
    code, out, err = run(capsys, "suggest", project, "--doc", document["id"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "position paper" in err


def test_in_a_large_project_the_document_asked_for_is_ranked_alone(workspace, tmp_path: Path, capsys,
                                                                      monkeypatch) -> None:
    """Above the many-agreements threshold `suggest --doc` ranks that agreement only (not minutes of
    work over every agreement), and its passages still get the speerpunt their words say."""
    from desktop.suggest import project_model

    project, document, passages = workspace
    (tmp_path / "ander.md").write_text("# Zorg\n\nDe jeugdzorg krijgt meer geld voor gezinnen.\n", encoding="utf-8")
    run_json(capsys, "import", project, tmp_path / "ander.md", "--kind", "agreement")
    scopes = []
    original = project_model.load_suggester
    # `suggest` imports these when it runs (the parser is built without the suggester): patched where they live.
    monkeypatch.setattr(project_model, "load_suggester",
                        lambda p, scope=None: scopes.append(scope) or original(p, scope))
    monkeypatch.setattr(project_model, "ALL_AGREEMENTS_UP_TO", 1)
    report = run_json(capsys, "suggest", project, "--doc", document)
    assert scopes == [frozenset({document})]
    homes = {p["start"]: p for p in report["passages"]}[_span(passages, "Er worden honderdduizend")[0]]
    assert homes["suggestions"][0]["speerpunt"] == "3"
