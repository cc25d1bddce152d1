"""Findings bundles: one analyst's findings, drafts and framework in a small file to mail.

A bundle is gzip-compressed JSON holding a Snapshot (documents by hash, without
their text or bytes) and the conflict list. Unknown formats, newer versions and
damaged files are refused with a clear message.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable
from pathlib import Path

from desktop import __version__
from desktop.files.atomic import write_bytes_atomically
from desktop.files.reading import FileRefused, check_regular_file, read_regular_file
from desktop.reasons import Reason, message_of
from desktop.store.checks.row_checks import describe
from desktop.store.exchange.incoming import snapshot_problem
from desktop.store.exchange.snapshot import Snapshot, with_later_columns

FORMAT = "speerpunt-bundle"
# 2: documents carry superseded_by, findings anchor and anchor_score (revised agreements); 1 is still read.
VERSION = 2
GZIP_MAGIC = b"\x1f\x8b"
# A bundle of a large real project (thousands of findings) is a few MB packed; these leave room a hundredfold.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_BUNDLE_JSON = 256 * 1024 * 1024


class BundleRefused(Exception):
    """A bundle that cannot be read; the message says why."""


def write_bundle(snapshot: Snapshot, conflicts: list[dict], path: Path, protected: Iterable[Path] = ()) -> None:
    """Write the bundle in one step; ``protected`` (the open project) is refused as a target (OutputRefused)."""
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
    write_bytes_atomically(path, data, protected)


def is_bundle(path: Path) -> bool:
    check_regular_file(path, what="findings bundle or project")
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def read_bundle(path: Path) -> tuple[Snapshot, list[dict]]:
    """Read and check a bundle; anything but a sound bundle is refused in one line (BundleRefused)."""
    try:
        packed = read_regular_file(path, MAX_BUNDLE_BYTES, "findings bundle")
    except FileRefused as error:
        raise BundleRefused(message_of(error)) from error
    try:
        payload = json.loads(_decompress(packed, path.name), parse_constant=_refuse_constant)
    except BundleRefused:
        raise
    except RecursionError as error:
        raise BundleRefused(Reason("{name}: refused: the bundle is nested too deeply to be a findings bundle",
                                   name=path.name)) from error
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as error:
        raise BundleRefused(Reason("{name}: the bundle is damaged ({error})", name=path.name,
                                   error=_short(error))) from error
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise BundleRefused(Reason("{name}: not a Speerpunt findings bundle", name=path.name))
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise BundleRefused(Reason(
            "{name}: made by a newer version of Speerpunt (bundle version {version}); please update Speerpunt",
            name=path.name, version=version))
    missing = [name for name in ("rows", "shared", "authors") if name not in payload]
    if missing or not isinstance(payload["authors"], list):
        raise BundleRefused(Reason("{name}: the bundle is damaged (missing or malformed {part})", name=path.name,
                                  part=missing[0] if missing else "authors"))
    authors = payload["authors"]
    if not all(isinstance(name, str) for name in authors):
        bad = next(name for name in authors if not isinstance(name, str))
        raise BundleRefused(Reason("{name}: refused: author {value} is not a name", name=path.name, value=describe(bad)))
    rows = payload["rows"]
    if isinstance(rows, dict):
        # A version 1 bundle lacks the columns of revised agreements (anchor, superseded_by): NULL there.
        rows = {name: {key: with_later_columns(name, row) if isinstance(row, dict) else row
                       for key, row in table.items()} if isinstance(table, dict) else table
                for name, table in rows.items()}
    snapshot = Snapshot(rows=rows, shared=payload["shared"], authors=set(authors))
    conflicts = payload.get("conflicts", [])
    problem = snapshot_problem(snapshot, conflicts)
    if problem:
        raise BundleRefused(Reason("{name}: refused: {problem}", name=path.name, problem=problem))
    return snapshot, conflicts


def _decompress(packed: bytes, name: str) -> bytes:
    """gzip members inflated to at most MAX_BUNDLE_JSON bytes: a small bomb cannot fill the memory."""
    out = bytearray()
    data = packed
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while True:
            chunk = inflater.decompress(data, MAX_BUNDLE_JSON + 1 - len(out))
            out += chunk
            if len(out) > MAX_BUNDLE_JSON:
                raise BundleRefused(Reason("{name}: refused: the bundle unpacks to more than {megabytes} MB "
                                           "(a ZIP bomb or not a findings bundle)",
                                           name=name, megabytes=MAX_BUNDLE_JSON // (1024 * 1024)))
            data = inflater.unconsumed_tail
            if inflater.eof or not data:
                break
        if not inflater.eof:
            raise EOFError("the bundle is cut off")
        data = inflater.unused_data
    return bytes(out)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 120 else text[:117] + "…"
