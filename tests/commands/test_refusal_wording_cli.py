"""The command line keeps its English refusals byte for byte now that the window translates them (docs/I18N.md)."""

from __future__ import annotations

import json

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
