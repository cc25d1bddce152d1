"""`speerpunt export` and `speerpunt draft`: JSON summaries, name overrides, one-line refusals."""

from __future__ import annotations

import json

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
    assert "Reactie van de G32 op het Regeerakkoord:" in texts
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
