"""Taking back the import of a new version, and doing it again, each in one transaction.

``revise_document`` reads, before it writes, the values it is about to change (``RevisionBefore``:
the old version's ``superseded_by``, each carried finding's place and document, each moved
reaction's document). ``undo_revision`` puts those values back and deletes what the import
added, for real, as it never existed before: the new document, its source bytes, passages and
full-text index rows, the revision and its report. Documents are keyed by SHA-256 and that key is
unique, so a delete marker on the new version would stop the same file from being imported again.

``undo_revision`` returns a ``RevisionRedo``: every row it deleted and every value it put back,
as they stood. ``redo_revision`` writes them again, so redo never reads the file again: the
project gets the same document (same id, same passages) and the same carried findings as the
first import, even when the file changed on disk or is gone meanwhile.

Neither step writes over work done after the import: a live finding or reaction made on the new
version, or a still newer version, makes the undo refuse (the undo stack takes those back first,
so in the app this only happens when another program changed the file). Findings made on the new
version and deleted since (their delete marker holds the time) must go with it, as they point at
it; the redo brings them back, so a redo of their own further up the stack still finds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.operations.changes import Changes
from desktop.store.project import Project

# The columns the import changes; undo puts exactly these back.
DOCUMENT_COLUMNS = ("superseded_by", "modified")
FINDING_COLUMNS = ("document_id", "document_sha256", "start", "end", "quote", "prefix", "suffix", "anchor",
                   "anchor_score", "source_document_id", "source_start", "source_end", "modified")
REACTION_COLUMNS = ("document_id", "modified")
_TOUCHED = {"documents": DOCUMENT_COLUMNS, "findings": FINDING_COLUMNS, "reactions": REACTION_COLUMNS}

Row = dict[str, object]


class RevisionUndoRefused(ValueError):
    """The import cannot be taken back (or done again) without touching later work; nothing changed."""


@dataclass(frozen=True)
class RevisionBefore:
    """What the import is about to change, as it stood: ``rows[table][id]`` holds the touched columns."""

    old_document_id: str
    rows: dict[str, dict[str, Row]]

    def ids(self, table: str) -> set[str]:
        return set(self.rows.get(table, {}))


@dataclass(frozen=True)
class RevisionRedo:
    """Everything ``undo_revision`` took away, to write it again as it was."""

    revision_id: str
    old_document_id: str
    new_document_id: str
    sha256: str
    inserted: dict[str, list[Row]]  # table -> whole rows, in the order to insert them
    after: dict[str, dict[str, Row]]  # table -> id -> the touched columns as the import left them
    before: RevisionBefore = field(repr=False)


def read_before(project: Project, old_document_id: str, finding_ids: set[str], reaction_ids: set[str]) -> RevisionBefore:
    """The values the import of a new version of ``old_document_id`` will change (call before writing)."""
    return RevisionBefore(old_document_id, {
        "documents": _touched(project, "documents", {old_document_id}),
        "findings": _touched(project, "findings", finding_ids),
        "reactions": _touched(project, "reactions", reaction_ids),
    })


def undo_revision(project: Project, revision_id: str, before: RevisionBefore) -> tuple[Changes, RevisionRedo]:
    """Take the import of revision ``revision_id`` back: the project as it was before it, in one transaction."""
    db = project.db
    revision = _rows(db, "SELECT * FROM revisions WHERE id = ?", [revision_id])
    if not revision:
        raise RevisionUndoRefused("the new version is no longer in the project; nothing to take back")
    new_id = str(revision[0]["new_document_id"])
    if revision[0]["old_document_id"] != before.old_document_id:
        raise RevisionUndoRefused("this revision replaced another document than the one recorded; nothing changed")
    document = _rows(db, "SELECT * FROM documents WHERE id = ?", [new_id])
    if not document:
        raise RevisionUndoRefused("the new version is no longer in the project; nothing to take back")
    if document[0]["superseded_by"] is not None:
        raise RevisionUndoRefused(
            f"'{document[0]['title']}' has been replaced by a newer version since; take that one back first")
    _refuse_later_work(project, new_id, before)
    passages = _rows(db, "SELECT * FROM passages WHERE document_id = ? ORDER BY id", [new_id])
    passage_ids = [row["id"] for row in passages]
    index = _rows(db, f"SELECT rowid, words, stems FROM passages_fts WHERE rowid IN ({_marks(passage_ids)})",
                  passage_ids) if passage_ids else []
    # Deleted findings made on the new version (or quoting it) point at it: they go and come back with it.
    # (Filtered here, not by "NOT IN (?, ...)": thousands of carried findings would pass SQLite's variable limit.)
    carried, moved = before.ids("findings"), before.ids("reactions")
    dropped = [row for row in _rows(db, "SELECT * FROM findings WHERE document_id = ? OR source_document_id = ?",
                                    [new_id, new_id]) if row["id"] not in carried]
    dropped_reactions = [row for row in _rows(db, "SELECT * FROM reactions WHERE document_id = ?", [new_id])
                         if row["id"] not in moved]
    rejections = _rows(db, "SELECT * FROM suggestion_rejections WHERE document_id = ?", [new_id])
    redo = RevisionRedo(
        revision_id=revision_id, old_document_id=before.old_document_id, new_document_id=new_id,
        sha256=str(document[0]["sha256"]),
        inserted={
            "documents": document,
            "document_sources": _rows(db, "SELECT * FROM document_sources WHERE document_id = ?", [new_id]),
            "passages": passages,
            "passages_fts": index,
            "findings": dropped,
            "reactions": dropped_reactions,
            "suggestion_rejections": rejections,
            "revisions": revision,
            "revision_findings": _rows(db, "SELECT * FROM revision_findings WHERE revision_id = ?", [revision_id]),
        },
        after={table: _touched(project, table, set(rows)) for table, rows in before.rows.items()},
        before=before,
    )
    with db.atomic():
        db.execute("DELETE FROM revision_findings WHERE revision_id = ?", [revision_id])
        db.execute("DELETE FROM revisions WHERE id = ?", [revision_id])
        _write_touched(project, before.rows)
        db.conn.executemany("DELETE FROM findings WHERE id = ?", [(row["id"],) for row in dropped])
        db.conn.executemany("DELETE FROM reactions WHERE id = ?", [(row["id"],) for row in dropped_reactions])
        db.execute("DELETE FROM suggestion_rejections WHERE document_id = ?", [new_id])
        db.conn.executemany("DELETE FROM passages_fts WHERE rowid = ?", [(rowid,) for rowid in passage_ids])
        db.execute("DELETE FROM passages WHERE document_id = ?", [new_id])
        db.execute("DELETE FROM document_sources WHERE document_id = ?", [new_id])
        db.execute("DELETE FROM documents WHERE id = ?", [new_id])
    return _changes(redo), redo


def redo_revision(project: Project, redo: RevisionRedo) -> Changes:
    """Write the import ``undo_revision`` took back again, as it was, in one transaction (no file is read)."""
    db = project.db
    old = db.execute("SELECT superseded_by, title FROM documents WHERE id = ?", [redo.old_document_id]).fetchone()
    if old is None:
        raise RevisionUndoRefused("the old version is no longer in the project; nothing changed")
    if old[0] is not None:
        raise RevisionUndoRefused(f"'{old[1]}' has been replaced by another version since; nothing changed")
    taken = db.execute("SELECT title FROM documents WHERE sha256 = ? OR id = ?",
                       [redo.sha256, redo.new_document_id]).fetchone()
    if taken is not None:
        raise RevisionUndoRefused(f"the new version is already in the project as '{taken[0]}'; nothing changed")
    with db.atomic():
        for table, rows in redo.inserted.items():
            if table == "revision_findings":
                continue  # after the findings they name are back on the new version
            _insert(project, table, rows)
        _write_touched(project, redo.after)
        _insert(project, "revision_findings", redo.inserted["revision_findings"])
    return _changes(redo)


def _refuse_later_work(project: Project, new_id: str, before: RevisionBefore) -> None:
    db = project.db
    findings = before.ids("findings")
    later = [row[0] for row in db.execute(
        "SELECT id FROM findings WHERE (document_id = ? OR source_document_id = ?) AND deleted IS NULL", [new_id, new_id])
        if row[0] not in findings]
    if later:
        raise RevisionUndoRefused(f"{len(later)} finding(s) were made on the new version since "
                                  f"({', '.join(i[:8] for i in later[:3])}); delete them first")
    reactions = before.ids("reactions")
    later = [row[0] for row in db.execute(
        "SELECT id FROM reactions WHERE document_id = ? AND deleted IS NULL", [new_id]) if row[0] not in reactions]
    if later:
        raise RevisionUndoRefused(f"{len(later)} reaction(s) were written on the new version since; delete them first")


def _changes(redo: RevisionRedo) -> Changes:
    return Changes(documents={redo.old_document_id, redo.new_document_id},
                   findings=redo.before.ids("findings") | {str(r["id"]) for r in redo.inserted["findings"]},
                   reactions=redo.before.ids("reactions") | {str(r["id"]) for r in redo.inserted["reactions"]})


def _touched(project: Project, table: str, ids: set[str]) -> dict[str, Row]:
    if not ids:
        return {}
    columns = ", ".join(f'"{name}"' for name in _TOUCHED[table])
    found = {}
    ordered = sorted(ids)
    for offset in range(0, len(ordered), 500):
        chunk = ordered[offset:offset + 500]
        for row in _rows(project.db, f"SELECT id, {columns} FROM {table} WHERE id IN ({_marks(chunk)})", chunk):
            found[str(row.pop("id"))] = row
    return found


def _write_touched(project: Project, rows: dict[str, dict[str, Row]]) -> None:
    for table, by_id in rows.items():
        columns = _TOUCHED[table]
        assignments = ", ".join(f'"{name}" = ?' for name in columns)
        project.db.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?",
                                    [(*(values[name] for name in columns), row_id) for row_id, values in by_id.items()])


def _insert(project: Project, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{name}"' for name in columns)
    project.db.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({_marks(columns)})",
                                [tuple(row[name] for name in columns) for row in rows])


def _rows(db, sql: str, params: list) -> list[Row]:
    cursor = db.execute(sql, params)
    names = [description[0] for description in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _marks(values) -> str:
    return ", ".join("?" for _ in values) or "SELECT NULL WHERE 0"  # "IN ()" of nothing: never true
