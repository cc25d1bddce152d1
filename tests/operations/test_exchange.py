"""Importing REFI-QDA: a round trip of our own export, and small files written by hand as the
specification (REFI-QDA 1.5) describes them and as other programs write them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.domain.finding import Assessment
from desktop.ingest.errors import ImportRefused
from desktop.operations.exchange import import_qdpx
from desktop.store.documents import document_text, list_documents
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_frameworks, list_speerpunten


def make_qdpx(path: Path, qde: str, files: dict[str, bytes], qde_name: str = "project.qde") -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8"))
        for name, data in files.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def findings_as_seen(project) -> list[tuple]:
    """What a reader of the reaction sees of each finding: where, which speerpunt, judgement, note, by whom."""
    codes = {sp.id: sp.code for sp in list_speerpunten(project)}
    titles = {d.id: d.title for d in list_documents(project)}
    return sorted((titles[f.document_id], f.quote, codes[f.speerpunt_id], f.assessment.value, f.note, f.author,
                   f.has_span) for f in list_findings(project))


def framework_as_seen(project) -> list[tuple]:
    return [(fw.name, fw.description, [(t.code, t.title, t.colour, [(s.code, s.title, s.formulation, s.colour)
                                                                     for s in t.speerpunten]) for t in fw.themes])
            for fw in list_frameworks(project)]


# --- files made by hand, as the specification describes them -------------------------------------------

SPEC_TEXT = "Het kabinet bouwt meer woningen.\nDe jeugdzorg blijft vaag."
# "Het kabinet bouwt meer " is 23 code points: "woningen" is 23-31; the second line starts at 33,
# so "jeugdzorg" is 36-45 (first code point = 0, end exclusive, as QualCoder reads it).
SPEC_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Woonstudie" origin="Handwerk 1.0">
  <Users><User guid="5c94bc9e-db8c-4f1d-9cd6-e900c7440860" name="Marieke"/></Users>
  <CodeBook><Codes>
    <Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="Beleid" isCodable="false">
      <Code guid="0dcef2f5-e55c-49da-8c33-9b0803c7aeb4" name="Wonen" isCodable="true" color="#33cc33">
        <Description>Alles over woningbouw</Description>
        <Code guid="7c108712-b650-4892-ac0b-fc9a10190c3b" name="Nieuwbouw" isCodable="true"/>
      </Code>
      <Code guid="12365523-1035-4afa-9e7b-281fe0bc51c5" name="Zorg" isCodable="true" color="#0000ff"/>
    </Code>
    <Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Algemeen" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="8e7fddfe-db36-48dc-b464-80c3a4decd90" name="Akkoord.txt"
        plainTextPath="internal://8e7fddfe-db36-48dc-b464-80c3a4decd90.txt"
        creatingUser="5c94bc9e-db8c-4f1d-9cd6-e900c7440860" creationDateTime="2019-06-07T03:36:36Z">
      <PlainTextSelection guid="08cbced0-d736-44c8-8fd6-eb4d29fe46c5" name="" startPosition="23" endPosition="31"
          creatingUser="5c94bc9e-db8c-4f1d-9cd6-e900c7440860" creationDateTime="2019-06-07T03:36:36Z">
        <Coding guid="76414714-63c4-4a25-a47e-66fef80bd52e" creatingUser="5c94bc9e-db8c-4f1d-9cd6-e900c7440860">
          <CodeRef targetGUID="7c108712-b650-4892-ac0b-fc9a10190c3b"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="2f24ea88-c6a7-482b-8f89-893ef66d7a21" startPosition="36" endPosition="45">
        <Description>Blijft vaag</Description>
        <Coding guid="4b8dd4a4-0c50-42d0-91f4-9e95afbfc7f0">
          <CodeRef targetGUID="12365523-1035-4afa-9e7b-281fe0bc51c5"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
"""


