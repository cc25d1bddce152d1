"""merge, bundle, conflicts and agreement on the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.cli import main
from desktop.operations.findings import add_finding, update_finding
from desktop.store import create_project, open_project
from desktop.store.documents import list_passages
from desktop.store.findings import list_findings
from tests.builders import add_document, add_small_framework


def run_json(capsys, *args) -> object:
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def make_pair(tmp_path: Path) -> tuple[Path, Path, str]:
    base = tmp_path / "basis.speerpunt"
    project = create_project(base)
    codes = add_small_framework(project)
    document = add_document(project, ["Alinea over wonen en bouwen.", "Alinea over werk en inkomen."])
    passages = list_passages(project, document)
    add_finding(project, document, codes["1.1"], "positive", passages[0].start, passages[0].end, author="Ann")
    project.close()
    mine, theirs = tmp_path / "mijn.speerpunt", tmp_path / "hun.speerpunt"
    shutil.copyfile(base, mine)
    shutil.copyfile(base, theirs)
    with open_project(theirs) as other:
        add_finding(other, document, codes["1.1"], "concern", passages[0].start, passages[0].end, author="Bo")
        add_finding(other, document, codes["2.1"], "positive", passages[1].start, passages[1].end, author="Bo")
    return mine, theirs, document


def test_merge_reports_a_summary_and_agreement_follows(tmp_path: Path, capsys) -> None:
    mine, theirs, document = make_pair(tmp_path)
    summary = run_json(capsys, "merge", mine, theirs)
    assert (summary["added"], summary["conflicts"]) == (2, 0)
    assert Path(summary["backup"]).exists()
    again = run_json(capsys, "merge", mine, theirs)
    assert (again["added"], again["updated"]) == (0, 0)
    report = run_json(capsys, "agreement", mine, "--doc", document[:8])
    assert report["analysts"] == ["Ann", "Bo"] and report["units"] == 2
    assert 0 <= report["overall"]["percent_agreement"] < 1
    assert "cohen_kappa" in report["overall"] and "krippendorff_alpha" in report["overall"]


def test_a_bundle_carries_findings_without_the_documents(tmp_path: Path, capsys) -> None:
    mine, theirs, _ = make_pair(tmp_path)
    bundle = tmp_path / "bo.spbundle"
    written = run_json(capsys, "bundle", theirs, "--out", bundle)
    assert written["findings"] == 3
    assert bundle.stat().st_size < theirs.stat().st_size / 5
    run_json(capsys, "merge", mine, bundle)
    with open_project(mine) as project:
        assert len(list_findings(project)) == 3


def test_conflicts_are_listed_and_resolved(tmp_path: Path, capsys) -> None:
    mine, theirs, _ = make_pair(tmp_path)
    with open_project(mine) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Mijn notitie")
    with open_project(theirs) as project:
        update_finding(project, finding.id, note="Hun notitie")
    run_json(capsys, "merge", mine, theirs)
    [conflict] = run_json(capsys, "conflicts", mine)
    assert conflict["other_version"] == "Mijn notitie"
    run_json(capsys, "conflicts", mine, "--resolve", conflict["id"][:8], "--keep-other")
    assert run_json(capsys, "conflicts", mine) == []
    with open_project(mine) as project:
        assert project.db.execute("SELECT note FROM findings WHERE id = ?", [finding.id]).fetchone()[0] == \
            "Mijn notitie"


def test_merging_a_file_that_is_not_a_project_changes_nothing(tmp_path: Path, capsys) -> None:
    mine, _, _ = make_pair(tmp_path)
    junk = tmp_path / "junk.speerpunt"
    junk.write_bytes(b"dit is geen project")
    before = mine.read_bytes()
    assert main(["merge", str(mine), str(junk)]) == 1
    assert "not a Speerpunt project" in capsys.readouterr().err
    assert mine.read_bytes() == before


def test_a_conflict_says_what_the_other_version_would_change_and_whose_it_is(tmp_path: Path, capsys) -> None:
    # Only the note used to be shown: restoring Bo's version would silently also turn the assessment around.
    mine, theirs, _ = make_pair(tmp_path)
    with open_project(mine) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Mijn notitie", assessment="concern", author="Ann")
    with open_project(theirs) as project:
        update_finding(project, finding.id, note="Hun notitie", author="Bo")
    run_json(capsys, "merge", mine, theirs)
    [conflict] = run_json(capsys, "conflicts", mine)
    assert conflict["other_author"] == "Ann"
    assert "assessment: positive, other: concern" in conflict["differs"]
    assert "note: Hun notitie, other: Mijn notitie" in conflict["differs"]
    assert "author: Bo, other: Ann" in conflict["differs"]


def test_agreement_in_the_terminal_is_a_table_of_measures_not_nested_data(tmp_path: Path, capsys) -> None:
    mine, theirs, document = make_pair(tmp_path)
    run_json(capsys, "merge", mine, theirs)
    assert main(["agreement", str(mine), "--doc", document[:8]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["measured_over", "counted", "agreement", "cohen_kappa", "krippendorff_alpha"]
    assert lines[1].startswith("all (Ann, Bo)") and " passages " in lines[1]
    # The missing findings' measure counts speerpunten, and says so.
    assert lines[2].startswith("per speerpunt: treated/missing/silent") and " speerpunt" in lines[2]
    assert any(line.startswith("speerpunt 1.1") for line in lines)
    assert not any("{" in line or "…" in line for line in lines)
