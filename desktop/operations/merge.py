"""Merging another analyst's project or bundle into this project.

Each shared row is a last-writer-wins register: of two versions the one with
the later ``modified`` (then the larger content hash) wins, so merging is the
same whichever way round, and merging twice changes nothing. A row changed on
both sides since it was last shared (``shared_hash``) keeps the losing version
in the conflict list. Rows are never removed: a deletion is a marker that wins
or loses like any edit, so no finding is ever lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.files.reading import FileRefused
from desktop.files.targets import side_files
from desktop.operations.changes import Changes
from desktop.reasons import Reason, message_of
from desktop.store.checks.damage import stored_document_problem
from desktop.store.checks.row_checks import row_problem
from desktop.store.exchange.backup import backup_project
from desktop.store.exchange.bundle import is_bundle, read_bundle
from desktop.store.exchange.incoming import cleaned, snapshot_problem
from desktop.store.exchange.snapshot import TABLES, Snapshot, content_hash, read_snapshot
from desktop.store.ids import new_id, now
from desktop.store.project import Project, immediate_transaction, open_project


class MergeRefused(Exception):
    """A merge that cannot be done; nothing was changed."""


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class MergeSummary:
    source: str
    backup: str = ""
    tables: dict[str, TableCounts] = field(default_factory=dict)
    renamed: list[str] = field(default_factory=list)
    # (title in the conflict list, title in use) per renamed speerpunt or theme, for the app to word
    renamings: list[tuple[str, str]] = field(default_factory=list)
    skipped_documents: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def total(self, what: str) -> int:
        return sum(getattr(counts, what) for counts in self.tables.values())

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "backup": self.backup,
            **{what: self.total(what) for what in ("added", "updated", "unchanged", "conflicts")},
            "tables": {name: vars(counts) for name, counts in self.tables.items()},
            "renamed": self.renamed,
            "skipped_documents": self.skipped_documents,
        }


@dataclass
class _Source:
    snapshot: Snapshot
    conflicts: list[dict]
    project: Project | None  # set for a project source, whose documents can be copied
    cleanup: Path | None = None


def merge_into(project: Project, source: Path | str, backup: bool = True) -> MergeSummary:
    """Bring everything from ``source`` (a project file or a bundle) into ``project``.

    The source is read and every row checked before anything is written; a bad
    source is refused (MergeRefused, BundleRefused or ProjectRefused) with the project untouched.
    """
    source = Path(source)
    if any(_same_file(source, kept) for kept in side_files(project.path)):
        raise MergeRefused(Reason("{name}: cannot merge a project with itself", name=source.name))
    try:
        loaded = _load_source(source)
    except FileRefused as error:
        raise MergeRefused(message_of(error)) from error
    try:
        _check_source(project, loaded, source.name)
        return _merge(project, loaded, source.name, backup)
    finally:
        if loaded.project is not None:
            loaded.project.close()
        if loaded.cleanup is not None:
            shutil.rmtree(loaded.cleanup, ignore_errors=True)


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


def merge_snapshot(project: Project, snapshot: Snapshot, conflicts: list[dict], source_name: str,
                   backup: bool = True) -> MergeSummary:
    """Bring a bundle's snapshot (from ``read_bundle``) into ``project``, checked as ``merge_into`` checks a bundle.

    Only the rows the snapshot holds are read from the project (a team folder's one changed file against a
    project of 100,000 findings)."""
    source = _Source(cleaned(snapshot), conflicts, None)
    _check_source(project, source, source_name)
    return _merge(project, source, source_name, backup, only_theirs=True)


def _load_source(path: Path) -> _Source:
    if not path.exists():
        raise MergeRefused(Reason("{name}: no such file", name=path.name))
    if is_bundle(path):
        snapshot, conflicts = read_bundle(path)
        return _Source(cleaned(snapshot), conflicts, None)
    # Open a copy: the other analyst's file is never migrated or written.
    folder = Path(tempfile.mkdtemp(prefix="speerpunt-merge-"))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.is_file():
                shutil.copyfile(side, folder / (path.name + suffix))
        other = open_project(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        snapshot, conflicts = read_snapshot(other), read_conflicts(other)
    except BaseException:
        other.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return _Source(cleaned(snapshot), conflicts, other, folder)


def _check_source(project: Project, source: _Source, source_name: str) -> None:
    """Refuse a source holding any row this project could not store or use (before the transaction)."""
    db = project.db
    lengths = dict(db.execute("SELECT sha256, length(text) FROM documents").fetchall())
    if source.project is not None:
        lengths.update(source.project.db.execute("SELECT sha256, length(text) FROM documents").fetchall())
    known = {spec.name: {key for (key,) in db.execute(f'SELECT "{spec.key}" FROM {spec.name}')} for spec in TABLES}
    problem = snapshot_problem(source.snapshot, source.conflicts, lengths, known)
    if problem is None and source.project is not None:
        problem = _document_problem(source, known["documents"])
    if problem:
        raise MergeRefused(Reason("{name}: refused, nothing was changed: {problem}", name=source_name, problem=problem))


def _document_problem(source: _Source, have: set[str]) -> str | None:
    """A project source: every referenced document is in one of the two files, and those copied are sound."""
    documents = set(source.snapshot.rows.get("documents", {}))
    for table in ("findings", "reactions"):
        for key, row in source.snapshot.rows.get(table, {}).items():
            for ref in ("document_id", "source_document_id"):
                if ref in row and row[ref] is not None and row[ref] not in documents | have:
                    return f"{table} row {key[:8]}: {ref} points to a document the file does not hold"
    for sha in sorted(documents - have):
        problem = stored_document_problem(source.project, sha)
        if problem:
            return f"document {sha[:8]}: {problem}"
    return None


CONFLICT_COLUMNS = ("id", "table_name", "record_key", "version_hash", "data", "winner_hash", "detected", "resolved",
                    "resolution")


def read_conflicts(project: Project) -> list[dict]:
    return [dict(zip(CONFLICT_COLUMNS, row, strict=True)) for row in project.db.execute(
        f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM conflicts")]


def _merge(project: Project, source: _Source, source_name: str, backup: bool,
           only_theirs: bool = False) -> MergeSummary:
    # With only_theirs, just the rows the source holds are read here (a team folder's one changed file
    # against a project of 100,000 findings); the documents always, for the check below.
    only = {**{name: rows.keys() for name, rows in source.snapshot.rows.items()}, "documents": None} \
        if only_theirs else None
    mine = read_snapshot(project, only)
    theirs = source.snapshot
    summary = MergeSummary(source=source_name)
    missing = _documents_missing(mine, theirs, source)
    if missing:
        raise MergeRefused(Reason(
            "{name} holds findings on documents this project does not have "
            "({documents}); import those documents first, or merge the whole project file",
            name=source_name, documents=", ".join(sorted(missing))))
    if backup:
        summary.backup = str(backup_project(project, reason="before-merge"))
    db = project.db
    try:
        # IMMEDIATE takes the write lock at once, waiting up to the busy timeout while another
        # window or command writes; a deferred transaction would fail "database is locked" when
        # it first writes. The rows are read again inside the lock, so nothing changes unseen.
        with immediate_transaction(db):
            mine = read_snapshot(project, only)
            ids_by_sha = dict(db.execute("SELECT sha256, id FROM documents").fetchall())
            for spec in TABLES:
                summary.tables[spec.name] = _merge_table(project, spec, mine, theirs, source, ids_by_sha, summary)
            for name in sorted(theirs.authors - mine.authors):
                db.table("authors").insert({"id": new_id(), "name": name, "created": now()}, ignore=True)
            _merge_conflict_lists(project, source.conflicts)
            db.table("merges").insert({"id": new_id(), "source_name": source_name, "merged_at": now(),
                                       "summary": json.dumps(summary.as_dict())})
    except sqlite3.Error as error:
        raise MergeRefused(Reason("merging {name} failed, nothing was changed ({error})", name=source_name,
                                  error=str(error))) from error
    return summary


def _documents_missing(mine: Snapshot, theirs: Snapshot, source: _Source) -> set[str]:
    if source.project is not None:
        return set()
    have = set(mine.rows["documents"])
    needed = {row[ref] for name in ("findings", "reactions") for row in theirs.rows.get(name, {}).values()
              for ref in ("document_id", "source_document_id") if row.get(ref)}
    titles = theirs.rows.get("documents", {})
    return {titles.get(sha, {}).get("title", sha[:12]) for sha in needed - have}


def _merge_table(project, spec, mine: Snapshot, theirs: Snapshot, source: _Source, ids_by_sha: dict[str, str],
                 summary: MergeSummary) -> TableCounts:
    counts = TableCounts()
    my_rows = mine.rows.get(spec.name, {})
    my_shared = mine.shared.get(spec.name, {})
    their_shared = theirs.shared.get(spec.name, {})
    for key, their_row in theirs.rows.get(spec.name, {}).items():
        their_hash = content_hash(their_row)
        my_row = my_rows.get(key)
        if my_row is None:
            if spec.name == "documents":
                if source.project is None:
                    summary.skipped_documents.append(their_row["title"])
                    continue
                ids_by_sha[key] = _copy_document(project, source.project, key)
                summary.changes.documents.add(ids_by_sha[key])
            _write(project, spec, key, their_row, their_hash, ids_by_sha, insert=spec.name != "documents")
            _record_change(summary.changes, spec.name, key, ids_by_sha)
            counts.added += 1
            continue
        my_hash = content_hash(my_row)
        if my_hash == their_hash:
            if my_shared.get(key) != my_hash:
                _set_shared(project, spec, key, my_hash)
            counts.unchanged += 1
            continue
        mine_changed = my_shared.get(key) != my_hash
        theirs_changed = their_shared.get(key) != their_hash
        # A damaged row of ours (from an older version or a hand edit) loses to a sound one.
        theirs_wins = (row_problem(spec.name, my_row) is not None
                       or (their_row["modified"] or "", their_hash) > (str(my_row["modified"] or ""), my_hash))
        winner, winner_hash = (their_row, their_hash) if theirs_wins else (my_row, my_hash)
        loser, loser_hash = (my_row, my_hash) if theirs_wins else (their_row, their_hash)
        if theirs_wins:
            _write(project, spec, key, winner, winner_hash, ids_by_sha, insert=False)
            _record_change(summary.changes, spec.name, key, ids_by_sha)
            counts.updated += 1
        else:
            # shared_hash is not moved on to our version: the other side does not hold it yet, and a
            # third analyst's edit of the version before it must still be seen as changed on both sides.
            counts.unchanged += 1
        based_on = their_shared.get(key) if theirs_wins else my_shared.get(key)
        if (mine_changed and theirs_changed and not _builds_on(based_on, loser, loser_hash)
                and _add_conflict(project, spec.name, key, loser, loser_hash, winner_hash)):
            counts.conflicts += 1
            if spec.name in ("speerpunten", "themes") and loser.get("title") != winner.get("title"):
                summary.renamed.append(f"'{loser['title']}' became '{winner['title']}'")
                summary.renamings.append((loser["title"], winner["title"]))
    return counts


def _builds_on(winner_based_on: str | None, loser: dict, loser_hash: str) -> bool:
    """True when the winning version was made on top of the losing one, so nothing of the loser is lost.

    Either the winner's side last shared exactly the loser's version (it was merged in, then edited), or
    the loser is a finding or reaction never edited since it was made (``modified`` equals ``created``):
    every copy of a project starts from that version, so an edit on one side only is no conflict.
    """
    if winner_based_on == loser_hash:
        return True
    return bool(loser.get("created")) and loser.get("modified") == loser.get("created")


def _record_change(changes: Changes, table: str, key: str, ids_by_sha: dict[str, str]) -> None:
    target = {"documents": changes.documents, "findings": changes.findings, "reactions": changes.reactions,
              "project_settings": changes.settings}.get(table, changes.frameworks)
    target.add(ids_by_sha.get(key, key) if table == "documents" else key)


def _write(project: Project, spec, key: str, row: dict, row_hash: str, ids_by_sha: dict[str, str],
           insert: bool) -> None:
    # Hand SQL: the merge's hot path (10,000 rows in bench/collaboration.py); the table API's update() reads
    # every row back first (bench "rows:": 1,000 updates 0.35 s against 0.02 s), and rows are keyed by sha256.
    values = dict(row)
    for ref in spec.document_refs:
        if values[ref] is not None:
            values[ref] = ids_by_sha[values[ref]]
    values["shared_hash"] = row_hash
    columns = list(values)
    if insert:
        names = ", ".join(f'"{c}"' for c in (spec.key, *columns))
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        project.db.execute(f"INSERT INTO {spec.name} ({names}) VALUES ({marks})", [key, *values.values()])
    else:
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        project.db.execute(f'UPDATE {spec.name} SET {assignments} WHERE "{spec.key}" = ?', [*values.values(), key])


def _set_shared(project: Project, spec, key: str, row_hash: str) -> None:
    # Hand SQL: once per unchanged row of the merge's hot path, see _write.
    project.db.execute(f'UPDATE {spec.name} SET shared_hash = ? WHERE "{spec.key}" = ?', [row_hash, key])


def _add_conflict(project: Project, table: str, key: str, loser: dict, loser_hash: str, winner_hash: str) -> bool:
    """List the losing version; False when it was listed already (merging the same file twice adds nothing)."""
    if project.db.execute("SELECT 1 FROM conflicts WHERE table_name = ? AND record_key = ? AND version_hash = ?",
                          [table, key, loser_hash]).fetchone():
        return False
    project.db.table("conflicts").insert({
        "id": new_id(), "table_name": table, "record_key": key, "version_hash": loser_hash,
        "data": json.dumps(loser, ensure_ascii=False, sort_keys=True), "winner_hash": winner_hash,
        "detected": now()})
    return True


def _merge_conflict_lists(project: Project, conflicts: list[dict]) -> None:
    """The union of both conflict lists; the later resolution made on either side is kept."""
    db = project.db
    for conflict in conflicts:
        existing = db.execute(
            "SELECT id, resolved FROM conflicts WHERE table_name = ? AND record_key = ? AND version_hash = ?",
            [conflict["table_name"], conflict["record_key"], conflict["version_hash"]],
        ).fetchone()
        if existing is None:
            values = {column: conflict[column] for column in CONFLICT_COLUMNS}
            if db.execute("SELECT 1 FROM conflicts WHERE id = ?", [values["id"]]).fetchone():
                values["id"] = new_id()
            db.table("conflicts").insert(values)
        elif (conflict.get("resolved") or "") > (existing[1] or ""):
            db.table("conflicts").update(existing[0], {"resolved": conflict["resolved"],
                                                       "resolution": conflict["resolution"]})


def _copy_document(project: Project, other: Project, sha256: str) -> str:
    """Copy a document with its text, bytes, passages and index from ``other``; return its id here."""
    from desktop.operations.documents import copy_document_content

    return copy_document_content(project, other, sha256)
