"""A team folder between laptops: what goes in, what comes out, and what a sync service's mess does."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from desktop.operations.conflicts import list_conflicts, resolve_conflict
from desktop.operations.findings import add_finding, update_finding
from desktop.operations.reactions import set_report_parts
from desktop.store import open_project
from desktop.store.documents import list_documents
from desktop.store.frameworks import list_speerpunten
from desktop.store.reactions import report_parts
from desktop.sync.state import state_path
from desktop.sync.team_round import SyncRefused, sync_round
from tests.sync.laptops import AGREEMENT, empty_project, findings_of, start_team


def sync(path: Path, folder: Path, name: str) -> dict:
    with open_project(path) as project:
        return sync_round(project, folder, name).as_dict()


@pytest.fixture
def team(tmp_path: Path):
    """Ann's project with the agreement, framework, one finding and a foreword; Bram's empty project."""
    ann, codes, document = start_team(tmp_path / "ann")
    with open_project(ann) as project:
        add_finding(project, document, codes["1.1"], "positive", 42, 106, note="Goed voor starters", author="Ann")
        set_report_parts(project, {"organisation": "G40"}, author="Ann")
    folder = tmp_path / "Teammap"
    folder.mkdir()
    (tmp_path / "bram").mkdir()
    bram = empty_project(tmp_path / "bram" / "werk.speerpunt")
    return ann, bram, folder, codes


def test_an_empty_project_receives_the_agreement_framework_report_parts_and_findings(team) -> None:
    ann, bram, folder, _codes = team
    out = sync(ann, folder, "Ann")
    assert out["out"]["originals"] == ["Coalitieakkoord van de gemeente Voorbeeld"]
    came = sync(bram, folder, "Bram")
    assert came["in"]["documents"] == ["Coalitieakkoord van de gemeente Voorbeeld"]
    with open_project(bram) as project:
        (document,) = list_documents(project)
        assert document.title == "Coalitieakkoord van de gemeente Voorbeeld"
        assert "tweeduizend betaalbare woningen" in project.db.execute("SELECT text FROM documents").fetchone()[0]
        assert sorted(sp.code for sp in list_speerpunten(project)) == ["1.1", "1.2", "2.1"]
        assert report_parts(project)["organisation"] == "G40"
    (finding,) = findings_of(bram).values()
    assert finding[:2] == ("positive", "Goed voor starters")
    assert finding[2] in AGREEMENT


def test_the_folder_holds_no_database_and_the_original_once_by_hash(team) -> None:
    ann, bram, folder, _codes = team
    sync(ann, folder, "Ann")
    sync(bram, folder, "Bram")
    sync(ann, folder, "Ann")
    names = sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())
    assert not any(name.endswith(("-wal", "-shm", ".speerpunt")) for name in names)
    for path in folder.rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"SQLite format 3")
    originals = [name for name in names if name.startswith("originals/")]
    assert len(originals) == 1 and originals[0].endswith(".txt")
    assert len([name for name in names if name.endswith(".work")]) == 2


def test_a_finding_travels_back_and_a_second_round_reads_nothing(team) -> None:
    ann, bram, folder, codes = team
    sync(ann, folder, "Ann")
    sync(bram, folder, "Bram")
    with open_project(bram) as project:
        document = project.db.execute("SELECT id FROM documents").fetchone()[0]
        made = add_finding(project, document, codes["2.1"], "concern", 108, 170, note="Te vaag", author="Bram")
    out = sync(bram, folder, "Bram")
    assert out["out"]["rows"] == 1
    came = sync(ann, folder, "Ann")
    assert came["in"]["added"] == 1 and findings_of(ann)[made.id][1] == "Te vaag"
    again = sync(ann, folder, "Ann")
    assert again["in"]["files"] == [] and again["out"]["rows"] == 0
    assert {(entry["analyst"], entry["you"]) for entry in again["analysts"]} == {("Ann", True), ("Bram", False)}


def test_half_written_files_and_copies_are_skipped_then_read_once_whole(team) -> None:
    ann, bram, folder, codes = team
    sync(ann, folder, "Ann")
    (work,) = folder.glob("analysts/*.work")
    whole = work.read_bytes()
    shutil.copyfile(work, work.with_name(work.stem + " (1).work"))
    work.write_bytes(whole[: len(whole) // 2])  # the service is still downloading it
    came = sync(bram, folder, "Bram")
    reasons = {entry["file"]: entry["reason"] for entry in came["skipped"]}
    assert f"analysts/{work.name}" in reasons and "not complete" in reasons[f"analysts/{work.name}"]
    assert any("(1)" in name for name in reasons)
    assert findings_of(bram) == {}
    with open_project(bram) as project:
        assert list_speerpunten(project) == []  # nothing of the half file was merged
    work.write_bytes(whole)
    came = sync(bram, folder, "Bram")
    assert came["in"]["files"] == [f"analysts/{work.name}"]
    assert findings_of(bram) == findings_of(ann)


def test_a_damaged_bundle_is_refused_like_a_mailed_one(team) -> None:
    ann, bram, folder, _codes = team
    sync(ann, folder, "Ann")
    (work,) = folder.glob("analysts/*.work")
    (manifest,) = folder.glob("analysts/*.json")
    payload = json.loads(gzip.decompress(work.read_bytes()))
    payload["version"] = 99
    forged = gzip.compress(json.dumps(payload).encode())
    work.write_bytes(forged)
    described = json.loads(manifest.read_text())
    described["work_sha256"] = hashlib.sha256(forged).hexdigest()
    manifest.write_text(json.dumps(described))
    came = sync(bram, folder, "Bram")
    (entry,) = [entry for entry in came["skipped"] if entry["file"].endswith(".work")]
    assert "newer version of Speerpunt" in entry["reason"]
    assert findings_of(bram) == {}


def test_the_same_finding_edited_on_two_laptops_is_one_conflict_everywhere_and_its_resolution_travels(team):
    ann, bram, folder, _codes = team
    sync(ann, folder, "Ann")
    sync(bram, folder, "Bram")
    sync(ann, folder, "Ann")
    (finding_id,) = findings_of(ann)
    with open_project(ann) as project:
        update_finding(project, finding_id, note="Ann: goed")
    with open_project(bram) as project:
        update_finding(project, finding_id, note="Bram: matig")
    for _ in range(2):
        sync(ann, folder, "Ann")
        sync(bram, folder, "Bram")
    assert findings_of(ann) == findings_of(bram)
    kept = findings_of(ann)[finding_id][1]
    for path in (ann, bram):
        with open_project(path) as project:
            (conflict,) = list_conflicts(project)
            assert conflict.record_key == finding_id and conflict.data["note"] != kept
    with open_project(bram) as project:
        resolve_conflict(project, list_conflicts(project)[0].id, keep_other=True)
    sync(bram, folder, "Bram")
    sync(ann, folder, "Ann")
    restored = {"Ann: goed", "Bram: matig"} - {kept}
    assert findings_of(ann)[finding_id][1] in restored and findings_of(bram) == findings_of(ann)
    with open_project(ann) as project:
        assert list_conflicts(project) == []


def test_a_document_whose_text_differs_is_named_and_its_findings_stay_out(team) -> None:
    ann, bram, folder, _codes = team
    sync(ann, folder, "Ann")
    (manifest,) = folder.glob("analysts/*.json")
    described = json.loads(manifest.read_text())
    (sha,) = described["documents"]
    described["documents"][sha]["text_sha256"] = "0" * 64  # as another version of Speerpunt would read it
    manifest.write_text(json.dumps(described))
    came = sync(bram, folder, "Bram")
    (message,) = came["unmatched_documents"]
    assert "Coalitieakkoord van de gemeente Voorbeeld" in message and "Ann" in message
    assert findings_of(bram) == {}


def test_the_project_file_inside_the_team_folder_is_refused(tmp_path: Path) -> None:
    inside = empty_project(tmp_path / "werk.speerpunt")
    with open_project(inside) as project, pytest.raises(SyncRefused, match="inside the team folder"):
        sync_round(project, tmp_path, "Ann")
    assert not (tmp_path / "analysts").exists()


def test_a_copied_project_publishes_as_a_device_of_its_own(team, tmp_path: Path) -> None:
    ann, _bram, folder, _codes = team
    sync(ann, folder, "Ann")
    copy = tmp_path / "laptop2" / "eerste.speerpunt"
    copy.parent.mkdir()
    shutil.copyfile(ann, copy)
    shutil.copyfile(state_path(ann), state_path(copy))
    sync(copy, folder, "Ann")
    assert len(list(folder.glob("analysts/*.work"))) == 2
    assert os.path.getsize(state_path(copy)) > 0


def test_a_forged_conflict_list_is_refused_and_nothing_merged(team) -> None:
    ann, bram, folder, _codes = team
    sync(ann, folder, "Ann")
    (work,) = folder.glob("analysts/*.work")
    (manifest,) = folder.glob("analysts/*.json")
    payload = json.loads(gzip.decompress(work.read_bytes()))
    payload["conflicts"] = [{"table_name": "findings; DROP TABLE findings", "record_key": 1}]
    forged = gzip.compress(json.dumps(payload).encode())
    work.write_bytes(forged)
    described = json.loads(manifest.read_text())
    described["work_sha256"] = hashlib.sha256(forged).hexdigest()
    manifest.write_text(json.dumps(described))
    came = sync(bram, folder, "Bram")
    assert any("conflict entry 1" in entry["reason"] for entry in came["skipped"])
    assert findings_of(bram) == {}
