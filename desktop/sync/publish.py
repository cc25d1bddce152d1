"""Publishing this device's work into the team folder: its own bundle and manifest, and new originals.

A device publishes every row whose version the folder does not hold yet (its own edits, and anything it
got elsewhere, such as a mailed bundle), and keeps publishing, at their newest, the rows it ever
published, so a row's newest version is always in some file, and an analyst who starts empty receives
everything. Documents, frameworks and report parts are small and always published whole, so a reader
has what any one file's findings refer to. Unchanged work is not written again; changed work is written
from the previous file plus the rows changed since, not from the whole project.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from desktop import __version__
from desktop.operations.merge import read_conflicts
from desktop.store.exchange.bundle import BundleRefused, read_bundle, write_bundle
from desktop.store.exchange.snapshot import SPECS, TABLES, Snapshot, content_hash, read_snapshot
from desktop.store.ids import now
from desktop.store.project import Project
from desktop.sync.folder import ANALYSTS, MANIFEST, ORIGINALS, WORK, Listing, atomic_write, original_name, signature
from desktop.sync.state import SyncState

MANIFEST_FORMAT = "speerpunt-team-folder"
MANIFEST_VERSION = 1
WHOLE = ("documents", "frameworks", "themes", "speerpunten", "project_settings")


def version_id(table: str, key: str, row_hash: str) -> str:
    return hashlib.sha256(f"{table}\x00{key}\x00{row_hash}".encode()).hexdigest()[:20]


def fingerprint(project: Project) -> list:
    db = project.db
    parts = [list(db.execute(f"SELECT count(*), max(modified) FROM {name}").fetchone()) for name in SPECS]
    parts.append(list(db.execute("SELECT count(*), max(resolved) FROM conflicts").fetchone()))
    return parts


def publish(project: Project, folder: Path, listing: Listing, state: SyncState, report,
            arrived: dict[str, dict[str, dict]], rebuild: bool = False) -> None:
    """Write this device's file when its work changed; ``arrived`` holds the rows just merged in."""
    work_path = folder / ANALYSTS / f"{state.device}{WORK}"
    manifest_path = folder / ANALYSTS / f"{state.device}{MANIFEST}"
    now_fingerprint = fingerprint(project)
    in_place = [signature(manifest_path), signature(work_path)] == state.mine.get("signature")
    if not arrived and in_place and now_fingerprint == state.mine.get("fingerprint"):
        publish_originals(project, folder, listing, report)
        return
    previous = None if rebuild or not in_place else _previous(work_path, state)
    known = {version for device, record in state.files.items() if device != state.device
             for version in record.get("versions", ())}
    # "table/key" -> version of every row in this device's file
    held: dict[str, str] = {}
    if previous is not None and isinstance(state.mine.get("versions"), dict):
        held = dict(state.mine["versions"])
    published_before = set(held.values())
    if previous is None:
        out = Snapshot(rows={spec.name: {} for spec in TABLES}, shared={spec.name: {} for spec in TABLES})
        changed = read_snapshot(project)
        mine_before: dict[str, set] = {}
    else:
        out = previous
        since = state.mine.get("high_water") or ""
        only: dict = {name: None for name in WHOLE}
        for spec in TABLES:
            if spec.name not in WHOLE:
                recent = {key for (key,) in project.db.execute(
                    f'SELECT "{spec.key}" FROM {spec.name} WHERE modified > ?', [since])}
                only[spec.name] = recent | set(arrived.get(spec.name, {}))
        changed = read_snapshot(project, only)
        mine_before = {table: set(rows) for table, rows in out.rows.items()}
    out.authors = changed.authors
    for table, rows in changed.rows.items():
        if table in WHOLE:
            out.rows[table], out.shared[table] = {}, {}
        target, shared = out.rows.setdefault(table, {}), out.shared.setdefault(table, {})
        before = mine_before.get(table, set())
        came = arrived.get(table, {})
        for key, row in rows.items():
            if key not in before and came.get(key) == row and table not in WHOLE:
                continue  # exactly as another file holds it: known, and not this device's to publish
            version = version_id(table, key, content_hash(row))
            if table in WHOLE or key in before or version not in known:
                if version not in published_before and version not in known:
                    report.published += 1
                target[key] = row
                shared[key] = changed.shared[table].get(key)
                held[f"{table}/{key}"] = version
    held = {name: version for name, version in held.items()
            if name.partition("/")[2] in out.rows.get(name.partition("/")[0], {})}
    with tempfile.TemporaryDirectory(prefix="speerpunt-sync-") as scratch:
        local = Path(scratch) / "work"
        write_bundle(out, read_conflicts(project), local)
        data = local.read_bytes()
    work_sha = hashlib.sha256(data).hexdigest()
    published = state.mine.get("published", "")
    if work_sha != state.mine.get("sha256") or not in_place:
        documents = {sha: {"title": title, "text_sha256": hashlib.sha256(text.encode()).hexdigest()}
                     for sha, title, text in project.db.execute("SELECT sha256, title, text FROM documents")}
        published = now()
        manifest = {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "program": f"speerpunt {__version__}",
                    "analyst": state.analyst, "device": state.device, "published": published,
                    "work_sha256": work_sha, "documents": documents}
        atomic_write(work_path, data)
        atomic_write(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    high_water = max((row["modified"] or "" for table, rows in changed.rows.items() if table not in WHOLE
                      for row in rows.values()), default="")
    state.mine = {"published": published, "versions": held, "sha256": work_sha,
                  "high_water": max(high_water, state.mine.get("high_water") or "") if previous else high_water,
                  "signature": [signature(manifest_path), signature(work_path)], "fingerprint": now_fingerprint}
    publish_originals(project, folder, listing, report)


def _previous(work_path: Path, state: SyncState) -> Snapshot | None:
    """What this device published last, read back from its own file when it is still the one written."""
    try:
        if hashlib.sha256(work_path.read_bytes()).hexdigest() != state.mine.get("sha256"):
            return None
        snapshot, _conflicts = read_bundle(work_path)
    except (OSError, BundleRefused):
        return None
    return snapshot


def publish_originals(project: Project, folder: Path, listing: Listing, report) -> None:
    """Write the original file of each document the folder does not hold yet, once, named by its hash."""
    rows = project.db.execute("SELECT id, sha256, source_name, title FROM documents").fetchall()
    for document_id, sha, source_name, title in rows:
        if sha in listing.originals:
            continue
        found = project.db.execute("SELECT data FROM document_sources WHERE document_id = ?",
                                   [document_id]).fetchone()
        if found is None:
            continue
        target = folder / ORIGINALS / original_name(sha, source_name)
        atomic_write(target, found[0])
        listing.originals[sha] = target
        report.originals_out.append(title)
