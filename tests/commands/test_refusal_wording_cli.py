"""The command line keeps its English refusals byte for byte now that the window translates them (docs/I18N.md)."""

from __future__ import annotations

import json

from desktop.store.exchange.bundle import FORMAT
from tests.builders import protected_pdf, scanned_pdf
from tests.commands.test_cli import run


def test_import_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    project = tmp_path / "p.speerpunt"
    (tmp_path / "akkoord.md").write_text("# 1. Wonen\n\nHet kabinet bouwt woningen.\n", encoding="utf-8")
    (tmp_path / "kopie.md").write_bytes((tmp_path / "akkoord.md").read_bytes())
    (tmp_path / "begroting.xls").write_bytes(b"x")
    scanned_pdf(tmp_path / "gescand.pdf")
    protected_pdf(tmp_path / "beveiligd.pdf")
    assert run(capsys, "init", project)[0] == 0
    assert run(capsys, "import", project, tmp_path / "akkoord.md", "--json")[0] == 0
    [record] = json.loads(run(capsys, "docs", project, "--json")[1])
    # Several files: read in worker processes, the reasons come back from them.
    code, out, err = run(capsys, "import", project, *(tmp_path / name for name in
                                                      ("gescand.pdf", "beveiligd.pdf", "begroting.xls", "kopie.md")))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "speerpunt import: gescand.pdf: no text layer: OCR is not supported (a scanned PDF holds only images)",
        "speerpunt import: beveiligd.pdf: password-protected PDF: remove the password first",
        "speerpunt import: begroting.xls: unsupported file type '.xls'; use PDF, DOCX, TXT or Markdown",
        f"speerpunt import: kopie.md: already in the project as '1. Wonen' ({record['id'][:8]})",
        "speerpunt import: gescand.pdf: none of the 4 files could be imported",
    ]
    assert run(capsys, "import", project, tmp_path / "nergens.pdf")[2] == "speerpunt import: nergens.pdf: no such file\n"


def test_project_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    (tmp_path / "notities.speerpunt").write_text("geen project", encoding="utf-8")
    assert run(capsys, "docs", tmp_path / "notities.speerpunt")[2] == (
        "speerpunt docs: notities.speerpunt: not a Speerpunt project (the file is not a SQLite database)\n")
    assert run(capsys, "init", tmp_path / "notities.speerpunt")[2] == (
        "speerpunt init: notities.speerpunt: a file with this name already exists\n")


def _bundle(path, payload) -> None:
    import gzip

    path.write_bytes(gzip.compress(json.dumps(payload).encode()))


def test_merge_and_bundle_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    project = tmp_path / "p.speerpunt"
    assert run(capsys, "init", project)[0] == 0
    _bundle(tmp_path / "nieuw {x}.spbundle", {"format": FORMAT, "version": 99})
    _bundle(tmp_path / "vreemd.spbundle", {"format": "iets anders"})
    (tmp_path / "half.spbundle").write_bytes(b"\x1f\x8b" + b"half")
    assert run(capsys, "merge", project, project)[2] == (
        "speerpunt merge: p.speerpunt: cannot merge a project with itself\n")
    assert run(capsys, "merge", project, tmp_path / "weg.spbundle")[2] == "speerpunt merge: weg.spbundle: no such file\n"
    assert run(capsys, "merge", project, tmp_path / "vreemd.spbundle")[2] == (
        "speerpunt merge: vreemd.spbundle: not a Speerpunt findings bundle\n")
    assert run(capsys, "merge", project, tmp_path / "nieuw {x}.spbundle")[2] == (
        "speerpunt merge: nieuw {x}.spbundle: made by a newer version of Speerpunt (bundle version 99); "
        "please update Speerpunt\n")
    assert run(capsys, "merge", project, tmp_path / "half.spbundle")[2].startswith(
        "speerpunt merge: half.spbundle: the bundle is damaged (")


def test_export_and_output_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    project = tmp_path / "p.speerpunt"
    assert run(capsys, "init", project)[0] == 0
    assert run(capsys, "export", project, "--layout", "csv", "--out", project)[2] == (
        "speerpunt export: p.speerpunt: is the open project (p.speerpunt); choose another file name\n")
    assert run(capsys, "export", project, "--layout", "csv", "--out", tmp_path / "p.speerpunt-wal")[2] == (
        "speerpunt export: p.speerpunt-wal: is the open project's -wal file (p.speerpunt); choose another file name\n")
    missing = tmp_path / "weg" / "uit.csv"
    assert run(capsys, "export", project, "--layout", "csv", "--out", missing)[2] == (
        f"speerpunt export: {missing}: the folder {missing.parent} does not exist\n")
    assert run(capsys, "export", project, "--layout", "csv", "--out", tmp_path / "uit.docx")[2] == (
        "speerpunt export: uit.docx: the csv layout writes a .csv file\n")
    assert run(capsys, "export", project, "--layout", "speerpunten", "--out", tmp_path / "uit.docx")[2] == (
        "speerpunt export: the project holds no agreement to export; import one first\n")
    assert run(capsys, "export", project, "--layout", "qdpx", "--out", tmp_path / "uit.qdpx")[2] == (
        "speerpunt export: the project has no documents to export\n")


def test_framework_and_revision_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    project = tmp_path / "p.speerpunt"
    (tmp_path / "akkoord.md").write_text("# 1. Wonen\n\nHet kabinet bouwt woningen.\n", encoding="utf-8")
    (tmp_path / "nieuw.md").write_text("# 1. Wonen\n\nHet kabinet bouwt veel woningen.\n", encoding="utf-8")
    (tmp_path / "nieuwer.md").write_text("# 1. Wonen\n\nHet kabinet bouwt nog meer woningen.\n", encoding="utf-8")
    (tmp_path / "kader.md").write_text("# Kader {2026}\n\n## 1 Zorg\n\n### 1.1 Jeugdzorg\n", encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    assert run(capsys, "framework", "import", project, tmp_path / "kader.md")[0] == 0
    assert run(capsys, "framework", "import", project, tmp_path / "kader.md")[2] == (
        "speerpunt framework: the project already has a framework named 'Kader {2026}'\n")
    [old] = json.loads(run(capsys, "import", project, tmp_path / "akkoord.md", "--json")[1])
    new = json.loads(run(capsys, "import", project, tmp_path / "nieuw.md", "--revision-of", old["id"][:8],
                         "--json")[1])["new_document"]
    assert run(capsys, "import", project, tmp_path / "nieuwer.md", "--revision-of", old["id"][:8])[2] == (
        f"speerpunt import: '1. Wonen' is already superseded by '{new['title']}' ({new['id'][:8]}); "
        "import the new version of that one\n")


def test_lookup_refusals_read_exactly_as_before(tmp_path, capsys) -> None:
    """An id that fits nothing (the window shows the same refusal in its language, tests/ui/test_refusals_dutch_gone.py)."""
    project = tmp_path / "p.speerpunt"
    (tmp_path / "akkoord.md").write_text("# 1. Wonen\n\nHet kabinet bouwt woningen.\n", encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    assert run(capsys, "import", project, tmp_path / "akkoord.md")[0] == 0
    assert run(capsys, "finding", project, "weg1234", "--delete")[2] == (
        "speerpunt finding: no finding with id 'weg1234'\n")
    assert run(capsys, "passages", project, "zz")[2] == "speerpunt passages: no document with id 'zz'\n"
    assert run(capsys, "conflicts", project, "--resolve", "ab12")[2] == (
        "speerpunt conflicts: no open conflict with id 'ab12'\n")
