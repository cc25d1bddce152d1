"""The TXT and Markdown reader: decoding, spaced-out PDF extractions, Markdown structure, and the real examples."""

from __future__ import annotations

import pytest

from desktop.domain.document import ImportedDocument, PassageKind
from desktop.ingest import read_document
from desktop.ingest.errors import ImportRefused
from desktop.ingest.hyphenation import Vocabulary
from desktop.ingest.lines import clean
from desktop.ingest.text import read_text
from desktop.progress import NullProgress

H, P, L = PassageKind.HEADING, PassageKind.PARAGRAPH, PassageKind.LIST_ITEM


def read(text: str | bytes, markdown: bool = False) -> ImportedDocument:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_text(data, "notitie.md" if markdown else "notitie.txt", markdown, NullProgress())


def kinds(document: ImportedDocument) -> list[tuple[PassageKind, str]]:
    return [(p.kind, document.passage_text(p)) for p in document.passages]


def test_plain_text_paragraphs_and_headings() -> None:
    document = read(
        "2.1 Een veilige stad\n\nDe gemeente investeert in wijkagenten en\nstraatverlichting.\n\n"
        "• Meer toezicht in de binnenstad.\n• Een “veilige” route naar school.\n"
    )
    assert kinds(document) == [
        (H, "2.1 Een veilige stad"),
        (P, "De gemeente investeert in wijkagenten en straatverlichting."),
        (L, "Meer toezicht in de binnenstad."),
        (L, "Een “veilige” route naar school."),
    ]


def test_spaced_out_pdf_extraction_recovers_paragraphs() -> None:
    lines = [
        "Bestaanszekerheid ",
        "De VNG heeft voorstellen gedaan die we naar tevredenheid terugzien in het akkoord. De ",
        "maatregelen voor de bijstand en de schuldhulpverlening zijn stappen in de goede richting. ",
        "Er wordt terecht een groep werkende armen benoemd. ",
        "Wonen ",
        "De VNG organiseerde samen met corporaties een Woontop. We zijn blij dat veel voorstellen ",
        "terugkomen in het akkoord, en dat er geld is voor sociale huur en voor de ge- ",
        "meenten die bouwen. De gemeenten willen snel aan de slag. ",
        " ",
        "8 ",
        " ",
        "Wat betekent dit voor gemeenten? ",
        "Gemeenten staan klaar om het akkoord uit te voeren, als de middelen er zijn.",
    ]
    document = read("\n\n".join(lines) + "\n")
    assert kinds(document) == [
        (H, "Bestaanszekerheid"),
        (P, "De VNG heeft voorstellen gedaan die we naar tevredenheid terugzien in het akkoord. De maatregelen "
            "voor de bijstand en de schuldhulpverlening zijn stappen in de goede richting. Er wordt terecht een "
            "groep werkende armen benoemd."),
        (H, "Wonen"),
        (P, "De VNG organiseerde samen met corporaties een Woontop. We zijn blij dat veel voorstellen terugkomen "
            "in het akkoord, en dat er geld is voor sociale huur en voor de gemeenten die bouwen. De gemeenten "
            "willen snel aan de slag."),
        (H, "Wat betekent dit voor gemeenten?"),
        (P, "Gemeenten staan klaar om het akkoord uit te voeren, als de middelen er zijn."),
    ]
    assert document.passages[-2].level == 2  # a question sub-heading sits under its topic


def test_markdown_structure_and_markup() -> None:
    document = read(
        "# 1 Zorg\n\nTekst met **vet** en *cursief* en een [link](https://example.nl).\n\n"
        "## 2 Wonen\n\n### G40-AGENDA\n\n- 1 *Preventie*\n- 2 Meer samenhang\n  - 3** Nested\n\n# 3 Werk\n\n"
        "| Stad | Inwoners |\n|---|---|\n| Ede | 120.000 |\n"
    , markdown=True)
    assert kinds(document) == [
        (H, "1 Zorg"),
        (P, "Tekst met vet en cursief en een link."),
        (H, "2 Wonen"),
        (H, "G40-AGENDA"),
        (L, "1 Preventie"),
        (L, "2 Meer samenhang"),
        (L, "3 Nested"),
        (H, "3 Werk"),
        (PassageKind.TABLE, "Stad | Inwoners\nEde | 120.000"),
    ]
    levels = [p.level for p in document.passages if p.kind is H]
    assert levels == [1, 1, 3, 1]  # "## 2" between "# 1" and "# 3" is a chapter too
    assert [p.level for p in document.passages if p.kind is L] == [1, 1, 2]


