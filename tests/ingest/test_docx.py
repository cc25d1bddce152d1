"""The DOCX reader: structure from styles and numbering, footnotes, offsets, and refusal of unsafe files."""

from __future__ import annotations

import contextlib
import copy
import io
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.domain.document import ImportedDocument, PassageKind
from desktop.ingest import docx as docx_reader
from desktop.ingest import read_document
from desktop.ingest.docx import read_docx
from desktop.ingest.errors import ImportRefused
from desktop.progress import Cancelled, NullProgress, RecordingProgress

FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Bron: CPB, doorrekening '
    "coördinatie 2024.</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def build(fill: Callable[..., None], title: str = "") -> bytes:
    document = Document()
    document.core_properties.title = title
    fill(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def read(data: bytes, name: str = "akkoord.docx") -> ImportedDocument:
    return read_docx(data, name, NullProgress())


def texts(document: ImportedDocument, kind: PassageKind | None = None) -> list[str]:
    return [document.passage_text(p) for p in document.passages if kind is None or p.kind is kind]


def rewrite(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            target.writestr(info.filename, change(blob) if info.filename == member else blob)
    return buffer.getvalue()


def add_footnote(document, paragraph) -> None:
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES_XML.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    paragraph.add_run()._r.append(reference)


def set_numbering(paragraph, ilvl: int, num_id: int = 1) -> None:
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", ilvl), ("w:numId", num_id)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(value))
        numpr.append(element)
    paragraph._p.get_or_add_pPr().append(numpr)


def agreement(document) -> None:
    document.add_heading("Coalitieakkoord Samen verder", 0)
    document.add_heading("Wonen", 1)
    paragraph = document.add_paragraph("Er wordt geïnvesteerd in financiële zekerheid 🇳🇱 voor gemeenten 😀.")
    add_footnote(document, paragraph)
    document.add_paragraph("Meer sociale huur", style="List Bullet")
    document.add_paragraph("Tempo in de bouw", style="List Bullet 2")
    nested = document.add_paragraph("Genummerd op niveau twee")
    set_numbering(nested, 1)
    document.add_paragraph("• Getypt opsommingsteken")
    kop = document.styles.add_style("Kop 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Zorg en jeugd", style=kop)
    derived = document.styles.add_style("Speerpuntkop", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["Heading 2"]
    document.add_paragraph("Jeugdzorg dichtbij", style=derived)
    bold = document.add_paragraph()
    bold.add_run("2.3 Wachtlijsten").bold = True
    document.add_paragraph("3. Geen kop, want niet vet")
    table = document.add_table(rows=2, cols=3)
    for row, values in enumerate((("Thema", "Bedrag", "Jaar"), ("Jeugd", "€ 1 mld", "2025"))):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_paragraph("Slotalinea na de tabel.")


@pytest.fixture(scope="module")
def sample() -> bytes:
    return build(agreement, title="Hoofdlijnenakkoord 2024")


def test_structure_comes_from_styles_numbering_and_bold(sample: bytes) -> None:
    document = read(sample)
    found = [(p.kind, p.level, document.passage_text(p)) for p in document.passages]
    assert (PassageKind.HEADING, 1, "Wonen") in found
    assert (PassageKind.HEADING, 1, "Zorg en jeugd") in found  # a custom style named "Kop 1"
    assert (PassageKind.HEADING, 2, "Jeugdzorg dichtbij") in found  # based on Heading 2
    assert (PassageKind.HEADING, 2, "2.3 Wachtlijsten") in found  # numbering text, short and bold
    assert (PassageKind.LIST_ITEM, 1, "Meer sociale huur") in found
    assert (PassageKind.LIST_ITEM, 2, "Tempo in de bouw") in found
    assert (PassageKind.LIST_ITEM, 2, "Genummerd op niveau twee") in found
    assert (PassageKind.LIST_ITEM, 1, "Getypt opsommingsteken") in found
    assert (PassageKind.LIST_ITEM, 1, "3. Geen kop, want niet vet") in found
    assert texts(document, PassageKind.TABLE) == ["Thema | Bedrag | Jaar\nJeugd | € 1 mld | 2025"]
    assert document.title == "Hoofdlijnenakkoord 2024"


def test_headings_give_paths_and_the_table_keeps_its_place(sample: bytes) -> None:
    document = read(sample)
    by_text = {document.passage_text(p): p for p in document.passages}
    assert by_text["2.3 Wachtlijsten"].heading_path == ("Zorg en jeugd", "2.3 Wachtlijsten")
    kinds = [p.kind for p in document.passages]
    assert kinds.index(PassageKind.TABLE) == len(kinds) - 2
    assert texts(document)[-1] == "Slotalinea na de tabel."


def test_a_footnote_follows_the_paragraph_that_refers_to_it(sample: bytes) -> None:
    document = read(sample)
    all_texts = texts(document)
    index = next(i for i, text in enumerate(all_texts) if text.startswith("Er wordt geïnvesteerd"))
    assert document.passages[index + 1].kind is PassageKind.FOOTNOTE
    assert all_texts[index + 1] == "1 Bron: CPB, doorrekening coördinatie 2024."
    assert document.passages[index + 1].heading_path == ("Wonen",)
    assert len(texts(document, PassageKind.FOOTNOTE)) == 1  # separators are not footnotes


def test_offsets_count_code_points_outside_the_bmp(sample: bytes) -> None:
    document = read(sample)
    sentence = "Er wordt geïnvesteerd in financiële zekerheid 🇳🇱 voor gemeenten 😀."
    passage = next(p for p in document.passages if document.passage_text(p) == sentence)
    assert passage.start == document.text.index(sentence)
    # 66 code points; UTF-16 would count 69 (the flag is two surrogate pairs, the smiley one).
    assert passage.end - passage.start == len(sentence) == 66
    assert len(sentence.encode("utf-16-le")) // 2 == 69
    for p in document.passages:
        assert document.text[p.start : p.end] == document.passage_text(p)


def test_the_title_falls_back_to_the_first_heading_then_the_file_name() -> None:
    assert read(build(agreement)).title == "Coalitieakkoord Samen verder"
    plain = build(lambda d: d.add_paragraph("Alleen een alinea over de regio."))
    assert read(plain, "regeerprogramma-2024.docx").title == "regeerprogramma-2024"


def test_tracked_changes_read_as_accepted_with_a_warning() -> None:
    def fill(document) -> None:
        paragraph = document.add_paragraph("Het kabinet ")
        deleted = OxmlElement("w:del")
        deleted.set(qn("w:id"), "1")
        deleted.set(qn("w:author"), "Ann")
        run = OxmlElement("w:r")
        text = OxmlElement("w:delText")
        text.text = "schrapt "
        run.append(text)
        deleted.append(run)
        paragraph._p.append(deleted)
        inserted = OxmlElement("w:ins")
        inserted.set(qn("w:id"), "2")
        inserted.set(qn("w:author"), "Ann")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "verhoogt het gemeentefonds."
        run.append(text)
        inserted.append(run)
        paragraph._p.append(inserted)

    document = read(build(fill))
    assert texts(document) == ["Het kabinet verhoogt het gemeentefonds."]
    assert any("tracked changes" in warning for warning in document.warnings)


def test_a_one_cell_table_is_read_as_the_text_inside_it() -> None:
    def fill(document) -> None:
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "Kader: de G40 vraagt om structurele middelen."
        cell.add_paragraph("Tweede alinea in het kader.")

    document = read(build(fill))
    assert [p.kind for p in document.passages] == [PassageKind.PARAGRAPH, PassageKind.PARAGRAPH]


def test_table_of_contents_entries_are_left_out() -> None:
    def fill(document) -> None:
        toc = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph("1 Wonen\t3", style=toc)
        document.add_heading("Wonen", 1)

    assert texts(read(build(fill))) == ["Wonen"]


def test_read_document_dispatches_and_cancel_stops() -> None:
    data = build(agreement)
    assert read_document(Path("akkoord.docx"), data=data).passages
    with pytest.raises(Cancelled):
        read_docx(data, "akkoord.docx", RecordingProgress(cancel_after=0))


def test_an_empty_document_is_refused() -> None:
    with pytest.raises(ImportRefused, match="holds no text"):
        read(build(lambda d: d.add_paragraph("   ")))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048), "password-protected or old .doc"),
        (bytes(range(256)) * 40, "not a valid ZIP"),
        (b"PK\x03\x04 kapot", "not a valid ZIP"),
        (b"{\\rtf1\\ansi Hallo}", "RTF"),
    ],
)
def test_files_that_are_not_docx_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        read(data)