def test_the_hand_made_file_is_what_the_schema_allows(shared_dir) -> None:
    from lxml import etree

    from tests.exchange_helpers import assert_valid, refi_schema

    assert_valid(refi_schema(shared_dir), etree.fromstring(SPEC_QDE.encode()))


def test_a_file_as_the_specification_describes_it(project, tmp_path) -> None:
    path = make_qdpx(tmp_path / "spec.qdpx", SPEC_QDE,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode()})
    result = import_qdpx(project, path)
    # A code tree of three levels: the top code is the theme, codable codes below it speerpunten
    # (the third level with its path), the loose top-level code in a theme of its own.
    [framework] = list_frameworks(project)
    assert framework.name == "Woonstudie"
    assert [(t.code, t.title, [(s.code, s.title) for s in t.speerpunten]) for t in framework.themes] == [
        ("1", "Beleid", [("1.1", "Wonen"), ("1.2", "Wonen › Nieuwbouw"), ("1.3", "Zorg")]),
        ("2", "Overige codes", [("2.1", "Algemeen")]),
    ]
    assert framework.themes[0].speerpunten[0].formulation == "Alles over woningbouw"
    assert framework.themes[0].speerpunten[2].colour == "#0000ff"
    # Codings made without an assessment: concern by default, said in the note and in the warnings.
    assert findings_as_seen(project) == [
        ("Akkoord", "jeugdzorg", "1.3", "concern",
         "Beoordeling nog te bepalen: gecodeerd in Handwerk 1.0 zonder beoordeling.\nBlijft vaag", "onbekend", True),
        ("Akkoord", "woningen", "1.2", "concern",
         "Beoordeling nog te bepalen: gecodeerd in Handwerk 1.0 zonder beoordeling.", "Marieke", True),
    ]
    assert result.unassessed == 2
    assert any("2 coding(s) had no assessment" in warning for warning in result.warnings)


def test_the_default_assessment_may_be_positive(project, tmp_path) -> None:
    path = make_qdpx(tmp_path / "spec.qdpx", SPEC_QDE,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode()})
    import_qdpx(project, path, default_assessment="positive")
    assert {f.assessment for f in list_findings(project)} == {Assessment.POSITIVE}


# ATLAS.ti's habits (the specification's example 2 and QualCoder's notes on it): "Project.qde" and
# "Sources/" capitalised, upper-case GUIDs (here with braces in references), file names in upper
# case while the path says lower case, attributes in another order, a CRLF file whose positions
# count each CRLF as one, a BOM, no Sets, a code without isCodable, an assessment coded by hand.
ATLAS_TEXT = "\ufeffEerste regel.\r\nDe huren 😀 worden bevroren.\r\n"
ATLAS_QDE = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" origin="ATLAS.ti 8.4.0 573, macOS" name="Atlas project">
    <Users>
        <User guid="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" name="Friedrich Markgraf"/>
    </Users>
    <CodeBook>
        <Codes>
            <Code color="#966450" name="Huur" guid="7496BA52-9C8D-4396-8FAB-CC438614E453" isCodable="true">
                <Code name="Huurbevriezing" guid="D299EFAE-5779-46DC-9827-A3D1A5D544BC"/>
            </Code>
            <Code isCodable="true" name="Beoordeling: positief" guid="85D17F60-7BB0-481E-B742-B4861DD669DF"/>
        </Codes>
    </CodeBook>
    <Sources>
        <TextSource plainTextPath="internal://01106019-2518-43dd-bbd1-8f0252bacb30.txt"
            modifiedDateTime="2018-03-27T18:01:07Z" creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB"
            guid="69A4332D-5B31-4915-B520-5275CFC21B40" name="Huurakkoord">
            <PlainTextSelection endPosition="40" startPosition="17" modifyingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB"
                guid="4191294A-E287-4510-95B0-69BCE4638E56" creationDateTime="2018-03-27T19:29:27Z">
                <Coding guid="445A6AEC-1400-4502-919D-0867832FF211" creationDateTime="2018-03-27T19:29:27Z">
                    <CodeRef targetGUID="{D299EFAE-5779-46DC-9827-A3D1A5D544BC}"/>
                </Coding>
                <Coding guid="2284BF5B-8F78-45B6-A6EF-A128D991408B">
                    <CodeRef targetGUID="85d17f60-7bb0-481e-b742-b4861dd669df"/>
                </Coding>
            </PlainTextSelection>
        </TextSource>
        <PictureSource guid="02255470-09E6-400B-9E20-97D71FBEC65D" name="foto.jpg"
            path="internal://87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg"/>
    </Sources>
