"""A stored agreement name (and title) names only the agreement it was set for (docs/EXPORTS.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from desktop.operations.reactions import set_report_parts
from desktop.store.documents import list_documents
from desktop.store.project import open_project
from tests.builders import add_document
from tests.commands.test_cli import run, run_json

COLLEGE = """# Collegeprogramma Gemeente Aa en Hunze 2022-2026

## Wonen

De gemeente bouwt 400 woningen voor starters en ouderen in de dorpen.
"""


PROGRAMME = "Collegeprogramma Aa en Hunze 2022-2026"


def _texts(path: Path) -> list[str]:
    return [paragraph.text for paragraph in Document(str(path)).paragraphs if paragraph.text.strip()]


def _export(capsys, project: Path, out: Path, *args: str) -> list[str]:
    code, _out, err = run(capsys, "export", project, "--layout", "speerpunten", "--out", out, *args)
    assert code == 0, err
    return _texts(out)


@pytest.fixture
def two_agreements(tmp_path: Path, capsys) -> tuple[Path, str, str]:
    """The demo (its name and title stored for the Coalitieakkoord) and a municipal programme imported after it."""
    project = tmp_path / "demo.speerpunt"
    assert run(capsys, "demo", project)[0] == 0
    [first] = [d["id"] for d in run_json(capsys, "docs", project) if d["kind"] == "agreement"]
    (tmp_path / "college.md").write_text(COLLEGE, encoding="utf-8")
    [second] = run_json(capsys, "import", project, tmp_path / "college.md", "--kind", "agreement")
    run_json(capsys, "meta", project, second["id"], "--set", f"short_name={PROGRAMME}")
    return project, first, second["id"]


def test_exporting_the_second_agreement_names_it_not_the_first(two_agreements, tmp_path, capsys) -> None:
    project, first, second = two_agreements
    texts = _export(capsys, project, tmp_path / "b.docx", "--doc", second)
    joined = "\n".join(texts)
    # The demo agreement's name and title are not borrowed (the foreword, the analyst's prose, stays).
    assert "Coalitieakkoord 2026" not in joined
    assert texts[0] == f"Reactie van de M25 op het {PROGRAMME}"
    assert any(f"wat het {PROGRAMME} wel of niet zegt" in text for text in texts)
    # The first agreement keeps the name and title stored for it.
    texts = _export(capsys, project, tmp_path / "a.docx", "--doc", first)
    assert texts[0] == "Reactie van de M25 op het Coalitieakkoord 2026-2030"
    assert any("het Coalitieakkoord 2026-2030" in text for text in texts[1:])
    # Without --doc the newest agreement (the programme) is exported, under its own name.
    assert _export(capsys, project, tmp_path / "newest.docx")[0] == f"Reactie van de M25 op het {PROGRAMME}"


def test_a_name_set_for_the_second_agreement_leaves_the_first_its_own(two_agreements, tmp_path, capsys) -> None:
    project, first, second = two_agreements
    shown = run_json(capsys, "report", project, "--doc", second, "--set", "agreement_name=Collegeprogramma 2022")
    assert shown["agreement"] == second and shown["agreement_in_text"] == "het Collegeprogramma 2022"
    assert run_json(capsys, "report", project, "--doc", first)["agreement_name"] == "Coalitieakkoord 2026-2030"
    assert "het Collegeprogramma 2022" in "\n".join(_export(capsys, project, tmp_path / "b.docx", "--doc", second))
    assert "Coalitieakkoord 2026-2030" in _export(capsys, project, tmp_path / "a.docx", "--doc", first)[0]
    # An explicit name still wins for this one export.
    texts = _export(capsys, project, tmp_path / "c.docx", "--doc", second, "--agreement-name", "Akkoord Aa 2022")
    assert any("het Akkoord Aa 2022" in text for text in texts)
    # Cleared for the programme: its own default again, the first keeps its name.
    assert run_json(capsys, "report", project, "--doc", second, "--set", "agreement_name=")["agreement_name"] == ""
    assert "Collegeprogramma 2022" not in "\n".join(_export(capsys, project, tmp_path / "d.docx", "--doc", second))


def test_a_project_from_before_keeps_its_name_for_its_agreement(tmp_path, capsys) -> None:
    """A name stored without an agreement (every project before this rule) stays with the agreement that was
    the newest when it was saved, and an agreement imported later is named by its own name."""
    path = tmp_path / "oud.speerpunt"
    assert run(capsys, "init", path)[0] == 0
    project = open_project(path)
    try:
        add_document(project, ["Het kabinet bouwt woningen."], title="Coalitieakkoord 2021-2025")
        set_report_parts(project, {"organisation": "G40", "agreement_name": "Coalitieakkoord Rutte IV",
                                    "title": "Reactie G40"})
        [first] = list_documents(project)
    finally:
        project.close()
    before = _export(capsys, path, tmp_path / "voor.docx")
    assert before[0] == "Reactie G40" and any("het Coalitieakkoord Rutte IV" in text for text in before)
    (tmp_path / "college.md").write_text(COLLEGE, encoding="utf-8")
    [second] = run_json(capsys, "import", path, tmp_path / "college.md", "--kind", "agreement")
    run_json(capsys, "meta", path, second["id"], "--set", f"short_name={PROGRAMME}")
    assert _export(capsys, path, tmp_path / "a.docx", "--doc", first.id) == before
    texts = _export(capsys, path, tmp_path / "b.docx", "--doc", second["id"])
    assert "Rutte IV" not in "\n".join(texts) and texts[0] != "Reactie G40"
    assert texts[0] == f"Reactie van de G40 op het {PROGRAMME}"


def test_a_colleagues_name_for_the_agreement_comes_with_the_bundle_and_names_it(tmp_path, capsys) -> None:
    """The name is keyed by the agreement's SHA-256, which every copy shares (document ids differ)."""
    from desktop.operations.merge import read_conflicts
    from desktop.operations.reactions import set_agreement_part
    from desktop.store.documents import get_document
    from desktop.store.exchange.bundle import write_bundle
    from desktop.store.exchange.snapshot import read_snapshot
    from tests.reliability.sample import build_sample

    sample = build_sample(tmp_path / "werk.speerpunt")
    colleague = tmp_path / "collega.speerpunt"
    run_json(capsys, "import", sample.path, _write(tmp_path / "college.md", COLLEGE), "--kind", "agreement")
    shutil.copyfile(sample.path, colleague)
    with open_project(colleague) as project:
        set_agreement_part(project, "agreement_name", "Coalitieakkoord Schoof", get_document(project, sample.agreement))
        bundle = tmp_path / "collega.spbundle"
        write_bundle(read_snapshot(project), read_conflicts(project), bundle)
    run_json(capsys, "merge", sample.path, bundle)
    texts = _export(capsys, sample.path, tmp_path / "a.docx", "--doc", sample.agreement)
    assert any("het Coalitieakkoord Schoof" in text for text in texts)
    newest = _export(capsys, sample.path, tmp_path / "b.docx")
    assert "Schoof" not in "\n".join(newest)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
