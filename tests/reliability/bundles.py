"""Making a colleague's bundle for the merge tests, and rewriting it the way a damaged or hostile file would."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from desktop.operations.findings import add_finding
from desktop.operations.merge import read_conflicts
from desktop.store import open_project
from desktop.store.documents import document_text
from desktop.store.exchange.bundle import write_bundle
from desktop.store.exchange.snapshot import read_snapshot
from tests.reliability.sample import Sample


def colleague_bundle(sample: Sample, folder: Path) -> Path:
    """A colleague's copy of the sample with one more finding, as a bundle (a sound one)."""
    copy = folder / "collega.speerpunt"
    shutil.copyfile(sample.path, copy)
    with open_project(copy) as project:
        text = document_text(project, sample.agreement)
        quote = "Gemeenten krijgen meer regie"
        start = text.index(quote)
        add_finding(project, sample.agreement, sample.codes["1.2"], "positive", start, start + len(quote),
                    note="Meer regie is goed.", author="Bo")
        bundle = folder / "collega.spbundle"
        write_bundle(read_snapshot(project), read_conflicts(project), bundle)
    return bundle


def read_payload(bundle: Path) -> dict:
    return json.loads(gzip.decompress(bundle.read_bytes()))


def write_payload(bundle: Path, payload: object, raw: str | None = None) -> Path:
    text = raw if raw is not None else json.dumps(payload, ensure_ascii=False)
    bundle.write_bytes(gzip.compress(text.encode("utf-8", "surrogatepass"), mtime=0))
    return bundle


def newest_finding_key(payload: dict) -> str:
    return max(payload["rows"]["findings"], key=lambda key: payload["rows"]["findings"][key]["created"])
