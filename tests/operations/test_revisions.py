"""A new version of an agreement: the old one read-only, every finding carried over, reviewed, merged."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.drafting import findings_fingerprint
from desktop.operations.drafts import draft_speerpunt_reaction
from desktop.operations.findings import FindingRefused, add_finding
from desktop.operations.merge import merge_into
from desktop.operations.revisions import (
    RevisionRefused,
    accept_findings,
    anchor_states,
    findings_to_accept,
    import_revision,
    repoint_finding,
    restore_anchor_states,
)
from desktop.store import create_project, open_project
from desktop.store.documents import document_text, get_document, list_documents
from desktop.store.exchange.bundle import read_bundle, write_bundle
from desktop.store.exchange.snapshot import read_snapshot
from desktop.store.findings import get_finding, list_findings
from desktop.store.reactions import list_reactions
from exporters.report import choose_agreement
from tests.builders import add_document, add_small_framework

OLD = [
    "Het kabinet bouwt honderdduizend woningen per jaar in alle regio's van het land.",
    "De bijstand wordt eenvoudiger en gemeenten krijgen ruimte voor maatwerk bij de uitvoering.",
    "Gemeenten krijgen geen extra middelen voor de jeugdzorg in de komende kabinetsperiode.",
]
NEW = (
    "Het kabinet bouwt honderdduizend woningen per jaar in alle regio's van het land.\n\n"
    "De bijstand wordt eenvoudiger en gemeenten krijgen veel ruimte voor maatwerk bij de uitvoering.\n\n"
    "Een nieuwe alinea over de energietransitie in de wijken.\n"
)


@pytest.fixture
def revised(project, tmp_path: Path):
    codes = add_small_framework(project)
    old = add_document(project, OLD, title="Concept")
    text = document_text(project, old)
    spans = {quote: (text.index(quote), text.index(quote) + len(quote)) for quote in (
        "honderdduizend woningen per jaar", "gemeenten krijgen ruimte voor maatwerk", "geen extra middelen")}
    ids = {}
    for quote, (start, end) in spans.items():
        ids[quote] = add_finding(project, old, codes["1.1"], "concern", start, end, note=f"Over {quote}",
                                 author="Ann").id
    ids["missing"] = add_finding(project, old, codes["1.2"], "missing", note="Leefbaarheid ontbreekt",
                                 author="Ann").id
    draft_speerpunt_reaction(project, codes["1.1"], document_id=old, author="Ann")
    path = tmp_path / "definitief.txt"
    path.write_text(NEW, encoding="utf-8")
    report = import_revision(project, path, old, author="Ann")
    return project, old, report, ids, codes


def test_every_finding_moves_with_its_id_and_the_old_version_stays_read_only(revised) -> None:
    project, old, report, ids, codes = revised
    new = report.new_document.id
    assert {c.id for c in report.findings} == set(ids.values())
    assert {f.id for f in list_findings(project, document_id=new)} == set(ids.values())
    assert list_findings(project, document_id=old) == []
    kept = get_finding(project, ids["honderdduizend woningen per jaar"])
    assert (kept.anchor, kept.anchor_score) == ("exact", 100.0)
    assert document_text(project, new)[kept.start:kept.end] == "honderdduizend woningen per jaar"
    changed = get_finding(project, ids["gemeenten krijgen ruimte voor maatwerk"])
    assert changed.anchor == "changed" and 75 <= changed.anchor_score < 100
    assert changed.quote == "gemeenten krijgen veel ruimte voor maatwerk"
    orphan = get_finding(project, ids["geen extra middelen"])  # its paragraph was deleted
    assert (orphan.anchor, orphan.start, orphan.end) == ("orphaned", None, None)
    assert (orphan.quote, orphan.note, orphan.assessment) == ("geen extra middelen", "Over geen extra middelen",
                                                              "concern")
    missing = get_finding(project, ids["missing"])
    assert (missing.document_id, missing.start, missing.anchor, missing.note) == (new, None, None,
                                                                                  "Leefbaarheid ontbreekt")
    assert report.counts() == {"exact": 1, "moved": 0, "changed": 1, "orphaned": 1, "missing": 1}
    # The old version keeps its text and is read-only.
    old_record = get_document(project, old)
    assert old_record.superseded_by == report.new_document.sha256
    assert "geen extra middelen" in document_text(project, old)
    with pytest.raises(FindingRefused, match="superseded"):
        add_finding(project, old, codes["1.1"], "positive", 0, 5, author="Ann")
    with pytest.raises(RevisionRefused, match="already superseded"):
        import_revision(project, Path(__file__), old)
    assert [d.id for d in list_documents(project, current_only=True)] == [new]


def test_drafts_and_exports_follow_the_new_version(revised, tmp_path: Path) -> None:
    project, old, report, ids, codes = revised
    new = report.new_document.id
    reactions = list_reactions(project, new)
    assert codes["1.1"] in reactions  # the reaction written on the old version moved along
    carried = list_findings(project, document_id=new, speerpunt_id=codes["1.1"])
    # The draft was made from findings that have changed since: it says so (stale fingerprint).
    assert reactions[codes["1.1"]].drafted_from != findings_fingerprint(carried)
    assert choose_agreement(project, None).id == new
    assert choose_agreement(project, old).id == new  # asked for the old version, the newest is exported
    # The annotated agreement is the new text; the orphan, without words to hold its comment, is still listed.
    from docx import Document

    from exporters import export
    from exporters.options import ExportOptions

    out = tmp_path / "akkoord.docx"
    export(project, "annotated", out, ExportOptions(document_id=old))
    body = "\n".join(paragraph.text for paragraph in Document(str(out)).paragraphs)
    assert "gemeenten krijgen veel ruimte voor maatwerk" in body
    assert "Gemeenten krijgen geen extra middelen voor de jeugdzorg" not in body  # the old paragraph is gone
    assert "Over geen extra middelen" in body  # the orphan is listed with its note, not dropped


def test_review_steps_accept_repoint_and_undo(revised) -> None:
    project, old, report, ids, codes = revised
    new = report.new_document.id
    changed_id, orphan_id = ids["gemeenten krijgen ruimte voor maatwerk"], ids["geen extra middelen"]
    assert findings_to_accept(project, new, 99) == []
    assert findings_to_accept(project, new, 75) == [changed_id]
    before = anchor_states(project, [changed_id])
    accept_findings(project, [changed_id])
    assert get_finding(project, changed_id).anchor == "confirmed"
    restore_anchor_states(project, before)
    assert get_finding(project, changed_id).anchor == "changed"
    with pytest.raises(RevisionRefused, match="re-point"):
        accept_findings(project, [orphan_id])
    text = document_text(project, new)
    start = text.index("energietransitie")
    before = anchor_states(project, [orphan_id])
    repoint_finding(project, orphan_id, start, start + len("energietransitie"))
    finding = get_finding(project, orphan_id)
    assert (finding.anchor, finding.quote, finding.note) == ("confirmed", "energietransitie",
                                                             "Over geen extra middelen")
    restore_anchor_states(project, before)
    finding = get_finding(project, orphan_id)
    assert (finding.anchor, finding.start, finding.quote) == ("orphaned", None, "geen extra middelen")
    with pytest.raises(RevisionRefused, match="outside"):
        repoint_finding(project, orphan_id, 0, len(text) + 5)


def test_the_command_line_reports_every_finding(project, tmp_path: Path, capsys) -> None:
    codes = add_small_framework(project)
    old = add_document(project, OLD, title="Concept")
    text = document_text(project, old)
    start = text.index("geen extra middelen")
    finding = add_finding(project, old, codes["1.1"], "concern", start, start + 19, author="Ann")
    path = tmp_path / "definitief.txt"
    path.write_text(NEW, encoding="utf-8")
    project_path = project.path
    project.close()
    assert main(["import", str(project_path), str(path), "--revision-of", old[:8], "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"exact": 0, "moved": 0, "changed": 0, "orphaned": 1, "missing": 0}
    assert report["findings"] == [{"id": finding.id, "anchor": "orphaned", "score": 0.0, "old_start": start,
                                   "old_end": start + 19, "new_start": None, "new_end": None,
                                   "quote": "geen extra middelen"}]
    assert report["old_document"]["superseded_by"] == report["new_document"]["id"]
    assert main(["findings", str(project_path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["anchor"], row["start"], row["end"], row["document"]) == ("orphaned", None, None,
                                                                          report["new_document"]["id"])
    # Refused plainly, the project unchanged: a second revision of the superseded version.
    other = tmp_path / "nogmaals.txt"
    other.write_text("Iets anders.", encoding="utf-8")
    assert main(["import", str(project_path), str(other), "--revision-of", old]) == 1
    assert "already superseded" in capsys.readouterr().err
    with open_project(project_path) as reopened:
        assert len(list_documents(reopened)) == 2


def test_merges_and_bundles_recognise_moved_and_orphaned_findings(tmp_path: Path) -> None:
    path = tmp_path / "ann.speerpunt"
    with create_project(path) as project:
        codes = add_small_framework(project)
        old = add_document(project, OLD, title="Concept")
        text = document_text(project, old)
        start = text.index("geen extra middelen")
        orphan_id = add_finding(project, old, codes["1.1"], "concern", start, start + 19, author="Ann").id
        kept_id = add_finding(project, old, codes["1.1"], "positive", 0, 30, author="Ann").id
    colleague = tmp_path / "joost.speerpunt"
    shutil.copyfile(path, colleague)  # the colleague's copy from before the revision, merged once each way
    with open_project(path) as project, open_project(colleague) as mine:
        merge_into(project, colleague, backup=False)
        merge_into(mine, path, backup=False)
    new_file = tmp_path / "definitief.txt"
    new_file.write_text(NEW, encoding="utf-8")
    with open_project(path) as project:
        report = import_revision(project, new_file, old, author="Ann")
    with open_project(colleague) as mine:
        summary = merge_into(mine, path, backup=False)
        assert summary.total("conflicts") == 0
        new_here = next(d for d in list_documents(mine) if d.sha256 == report.new_document.sha256)
        assert get_document(mine, old).superseded_by == new_here.sha256
        orphan = get_finding(mine, orphan_id)
        assert (orphan.document_id, orphan.start, orphan.anchor) == (new_here.id, None, "orphaned")
        assert get_finding(mine, kept_id).anchor == "exact"
        with pytest.raises(FindingRefused, match="superseded"):
            add_finding(mine, old, codes["1.1"], "positive", 0, 5, author="Joost")
        # A bundle holding the orphan reads back and merges into a project with both versions.
        bundle = tmp_path / "joost.spbundle"
        write_bundle(read_snapshot(mine), [], bundle)
    snapshot, _ = read_bundle(bundle)
    row = snapshot.rows["findings"][orphan_id]
    assert (row["start"], row["end"], row["anchor"]) == (None, None, "orphaned") and row["document_id"]
    with open_project(path) as original:
        assert merge_into(original, bundle, backup=False).total("conflicts") == 0
        assert get_finding(original, orphan_id).anchor == "orphaned"


def test_a_bundle_written_before_revisions_existed_still_reads(revised, tmp_path: Path) -> None:
    project, old, report, ids, codes = revised
    bundle = tmp_path / "oud.spbundle"
    write_bundle(read_snapshot(project), [], bundle)
    payload = json.loads(gzip.decompress(bundle.read_bytes()))
    payload["version"] = 1
    for row in payload["rows"]["findings"].values():
        del row["anchor"], row["anchor_score"]
    for row in payload["rows"]["documents"].values():
        del row["superseded_by"]
    bundle.write_bytes(gzip.compress(json.dumps(payload).encode()))
    snapshot, _ = read_bundle(bundle)
    assert all(row["anchor"] is None for row in snapshot.rows["findings"].values())


def test_an_orphan_without_a_note_still_reaches_the_draft(project, tmp_path: Path) -> None:
    codes = add_small_framework(project)
    old = add_document(project, OLD, title="Concept")
    text = document_text(project, old)
    start = text.index("geen extra middelen")
    add_finding(project, old, codes["1.1"], "concern", start, start + 19, author="Ann")
    path = tmp_path / "definitief.txt"
    path.write_text(NEW, encoding="utf-8")
    new = import_revision(project, path, old).new_document.id
    text, _changes = draft_speerpunt_reaction(project, codes["1.1"], document_id=new)
    assert "“geen extra middelen”" in text  # the orphan keeps its quote in the prose draft


def test_a_revised_position_paper_takes_the_findings_that_quote_it_along(project, tmp_path: Path) -> None:
    codes = add_small_framework(project)
    agreement = add_document(project, OLD, title="Akkoord")
    paper = add_document(project, ["Wij willen meer woningen voor starters in elke gemeente.",
                                   "Jeugdzorg moet dichtbij georganiseerd worden."], title="Positiepaper")
    paper_text = document_text(project, paper)
    start = paper_text.index("Jeugdzorg moet dichtbij")
    finding = add_finding(project, agreement, codes["1.1"], "missing", note="Ontbreekt", author="Ann",
                          source_document_id=paper, source_start=start, source_end=start + 23)
    path = tmp_path / "positiepaper-2.txt"
    path.write_text("Inleiding van het nieuwe paper.\n\nJeugdzorg moet dichtbij georganiseerd worden.\n", encoding="utf-8")
    new = import_revision(project, path, paper).new_document.id
    moved = get_finding(project, finding.id)
    assert moved.document_id == agreement and moved.source_document_id == new
    assert document_text(project, new)[moved.source_start:moved.source_end] == "Jeugdzorg moet dichtbij"
