"""Findings bundles: one analyst's findings, drafts and framework in a small file to mail.

A bundle is gzip-compressed JSON holding a Snapshot (documents by hash, without
their text or bytes) and the conflict list. Unknown formats, newer versions and
damaged files are refused with a clear message.
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

from desktop import __version__
from desktop.store.snapshot import SPECS, Snapshot, with_later_columns

FORMAT = "speerpunt-bundle"
# 2: documents carry superseded_by, findings anchor and anchor_score (revised agreements); 1 is still read.
VERSION = 2
GZIP_MAGIC = b"\x1f\x8b"


class BundleRefused(Exception):
    """A bundle that cannot be read; the message says why."""


def write_bundle(snapshot: Snapshot, conflicts: list[dict], path: Path) -> None:
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "program": f"speerpunt {__version__}",
        "rows": snapshot.rows,
        "shared": snapshot.shared,
        "authors": sorted(snapshot.authors),
        "conflicts": conflicts,
    }
    data = gzip.compress(json.dumps(payload, ensure_ascii=False).encode(), mtime=0)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def is_bundle(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def read_bundle(path: Path) -> tuple[Snapshot, list[dict]]:
    try:
        payload = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleRefused(f"{path.name}: the bundle is damaged ({error})") from error
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise BundleRefused(f"{path.name}: not a Speerpunt findings bundle")
    version = payload.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BundleRefused(
            f"{path.name}: made by a newer version of Speerpunt (bundle version {version}); please update Speerpunt"
        )
    try:
        snapshot = Snapshot(rows=payload["rows"], shared=payload["shared"], authors=set(payload["authors"]))
        conflicts = list(payload.get("conflicts", []))
        for name, table in snapshot.rows.items():
            expected = set(SPECS[name].columns)
            for key, row in table.items():
                # An orphaned finding (carried to a revised agreement without a trustworthy place) has a
                # document and a quote but NULL start and end, like a missing finding: valid here.
                row = table[key] = with_later_columns(name, row) if isinstance(row, dict) else row
                if not isinstance(row, dict) or set(row) != expected:
                    raise TypeError(f"row in {name}")
    except (KeyError, TypeError, AttributeError) as error:
        raise BundleRefused(f"{path.name}: the bundle is damaged (missing or malformed {error})") from error
    return snapshot, conflicts
