"""REFI-QDA on the command line: export --layout qdpx, import FILE.qdpx, framework import/export .qdc."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tests.commands.test_cli import run, run_json, workspace  # noqa: F401  (the shared workspace fixture)
from tests.exchange_helpers import CODEBOOK_NS
from tests.operations.test_exchange import SPEC_QDE, SPEC_TEXT, make_qdpx

# A codebook in the form of the specification's example 1: braces around some GUIDs, a code folder
# (isCodable="false") with no children, loose codes, descriptions, no Sets.
CODEBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Onderwerpen" isCodable="false">
</Code>
<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economie" isCodable="true" color="#ffff00">
<Description>Banen, belastingen en bedrijven</Description>
</Code> <Code guid="{0dcef2f5-e55c-49da-8c33-9b0803c7aeb4}" name="Zorg" isCodable="true" color="#33cc33">
<Description>Zorg, huisartsen, patiënten</Description>
</Code>
<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Waarden" isCodable="false">
</Code>
</Codes>
</CodeBook>
"""


def test_export_and_import_a_qdpx_from_the_command_line(workspace, capsys, tmp_path: Path) -> None:  # noqa: F811
    project, document = workspace
    run_json(capsys, "tag", project, "--doc", document["id"], "--quote", "honderdduizend woningen",
             "--speerpunt", "1.1", "--assessment", "positive", "--note", "Mooi", "--author", "Ans")
    run_json(capsys, "tag", project, "--doc", document["id"], "--speerpunt", "2.1", "--assessment", "missing",
             "--note", "Niet genoemd", "--author", "Ans")
    summary = run_json(capsys, "export", project, "--layout", "qdpx", "--out", tmp_path / "werk.qdpx")
    assert (summary["findings"], summary["positive"], summary["missing"]) == (2, 1, 1)
    assert run(capsys, "init", tmp_path / "leeg.speerpunt")[0] == 0
    imported = run_json(capsys, "import", tmp_path / "leeg.speerpunt", tmp_path / "werk.qdpx")
    assert (imported["documents"], imported["frameworks"], imported["findings"], imported["missing"]) == (1, 1, 2, 1)
    rows = run_json(capsys, "findings", tmp_path / "leeg.speerpunt")
    assert sorted((r["quote"], r["speerpunt"], r["assessment"], r["note"], r["author"]) for r in rows) == [
        ("", "2.1", "missing", "Niet genoemd", "Ans"), ("honderdduizend woningen", "1.1", "positive", "Mooi", "Ans")]


def test_codings_without_assessment_are_reported_on_stderr(capsys, tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "spec.qdpx", SPEC_QDE,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode()})
    assert run(capsys, "init", tmp_path / "p.speerpunt")[0] == 0
    code, out, err = run(capsys, "import", tmp_path / "p.speerpunt", path, "--default-assessment", "positive")
    assert code == 0
    assert "speerpunt import: 2 coding(s) had no assessment: they are marked positive" in err
    assert "unassessed" in out


def test_a_hostile_qdpx_is_one_line_and_exit_1(capsys, tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "kwaad.qdpx", SPEC_QDE.replace(
        "internal://8e7fddfe-db36-48dc-b464-80c3a4decd90.txt", "internal://..%2F/../geheim.txt"), {})
    assert run(capsys, "init", tmp_path / "p.speerpunt")[0] == 0
    code, out, err = run(capsys, "import", tmp_path / "p.speerpunt", path)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("speerpunt import: kwaad.qdpx: refused")


def test_a_codebook_without_sets_becomes_a_framework(capsys, tmp_path: Path) -> None:
    (tmp_path / "codes.qdc").write_text(CODEBOOK, encoding="utf-8")
    assert run(capsys, "init", tmp_path / "p.speerpunt")[0] == 0
    summary = run_json(capsys, "framework", "import", tmp_path / "p.speerpunt", tmp_path / "codes.qdc")
    assert (summary["name"], summary["themes"], summary["speerpunten"]) == ("codes", 1, 2)
    rows = run_json(capsys, "framework", "list", tmp_path / "p.speerpunt")
    assert [(r["code"], r["title"], r["formulation"]) for r in rows] == [
        ("1.1", "Economie", "Banen, belastingen en bedrijven"), ("1.2", "Zorg", "Zorg, huisartsen, patiënten")]


def test_framework_export_to_qdc_and_back(workspace, capsys, tmp_path: Path) -> None:  # noqa: F811
    project, _document = workspace
    code, out, _err = run(capsys, "framework", "export", project, "--out", tmp_path / "kader.qdc")
    assert code == 0
    root = etree.parse(str(tmp_path / "kader.qdc")).getroot()
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    [framework_set] = root.find(f"{{{CODEBOOK_NS}}}Sets")
    assert framework_set.get("name") == "Testkader"
    assert run(capsys, "init", tmp_path / "ander.speerpunt")[0] == 0
    run_json(capsys, "framework", "import", tmp_path / "ander.speerpunt", tmp_path / "kader.qdc")
    rows = run_json(capsys, "framework", "list", tmp_path / "ander.speerpunt")
    assert [(r["code"], r["title"], r["theme"], r["framework"]) for r in rows] == [
        ("1.1", "Betaalbaar wonen", "Wonen", "Testkader"), ("2.1", "Iedereen aan het werk", "Werk", "Testkader")]


def test_a_codebook_with_entities_is_refused(capsys, tmp_path: Path) -> None:
    (tmp_path / "kwaad.qdc").write_text('<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaa">]>'
                                        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
    assert run(capsys, "init", tmp_path / "p.speerpunt")[0] == 0
    code, _out, err = run(capsys, "framework", "import", tmp_path / "p.speerpunt", tmp_path / "kwaad.qdc")
    assert code == 1 and "DTD or entities" in err


def test_a_codebook_as_taguette_writes_it(capsys, tmp_path: Path) -> None:
    # Taguette's writer (taguette/refi_qda.py, read for this work): no namespace on the elements,
    # upper-case GUIDs, flat codes named by their tag path, and an empty <Sets/> (which the schema
    # does not allow: a Sets needs a Set).
    (tmp_path / "taguette.qdc").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook origin="Taguette 1.4.1"><Codes>'
        '<Code guid="0B5A2B64-7D52-5C5B-8E5B-1D0F4A8E1F01" name="wonen.huur" isCodable="true"></Code>'
        '<Code guid="6A1E0B7C-2C9D-5E6F-9A0B-3C4D5E6F7A8B" name="zorg" isCodable="true"></Code>'
        "</Codes><Sets></Sets></CodeBook>", encoding="utf-8")
    assert run(capsys, "init", tmp_path / "p.speerpunt")[0] == 0
    summary = run_json(capsys, "framework", "import", tmp_path / "p.speerpunt", tmp_path / "taguette.qdc")
    assert (summary["name"], summary["speerpunten"]) == ("taguette", 2)
    rows = run_json(capsys, "framework", "list", tmp_path / "p.speerpunt")
    assert [(r["code"], r["title"], r["theme"]) for r in rows] == [("1.1", "wonen.huur", "taguette"),
                                                                   ("1.2", "zorg", "taguette")]
