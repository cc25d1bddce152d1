"""A simulated file-sync service (OneDrive, SharePoint, a share kept in step): late, partial and doubled.

Each laptop has its own copy of the team folder. The service uploads what a laptop wrote and delivers
files to the other laptops when told: whole, truncated under the final name (a half-finished download),
twice (a "(1)" or "conflicted copy" beside it), in any order, or not yet.
"""

from __future__ import annotations

import os
from pathlib import Path


class SyncService:
    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self.cloud: dict[str, bytes] = {}
        self.written_by: dict[str, int] = {}

    def _files(self, folder: Path) -> dict[str, bytes]:
        found = {}
        for sub in ("analysts", "originals"):
            if (folder / sub).is_dir():
                for entry in os.scandir(folder / sub):
                    if not entry.name.startswith(".") and " " not in entry.name:
                        found[f"{sub}/{entry.name}"] = Path(entry.path).read_bytes()
        return found

    def upload(self, laptop: int) -> None:
        """Take up what ``laptop`` wrote itself (a file it holds whole and differently from the cloud)."""
        for name, data in self._files(self.folders[laptop]).items():
            if self.written_by.get(name, laptop) == laptop and self.cloud.get(name) != data:
                if name.startswith("originals/") and name in self.cloud:
                    continue
                self.cloud[name] = data
                self.written_by[name] = laptop

    def pending(self, laptop: int) -> list[str]:
        """Files whose cloud version ``laptop`` does not hold yet, in name order."""
        held = self._files(self.folders[laptop])
        return sorted(name for name, data in self.cloud.items()
                      if self.written_by[name] != laptop and held.get(name) != data)

    def deliver(self, laptop: int, name: str, how: str = "whole") -> None:
        data = self.cloud[name]
        target = self.folders[laptop] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if how == "truncated":
            data = data[: len(data) // 2]
        elif how == "duplicate":
            stem, dot, extension = target.name.partition(".")
            _replace(target.with_name(f"{stem} (1){dot}{extension}"), data)
            _replace(target.with_name(f"{stem}-conflicted copy{dot}{extension}"), data[: len(data) // 3])
        _replace(target, data)

    def deliver_all(self, laptop: int) -> None:
        for name in self.pending(laptop):
            self.deliver(laptop, name)


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".~{path.name}")
    temporary.write_bytes(data)
    os.replace(temporary, path)
