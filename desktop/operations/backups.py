"""Restoring a backup of the open project, as an operation that says what changed."""

from __future__ import annotations

from pathlib import Path

from desktop.operations.changes import Changes
from desktop.store.exchange.backup import restore_backup
from desktop.store.project import Project
from desktop.store.record_ids import all_record_ids


def restore_project_backup(project: Project, backup: Path) -> tuple[Path, Changes]:
    """Replace the project's content with ``backup``; returns the safety backup of what was there.

    Anything may differ afterwards, so the Changes say everything changed and
    list every record both before and after (records only in the replaced
    state must disappear from views).
    """
    before = all_record_ids(project)
    safety = restore_backup(project, backup)
    after = all_record_ids(project)
    return safety, Changes.everything(**{name: before[name] | after[name] for name in after})
