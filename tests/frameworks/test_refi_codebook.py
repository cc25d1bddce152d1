"""The shipped frameworks survive a REFI-QDA codebook round trip exactly (codes such as "F.1" included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.frameworks.fileformat import load_framework
from desktop.frameworks.refi import load_qdc
from desktop.operations.frameworks import add_framework
from desktop.store.frameworks import list_frameworks
from exporters.qdpx import export_qdc

FRAMEWORKS = sorted((Path(__file__).resolve().parents[2] / "resources" / "frameworks").glob("*.yaml"))


def _seen(framework) -> tuple:
    return (framework.name, framework.description,
            [(t.code, t.title, t.colour, [(s.code, s.title, s.formulation, s.colour) for s in t.speerpunten])
             for t in framework.themes])


@pytest.mark.parametrize("path", FRAMEWORKS, ids=lambda path: path.stem)
def test_a_shipped_framework_survives_a_codebook_round_trip(project, tmp_path, path) -> None:
    add_framework(project, load_framework(path))
    [stored] = list_frameworks(project)  # as the project holds it (palette colours given on import)
    assert [sp.code for sp in stored.all_speerpunten()] == [sp.code for sp in load_framework(path).all_speerpunten()]
    export_qdc(project, tmp_path / "kader.qdc")
    [back] = load_qdc(tmp_path / "kader.qdc")
    assert _seen(back) == _seen(stored)
