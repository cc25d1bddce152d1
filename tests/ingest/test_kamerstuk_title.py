"""A Kamerstuk's title is its dossier title and kind, never the masthead "Tweede Kamer der Staten-Generaal".

The expected titles are written the way officielebekendmakingen.nl names these papers
("<dossier title>; <kind>"), from the text printed on the first page.
"""

from __future__ import annotations

import pytest

from desktop.domain.document import ImportedDocument
from desktop.ingest.kamerstuk import kamerstuk_title
from desktop.ingest.pdf import read_pdf
from desktop.progress import NullProgress
from tests.ingest.conftest import lines, new_pdf

BODY_TEXT = [
    "Hierbij bied ik u, mede namens de Minister van Financien, de voortgangsrapportage aan over",
    "de aanpak van de regeldruk voor gemeenten. In deze brief ga ik in op de stand van zaken en",
    "op de vervolgstappen die het kabinet dit jaar wil zetten samen met de medeoverheden.",
]


def read(data: bytes, name: str = "kst-36999-12.pdf") -> ImportedDocument:
    return read_pdf(data, name, NullProgress())


def kamerstuk_pdf(masthead: str, dossier: tuple[str, list[str]], paper: tuple[str, list[str]],
                  metadata_title: str = "") -> bytes:
    """A first page in the official Kamerstuk layout: masthead in large type, the dossier number in a
    left column beside its title, the paper's number beside its kind in capitals, then the text."""
    pdf = new_pdf()
    if metadata_title:
        pdf.set_title(metadata_title)
    for page in range(2):
        pdf.add_page()
        lines(pdf, 50, [f"{masthead} 2"], x=40, size=18, style="B")
        lines(pdf, 95, ["Vergaderjaar 2025-2026"], x=40, size=9.5)
        lines(pdf, 150, [dossier[0]], x=40, size=12, style="B")
        y = lines(pdf, 150, dossier[1], x=200, size=12, style="B")
        lines(pdf, y + 60, [paper[0]], x=40, size=9, style="B")
        y = lines(pdf, y + 60, paper[1], x=200, size=9, style="B")
        y = lines(pdf, y + 20, ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"], x=200, size=9)
        lines(pdf, y + 20, BODY_TEXT * (3 if page else 2), x=200, size=9)
    return bytes(pdf.output())


def test_a_kamerstuk_is_named_by_its_dossier_title_and_kind() -> None:
    data = kamerstuk_pdf("Tweede Kamer der Staten-Generaal",
                         ("36 999", ["Vermindering van regeldruk voor gemeenten en", "provincies"]),
                         ("Nr. 12", ["BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN", "KONINKRIJKSRELATIES"]))
    assert read(data).title == ("Vermindering van regeldruk voor gemeenten en provincies; Brief van de minister "
                                "van Binnenlandse Zaken en Koninkrijksrelaties")


def test_the_masthead_wins_over_a_file_name_in_the_metadata_title() -> None:
    data = kamerstuk_pdf("Eerste Kamer der Staten-Generaal", ("36 999", ["Wet regeldruk medeoverheden"]),
                         ("B", ["VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR", "BINNENLANDSE ZAKEN"]),
                         metadata_title="kst-36999-B")
    assert read(data).title == ("Wet regeldruk medeoverheden; Voorlopig verslag van de vaste commissie voor "
                                "Binnenlandse Zaken")


def test_a_document_that_only_mentions_the_kamer_keeps_its_cover_title() -> None:
    pdf = new_pdf()
    pdf.add_page()
    lines(pdf, 120, ["Samen sterker"], size=30, style="B")
    lines(pdf, 200, ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025-2026", "36 999 Een brief"], size=11)
    lines(pdf, 260, BODY_TEXT * 3, size=11)
    assert read(bytes(pdf.output()), "akkoord.pdf").title == "Samen sterker"


def test_kinds_in_capitals_read_as_dutch_writes_them() -> None:
    def title(*first_lines: str) -> str | None:
        return kamerstuk_title(["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024", *first_lines])

    assert title("36 200 XVI Vaststelling van de begrotingsstaten", "Nr. 12 GEWIJZIGDE MOTIE VAN HET LID VAN DER "
                 "PLAS C.S. TER", "VERVANGING VAN DIE GEDRUKT ONDER NR. 9", "Voorgesteld 3 november 2023") == (
        "Vaststelling van de begrotingsstaten; Gewijzigde motie van het lid Van der Plas c.s. ter vervanging van "
        "die gedrukt onder nr. 9")
    assert title("36 100 Zorg", "Nr. 4 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR", "EN WATERSTAAT",
                 "Aan de Voorzitter") == "Zorg; Brief van de staatssecretaris van Infrastructuur en Waterstaat"
    assert title("36 450 Regels omtrent het adviescollege", "Nr. 3 MEMORIE VAN TOELICHTING", "I. ALGEMEEN") == (
        "Regels omtrent het adviescollege; Memorie van toelichting")
    # No dossier under the masthead, or no paper number: not a Kamerstuk's first page.
    assert title("Inleiding", "Nr. 3 MEMORIE VAN TOELICHTING") is None
    assert kamerstuk_title(["Samen sterker", "Tweede Kamer der Staten-Generaal"]) is None


@pytest.mark.corpus
def test_the_corpus_memorie_van_toelichting_is_named_by_its_dossier(corpus_dir) -> None:
    from desktop.ingest import read_document

    document = read_document(corpus_dir / "kamerstuk-36450-nr3-memorie-van-toelichting.pdf")
    # As printed on its first page under the masthead, in the official publication's form.
    assert document.title == ("Regels omtrent de instelling van het Adviescollege toetsing regeldruk "
                              "(Instellingswet Adviescollege toetsing regeldruk); Memorie van toelichting")
