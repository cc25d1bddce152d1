"""One round of working together through a team folder: read what changed, merge it, publish this work.

Everything read from the folder goes through the findings bundle's reader (``read_bundle``) and the
bundle merge (``merge_snapshot``), so it is trusted exactly as much as a mailed bundle. A file that
cannot be read whole yet (still arriving, truncated, its manifest and bundle out of step, its document
not there yet) is skipped and read again next round; nothing of it is merged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.document import DocumentKind
from desktop.ingest import ImportRefused, read_document
from desktop.operations.conflicts import open_conflict_count
from desktop.operations.documents import store_document
from desktop.operations.merge import merge_snapshot
from desktop.store.exchange.bundle import BundleRefused, read_bundle
from desktop.store.exchange.incoming import snapshot_problem
from desktop.store.exchange.snapshot import SPECS, Snapshot, content_hash
from desktop.store.ids import now
from desktop.store.project import Project
from desktop.sync.folder import (
    ANALYSTS,
    MANIFEST,
    WORK,
    Listing,
    prepare,
    scan,
    signature,
)
from desktop.sync.publish import MANIFEST_FORMAT, MANIFEST_VERSION, publish, version_id
from desktop.sync.state import SyncState, load_state, new_device

BACKUP_EVERY = timedelta(hours=1)


class SyncRefused(Exception):
    """A round that cannot start (no folder, the project inside it); nothing was changed."""


@dataclass
class SyncReport:
    folder: str
    device: str
    analyst: str
    read: list[str] = field(default_factory=list)
    received: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "conflicts": 0})
    documents_in: list[str] = field(default_factory=list)
    published: int = 0
    originals_out: list[str] = field(default_factory=list)
    open_conflicts: int = 0
    skipped: list[dict] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    analysts: list[dict] = field(default_factory=list)
    backup: str = ""
    finished: str = ""

    @property
    def anything(self) -> bool:
        return bool(self.read or self.published or self.originals_out or self.documents_in)

    def as_dict(self) -> dict:
        return {"folder": self.folder, "device": self.device, "analyst": self.analyst,
                "in": {**self.received, "files": self.read, "documents": self.documents_in},
                "out": {"rows": self.published, "originals": self.originals_out},
                "conflicts": self.open_conflicts, "skipped": self.skipped, "unmatched_documents": self.unmatched,
                "analysts": self.analysts, "backup": self.backup, "finished": self.finished}


@dataclass
class _Incoming:
    device: str
    manifest: dict
    snapshot: Snapshot
    conflicts: list[dict]
    signature: list


def sync_round(project: Project, folder: Path | str, analyst: str = "") -> SyncReport:
    """Read the team folder's changed files into ``project``, then publish this device's work there."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncRefused(f"{folder}: no such folder")
    if project.path.resolve().is_relative_to(folder.resolve()):
        raise SyncRefused(f"{project.path.name} is inside the team folder; keep the project file outside it "
                          "(a sync service corrupts a database it copies while open)")
    state = load_state(project.path)
    if state.folder and Path(state.folder).resolve() != folder.resolve():
        state.files, state.mine = {}, {}
    state.folder = str(folder.resolve())
    state.analyst = analyst or state.analyst or "analist"
    if not state.device:
        state.device = new_device(state.analyst)
        # Recorded before anything is published under it: a round killed between publishing and its
        # last save would otherwise publish under a new name next time, and colleagues would list
        # this analyst twice for good (the first name's files are never updated again).
        state.save()
    prepare(folder)
    listing = scan(folder)
    report = SyncReport(str(folder), state.device, state.analyst, skipped=listing.skipped)
    my_texts = _text_hashes(project)
    incoming = _read_changed(project, folder, listing, state, report)
    accepted = [one for one in incoming if _documents_ready(project, one, listing, my_texts, report)]
    arrived = _merge_accepted(project, accepted, state, my_texts, report) if accepted else {}
    forgot = _forget_gone(state, folder, listing)
    publish(project, folder, listing, state, report, arrived, rebuild=forgot)
    report.open_conflicts = open_conflict_count(project)
    entries = [{"analyst": record.get("analyst", ""), "device": device, "published": record.get("published", ""),
                "you": False} for device, record in state.files.items()]
    entries.append({"analyst": state.analyst, "device": state.device, "published": state.mine.get("published", ""),
                    "you": True})
    report.analysts = sorted(entries, key=lambda entry: entry["published"])
    report.finished = state.last_sync = now()
    state.save()
    return report


