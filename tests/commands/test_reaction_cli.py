"""What the app can set, the command line can set: report parts, reactions, findings, Dutch assessments."""

from __future__ import annotations

import io
import json
import sys

from desktop.cli import main
from desktop.store.findings import get_finding, list_findings
from desktop.store.project import open_project
from desktop.store.reactions import list_reactions, report_parts
from exporters import ExportOptions, export
from tests.exporters.conftest import reaction_project  # noqa: F401  (fixture)
from tests.exporters.docx_reading import paragraphs


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def _parts(path) -> dict[str, str]:
    project = open_project(path)
    try:
        return report_parts(project)
    finally:
        project.close()


def test_report_sets_parts_from_values_files_and_standard_input(reaction_project, tmp_path, capsys,  # noqa: F811
                                                                monkeypatch) -> None:
    path = reaction_project.project.path
    foreword = tmp_path / "voorwoord.txt"
    foreword.write_text("Eerste alinea.\r\n\r\nTweede alinea, geïnvesteerd.\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Wij gaan graag in gesprek.\n")))
    code = main(["report", str(path), "--set", "organisation=G32", "agreement_name=Coalitieakkoord 2021-2025",
                 "date=2026-02-23", "signatory=Ferd Crone", "closing=-", "title=", "--file", f"foreword={foreword}",
                 "--json"])
    assert code == 0
    shown = _json(capsys)
    assert shown["organisation_in_text"] == "de G32" and shown["agreement_in_text"] == "het Coalitieakkoord 2021-2025"
    parts = _parts(path)
    assert parts["organisation"] == "G32" and parts["signatory_name"] == "Ferd Crone"
    assert parts["foreword"] == "Eerste alinea.\n\nTweede alinea, geïnvesteerd."
    # The title is stored for the agreement it was set for (docs/EXPORTS.md): shown cleared for it.
    assert parts["closing"] == "Wij gaan graag in gesprek." and shown["title"] == ""
    # The organisation stays in the project: the next export needs no --organisation.
    out = tmp_path / "reactie.docx"
    export(reaction_project.project, "speerpunten", out, ExportOptions())
    texts = [text for _, text in paragraphs(out)]
    assert texts[0] == "Reactie van de G32 op het Coalitieakkoord 2021-2025"
    assert "Reactie van de G32 op het Coalitieakkoord 2021-2025:" in texts


def test_a_het_word_organisation_gets_het_in_the_export_and_the_override_still_wins(
        reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    path = str(reaction_project.project.path)
    assert main(["report", path, "--set", "organisation=G40-stedennetwerk", "agreement_name=Regeerprogramma",
                 "title=", "--json"]) == 0
    assert _json(capsys)["organisation_in_text"] == "het G40-stedennetwerk"
    out = tmp_path / "reactie.docx"
    export(reaction_project.project, "speerpunten", out, ExportOptions())
    texts = [text for _, text in paragraphs(out)]
    assert texts[0] == "Reactie van het G40-stedennetwerk op het regeerprogramma"
    # In sentences it has its article; on the title page it stands alone, as typed.
    sentences = [text for text in texts if "G40-stedennetwerk" in text and text != "G40-stedennetwerk"]
    assert sentences and all("het G40-stedennetwerk" in text or text.startswith("Het G40-stedennetwerk")
                             for text in sentences)
    # The documented override: the analyst's own wording wins over the guess.
    assert main(["report", path, "--set", "organisation_name=de G40", "--json"]) == 0
    assert _json(capsys)["organisation_in_text"] == "de G40"
    again = tmp_path / "reactie-2.docx"
    export(reaction_project.project, "speerpunten", again, ExportOptions())
    texts = [text for _, text in paragraphs(again)]
    assert texts[0] == "Reactie van de G40 op het regeerprogramma"


def test_a_bad_report_value_changes_nothing(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    path = reaction_project.project.path
    before = _parts(path)
    binary = tmp_path / "logo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    for arguments, message in (
        (["--set", "organisation=G32", "colour=blue"], "unknown key 'colour'"),
        (["--set", "organisation=G32", "date=2026-02-30"], "is not a date"),
        (["--set", "organisation=G32", "--file", f"foreword={binary}"], "not UTF-8 text"),
        (["--set", "organisation=G32", "--file", f"foreword={tmp_path / 'weg.txt'}"], "no such file"),
        (["--set", "organisation"], "is not KEY=VALUE"),
    ):
        assert main(["report", str(path), *arguments]) == 1
        error = capsys.readouterr().err.strip()
        assert error.startswith("speerpunt report: ") and message in error and "\n" not in error
    assert _parts(path) == before


def test_reaction_writes_from_text_file_or_standard_input(reaction_project, tmp_path, capsys) -> None:  # noqa: F811
    made = reaction_project
    path = str(made.project.path)
    assert main(["reaction", path, "--speerpunt", "1.2", "--text", "De M25 is blij met het geld.", "--json"]) == 0
    assert _json(capsys)["text"] == "De M25 is blij met het geld."
    text_file = tmp_path / "reactie.txt"
    text_file.write_text("Eerste punt.\n\nTweede punt.\n", encoding="utf-8")
    assert main(["reaction", path, "--speerpunt", "1.1", "--file", str(text_file)]) == 0
    reactions = list_reactions(made.project, made.document_id)
    assert reactions[made.codes["1.2"]].text == "De M25 is blij met het geld."
    assert reactions[made.codes["1.1"]].text == "Eerste punt.\n\nTweede punt."
    assert main(["reaction", path, "--speerpunt", "9.9", "--text", "x"]) == 1
    assert "9.9" in capsys.readouterr().err


def test_finding_changes_and_deletes_with_dutch_assessments(reaction_project, capsys) -> None:  # noqa: F811
    made = reaction_project
    path = str(made.project.path)
    assert main(["tag", path, "--doc", made.document_id[:8], "--speerpunt", "1.2", "--assessment", "ontbreekt",
                 "--note", "Niets over wijken.", "--json"]) == 0
    finding_id = _json(capsys)["id"]
    assert get_finding(made.project, finding_id).assessment.value == "missing"
    assert main(["finding", path, finding_id[:10], "--set", "note=Geen programma voor wijken.", "speerpunt=2.1",
                 "--json"]) == 0
    changed = _json(capsys)
    assert changed["note"] == "Geen programma voor wijken." and changed["speerpunt"] == "2.1"
    # A missing finding has no passage, so it cannot become a concern: refused, nothing changed.
    assert main(["finding", path, finding_id, "--set", "assessment=zorg", "note=Anders."]) == 1
    assert "needs a span" in capsys.readouterr().err
    assert get_finding(made.project, finding_id).note == "Geen programma voor wijken."
    spanned = next(f for f in list_findings(made.project) if f.speerpunt_id == made.codes["1.2"] and f.has_span)
    assert main(["finding", path, spanned.id, "--set", "assessment=zorg"]) == 0
    assert get_finding(made.project, spanned.id).assessment.value == "concern"
    assert main(["finding", path, finding_id, "--delete"]) == 0
    assert finding_id not in {f.id for f in list_findings(made.project)}
    assert main(["finding", path, spanned.id, "--set", "assessment=goed"]) == 1
    assert "positief, zorg, ontbreekt" in capsys.readouterr().err


def test_init_keeps_the_organisation(tmp_path) -> None:
    path = tmp_path / "nieuw.speerpunt"
    assert main(["init", str(path), "--organisation", "VNG"]) == 0
    assert _parts(path)["organisation"] == "VNG"