def test_a_truncated_or_damaged_docx_is_refused(sample: bytes) -> None:
    with pytest.raises(ImportRefused, match="damaged DOCX"):
        read(sample[: len(sample) // 2])
    middle = len(sample) // 3
    damaged = sample[:middle] + bytes(64) + sample[middle + 64 :]
    with pytest.raises(ImportRefused, match="damaged DOCX"):
        read(damaged)


def test_a_zip_without_a_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notities.txt", "Geen Word-document.")
    with pytest.raises(ImportRefused, match="no word/document.xml"):
        read(buffer.getvalue())


def _bomb(size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(size // len(block)):
                member.write(block)
    return buffer.getvalue()


@pytest.mark.parametrize("megabytes", [30, 210])
def test_a_zip_bomb_is_refused_before_it_is_unpacked(megabytes: int) -> None:
    data = _bomb(megabytes * 1024 * 1024)
    assert len(data) < megabytes * 1024 * 1024 // 100
    started = time.perf_counter()
    with pytest.raises(ImportRefused, match="ZIP bomb"):
        read(data)
    assert time.perf_counter() - started < 1


SECRET = "GEHEIM-7f3a-niet-lezen"


def _xxe(sample: bytes, secret: Path, encoding: str = "utf-8") -> bytes:
    def inject(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        body_start = text.index("?>") + 2
        doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        text = text[:body_start] + doctype + text[body_start:]
        text = text.replace("<w:t>Slotalinea na de tabel.</w:t>", "<w:t>&xxe;</w:t>")
        assert "&xxe;" in text
        if encoding != "utf-8":
            text = text.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
        return text.encode(encoding)

    return rewrite(sample, "word/document.xml", inject)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_xml_entity_attack_is_refused(sample: bytes, tmp_path: Path, encoding: str) -> None:
    secret = tmp_path / "wachtwoorden.txt"
    secret.write_text(SECRET, encoding="utf-8")
    with pytest.raises(ImportRefused, match="DTD or entities") as refused:
        read(_xxe(sample, secret, encoding))
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize("marker", ["<!DOCTYPE w:document>", "<!doctype w:document>", "<!ENTITY x 'y'>"])
@pytest.mark.parametrize("offset", [-1, -4, 0])
def test_a_dtd_across_the_scans_reading_steps_is_refused(sample: bytes, marker: str, offset: int) -> None:
    # The scan reads a part 1 MB at a time; a marker cut in two by that step is still seen, in any case.
    def pad(xml: bytes) -> bytes:
        head = xml.index(b"?>") + 2
        filler = b" " * (1024 * 1024 + offset - head)
        return xml[:head] + filler + marker.encode() + xml[head:]

    with pytest.raises(ImportRefused, match="DTD or entities"):
        read(rewrite(sample, "word/document.xml", pad))


def test_without_the_scan_python_docx_still_reads_no_external_file(sample: bytes, tmp_path: Path, monkeypatch) -> None:
    # Defence in depth: even if the scan missed a DTD, the parsers must not resolve entities.
    secret = tmp_path / "wachtwoorden.txt"
    secret.write_text(SECRET, encoding="utf-8")
    monkeypatch.setattr(docx_reader, "check_package", lambda data, filename: None)
    try:
        document = read(_xxe(sample, secret))
    except ImportRefused as refused:
        assert SECRET not in str(refused)
    else:
        assert SECRET not in document.text
        assert "Er wordt geïnvesteerd" in document.text


def _outcome(data: bytes) -> None:
    started = time.perf_counter()
    with contextlib.suppress(ImportRefused):
        read(data)
    assert time.perf_counter() - started < 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=8))
def test_flipped_bytes_give_a_document_or_a_refusal(sample: bytes, flips: list[tuple[float, int]]) -> None:
    data = bytearray(sample)
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    _outcome(bytes(data))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=8))
def test_flipped_bytes_inside_the_xml_give_a_document_or_a_refusal(sample: bytes, flips) -> None:
    # Re-zipped with valid checksums, so the damage reaches the XML parser and the reader.
    def mutate(xml: bytes) -> bytes:
        data = bytearray(xml)
        for where, mask in flips:
            data[int(where * len(data))] ^= mask
        return bytes(data)

    _outcome(rewrite(sample, "word/document.xml", mutate))


_ODD_VALUES = ["", "0", "-1", "abc", "99999999999999999999", "page", "true", "Kop1", "Heading1", "ListBullet"]


def _rearrange(xml: bytes, rng: random.Random) -> bytes:
    """Well-formed but wrong XML: elements removed or copied elsewhere, odd attribute values and text."""
    root = etree.fromstring(xml)
    for _ in range(rng.randint(1, 6)):
        elements = list(root.iter())
        element = rng.choice(elements)
        operation = rng.randrange(4)
        if operation == 0 and element.getparent() is not None:
            element.getparent().remove(element)
        elif operation == 1 and element.attrib:
            element.set(rng.choice(list(element.attrib)), rng.choice(_ODD_VALUES))
        elif operation == 2:
            target = rng.choice(elements)
            if target is not element and element not in target.iterancestors():
                target.append(copy.deepcopy(element))
        else:
            element.text = rng.choice(_ODD_VALUES)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rng=st.randoms(use_true_random=False),
    member=st.sampled_from(["word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/numbering.xml",
                            "word/_rels/document.xml.rels", "[Content_Types].xml"]),
)
def test_rearranged_xml_gives_a_document_or_a_refusal(sample: bytes, rng: random.Random, member: str) -> None:
    _outcome(rewrite(sample, member, lambda xml: _rearrange(xml, rng)))