def test_decoding_bom_and_cp1252() -> None:
    assert read(b"\xef\xbb\xbfFinanci\xc3\xable ruimte voor gemeenten.").text == "Financiële ruimte voor gemeenten."
    assert read(b"Financi\xeble ruimte \x93nu\x94.").text == "Financiële ruimte “nu”."


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, b"\x00\x01\x02PK\x03\x04" * 300])
def test_binary_junk_is_refused(data: bytes) -> None:
    with pytest.raises(ImportRefused, match="binary data"):
        read(data)


def test_whitespace_and_ligatures_are_normalised_but_quotes_kept() -> None:
    assert clean("  de  ﬁnanciële\u00a0‘coördinatie’\t") == "de financiële ‘coördinatie’"


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("de ge-", "meenten bouwen", "de gemeenten bouwen"),
    ("in Oost-", "Nederland", "in Oost-Nederland"),
    ("de politiek-", "ideologische keuze", "de politiek-ideologische keuze"),
    ("wet-", "en regelgeving", "wet- en regelgeving"),
    ("het media-", "aanbod", "het media-aanbod"),
])
def test_line_end_hyphens(left: str, right: str, joined: str) -> None:
    vocabulary = Vocabulary(["de gemeenten", "politiek", "ideologische"])
    assert vocabulary.join(left, right) == joined


# ---- the real examples ---------------------------------------------------------------------------


@pytest.mark.corpus
def test_g40_agenda_has_nine_themes_and_numbered_speerpunten(examples_dir) -> None:
    document = read_document(examples_dir / "g40-strategische-agenda-2019-2022.md")
    headings = [document.passage_text(p) for p in document.passages if p.kind is H and p.level == 1]
    themes = ["1 Een sterke sociale basis", "2 Stadsvernieuwing 3.0", "3 Duurzaamheid", "4 Werk maken van talent",
              "5 Veilige stad", "6 Een vitale stedelijke economie", "7 Ontwikkelingen met ruimtelijke kwaliteit",
              "8 Duurzame integratie en migratie", "Ruimte en slagkracht voor stad en regio"]
    for theme in themes:
        assert any(h.startswith(theme) for h in headings), theme
    items = [(p.heading_path, document.passage_text(p)) for p in document.passages if p.kind is L]
    agenda = [(path[0], text) for path, text in items if path and path[-1] == "G40-AGENDA"]
    assert ("1 Een sterke sociale basis voor een toekomstbestendig zorgstelsel", "1 Preventie en sterke basis") in agenda
    assert ("6 Een vitale stedelijke economie", "1 Innovatie in het MKB, de motor van onze economie") in agenda
    assert ("8 Duurzame integratie en migratie", "4 Gezondheid van vergunninghouders bevorderen") in agenda
    assert len(agenda) >= 30  # 4 + 4 + 6 + 6 + 4 + 3 + 5 numbered speerpunten


@pytest.mark.corpus
def test_spaced_out_examples_recover_paragraphs(examples_dir) -> None:
    g32 = read_document(examples_dir / "g32-reactie-regeerakkoord-2017.txt")
    texts = [g32.passage_text(p) for p in g32.passages]
    assert any(t.startswith("Vertrouwen in de toekomst is de titel") and "ChristenUnie op 10 oktober" in t for t in texts)
    assert "6 / 20" not in g32.text
    vng = read_document(examples_dir / "vng-analyse-hoofdlijnenakkoord-2024.txt")
    headings = [vng.passage_text(p) for p in vng.passages if p.kind is H]
    assert headings.count("Wat staat er in het akkoord?") >= 30
    assert "Bestaanszekerheid" in headings
