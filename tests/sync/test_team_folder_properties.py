"""Property: laptops that edit at random and sync through a late, partial, doubling service end up equal.

3 to 6 analysts; one starts with the agreement and the framework, the others with empty projects. Each
step is an edit (add, note, assessment, delete) followed by a round, or the service delivering a file to
a laptop (whole, truncated, twice) or not yet. Then rounds with every file delivered until nothing moves:
every project holds the same findings, notes and assessments, and every finding anyone made and nobody
deleted is there.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.operations.findings import add_finding, delete_findings, update_finding
from desktop.store import open_project
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten
from desktop.sync.team_round import sync_round
from tests.sync.laptops import empty_project, start_team
from tests.sync.sync_service import SyncService

NAMES = ["Ann", "Bram", "Chris", "Dewi", "Eva", "Fenna"]
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "add", "note", "assessment", "delete", "deliver", "deliver", "truncate",
                         "duplicate"]),
        st.integers(0, 5),
        st.integers(0, 1000),
    ),
    min_size=10,
    max_size=30,
)


def live_state(path: Path) -> dict[str, tuple]:
    with open_project(path) as project:
        return {f.id: (str(f.assessment), f.note, f.quote, f.start, f.end, f.speerpunt_id, f.document_sha256)
                for f in list_findings(project)}


def edit(path: Path, action: str, pick: int, made: set[str], deleted: set[str]) -> None:
    with open_project(path) as project:
        findings = list_findings(project)
        speerpunten = [sp.id for sp in list_speerpunten(project)]
        documents = [row[0] for row in project.db.execute("SELECT id FROM documents WHERE deleted IS NULL")]
        if action == "add" and speerpunten and documents:
            start = (pick * 7) % 200
            finding = add_finding(project, documents[0], speerpunten[pick % len(speerpunten)],
                                  ["positive", "concern"][pick % 2], start, start + 12 + pick % 30,
                                  note=f"notitie {pick}", author="x")
            made.add(finding.id)
        elif findings and action == "note":
            update_finding(project, findings[pick % len(findings)].id, note=f"herzien {pick}")
        elif findings and action == "assessment":
            update_finding(project, findings[pick % len(findings)].id, assessment=["positive", "concern"][pick % 2])
        elif findings and action == "delete":
            target = findings[pick % len(findings)].id
            delete_findings(project, [target])
            deleted.add(target)


def sync(path: Path, folder: Path, name: str) -> None:
    with open_project(path) as project:
        sync_round(project, folder, name)


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(count=st.integers(3, 6), warm=st.booleans(), steps=STEPS)
def test_laptops_settle_on_the_same_findings_and_lose_none(count: int, warm: bool, steps: list) -> None:
    base = Path(tempfile.mkdtemp(prefix="speerpunt-team-"))
    try:
        first, _codes, _document = start_team(base / "laptop0")
        projects = [first] + [empty_project(base / f"laptop{i}" / "werk.speerpunt") for i in range(1, count)
                              if (base / f"laptop{i}").mkdir() or True]
        folders = [base / f"laptop{i}" / "Teammap" for i in range(count)]
        for folder in folders:
            folder.mkdir()
        service = SyncService(folders)
        made: set[str] = set()
        deleted: set[str] = set()
        for index in range(count):
            sync(projects[index], folders[index], NAMES[index])
            service.upload(index)
        if warm:  # everyone has received the agreement and the framework before the day's edits
            for index in range(1, count):
                service.deliver_all(index)
                sync(projects[index], folders[index], NAMES[index])
                service.upload(index)
        for action, who, pick in steps:
            laptop = who % count
            if action in ("deliver", "truncate", "duplicate"):
                pending = service.pending(laptop)
                if pending:
                    how = {"deliver": "whole", "truncate": "truncated", "duplicate": "duplicate"}[action]
                    service.deliver(laptop, pending[pick % len(pending)], how)
                continue
            edit(projects[laptop], action, pick, made, deleted)
            sync(projects[laptop], folders[laptop], NAMES[laptop])
            service.upload(laptop)
        states = []
        for _round in range(6):
            for index in range(count):
                service.deliver_all(index)
                sync(projects[index], folders[index], NAMES[index])
                service.upload(index)
            states = [live_state(path) for path in projects]
            if all(state == states[0] for state in states) and not any(service.pending(i) for i in range(count)):
                break
        assert all(state == states[0] for state in states), "the laptops did not settle on the same findings"
        assert made - deleted <= set(states[0]), "a finding nobody deleted was lost"
        assert not any(service.pending(i) for i in range(count)), "the folder kept changing"
    finally:
        shutil.rmtree(base, ignore_errors=True)
