"""`speerpunt export` and `speerpunt draft`: JSON summaries, name overrides, one-line refusals."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.exporters.conftest import reaction_project  # noqa: F401  (fixture)
from tests.exporters.docx_reading import paragraphs


def test_export_prints_a_summary_and_applies_name_overrides(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    out = tmp_path / "reactie.docx"
    code = main(["export", str(reaction_project.project.path), "--layout", "speerpunten", "--out", str(out),
                 "--organisation", "G32", "--agreement-name", "Regeerakkoord", "--appendix", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["findings"] == 5 and summary["layout"] == "speerpunten" and summary["path"] == str(out)
    texts = [text for _, text in paragraphs(out)]
    assert "Reactie van de G32 op het regeerakkoord:" in texts
    assert "2. Vergelijking vanuit de speerpunten van de G32" in texts


def test_export_refusal_is_one_line(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    code = main(["export", str(reaction_project.project.path), "--layout", "csv",
                 "--out", str(tmp_path / "nergens" / "x.csv")])
    assert code == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("speerpunt export: ") and "x.csv" in error and "\n" not in error


def test_draft_refuses_written_text_then_replaces_it_with_force(reaction_project, capsys) -> None:  # noqa: F811
    path = str(reaction_project.project.path)
    assert main(["draft", path, "--speerpunt", "2.1"]) == 1
    assert "already has a reaction text" in capsys.readouterr().err
    assert main(["draft", path, "--speerpunt", "2.1", "--force", "--order", "assessment", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["text"] == ("Wat het coalitieakkoord hierover zegt, baart de M25 zorgen. Blijft vaag.\n\n"
                              "Het coalitieakkoord zegt niets over een punt dat de M25 belangrijk vindt. "
                              "Eén regeling voor de onderkant ontbreekt.")


def test_export_warns_in_one_line_while_drafts_say_onze_organisatie(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    """A draft made before the organisation was set says "Onze organisatie…"; every export of the reaction
    says so on stderr until it is rewritten, also after the organisation has been set."""
    path = str(reaction_project.project.path)
    assert main(["report", path, "--set", "organisation="]) == 0
    assert main(["draft", path, "--speerpunt", "1.2"]) == 0
    capsys.readouterr()
    out = tmp_path / "reactie.docx"
    assert main(["export", path, "--layout", "speerpunten", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    err = captured.err
    assert "warning" not in captured.out  # said once, on stderr
    assert err.count("\n") == 1 and err.startswith("speerpunt export: warning: no organisation set")
    assert "(1.1, 1.2) say “onze organisatie”" in err  # 1.1 has no text: its stand-in draft says it too
    assert any("Onze organisatie is" in text for _, text in paragraphs(out))

    assert main(["report", path, "--set", "organisation=G32"]) == 0
    capsys.readouterr()
    assert main(["export", path, "--layout", "analyse", "--out", str(tmp_path / "analyse.docx"), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ("speerpunt export: warning: 1 reaction (1.2) still says “onze organisatie” instead of "
                            "G32 (drafted before the organisation was set); edit it before publishing\n")
    assert json.loads(captured.out)["placeholder_reactions"] == ["1.2"]


def test_export_with_the_organisation_named_throughout_says_nothing_more(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    path = str(reaction_project.project.path)
    assert main(["draft", path, "--speerpunt", "1.2"]) == 0  # organisation M25 set: "De M25 is verheugd…"
    capsys.readouterr()
    assert main(["export", path, "--layout", "speerpunten", "--out", str(tmp_path / "r.docx")]) == 0
    assert capsys.readouterr().err == ""


def test_framework_propose_prints_an_outline_and_json_keeps_its_shape(tmp_path, capsys) -> None:
    """Table mode: the summary, then each theme with its speerpunten indented under it (no Python dict)."""
    path = str(tmp_path / "demo.speerpunt")
    assert main(["demo", path]) == 0
    capsys.readouterr()
    assert main(["docs", path, "--json"]) == 0
    position = next(d["id"] for d in json.loads(capsys.readouterr().out) if d["kind"] == "position")
    assert main(["framework", "propose", path, position]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "{" not in "\n".join(lines) and "proposal" not in "\n".join(lines)
    theme = lines.index("1 Wonen en leefomgeving")  # the demo position paper's first chapter
    assert lines[theme - 1] == "" and lines[theme + 1] == "  1.1 Betaalbaar wonen voor iedereen"
    assert main(["framework", "propose", path, position, "--json"]) == 0
    proposal = json.loads(capsys.readouterr().out)["proposal"]
    assert proposal[0]["theme"] == "Wonen en leefomgeving"
    assert proposal[0]["speerpunten"][0] == "1.1 Betaalbaar wonen voor iedereen"


@pytest.mark.corpus
def test_framework_propose_names_the_g40_agenda_and_warns_about_its_empty_theme(examples_dir, tmp_path,
                                                                              capsys) -> None:
    path = str(tmp_path / "g40.speerpunt")
    assert main(["init", path]) == 0
    assert main(["import", path, str(examples_dir / "g40-strategische-agenda-2019-2022.md"), "--kind",
                 "position"]) == 0
    capsys.readouterr()
    assert main(["docs", path, "--json"]) == 0
    [position] = [d["id"] for d in json.loads(capsys.readouterr().out)]
    assert main(["framework", "propose", path, position, "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    # The short name and period from the file name, not the cover's "STEDEN MAKEN HET VERSCHIL!".
    assert result["name"] == "G40 Strategische Agenda 2019-2022"
    assert result["warnings"] == ["theme 4 'Werk maken van talent' has no speerpunten in the text; "
                                  "add them or delete the theme before tagging"]
    assert captured.err == f"speerpunt framework propose: {result['warnings'][0]}\n"
