"""This device's record of a team folder, kept beside the project file (never in the team folder).

It names the device (so each copy of a project writes its own files), remembers the folder, and records
what was read and published, so a round reads again only files that changed. It belongs to one copy of
the project on one computer: a copied project (another path or computer) gets a device of its own.
Losing it costs one full read of the folder, nothing more.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path

from desktop.sync.folder import atomic_write, device_slug

FORMAT = "speerpunt-sync-state"
VERSION = 1


def state_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + "-sync.json")


@dataclass
class SyncState:
    path: Path
    device: str = ""
    host: str = ""
    project: str = ""
    analyst: str = ""
    folder: str = ""
    # device -> {"signature": [...], "analyst", "published", "versions": [...], "texts": {sha: text sha}}
    files: dict[str, dict] = field(default_factory=dict)
    # what this device last published: {"keys": {table: [keys]}, "sha256", "signature", "fingerprint"}
    mine: dict = field(default_factory=dict)
    last_sync: str = ""
    last_backup: str = ""

    def save(self) -> None:
        data = {"format": FORMAT, "version": VERSION, **{key: value for key, value in vars(self).items()
                                                          if key != "path"}}
        atomic_write(self.path, json.dumps(data, ensure_ascii=False).encode())


def load_state(project_path: Path) -> SyncState:
    """The record for this project copy, or a fresh one (with a new device) when there is none or it was
    made for another copy of the file (another path or computer)."""
    path = state_path(project_path)
    here = str(project_path.resolve())
    host = socket.gethostname()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("another format")
        state = SyncState(path, **{key: data[key] for key in vars(SyncState(path)) if key in data and key != "path"})
    except (OSError, ValueError, TypeError):
        state = SyncState(path)
    if state.project != here or state.host != host or not state.device:
        # A new copy of the project: a device of its own, nothing read yet; the folder is still suggested.
        state = SyncState(path, project=here, host=host, folder=state.folder, analyst=state.analyst)
    return state


def new_device(analyst: str) -> str:
    return f"{device_slug(analyst)}-{secrets.token_hex(6)}"


def remembered_folder(project_path: Path) -> Path | None:
    """The team folder this project copy last synced with (the app's File → Work together in a folder…)."""
    folder = load_state(project_path).folder
    return Path(folder) if folder and os.path.isdir(folder) else None


def remember_folder(project_path: Path, folder: Path | None) -> None:
    state = load_state(project_path)
    state.folder = str(folder) if folder else ""
    state.save()