def _text_hashes(project: Project) -> dict[str, str]:
    return {sha: hashlib.sha256(text.encode()).hexdigest()
            for sha, text in project.db.execute("SELECT sha256, text FROM documents")}


def _read_changed(project: Project, folder: Path, listing: Listing, state: SyncState,
                  report: SyncReport) -> list[_Incoming]:
    incoming = []
    lengths: dict[str, int] = {}
    known: dict[str, set[str]] = {}
    if any(state.files.get(device, {}).get("signature") != [signature(manifest), signature(work)]
           for device, (manifest, work) in listing.devices.items() if device != state.device):
        lengths = dict(project.db.execute("SELECT sha256, length(text) FROM documents").fetchall())
        known = {spec: {key for (key,) in project.db.execute(f'SELECT "{SPECS[spec].key}" FROM {spec}')}
                 for spec in ("frameworks", "themes", "speerpunten")}
    for device, (manifest_path, work_path) in listing.devices.items():
        if device == state.device:
            continue
        seen = [signature(manifest_path), signature(work_path)]
        if state.files.get(device, {}).get("signature") == seen:
            continue
        name = f"{ANALYSTS}/{device}{WORK}"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
                raise ValueError("not a Speerpunt team folder manifest")
            if not isinstance(manifest.get("version"), int) or manifest["version"] > MANIFEST_VERSION:
                raise ValueError("written by a newer version of Speerpunt; please update Speerpunt")
            data = work_path.read_bytes()
        except (OSError, ValueError) as error:
            report.skipped.append({"file": f"{ANALYSTS}/{device}{MANIFEST}", "reason": f"not readable yet ({error})"})
            continue
        if hashlib.sha256(data).hexdigest() != manifest.get("work_sha256"):
            report.skipped.append({"file": name, "reason": "not complete yet (it does not match its manifest)"})
            continue
        try:
            snapshot, conflicts = read_bundle(work_path)
        except BundleRefused as error:
            report.skipped.append({"file": name, "reason": str(error)})
            continue
        # Checked as a mailed bundle is before a merge; the merge checks the files read together again.
        problem = snapshot_problem(snapshot, conflicts, lengths, known)
        if problem:
            report.skipped.append({"file": name, "reason": f"refused: {problem}"})
            continue
        if [signature(manifest_path), signature(work_path)] != seen:
            report.skipped.append({"file": name, "reason": "changed while being read"})
            continue
        incoming.append(_Incoming(device, manifest, snapshot, conflicts, seen))
    return incoming


def _documents_ready(project: Project, one: _Incoming, listing: Listing, my_texts: dict[str, str],
                     report: SyncReport) -> bool:
    """Bring in the originals of the documents ``one`` refers to; False (skip, retry) when one is missing."""
    rows = one.snapshot.rows.get("documents", {})
    needed = {sha for sha, row in rows.items() if not row.get("deleted")}
    needed |= {row[ref] for table in ("findings", "reactions") for row in one.snapshot.rows.get(table, {}).values()
               for ref in SPECS[table].document_refs if row.get(ref)}
    for sha in sorted(needed - set(my_texts)):
        row = rows.get(sha)
        reason = _import_original(project, sha, row, listing)
        if reason:
            report.skipped.append({"file": f"{ANALYSTS}/{one.device}{WORK}", "reason": reason})
            return False
        my_texts[sha] = _text_hashes_of(project, sha)
        report.documents_in.append(row["title"])
    return True


def _text_hashes_of(project: Project, sha: str) -> str:
    (text,) = project.db.execute("SELECT text FROM documents WHERE sha256 = ?", [sha]).fetchone()
    return hashlib.sha256(text.encode()).hexdigest()


