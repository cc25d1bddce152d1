"""Resolving the conflicts a merge listed: keep the current version or restore the other."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.operations.changes import Changes
from desktop.reasons import Reason
from desktop.store.exchange.conflict_versions import current_version
from desktop.store.exchange.snapshot import SPECS, content_hash
from desktop.store.ids import NotFound, new_id, now, resolve_prefix
from desktop.store.project import Project


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_key: str
    data: dict
    detected: str
    resolved: str | None
    resolution: str | None


def list_conflicts(project: Project, include_resolved: bool = False) -> list[Conflict]:
    sql = "SELECT id, table_name, record_key, data, detected, resolved, resolution FROM conflicts"
    if not include_resolved:
        sql += " WHERE resolved IS NULL"
    rows = project.db.execute(sql + " ORDER BY detected").fetchall()
    return [Conflict(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]) for r in rows]


def open_conflict_count(project: Project) -> int:
    """How many conflicts wait for the analyst's choice."""
    return project.db.execute("SELECT count(*) FROM conflicts WHERE resolved IS NULL").fetchone()[0]


def resolve_conflict(project: Project, ref: str, keep_other: bool = False) -> Changes:
    """Mark a conflict resolved; with ``keep_other`` the listed version replaces the current one.

    The restored version gets a new modified time, so it also wins the next merge.
    """
    ids = [row[0] for row in project.db.execute("SELECT id FROM conflicts WHERE resolved IS NULL")]
    conflict_id = resolve_prefix(ids, ref, "open conflict")
    table, key, data = project.db.execute(
        "SELECT table_name, record_key, data FROM conflicts WHERE id = ?", [conflict_id]
    ).fetchone()
    spec = SPECS[table]
    values = json.loads(data)
    changes = Changes()
    stamp = now()
    with project.db.atomic():
        if keep_other:
            replaced = current_version(project, table, key)
            ids_by_sha = dict(project.db.execute("SELECT sha256, id FROM documents").fetchall())
            for ref_column in spec.document_refs:
                if values.get(ref_column) is not None:
                    if values[ref_column] not in ids_by_sha:
                        raise NotFound(Reason("the other version refers to a document this project no longer has"))
                    values[ref_column] = ids_by_sha[values[ref_column]]
            values["modified"] = stamp
            rows = project.db.table(table)
            primary = ", ".join(f'"{column}"' for column in rows.pks)  # documents are keyed by sha256, not id
            for row in list(rows.rows_where(f'"{spec.key}" = ?', [key], select=primary)):
                rows.update(list(row.values()), values)
            target = {"findings": changes.findings, "reactions": changes.reactions,
                      "project_settings": changes.settings, "documents": changes.documents}.get(table,
                                                                                                changes.frameworks)
            target.add(key)
            if replaced is not None:
                _keep_replaced_version(project, table, key, replaced, stamp)
        project.db.table("conflicts").update(conflict_id, {
            "resolved": stamp, "resolution": "kept the other version" if keep_other else "kept the current version"})
    return changes


REPLACED = "replaced by the other version"


def _keep_replaced_version(project: Project, table: str, key: str, replaced: dict, stamp: str) -> None:
    """The version the other one replaced goes into the conflict list, resolved, so nothing an analyst wrote
    is lost (and who wrote it stays on record); merges carry it like any listed version."""
    version_hash = content_hash(replaced)
    if project.db.execute("SELECT 1 FROM conflicts WHERE table_name = ? AND record_key = ? AND version_hash = ?",
                          [table, key, version_hash]).fetchone():
        return
    restored = current_version(project, table, key) or {}
    project.db.table("conflicts").insert({
        "id": new_id(), "table_name": table, "record_key": key, "version_hash": version_hash,
        "data": json.dumps(replaced, ensure_ascii=False, sort_keys=True), "winner_hash": content_hash(restored),
        "detected": stamp, "resolved": stamp, "resolution": REPLACED})
