"""What a backup file holds, read without opening it as a project (which could migrate it)."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.timestamps import backup_stamp_time
from desktop.store.project import Project

# backup_project names files <stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.speerpunt
_NAME = re.compile(r"-(\d{8}-\d{6})-\d{6}-(?P<reason>[a-z-]+)\.speerpunt$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime | None
    reason: str
    findings: int | None  # None when the file cannot be read
    size: int


def describe_backup(path: Path) -> BackupInfo:
    match = _NAME.search(path.name)
    made = backup_stamp_time(match.group(1)) if match else None
    reason = match.group("reason") if match else ""
    if made is None:
        made = datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, made, reason, _count_findings(path), path.stat().st_size)


def _count_findings(path: Path) -> int | None:
    # immutable: a backup is never written, and a read-only open of a WAL-mode
    # file would otherwise want to create its -shm next to it.
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return connection.execute("SELECT count(*) FROM findings WHERE deleted IS NULL").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def merged_after(project: Project) -> dict[str, str]:
    """Backup file name -> the file merged right after it was made (a merge's record names its backup)."""
    sources: dict[str, str] = {}
    for source_name, summary in project.db.execute("SELECT source_name, summary FROM merges"):
        try:
            backup = json.loads(summary or "{}").get("backup") or ""
        except (ValueError, AttributeError):
            continue
        if backup:
            sources[Path(backup).name] = source_name
    return sources