def _import_original(project: Project, sha: str, row: dict | None, listing: Listing) -> str:
    """Import the document ``sha`` from its original in the folder as its publisher described it."""
    if row is None:
        return f"waiting for the description of document {sha[:12]}"
    path = listing.originals.get(sha)
    if path is None:
        return f"waiting for the original of '{row['title']}'"
    try:
        data = path.read_bytes()
    except OSError as error:
        return f"the original of '{row['title']}' is not readable yet ({error.strerror or error})"
    if hashlib.sha256(data).hexdigest() != sha:
        return f"the original of '{row['title']}' is not complete yet"
    try:
        imported = read_document(Path(row["source_name"]).with_suffix(path.suffix), data=data)
        kind = DocumentKind(row["kind"])
    except (ImportRefused, ValueError) as error:
        return f"the original of '{row['title']}' was refused: {error}"
    with project.db.atomic():
        document_id = store_document(project, imported, data, sha, row["source_name"], kind, row["title"])
        # As its publisher described it, so the merge finds the two the same.
        spec = SPECS["documents"]
        assignments = ", ".join(f'"{column}" = ?' for column in spec.columns)
        project.db.execute(f"UPDATE documents SET {assignments}, shared_hash = ? WHERE id = ?",
                           [*(row[column] for column in spec.columns), content_hash(row), document_id])
    return ""


def _merge_accepted(project: Project, accepted: list[_Incoming], state: SyncState, my_texts: dict[str, str],
                    report: SyncReport) -> dict[str, dict[str, dict]]:
    """Merge the files read whole as one bundle; returns the rows that arrived, by table and key."""
    combined = Snapshot(rows={spec: {} for spec in SPECS}, shared={spec: {} for spec in SPECS})
    order: dict[str, dict[str, tuple]] = {name: {} for name in SPECS}
    conflicts: list[dict] = []
    versions: dict[str, list[str]] = {}
    for one in sorted(accepted, key=lambda one: one.device):
        held = versions[one.device] = []
        unmatched = _unmatched_documents(one, my_texts)
        for sha in sorted(unmatched):
            report.unmatched.append(
                f"'{one.snapshot.rows['documents'].get(sha, {}).get('title', sha[:12])}': "
                f"{one.manifest.get('analyst', one.device)}'s copy has other text (another version of "
                "Speerpunt read the file differently); their findings on it were not brought in")
        for table, rows in one.snapshot.rows.items():
            refs = SPECS[table].document_refs
            for key, row in rows.items():
                row_hash = content_hash(row)
                held.append(version_id(table, key, row_hash))
                if unmatched and any(row.get(ref) in unmatched for ref in refs):
                    continue
                rank = (row["modified"] or "", row_hash)
                if key not in order[table] or rank > order[table][key]:
                    order[table][key] = rank
                    combined.rows[table][key] = row
                    combined.shared[table][key] = one.snapshot.shared.get(table, {}).get(key)
        conflicts.extend(one.conflicts)
        combined.authors |= one.snapshot.authors
    backup = not state.last_backup or datetime.fromisoformat(state.last_backup) < datetime.now(UTC) - BACKUP_EVERY
    names = ", ".join(one.manifest.get("analyst", one.device) for one in accepted)
    summary = merge_snapshot(project, combined, conflicts, f"team folder ({names})", backup=backup)
    if summary.backup:
        report.backup = summary.backup
        state.last_backup = datetime.now(UTC).isoformat()
    for what in report.received:
        report.received[what] += summary.total(what)
    for one in accepted:
        report.read.append(f"{ANALYSTS}/{one.device}{WORK}")
        state.files[one.device] = {
            "signature": one.signature, "analyst": str(one.manifest.get("analyst", "")),
            "published": str(one.manifest.get("published", "")),
            "versions": sorted(versions[one.device]),
        }
    return combined.rows


def _unmatched_documents(one: _Incoming, my_texts: dict[str, str]) -> set[str]:
    documents = one.manifest.get("documents")
    if not isinstance(documents, dict):
        return set()
    return {sha for sha, described in documents.items()
            if isinstance(described, dict) and sha in my_texts and described.get("text_sha256") != my_texts[sha]}


def _forget_gone(state: SyncState, folder: Path, listing: Listing) -> bool:
    """Forget a device whose files are both gone (a half missing for a while is not forgetting)."""
    gone = [device for device in set(state.files) - set(listing.devices)
            if not any((folder / ANALYSTS / f"{device}{suffix}").exists() for suffix in (WORK, MANIFEST))]
    for device in gone:
        del state.files[device]
    return bool(gone)