</Project>
"""


def test_a_file_with_the_liberties_atlas_ti_takes(project, tmp_path) -> None:
    # After the BOM: "Eerste regel." is 13, CRLF counted as one by ATLAS.ti (14), "De " (17):
    # "huren 😀 worden bevroren" is 23 code points, so 17-40.
    path = make_qdpx(tmp_path / "atlas.qdpx", ATLAS_QDE,
                     {"Sources/01106019-2518-43DD-BBD1-8F0252BACB30.TXT": ATLAS_TEXT.encode("utf-8"),
                      "Sources/87EAD86F-3112-4537-8A01-01427CAE1C6D.JPG": b"\xff\xd8\xff\xe0 not really"},
                     qde_name="Project.qde")
    result = import_qdpx(project, path)
    assert findings_as_seen(project) == [
        ("Huurakkoord", "huren 😀 worden bevroren", "1.2", "positive", "", "Friedrich Markgraf", True)]
    assert [(s.code, s.title) for s in list_speerpunten(project)] == [("1.1", "Huur"), ("1.2", "Huurbevriezing")]
    [document] = list_documents(project)
    assert document_text(project, document.id) == "Eerste regel.\nDe huren 😀 worden bevroren.\n"
    assert any("PictureSource" in warning for warning in result.warnings)


def test_other_programs_count_crlf_as_two_code_points(project, tmp_path) -> None:
    # The standard counts the code points of the file: CRLF is two, so "huren" starts at 18 here.
    qde = ATLAS_QDE.replace("ATLAS.ti 8.4.0 573, macOS", "MAXQDA 2022").replace(
        'endPosition="40" startPosition="17"', 'endPosition="23" startPosition="18"')
    path = make_qdpx(tmp_path / "maxqda.qdpx", qde,
                     {"sources/01106019-2518-43dd-bbd1-8f0252bacb30.txt": ATLAS_TEXT.encode("utf-8")})
    import_qdpx(project, path)
    assert [f.quote for f in list_findings(project)] == ["huren"]


# --- hostile files: refused in one line, the project unchanged ---------------------------------------


def assert_unchanged(project) -> None:
    assert list_documents(project) == [] and list_frameworks(project) == [] and list_findings(project) == []


@pytest.mark.parametrize("qde, files, reason", [
    ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<Project xmlns="urn:QDA-XML:project:1.0" name="x">&x;</Project>', {}, "DTD or entities"),
    (SPEC_QDE.replace("internal://8e7fddfe-db36-48dc-b464-80c3a4decd90.txt", "internal://../../etc/passwd"),
     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode()}, "outside the sources folder"),
    (SPEC_QDE, {}, "is missing"),
    (SPEC_QDE, {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode("utf-16")}, "not UTF-8"),
    ("<Project", {}, "not well-formed"),
    ('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', {}, "not a REFI-QDA project"),
])
def test_hostile_or_broken_files_are_refused(project, tmp_path, qde, files, reason) -> None:
    path = make_qdpx(tmp_path / "kwaad.qdpx", qde, files)
    with pytest.raises(ImportRefused, match=reason):
        import_qdpx(project, path)
    assert_unchanged(project)


def test_a_zip_bomb_and_a_non_zip_are_refused(project, tmp_path) -> None:
    bomb = make_qdpx(tmp_path / "bom.qdpx", SPEC_QDE,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": b"a" * (30 * 1024 * 1024)})
    with pytest.raises(ImportRefused, match="ZIP bomb"):
        import_qdpx(project, bomb)
    (tmp_path / "tekst.qdpx").write_text("geen zip")
    with pytest.raises(ImportRefused, match="not a valid ZIP"):
        import_qdpx(project, tmp_path / "tekst.qdpx")
    assert_unchanged(project)


def test_a_refusal_halfway_leaves_nothing_behind(project, tmp_path) -> None:
    # The framework would be added before the second source is found missing: all or nothing.
    qde = SPEC_QDE.replace("  </Sources>", """    <TextSource guid="3dffe2a9-1962-422b-8b9b-75afad7e34f8" name="Tweede"
        plainTextPath="internal://3dffe2a9-1962-422b-8b9b-75afad7e34f8.txt"/>
  </Sources>""")
    path = make_qdpx(tmp_path / "half.qdpx", qde,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode()})
    with pytest.raises(ImportRefused, match="is missing"):
        import_qdpx(project, path)
    assert_unchanged(project)


def test_a_missing_note_linked_from_the_source_and_a_pdf_representation(project, tmp_path) -> None:
    # Another program's way: the "Ontbreekt" note referenced by the source itself (NoteRef) and by the
    # code; and a PDF whose text selections live on its plain-text representation (10.3).
    qde = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Pdfstudie">
  <Users><User guid="ad68fbe7-e1ee-4a82-a279-23cc698c89eb" name="Sanne"/></Users>
  <CodeBook><Codes>
    <Code guid="0f8a1907-7e42-4739-8610-a676b4d1b69f" name="Thema" isCodable="false">
      <Code guid="d2c1e38e-5220-42fa-a442-908471cc7964" name="7.1 Jeugd" isCodable="true">
        <NoteRef targetGUID="e41be463-fdf3-4ed0-b668-119c53d8d687"/>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <PDFSource guid="03f134f1-ab05-46e6-8702-1d6930d7f7f0" name="Akkoord.pdf" path="internal://484934bd.pdf">
      <Representation guid="b09e8d25-66a6-4d7e-a884-3e1a11a40e7c" plainTextPath="internal://b09e8d25.txt">
        <PlainTextSelection guid="95916796-d0a0-4b49-80b0-5a5c8b94ae13" startPosition="4" endPosition="15"
            creatingUser="ad68fbe7-e1ee-4a82-a279-23cc698c89eb">
          <Coding guid="da81ac20-2c10-45de-9d95-1f87df90d77d">
            <CodeRef targetGUID="d2c1e38e-5220-42fa-a442-908471cc7964"/>
          </Coding>
        </PlainTextSelection>
      </Representation>
      <NoteRef targetGUID="e41be463-fdf3-4ed0-b668-119c53d8d687"/>
    </PDFSource>
  </Sources>
  <Notes>
    <Note guid="e41be463-fdf3-4ed0-b668-119c53d8d687" name="Ontbreekt: jeugd"
        creatingUser="ad68fbe7-e1ee-4a82-a279-23cc698c89eb">
      <PlainTextContent>Geen woord over jeugdzorg.</PlainTextContent>
    </Note>
  </Notes>
</Project>
"""
    path = make_qdpx(tmp_path / "pdf.qdpx", qde, {"sources/b09e8d25.txt": b"Het jeugdbeleid blijft.",
                                                   "sources/484934bd.pdf": b"%PDF-1.4 not really"})
    result = import_qdpx(project, path)
    assert findings_as_seen(project) == [
        ("Akkoord", "", "7.1", "missing", "Geen woord over jeugdzorg.", "Sanne", False),
        ("Akkoord", "jeugdbeleid", "7.1", "concern",
         "Beoordeling nog te bepalen: gecodeerd in een ander programma zonder beoordeling.", "Sanne", True),
    ]
    assert result.missing == 1


