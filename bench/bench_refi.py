"""REFI-QDA: exporting and importing a .qdpx of one 60-page agreement with 2,000 findings, each
beside its floor (the bare library work on the same bytes: lxml and zipfile for the export;
zipfile, lxml and one sqlite executemany of as many rows for the import).

``python -m bench refi`` runs them.
"""

from __future__ import annotations

import sqlite3
import zipfile
from functools import cache

from bench.runner import Benchmark, temp_folder

FINDINGS = 2000


@cache
def _project_path():
    from bench.generate import build_project

    return build_project(temp_folder() / "refi.speerpunt", documents=1, pages=60, findings=FINDINGS)


@cache
def _qdpx_path():
    from desktop.store.project import open_project
    from exporters import export

    path = temp_folder() / "refi.qdpx"
    with open_project(_project_path()) as project:
        export(project, "qdpx", path)
    return path


def _open():
    from desktop.store.project import open_project

    return open_project(_project_path())


def _export(project) -> str:
    from exporters import export

    summary = export(project, "qdpx", temp_folder() / "out.qdpx")
    return f"{summary['findings']} findings"


def _export_floor(_state) -> str:
    # The same project.qde and sources, serialised by lxml and zipped: what the libraries cost.
    from lxml import etree

    with zipfile.ZipFile(_qdpx_path()) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(members["project.qde"])
    with zipfile.ZipFile(temp_folder() / "floor.qdpx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
        for name, data in members.items():
            if name != "project.qde":
                archive.writestr(name, data)
    return "lxml + zipfile (floor)"


def _empty_project():
    from desktop.store.project import create_project

    return create_project(temp_folder() / "target.speerpunt")


def _import(project) -> str:
    from desktop.operations.exchange import import_qdpx

    result = import_qdpx(project, _qdpx_path())
    return f"{result.findings} findings"


def _import_floor(_state) -> str:
    from lxml import etree

    with zipfile.ZipFile(_qdpx_path()) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        texts = [archive.read(name) for name in archive.namelist() if name.startswith("sources/")]
    selections = [element.attrib for element in root.iter("{urn:QDA-XML:project:1.0}PlainTextSelection")]
    db = sqlite3.connect(temp_folder() / "floor.sqlite")
    db.execute("CREATE TABLE findings (id TEXT PRIMARY KEY, start INTEGER, end INTEGER, quote TEXT)")
    with db:
        db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?)",
                       [(s["guid"], int(s["startPosition"]), int(s["endPosition"]), s.get("name", ""))
                        for s in selections])
    db.close()
    return f"{len(selections)} rows, {len(texts)} files (floor)"


BENCHMARKS = [
    Benchmark(f"refi: export .qdpx, {FINDINGS} findings", 3.0, _export, setup=_open,
              teardown=lambda project: project.close(), repeat=3),
    Benchmark("refi: export floor (lxml + zipfile)", 3.0, _export_floor, repeat=3),
    Benchmark(f"refi: import .qdpx, {FINDINGS} findings", 10.0, _import, setup=_empty_project,
              teardown=lambda project: project.close(), repeat=3),
    Benchmark("refi: import floor (zipfile + lxml + sqlite)", 10.0, _import_floor, repeat=3),
]
