"""The REFI-QDA export: schema-valid, positions counted as the standard counts, what other programs need."""

from __future__ import annotations

import hashlib
import io
import zipfile

import docx
import pytest
from lxml import etree

from desktop.domain.document import DocumentKind, ImportedDocument, Passage, PassageKind
from desktop.operations.documents import import_document, store_document
from desktop.operations.findings import add_finding
from exporters import export
from exporters.errors import ExportRefused
from tests.exchange_helpers import (
    CODEBOOK_NS,
    assert_valid,
    codebook_as_project,
    q,
    read_export,
    refi_schema,
)
from tests.exporters.conftest import add_empty_speerpunt


@pytest.fixture
def schema(shared_dir):
    return refi_schema(shared_dir)


def test_every_export_is_valid_against_the_refi_schema(reaction_project, schema, tmp_path) -> None:
    out = tmp_path / "project.qdpx"
    summary = export(reaction_project.project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    assert summary["findings"] == 5 and summary["missing"] == 1
    # Themes are parent codes (not codable), speerpunten codes with number, colour and description.
    codes = read.root.find(q("CodeBook")).find(q("Codes"))
    theme = next(code for code in codes if code.get("name") == "2 Werk")
    assert theme.get("isCodable") == "false" and theme.get("color") == "#E69F00"
    [speerpunt] = theme.findall(q("Code"))
    assert speerpunt.get("name") == "2.1 Iedereen aan het werk"
    assert speerpunt.get("isCodable") == "true" and speerpunt.get("color") == "#E69F00"
    assert speerpunt.findtext(q("Description")) == "Eén regeling voor de onderkant."
    # The authors are the Users, and every user reference points at one of them.
    users = {user.get("guid"): user.get("name") for user in read.root.find(q("Users"))}
    assert {"Fatima el Amrani", "Joost de Vries"} <= set(users.values())
    for element in read.root.iter():
        for attribute in ("creatingUser", "modifyingUser"):
            if element.get(attribute):
                assert element.get(attribute) in users


def test_a_finding_is_a_selection_coded_with_its_speerpunt_and_its_assessment(reaction_project, tmp_path) -> None:
    out = tmp_path / "project.qdpx"
    export(reaction_project.project, "qdpx", out)
    read = read_export(out)
    names = {code.get("guid"): code.get("name") for code in read.root.iter(q("Code"))}
    [source] = read.root.find(q("Sources"))
    text = read.text_of(source)
    notes = {note.get("guid"): note for note in read.root.find(q("Notes"))}
    seen = set()
    for selection in source.findall(q("PlainTextSelection")):
        quote = text[int(selection.get("startPosition")):int(selection.get("endPosition"))]
        coded = sorted(names[ref.get("targetGUID")] for ref in selection.iter(q("CodeRef")))
        [note_ref] = selection.findall(q("NoteRef"))
        seen.add((quote, tuple(coded), notes[note_ref.get("targetGUID")].findtext(q("PlainTextContent"))))
    assert ("de Participatiewet wordt herzien", ("2.1 Iedereen aan het werk", "Beoordeling: zorg"),
            "Blijft vaag.") in seen
    assert ("De huren van sociale huurwoningen worden bevroren", ("1.1 Betaalbaar wonen", "Beoordeling: positief"),
            "Goed voor huurders.") in seen
    assert len(seen) == 4
    # The missing finding: a note named for it, tied to the source by a Link and to the speerpunt's
    # code by a NoteRef (no NoteRef on the source: QualCoder would take it for an annotation and drop it).
    assert source.findall(q("NoteRef")) == []
    [link] = read.root.find(q("Links"))
    assert link.get("targetGUID") == source.get("guid")
    note = notes[link.get("originGUID")]
    assert note.get("name") == "Ontbreekt: 2.1 Iedereen aan het werk | Coalitieakkoord 2026"
    path = note.get("plainTextPath").removeprefix("internal://")
    assert read.files[f"sources/{path}"].decode("utf-8") == "Eén regeling voor de onderkant ontbreekt."
    code = next(c for c in read.root.iter(q("Code")) if c.get("name") == "2.1 Iedereen aan het werk")
    assert [ref.get("targetGUID") for ref in code.findall(q("NoteRef"))] == [link.get("originGUID")]


def test_positions_count_code_points_with_newline_line_ends(project, schema, tmp_path) -> None:
    # "Eerste regel" is 12 code points, CRLF 2, "Tweede " 7, the emoji 1 (2 in UTF-16, 4 in UTF-8),
    # " regel met " 11: "wonen" starts at 33 in the stored text. The exported file has "\n" for the
    # CRLF, so the standard's count (code points of the file, first = 0) is 32, and it ends at 37.
    text = "Eerste regel\r\nTweede 😀 regel met wonen."
    imported = ImportedDocument("Regels", text, [Passage(0, PassageKind.PARAGRAPH, 0, len(text))])
    document_id = store_document(project, imported, text.encode(), hashlib.sha256(text.encode()).hexdigest(),
                                 "regels.txt", DocumentKind.AGREEMENT)
    from tests.builders import add_small_framework

    codes = add_small_framework(project)
    add_finding(project, document_id, codes["1.1"], "positive", 33, 38, author="Ans")
    add_finding(project, document_id, codes["1.2"], "concern", 21, 22, author="Ans")  # the emoji alone
    out = tmp_path / "regels.qdpx"
    export(project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    [source] = read.root.find(q("Sources"))
    data = read.files[f"sources/{document_id}.txt"]
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    spans = sorted((int(s.get("startPosition")), int(s.get("endPosition")))
                   for s in source.findall(q("PlainTextSelection")))
    assert spans == [(20, 21), (32, 37)]
    plain = data.decode("utf-8")
    assert plain[32:37] == "wonen" and plain[20:21] == "😀"


def test_a_docx_travels_with_its_original_beside_the_plain_text(project, schema, tmp_path) -> None:
    word = docx.Document()
    word.add_heading("Wonen", level=1)
    word.add_paragraph("Er komen 100.000 woningen bij.")
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "akkoord.docx"
    path.write_bytes(buffer.getvalue())
    document = import_document(project, path).document
    out = tmp_path / "met-origineel.qdpx"
    export(project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    [source] = read.root.find(q("Sources"))
    rich = source.get("richTextPath").removeprefix("internal://")
    assert rich.endswith(".docx") and read.files[f"sources/{rich}"] == path.read_bytes()
    assert "Er komen 100.000 woningen bij." in read.text_of(source)
    assert document.title in source.get("name")


def test_several_frameworks_get_a_root_each_and_code_names_stay_unique(reaction_project, schema, tmp_path) -> None:
    add_empty_speerpunt(reaction_project.project)
    out = tmp_path / "twee.qdpx"
    export(reaction_project.project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    top = [code.get("name") for code in read.root.find(q("CodeBook")).find(q("Codes"))]
    assert top == ["Testkader", "Extra", "Speerpunt-beoordeling"]
    names = [code.get("name").casefold() for code in read.root.iter(q("Code"))]
    assert len(names) == len(set(names))
    assert [s.get("name") for s in read.root.find(q("Sets"))] == ["Testkader", "Extra"]


def test_the_codebook_export_is_valid_and_holds_the_framework(reaction_project, schema, tmp_path) -> None:
    from exporters.qdpx import export_qdc

    out = tmp_path / "kader.qdc"
    export_qdc(reaction_project.project, out)
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{{{CODEBOOK_NS}}}CodeBook"
    assert_valid(schema, codebook_as_project(root))
    names = [code.get("name") for code in root.iter(f"{{{CODEBOOK_NS}}}Code")]
    assert names[:5] == ["1 Wonen", "1.1 Betaalbaar wonen", "1.2 Leefbare wijken", "2 Werk",
                         "2.1 Iedereen aan het werk"]


def test_what_qualcoder_reads_is_there(reaction_project, tmp_path) -> None:
    # QualCoder (src/qualcoder/refi.py) takes fulltext[start:end] from the file under sources/,
    # crashes on a note without dates, and drops a coding whose user is not declared.
    out = tmp_path / "qc.qdpx"
    export(reaction_project.project, "qdpx", out)
    read = read_export(out)
    for note in read.root.find(q("Notes")):
        assert note.get("creationDateTime") and note.get("modifiedDateTime") and note.get("creatingUser")
    [source] = read.root.find(q("Sources"))
    assert source.get("plainTextPath").startswith("internal://") and source.find(q("PlainTextContent")) is None
    text = read.text_of(source)
    quotes = {text[int(s.get("startPosition")):int(s.get("endPosition"))] for s in source.iter(q("PlainTextSelection"))}
    assert "€ 1 miljard in woningbouw" in quotes
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist()[0] == "project.qde"


def test_an_export_without_documents_is_refused(project, tmp_path) -> None:
    with pytest.raises(ExportRefused, match="no documents"):
        export(project, "qdpx", tmp_path / "leeg.qdpx")
    assert not (tmp_path / "leeg.qdpx").exists()


def test_characters_xml_cannot_hold_are_left_out_not_fatal(project, schema, tmp_path) -> None:
    from desktop.domain.framework import Framework, Speerpunt, Theme
    from desktop.operations.frameworks import add_framework
    from desktop.store.frameworks import list_speerpunten
    from tests.builders import add_document

    document_id = add_document(project, ["Pagina een.\x0cPagina twee."])
    add_framework(project, Framework(name="Kader\x0b", themes=[
        Theme(title="Wonen\x0c", speerpunten=[Speerpunt(code="1.1", title="Huur\x00", formulation="Veel\x0b")])]))
    [speerpunt] = list_speerpunten(project)
    add_finding(project, document_id, speerpunt.id, "concern", 0, 11, note="Let\x0c op", author="Ans\x01")
    out = tmp_path / "vreemd.qdpx"
    export(project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    assert [c.get("name") for c in read.root.iter(q("Code"))][:2] == ["Wonen", "1.1 Huur"]
    # The plain text keeps the form feed: it is not XML, and positions must not move.
    [source] = read.root.find(q("Sources"))
    assert "\x0c" in read.text_of(source)


def test_two_analysts_finding_one_speerpunt_missing_get_notes_of_their_own_name(reaction_project, schema,
                                                                                tmp_path) -> None:
    # After a merge two analysts may both have found 2.1 missing in the agreement. QualCoder keeps journals by
    # name (UNIQUE) and its importer stops with an error at the second note of one name (refi.py parse_notes).
    reaction_project.tag("2.1", "missing", None, "Ook hier niets over de onderkant.", author="Fatima el Amrani")
    reaction_project.tag("2.1", "missing", None, "Nog een keer, door Joost.", author="Joost de Vries")
    out = tmp_path / "samen.qdpx"
    export(reaction_project.project, "qdpx", out)
    read = read_export(out)
    assert_valid(schema, read.root)
    named = {note.get("name"): read.files["sources/" + note.get("plainTextPath").removeprefix("internal://")]
             for note in read.root.find(q("Notes")) if note.get("plainTextPath")}
    base = "Ontbreekt: 2.1 Iedereen aan het werk | Coalitieakkoord 2026"
    assert sorted(named) == [f"{base} (Fatima el Amrani)", f"{base} (Joost de Vries)",
                             f"{base} (Joost de Vries) (2)"]
    assert named[f"{base} (Fatima el Amrani)"].decode() == "Ook hier niets over de onderkant."