def test_two_assessment_codes_on_one_passage_are_left_for_the_analyst(project, tmp_path) -> None:
    qde = ATLAS_QDE.replace("""                <Coding guid="2284BF5B-8F78-45B6-A6EF-A128D991408B">""", """                <Coding guid="9AD860A5-3D53-4BDE-B5EE-A8FC613C1652">
                    <CodeRef targetGUID="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44"/>
                </Coding>
                <Coding guid="2284BF5B-8F78-45B6-A6EF-A128D991408B">""").replace(
        """            <Code isCodable="true" name="Beoordeling: positief\"""",
        """            <Code isCodable="true" name="Beoordeling: zorg" guid="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44"/>
            <Code isCodable="true" name="Beoordeling: positief\"""")
    path = make_qdpx(tmp_path / "twee.qdpx", qde,
                     {"sources/01106019-2518-43dd-bbd1-8f0252bacb30.txt": ATLAS_TEXT.encode("utf-8")})
    result = import_qdpx(project, path)
    [finding] = list_findings(project)
    assert finding.assessment is Assessment.CONCERN and finding.note.startswith("Beoordeling nog te bepalen")
    assert result.unassessed == 1


def test_a_cancelled_import_leaves_nothing_behind(project, tmp_path) -> None:
    from desktop.progress import Cancelled, RecordingProgress

    qde = SPEC_QDE.replace("  </Sources>", """    <TextSource guid="3dffe2a9-1962-422b-8b9b-75afad7e34f8" name="Tweede"
        plainTextPath="internal://3dffe2a9-1962-422b-8b9b-75afad7e34f8.txt"/>
  </Sources>""")
    path = make_qdpx(tmp_path / "twee.qdpx", qde,
                     {"sources/8e7fddfe-db36-48dc-b464-80c3a4decd90.txt": SPEC_TEXT.encode(),
                      "sources/3dffe2a9-1962-422b-8b9b-75afad7e34f8.txt": b"Tweede tekst."})
    progress = RecordingProgress(cancel_after=1)  # stops after the first document's codings
    with pytest.raises(Cancelled):
        import_qdpx(project, path, progress=progress)
    assert progress.total == 2 and progress.done == 1
    assert_unchanged(project)