@pytest.mark.corpus
def test_a_real_reaction_survives_a_docx_round_trip(examples_dir: Path) -> None:
    lines = [
        line.strip()
        for line in (examples_dir / "g32-reactie-regeerakkoord-2017.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    def fill(document) -> None:
        for line in lines:
            document.add_paragraph(line)

    document = read(build(fill))
    assert len(document.passages) == len(lines)
    for passage, line in zip(document.passages, lines, strict=True):
        # Only a typed bullet in front and doubled spaces may go; every other character stays.
        assert " ".join(line.split()).endswith(document.passage_text(passage))


def test_symbol_font_bullets_ligatures_and_invisible_characters_are_read_as_a_reader_sees_them() -> None:
    # Text pasted from a PDF into Word keeps PDFium's code points: a Symbol-font bullet in the private-use
    # area (a box in every export font), a ligature, a zero-width space. Read as the PDF reader reads them.
    def fill(document) -> None:
        document.add_paragraph("36 \uf0b7 We zorgen voor betere zorg.")
        document.add_paragraph("De \ufb01nanciële ruimte\u200b groeit.\tDat is nodig.")

    document = read(build(fill))

    assert texts(document) == ["36 • We zorgen voor betere zorg.", "De financiële ruimte groeit. Dat is nodig."]
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in document.text)
