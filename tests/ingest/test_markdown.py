"""Markdown read as CommonMark: each class of markup the regular expressions got wrong, and sound offsets.

The expected texts are what the CommonMark spec says a reader sees (checked by hand against
its examples), never what the importer made of them before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.fuzz.worker import problems
from desktop.domain.document import ImportedDocument, PassageKind
from desktop.ingest import read_document
from desktop.ingest.text import read_text
from desktop.operations.documents import import_document
from desktop.progress import NullProgress
from desktop.store.documents import document_text, list_passages

H, P, L, T = PassageKind.HEADING, PassageKind.PARAGRAPH, PassageKind.LIST_ITEM, PassageKind.TABLE


def read(text: str) -> ImportedDocument:
    return read_text(text.encode("utf-8"), "positie.md", True, NullProgress())


def kinds(document: ImportedDocument) -> list[tuple[PassageKind, str]]:
    return [(p.kind, document.passage_text(p)) for p in document.passages]


def test_reference_links_show_their_text_and_the_definitions_vanish() -> None:
    document = read(
        "Zie [het rapport][1] en [de wet][Omgevingswet] en [Ede].\n\n"
        "[1]: https://example.nl/rapport\n"
        '[omgevingswet]: <https://wetten.example.nl/owet> "De wet"\n'
        "[Ede]: https://www.ede.example.nl\n"
    )
    assert kinds(document) == [(P, "Zie het rapport en de wet en Ede.")]


def test_link_urls_with_parentheses_and_underscores_leave_only_the_link_text() -> None:
    document = read(
        "Lees [de nota](https://ede.example.nl/nota_(definitief)_2026.pdf) goed.\n\n"
        "Bron: <https://example.nl/stukken/raads_voorstel_(2026)>, bestand woon_visie_def.docx.\n\n"
        "![Kaart van de wijk](kaart_(oud)_v2.png) toont de grenzen.\n"
    )
    assert kinds(document) == [
        (P, "Lees de nota goed."),
        (P, "Bron: https://example.nl/stukken/raads_voorstel_(2026), bestand woon_visie_def.docx."),
        (P, "Kaart van de wijk toont de grenzen."),
    ]


def test_html_entities_are_the_characters_they_name() -> None:
    document = read(
        "# Wonen &amp; zorg\n\n"
        "Dat kost &euro;&nbsp;5 miljoen &ndash; minstens &#8211; per jaar &lt;2030&gt;; &copy; de G40.\n\n"
        "`&amp;` in code blijft staan.\n"
    )
    assert kinds(document) == [
        (H, "Wonen & zorg"),
        (P, "Dat kost € 5 miljoen – minstens – per jaar <2030>; © de G40."),
        (P, "&amp; in code blijft staan."),
    ]


def test_hard_breaks_are_line_breaks_without_their_backslash_and_escapes_are_literal() -> None:
    document = read(
        "Gemeente Ede\\\nPostbus 9022  \n6710 HK Ede\n\n"
        "Dit is \\*geen\\* nadruk en \\[geen link\\](x) en 1\\. geen lijst.\n"
    )
    assert kinds(document) == [
        (P, "Gemeente Ede\nPostbus 9022\n6710 HK Ede"),
        (P, "Dit is *geen* nadruk en [geen link](x) en 1. geen lijst."),
    ]


def test_a_hard_break_inside_a_heading_becomes_a_space() -> None:
    document = read("Wonen en\\\nzorg\n=====\n\nTekst.\n")
    assert kinds(document) == [(H, "Wonen en zorg"), (P, "Tekst.")]


def test_indented_and_fenced_code_keep_their_markup_and_stand_alone() -> None:
    document = read(
        "Het formulier vraagt:\n\n"
        "    - geen lijst\n"
        "    # geen kop\n"
        "    code_met_streep *ster* &amp;\n\n"
        "```\n1. ook geen lijst\n```\n\n"
        "Na de code volgt tekst.\n"
    )
    assert kinds(document) == [
        (P, "Het formulier vraagt:"),
        (P, "- geen lijst\n# geen kop\ncode_met_streep *ster* &amp;"),
        (P, "1. ook geen lijst"),
        (P, "Na de code volgt tekst."),
    ]


def test_an_indented_line_inside_a_paragraph_or_item_is_not_code() -> None:
    document = read(
        "Een alinea die\n        doorloopt op een ingesprongen regel.\n\n"
        "- Een punt\n\n      met een vervolg dat bij het punt hoort.\n"
    )
    assert kinds(document) == [
        (P, "Een alinea die doorloopt op een ingesprongen regel."),
        (L, "Een punt"),
        (P, "met een vervolg dat bij het punt hoort."),
    ]


def test_tables_and_raw_html() -> None:
    document = read(
        "| Stad | Bedrag |\n|:-----|-------:|\n| Ede | &euro; 5 mln |\n| [Zwolle](https://z.example.nl) | 3 |\n\n"
        "<div align=\"center\">\n<b>Samen</b> sterk &amp; dichtbij\n</div>\n\n"
        "Tekst<br>op twee regels.<!-- weg -->\n"
    )
    assert kinds(document) == [
        (T, "Stad | Bedrag\nEde | € 5 mln\nZwolle | 3"),
        (P, "Samen sterk & dichtbij"),
        (P, "Tekst\nop twee regels."),
    ]


# ---- offsets: what the store keeps is what the passages point at -------------------------------------

FRAGMENTS = [
    "# Kop &amp; zo", "Zie [dit][1].\n\n[1]: https://x.example.nl/a_(b)", "Regel een\\\nregel twee",
    "    code *blijft*\n    staan", "- punt één\n- punt twee\n  - dieper", "1. eerste\n2) tweede",
    "| a | b |\n|---|---|\n| c | d |", "> Een citaat met **vet**", "Tekst met 😀 en &euro; en ß.",
    "Een zin die doorloopt", "op de volgende alinea.", "12", "***", "<p>html</p>\n", "Kop\n---",
    "ge-\nmeenten bouwen", "```\nfenced\n```",
]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12), st.sampled_from(["\n\n", "\n"]))
def test_any_mix_of_markup_gives_sound_offsets(fragments: list[str], glue: str) -> None:
    document = read(glue.join(["Begin.", *fragments]))
    assert problems(document) == []
    for passage in document.passages:
        text = document.passage_text(passage)
        assert text == text.strip() and "\n\n" not in text
        if glue == "\n":
            continue  # without blank lines fragments run into each other (a table takes the next line as a row)
        for markup in ("&amp;", "&euro;", "[1]", "https", "\\", "**", "<p>"):
            assert markup not in text, (markup, text)


def test_stored_passages_point_at_their_text_in_the_stored_document(project, tmp_path: Path) -> None:
    path = tmp_path / "positie.md"
    path.write_text("\n\n".join(FRAGMENTS), encoding="utf-8")
    result = import_document(project, path)
    text = document_text(project, result.document.id)
    passages = list_passages(project, result.document.id)
    assert passages and text == read_document(path).text
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text


# ---- the real example ---------------------------------------------------------------------------------


@pytest.mark.corpus
def test_g40_agenda_reads_without_markup_left_in_its_passages(examples_dir) -> None:
    document = read_document(examples_dir / "g40-strategische-agenda-2019-2022.md")
    assert problems(document) == []
    for passage in document.passages:
        text = document.passage_text(passage)
        for markup in ("**", "](", "http://www", "&amp;", "\\"):
            assert markup not in text, (markup, text)
    texts = [document.passage_text(p) for p in document.passages]
    # Its link "[www.g40stedennetwerk.nl/themagroep](http://...)" shows its text once, without the URL.
    assert "Meer informatie:\nwww.g40stedennetwerk.nl/themagroep > Veiligheid" in texts
    cities = next(t for p, t in zip(document.passages, texts, strict=True) if p.kind is T)
    assert cities.splitlines()[0] == "Alkmaar | Emmen | Lelystad"  # a list-item header row the converter made


@given(st.text(alphabet="ab é\n\t*_[]()!<>&;\\`#-1.:|  ", max_size=120))
def test_text_without_inline_syntax_skips_the_inline_parse_and_reads_the_same(text: str) -> None:
    # parse() leaves plain text to clean(); the full CommonMark parse must give the same words.
    from desktop.ingest.markdown import PARSER, parse, plain_text

    quick = [plain_text(token) for token in parse(text) if token.type == "inline"]
    full = [plain_text(token) for token in PARSER.parse(text) if token.type == "inline"]
    assert quick == full