# A Speerpunt export after a trip through QualCoder, shaped as QualCoder's RefiExport writes it (refi.py,
# read and run for this): every coding is a PlainTextSelection of its own with a new GUID (so a finding
# comes back as one selection with the speerpunt and one with "Beoordeling: …", both with the memo),
# no Sets, the source files with a BOM, a missing finding as a journal note without the Link to its
# source or the code's NoteRef, and QualCoder's own origin.
QUALCODER_TEXT = "\ufeff" + SPEC_TEXT
FATIMA, JORIS = "613dc508-03b9-40ec-bcd2-cb43f82db721", "306247fa-495d-4bf1-9ecc-2f2fa8dc1ba9"


def qualcoder_qde(guids: tuple[str, ...] = ("a1", "a2", "b1", "b2")) -> str:
    def selection(guid: str, start: int, end: int, user: str, code: str, memo: str = "") -> str:
        description = f"<Description>{memo}</Description>" if memo else ""
        return (f'<PlainTextSelection guid="{guid}000000-0000-4000-8000-000000000000" startPosition="{start}" '
                f'endPosition="{end}" name="x" creatingUser="{user}" creationDateTime="2026-12-02T07:14:08Z">'
                f'{description}<Coding guid="{guid}c00000-0000-4000-8000-000000000000" creatingUser="{user}">'
                f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')

    wonen, budget = "11111111-0000-4000-8000-000000000011", "11111111-0000-4000-8000-0000000000f1"
    positief, zorg = "22222222-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="werk.qda" origin="3.8" creationDateTime="2026-12-02T08:00:00Z">
<Users><User guid="{FATIMA}" name="Fatima" /><User guid="{JORIS}" name="Joris" /></Users>
<CodeBook><Codes>
<Code guid="11111111-0000-4000-8000-000000000001" name="1 Wonen" isCodable="false">
<Code guid="{wonen}" name="1.1 Betaalbaar wonen" isCodable="true" color="#81BEF7" /></Code>
<Code guid="11111111-0000-4000-8000-00000000000f" name="F Voldoende financiële slagkracht" isCodable="false">
<Code guid="{budget}" name="F.1 Toereikende budgetten" isCodable="true" color="#F5A9A9" /></Code>
<Code guid="22222222-0000-4000-8000-000000000000" name="Speerpunt-beoordeling" isCodable="false">
<Code guid="{positief}" name="Beoordeling: positief" isCodable="true" />
<Code guid="{zorg}" name="Beoordeling: zorg" isCodable="true" />
<Code guid="22222222-0000-4000-8000-000000000003" name="Beoordeling: ontbreekt" isCodable="true" /></Code>
</Codes></CodeBook>
<Sources>
<TextSource guid="33333333-0000-4000-8000-000000000000" name="Akkoord"
 plainTextPath="internal://33333333-0000-4000-8000-000000000000.txt" creatingUser="{FATIMA}"
 creationDateTime="2026-12-02T07:14:00Z">
{selection(guids[0], 23, 31, FATIMA, wonen, "Goed voor huurders.")}
{selection(guids[1], 23, 31, FATIMA, positief, "Goed voor huurders.")}
{selection(guids[2], 36, 45, JORIS, budget, "Geen dekking.")}
{selection(guids[3], 36, 45, JORIS, zorg, "Geen dekking.")}
</TextSource>
</Sources>
<Notes>
<Note guid="44444444-0000-4000-8000-000000000000" creatingUser="{FATIMA}" creationDateTime="2026-12-02T07:14:09Z"
 name="Ontbreekt: 1.1 Betaalbaar wonen | Akkoord (Fatima)" plainTextPath="internal://44444444-0000-4000-8000-000000000000.txt" >
</Note>
</Notes>
</Project>
"""


QUALCODER_FILES = {"sources/33333333-0000-4000-8000-000000000000.txt": QUALCODER_TEXT.encode("utf-8"),
                   "sources/44444444-0000-4000-8000-000000000000.txt": "\ufeffNiets over sociale huur.".encode()}


def test_our_export_back_from_qualcoder_keeps_assessments_missing_findings_and_codes(project, tmp_path) -> None:
    path = make_qdpx(tmp_path / "werk.qdpx", qualcoder_qde(), QUALCODER_FILES)
    result = import_qdpx(project, path)
    assert findings_as_seen(project) == [
        ("Akkoord", "", "1.1", "missing", "Niets over sociale huur.", "Fatima", False),
        ("Akkoord", "jeugdzorg", "F.1", "concern", "Geen dekking.", "Joris", True),
        ("Akkoord", "woningen", "1.1", "positive", "Goed voor huurders.", "Fatima", True),
    ]
    assert result.unassessed == 0 and result.warnings == []
    [framework] = framework_as_seen(project)
    assert [(theme[0], [sp[0] for sp in theme[3]]) for theme in framework[2]] == [("1", ["1.1"]), ("F", ["F.1"])]


def test_the_same_findings_sent_back_under_new_guids_are_not_added_twice(project, tmp_path) -> None:
    import_qdpx(project, make_qdpx(tmp_path / "eerst.qdpx", qualcoder_qde(), QUALCODER_FILES))
    before = findings_as_seen(project)
    again = import_qdpx(project, make_qdpx(tmp_path / "terug.qdpx", qualcoder_qde(("c1", "c2", "d1", "d2")),
                                           QUALCODER_FILES))
    assert findings_as_seen(project) == before
    assert again.findings == 0 and again.already_present == 3
