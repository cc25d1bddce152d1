"""Merging two analysts' work: commutative, idempotent, never loses a finding."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.operations.findings import add_finding, delete_findings, restore_findings, update_finding
from desktop.operations.merge import MergeRefused, merge_into
from desktop.operations.reactions import set_reaction
from desktop.store import create_project, open_project
from desktop.store.exchange.bundle import BundleRefused, write_bundle
from desktop.store.exchange.snapshot import read_snapshot
from desktop.store.findings import list_findings
from tests.builders import add_document, add_small_framework

PARAGRAPHS = ["Het kabinet bouwt meer woningen in alle regio's.", "De bijstand wordt eenvoudiger voor iedereen.",
              "Gemeenten krijgen geen extra middelen voor jeugdzorg."]


def make_base(folder: Path) -> Path:
    path = folder / "basis.speerpunt"
    project = create_project(path)
    codes = add_small_framework(project)
    document = add_document(project, PARAGRAPHS)
    add_finding(project, document, codes["1.1"], "positive", 0, 20, note="Goed", author="Ann")
    add_finding(project, document, codes["2.1"], "concern", 50, 70, note="Vaag", author="Ann")
    project.close()
    return path


def copy(path: Path, name: str) -> Path:
    target = path.with_name(name)
    shutil.copyfile(path, target)
    return target


def content(path: Path) -> tuple[dict, set]:
    with open_project(path) as project:
        snapshot = read_snapshot(project)
        conflicts = {tuple(row) for row in project.db.execute(
            "SELECT table_name, record_key, version_hash, winner_hash FROM conflicts")}
    return snapshot.rows, conflicts


# One edit: (side, action, pick, value). Applied against whatever that side holds.
EDITS = st.lists(
    st.tuples(
        st.sampled_from("AB"),
        st.sampled_from(["add", "note", "assessment", "delete", "restore", "rename", "reaction"]),
        st.integers(0, 50),
        st.sampled_from(["een", "twee", "drie", "vier"]),
    ),
    max_size=12,
)


def apply_edit(path: Path, action: str, pick: int, value: str) -> None:
    with open_project(path) as project:
        document = project.db.execute("SELECT id FROM documents").fetchone()[0]
        speerpunten = [r[0] for r in project.db.execute("SELECT id FROM speerpunten ORDER BY code")]
        everything = [r[0] for r in project.db.execute("SELECT id FROM findings ORDER BY id")]
        live = [f.id for f in list_findings(project)]
        deleted = sorted(set(everything) - set(live))
        speerpunt = speerpunten[pick % len(speerpunten)]
        if action == "add":
            start = pick % 100
            add_finding(project, document, speerpunt, "concern", start, start + 10, note=value, author=value)
        elif action == "note" and live:
            update_finding(project, live[pick % len(live)], note=value)
        elif action == "assessment" and live:
            update_finding(project, live[pick % len(live)], assessment=["positive", "concern"][pick % 2])
        elif action == "delete" and live:
            delete_findings(project, [live[pick % len(live)]])
        elif action == "restore" and deleted:
            restore_findings(project, [deleted[pick % len(deleted)]])
        elif action == "rename":
            with project.db.atomic():
                project.db.execute("UPDATE speerpunten SET title = ?, modified = strftime('%Y-%m-%dT%H:%M:%fZ') "
                                   "WHERE id = ?", [f"Titel {value}", speerpunt])
        elif action == "reaction":
            set_reaction(project, speerpunt, f"Reactie {value}", author=value, document_id=document)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_merge_is_commutative_idempotent_and_loses_nothing(edits) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        base = make_base(folder)
        sides = {"A": copy(base, "a.speerpunt"), "B": copy(base, "b.speerpunt")}
        for side, action, pick, value in edits:
            apply_edit(sides[side], action, pick, value)
        ab, ba = copy(sides["A"], "ab.speerpunt"), copy(sides["B"], "ba.speerpunt")
        for target, source in ((ab, sides["B"]), (ba, sides["A"])):
            with open_project(target) as project:
                merge_into(project, source, backup=False)
        assert content(ab) == content(ba)
        with open_project(ab) as project:
            again = merge_into(project, sides["B"], backup=False)
        assert again.total("added") == again.total("updated") == again.total("conflicts") == 0
        assert content(ab) == content(ba)
        merged_ids = set(content(ab)[0]["findings"])
        for side in sides.values():
            assert set(content(side)[0]["findings"]) <= merged_ids
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pair(tmp_path: Path):
    base = make_base(tmp_path)
    return copy(base, "mijn.speerpunt"), copy(base, "hun.speerpunt")


def test_an_edit_on_both_sides_keeps_the_newer_and_lists_the_other(pair) -> None:
    mine, theirs = pair
    with open_project(mine) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Mijn versie")
    with open_project(theirs) as project:
        update_finding(project, finding.id, note="Hun versie, later")
    with open_project(mine) as project:
        summary = merge_into(project, theirs)
        assert get_note(project, finding.id) == "Hun versie, later"
        [conflict] = project.db.execute("SELECT table_name, data FROM conflicts").fetchall()
        assert conflict[0] == "findings" and "Mijn versie" in conflict[1]
    assert summary.total("conflicts") == 1 and summary.total("updated") == 1
    assert Path(summary.backup).exists()



def conflict_notes(path: Path) -> list[str]:
    with open_project(path) as project:
        return sorted(json.loads(data)["note"] for (data,) in project.db.execute(
            "SELECT data FROM conflicts WHERE table_name = 'findings'"))


def test_my_edit_kept_past_an_unchanged_copy_still_meets_a_later_edit_as_a_conflict(tmp_path: Path) -> None:
    # Fatima edits, merges Joris's morning bundle (he had not touched the finding: her version stays),
    # then Joris, who never saw her edit, rewrites it later. Her words must be in the conflict list.
    base = make_base(tmp_path)
    fatima, joris = copy(base, "fatima.speerpunt"), copy(base, "joris.speerpunt")
    morning = copy(joris, "joris-ochtend.speerpunt")
    with open_project(fatima) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Fatima: aangescherpt")
        merge_into(project, morning, backup=False)
        assert get_note(project, finding.id) == "Fatima: aangescherpt"
    with open_project(joris) as project:
        update_finding(project, finding.id, note="Joris: herschreven, later")
    with open_project(fatima) as project:
        summary = merge_into(project, joris, backup=False)
        assert get_note(project, finding.id) == "Joris: herschreven, later"
    assert summary.total("conflicts") == 1
    assert conflict_notes(fatima) == ["Fatima: aangescherpt"]


def test_a_third_analysts_later_deletion_of_an_edited_finding_lists_the_edit(tmp_path: Path) -> None:
    base = make_base(tmp_path)
    fatima, joris, anouk = (copy(base, f"{name}.speerpunt") for name in ("fatima", "joris", "anouk"))
    with open_project(fatima) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Fatima: aangescherpt")
        merge_into(project, joris, backup=False)
    with open_project(anouk) as project:
        delete_findings(project, [finding.id])
    with open_project(fatima) as project:
        merge_into(project, anouk, backup=False)
        assert finding.id not in {f.id for f in list_findings(project)}
    assert conflict_notes(fatima) == ["Fatima: aangescherpt"]


def test_an_edit_on_one_side_only_or_on_top_of_the_other_is_no_conflict(tmp_path: Path) -> None:
    base = make_base(tmp_path)
    fatima, joris = copy(base, "fatima.speerpunt"), copy(base, "joris.speerpunt")
    with open_project(fatima) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Alleen Fatima")
    with open_project(joris) as project:  # the first merge between two copies of one start
        assert merge_into(project, fatima, backup=False).total("conflicts") == 0
        assert get_note(project, finding.id) == "Alleen Fatima"
        update_finding(project, finding.id, note="Joris bouwt voort op Fatima")
    with open_project(fatima) as project:
        assert merge_into(project, joris, backup=False).total("conflicts") == 0
        assert get_note(project, finding.id) == "Joris bouwt voort op Fatima"
    assert conflict_notes(fatima) == conflict_notes(joris) == []


def get_note(project, finding_id: str) -> str:
    return project.db.execute("SELECT note FROM findings WHERE id = ?", [finding_id]).fetchone()[0]


def test_a_newer_deletion_wins_and_an_older_one_loses(pair) -> None:
    mine, theirs = pair
    with open_project(theirs) as project:
        first, second = [f.id for f in list_findings(project)]
        delete_findings(project, [first])
    with open_project(mine) as project:
        update_finding(project, first, note="later bewerkt")  # newer than their deletion
        delete_findings(project, [second])
    with open_project(theirs) as project:
        update_finding(project, second, note="nog later bewerkt")  # newer than my deletion
    with open_project(mine) as project:
        merge_into(project, theirs)
        assert {f.id for f in list_findings(project)} == {first, second}


def test_documents_are_recognised_by_hash_and_new_ones_copied(pair, tmp_path: Path) -> None:
    mine, theirs = pair
    with open_project(theirs) as project:
        codes = {r[0]: r[1] for r in project.db.execute("SELECT code, id FROM speerpunten")}
        new_document = add_document(project, ["Een nieuw akkoord over cultuur en sport."], title="Nieuw")
        add_finding(project, new_document, codes["1.2"], "missing", note="Cultuur ontbreekt", author="Bo")
    with open_project(mine) as project:
        summary = merge_into(project, theirs)
        titles = sorted(r[0] for r in project.db.execute("SELECT title FROM documents"))
        assert titles == ["Akkoord", "Nieuw"]
        from desktop.store.index.search import search

        assert search(project, "cultuur")
    assert summary.tables["documents"].added == 1 and summary.tables["findings"].added == 1


def test_a_bundle_merges_like_the_project_and_refuses_missing_documents(pair, tmp_path: Path) -> None:
    mine, theirs = pair
    with open_project(theirs) as project:
        finding = list_findings(project)[0]
        update_finding(project, finding.id, note="Via de mail")
        bundle = tmp_path / "bevindingen.spbundle"
        write_bundle(read_snapshot(project), [], bundle)
    with open_project(mine) as project:
        merge_into(project, bundle)
        assert get_note(project, finding.id) == "Via de mail"
    with open_project(theirs) as project:
        codes = {r[0]: r[1] for r in project.db.execute("SELECT code, id FROM speerpunten")}
        other = add_document(project, ["Alleen bij hen."], title="Onbekend stuk")
        add_finding(project, other, codes["1.1"], "missing", author="Bo")
        write_bundle(read_snapshot(project), [], bundle)
    before = content(mine)
    with open_project(mine) as project, pytest.raises(MergeRefused, match="Onbekend stuk"):
        merge_into(project, bundle)
    assert content(mine) == before


@pytest.mark.parametrize("payload", [b"\x1f\x8b not really gzip", b"\x1f\x8b" + b"\x00" * 40])
def test_damaged_bundles_are_refused_and_change_nothing(pair, tmp_path: Path, payload: bytes) -> None:
    mine, _ = pair
    bundle = tmp_path / "kapot.spbundle"
    bundle.write_bytes(payload)
    before = content(mine)
    with open_project(mine) as project, pytest.raises(BundleRefused, match="damaged"):
        merge_into(project, bundle)
    assert content(mine) == before


def test_a_bundle_from_a_newer_version_is_refused(pair, tmp_path: Path) -> None:
    import gzip
    import json

    mine, _ = pair
    bundle = tmp_path / "nieuw.spbundle"
    bundle.write_bytes(gzip.compress(json.dumps({"format": "speerpunt-bundle", "version": 99}).encode()))
    with open_project(mine) as project, pytest.raises(BundleRefused, match="newer version"):
        merge_into(project, bundle)
