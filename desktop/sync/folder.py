"""The team folder's layout: which files Speerpunt writes there, how, and which it reads.

FOLDER/analysts/<device>.work   one analyst's work on one device: a findings bundle (gzip'd JSON)
FOLDER/analysts/<device>.json   its manifest: who, when, the bundle's SHA-256, the documents' text hashes
FOLDER/originals/<sha256>.<ext> a document's original file, written once, named by its hash

Every file is written under a temporary name (starting with a dot) and renamed, so a reader sees the old
file or the new one. Each device writes only its own two files and the originals it is the first to
bring, so no two devices ever write the same file. Anything else in the folder (a sync service's
"conflicted copy" or "(1)" duplicate, another program's files) is left alone and reported as skipped.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ANALYSTS = "analysts"
ORIGINALS = "originals"
WORK = ".work"
MANIFEST = ".json"
DEVICE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,40}-)?[0-9a-f]{12}$")
ORIGINAL = re.compile(r"^(?P<sha>[0-9a-f]{64})(?P<ext>\.[a-z0-9]{1,8})?$")


def device_slug(analyst: str) -> str:
    """The analyst's name as a file-name-safe word: 'Eva de Vries' becomes 'eva-de-vries'."""
    ascii_name = unicodedata.normalize("NFKD", analyst).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:40].strip("-") or "analist"


def signature(path: Path) -> list[int] | None:
    """Size, modification time and file number: a file whose signature is unchanged is not read again.

    Writers replace files by renaming a new one over them, which gives a new file number even when the
    size and the clock's tick are the same."""
    try:
        status = path.stat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ino]


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` under a temporary name and rename it, so no reader sees half of it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


@dataclass
class Listing:
    """What a scan of the folder found: complete pairs by device, originals by hash, and the rest."""

    devices: dict[str, tuple[Path, Path]] = field(default_factory=dict)
    originals: dict[str, Path] = field(default_factory=dict)
    skipped: list[dict] = field(default_factory=list)


def prepare(folder: Path) -> None:
    (folder / ANALYSTS).mkdir(exist_ok=True)
    (folder / ORIGINALS).mkdir(exist_ok=True)


def scan(folder: Path) -> Listing:
    listing = Listing()
    halves: dict[str, set[str]] = {}
    for entry in sorted(os.scandir(folder / ANALYSTS), key=lambda entry: entry.name):
        name = entry.name
        if name.startswith(".") or not entry.is_file():
            continue  # another writer's temporary file
        stem, suffix = os.path.splitext(name)
        if suffix in (WORK, MANIFEST) and DEVICE.match(stem):
            halves.setdefault(stem, set()).add(suffix)
        else:
            listing.skipped.append({"file": f"{ANALYSTS}/{name}",
                                    "reason": "not a file Speerpunt writes (a copy made by the sync service?)"})
    for device, suffixes in halves.items():
        if suffixes == {WORK, MANIFEST}:
            listing.devices[device] = (folder / ANALYSTS / f"{device}{MANIFEST}", folder / ANALYSTS / f"{device}{WORK}")
        else:
            missing = WORK if WORK not in suffixes else MANIFEST
            listing.skipped.append({"file": f"{ANALYSTS}/{device}{missing}", "reason": "not arrived yet"})
    for entry in os.scandir(folder / ORIGINALS):
        match = ORIGINAL.match(entry.name)
        if match and entry.is_file():
            listing.originals[match["sha"]] = Path(entry.path)
        elif not entry.name.startswith("."):
            listing.skipped.append({"file": f"{ORIGINALS}/{entry.name}",
                                    "reason": "not a file Speerpunt writes (a copy made by the sync service?)"})
    return listing


def original_name(sha256: str, source_name: str) -> str:
    extension = Path(source_name).suffix.lower()
    return sha256 + (extension if re.fullmatch(r"\.[a-z0-9]{1,8}", extension) else "")
