"""Benchmarks of a team folder: 10 analysts with 10,000 findings each, beside the bare read of the files.

The floor is gzip and json reading the same bundle files (what any reader must do at least); the sync
round also checks hashes, validates rows, merges in one transaction and publishes.
"""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

from bench.runner import Benchmark, temp_folder

ANALYSTS = 10
EACH = 10_000


@cache
def _team() -> dict:
    """A team folder published by 10 analysts (10,000 findings each) and Ann's project synced with it."""
    from bench.generate import build_project
    from desktop.store import open_project
    from desktop.sync.state import state_path
    from desktop.sync.team_round import sync_round

    base_folder = temp_folder("speerpunt-bench-team-")
    base = build_project(base_folder / "basis.speerpunt", documents=5, pages=40, findings=ANALYSTS * EACH, seed=3)
    team = base_folder / "Teammap"
    team.mkdir()
    projects = []
    for index in range(ANALYSTS):
        own = base_folder / f"analist{index}" / "werk.speerpunt"
        own.parent.mkdir()
        shutil.copyfile(base, own)
        with open_project(own) as project, project.db.atomic():
            project.db.execute("DELETE FROM findings WHERE rowid % ? != ?", [ANALYSTS, index])
        alone = base_folder / f"analist{index}" / "eigen map"
        alone.mkdir()
        with open_project(own) as project:
            sync_round(project, alone, f"Analist {index}")
        for path in alone.rglob("*"):
            if path.is_file():
                target = team / path.relative_to(alone)
                target.parent.mkdir(exist_ok=True)
                if not target.exists():
                    shutil.copyfile(path, target)
        projects.append(own)
    # Analist 5 edits a tenth of their findings' notes; their new files are kept aside.
    changed = base_folder / "changed"
    changed.mkdir()
    with open_project(projects[5]) as project:
        project.db.execute("UPDATE findings SET note = 'Herzien', modified = strftime('%Y-%m-%dT%H:%M:%fZ') "
                           "WHERE rowid % 100 = 5")
        sync_round(project, base_folder / "analist5" / "eigen map", "Analist 5")
    for path in (base_folder / "analist5" / "eigen map" / "analysts").glob("*"):
        shutil.copyfile(path, changed / path.name)
    # Ann (analyst 0) has read the whole folder once; her project and record are kept to restore.
    ann = projects[0]
    with open_project(ann) as project:
        sync_round(project, team, "Analist 0")
    saved = base_folder / "saved"
    saved.mkdir()
    shutil.copyfile(ann, saved / "project")
    shutil.copyfile(state_path(ann), saved / "state")
    for path in (team / "analysts").glob("analist-0-*"):
        shutil.copyfile(path, saved / path.name)
    return {"team": team, "ann": ann, "saved": saved, "changed": changed, "empty_source": base_folder}


def _restored_ann():
    from desktop.store import open_project
    from desktop.sync.state import state_path

    team = _team()
    shutil.copyfile(team["saved"] / "project", team["ann"])
    shutil.copyfile(team["saved"] / "state", state_path(team["ann"]))
    for path in team["saved"].glob("analist-0-*"):  # Ann's own files as her record knows them
        target = team["team"] / "analysts" / path.name
        target.unlink()
        shutil.copyfile(path, target)
    from desktop.sync.folder import signature

    record = json.loads(state_path(team["ann"]).read_text())
    analysts = team["team"] / "analysts"
    record["mine"]["signature"] = [signature(analysts / f"{record['device']}{suffix}") for suffix in (".json", ".work")]
    state_path(team["ann"]).write_text(json.dumps(record))
    for side in ("-wal", "-shm"):
        team["ann"].with_name(team["ann"].name + side).unlink(missing_ok=True)
    return team, open_project(team["ann"])


def _one_changed_setup():
    team, project = _restored_ann()
    for path in team["changed"].iterdir():
        data = path.read_bytes()
        target = team["team"] / "analysts" / path.name
        target.unlink()
        target.write_bytes(data)  # a new file, as a sync service delivers it
    return project, team


def _unchanged_setup():
    from desktop.sync.team_round import sync_round

    project, team = _one_changed_setup()
    sync_round(project, team["team"], "Analist 0")  # the change is read; the measured round finds none
    return project, team


def _round(state) -> str:
    from desktop.sync.team_round import sync_round

    project, team = state
    report = sync_round(project, team["team"], "Analist 0")
    return f"read {len(report.read)} file(s), {report.received['updated']} updated"


def _close(state) -> None:
    state[0].close()


def _floor_one(state) -> str:
    """Bare gzip + json of the one changed file."""
    import gzip
    import json

    _project, team = state
    (work,) = (team["team"] / "analysts").glob("analist-5-*.work")
    payload = json.loads(gzip.decompress(work.read_bytes()))
    return f"{len(payload['rows']['findings'])} findings parsed"


def _floor_all(state) -> str:
    import gzip
    import json

    _project, team = state
    total = 0
    for work in (team["team"] / "analysts").glob("*.work"):
        total += len(json.loads(gzip.decompress(work.read_bytes()))["rows"]["findings"])
    return f"{total} findings parsed"


def _empty_setup():
    from desktop.store import create_project

    team = _team()
    folder = temp_folder("speerpunt-bench-empty-")
    return create_project(Path(folder) / "nieuw.speerpunt"), team


BENCHMARKS = [
    Benchmark("team folder round, 10 × 10,000 findings, one file changed", 3.0, _round, setup=_one_changed_setup,
              teardown=_close, repeat=3),
    Benchmark("  floor: gzip + json of that one file", 3.0, _floor_one, setup=_one_changed_setup, teardown=_close,
              repeat=3),
    Benchmark("team folder round, 10 × 10,000 findings, nothing changed", 0.5, _round, setup=_unchanged_setup,
              teardown=_close, repeat=3),
    Benchmark("team folder first round, empty project receives 100,000 findings", 20.0, _round,
              setup=_empty_setup, teardown=_close, repeat=1, quick_repeat=1, in_quick=False),
    Benchmark("  floor: gzip + json of all 10 files", 20.0, _floor_all, setup=_unchanged_setup, teardown=_close,
              repeat=1, quick_repeat=1, in_quick=False),
]
