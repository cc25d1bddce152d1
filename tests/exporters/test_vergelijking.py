"""The comparison layout read back: 25 agreements in four groups, themes, groups, citations, counts, options."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from docx import Document

from desktop.cli import main
from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.operations.observations import set_comparison_closing, set_observation, set_theme_intro
from desktop.store.analysis.collection import comparison_matrix
from desktop.store.documents import document_text
from desktop.store.frameworks import list_speerpunten
from exporters import ExportOptions, ExportRefused, export
from tests.builders import add_document, add_small_framework
from tests.exporters.docx_reading import instructions, paragraphs

GROUPS = {
    "G4": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht"],
    "G40-steden": ["Venlo", "Zutphen", "Deventer", "Leeuwarden", "Emmen", "Helmond", "Zwolle", "Dordrecht", "Lelystad"],
    "Middelgrote gemeenten": ["Harderwijk", "Veenendaal", "Woerden", "Goes", "Kampen", "Meppel"],
    "Plattelandsgemeenten": ["Westerkwartier", "Peel en Maas", "Hof van Twente", "Súdwest-Fryslân", "Oldambt",
                             "Vijfheerenlanden"],
}
PARAGRAPHS = [
    "Wij bouwen 500 betaalbare woningen in de kernen.",
    "Schuldhulpverlening krijgt voorrang in het sociaal domein.",
    "Iedereen die kan werken, gaat aan het werk.",
]
SHARED_NOTE = "Schuldhulpverlening krijgt voorrang"
CITED = re.compile(r"\(([^()]*)\)[.?!]?$")


@dataclass
class Collection:
    project: object
    codes: dict[str, str]
    names: dict[str, str] = field(default_factory=dict)  # document id -> short name
    # (speerpunt code, category) -> short names of the documents with a finding there
    expected: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    quotes: set[str] = field(default_factory=set)


@pytest.fixture
def collection(project) -> Collection:
    """25 agreements; each tags 1.1 (the same note), every second 1.2, every third 2.1 as missing.

    Venlo is in two groups, so its findings are cited under both.
    """
    codes = add_small_framework(project)
    made = Collection(project, codes)
    index = 0
    for group, names in GROUPS.items():
        for name in names:
            document_id = add_document(project, [*PARAGRAPHS, f"Ondertekend in {name}."],
                                       title=f"Coalitieakkoord {name} 2026-2030")
            groups = [group, "Middelgrote gemeenten"] if name == "Venlo" else [group]
            update_document(project, document_id, short_name=name, categories=groups)
            made.names[document_id] = name
            text = document_text(project, document_id)
            tagged = [("1.1", "positive", PARAGRAPHS[1], SHARED_NOTE)]
            if index % 2 == 0:
                tagged.append(("1.2", "concern", PARAGRAPHS[0], f"Te weinig woningen in {name}"))
            if index % 3 == 0:
                tagged.append(("2.1", "missing", None, "Geen regeling voor de onderkant"))
            for code, assessment, quote, note in tagged:
                start = text.index(quote) if quote else None
                add_finding(project, document_id, codes[code], assessment, start=start,
                            end=start + len(quote) if quote else None, note=note, author="Analist")
                for category in groups:
                    made.expected[(code, category)].add(name)
            index += 1
    made.quotes = {PARAGRAPHS[0], PARAGRAPHS[1]}
    return made


def sections(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(theme heading, group heading, speerpunt heading or "") -> the paragraphs under it."""
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    theme = group = speerpunt = ""
    for style, text in paragraphs(path):
        if style == "Heading 1":
            theme, group, speerpunt = text, "", ""
        elif style == "Heading 2":
            group, speerpunt = text, ""
        elif style == "Heading 3":
            speerpunt = text
        elif group:
            found[(theme, group, speerpunt)].append(text)
    return found


def cited(lines: list[str]) -> set[str]:
    """The agreements the points cite: the names in each line's closing parentheses, pages left off."""
    names = set()
    for line in lines:
        match = CITED.search(line)
        if match and ": " in line:  # points start "+ positief: ", the coverage line has no parentheses
            names |= {part.split(", p.")[0].strip() for part in match[1].split(";")}
    return names


def test_themes_in_framework_order_with_every_group_under_each(collection, tmp_path) -> None:
    out = tmp_path / "vergelijking.docx"
    summary = export(collection.project, "vergelijking", out)
    texts = paragraphs(out)
    assert [t for s, t in texts if s == "Heading 1"] == [
        "Opzet van de vergelijking", "1. Wonen", "2. Werk", "Bijlage: bevindingen per speerpunt en akkoord"]
    assert [t for s, t in texts if s == "Heading 2"] == ["Vergeleken akkoorden", *list(GROUPS) * 2]
    # Several speerpunten in Wonen: each under its number; Werk has one, so no sub-heading.
    assert [t for s, t in texts if s == "Heading 3"] == ["1.1 Betaalbaar wonen", "1.2 Leefbare wijken"] * 4
    assert texts[0] == ("Title", "Vergelijking van 25 akkoorden")
    assert summary["documents"] == 25 and summary["categories"] == list(GROUPS)
    assert summary["findings"] == 25 + 13 + 9


def test_points_cite_exactly_the_agreements_whose_findings_support_them(collection, tmp_path) -> None:
    out = tmp_path / "vergelijking.docx"
    export(collection.project, "vergelijking", out)
    found = sections(out)
    for group in GROUPS:
        assert cited(found[("1. Wonen", group, "1.1 Betaalbaar wonen")]) == collection.expected[("1.1", group)]
        assert cited(found[("1. Wonen", group, "1.2 Leefbare wijken")]) == collection.expected[("1.2", group)]
        assert cited(found[("2. Werk", group, "")]) == collection.expected[("2.1", group)]
    # One note shared by all four big cities is one point citing them all, with their pages.
    g4 = found[("1. Wonen", "G4", "1.1 Betaalbaar wonen")]
    assert "+ positief: Schuldhulpverlening krijgt voorrang (Amsterdam, p. 2; Den Haag, p. 2; Rotterdam, p. 2; " \
           "Utrecht, p. 2)." in g4
    assert "Bevindingen in 4 van de 4 akkoorden in deze groep: + 4." in g4
    assert "– ontbreekt: Geen regeling voor de onderkant (Deventer; Helmond; Lelystad)." in \
           found[("2. Werk", "G40-steden", "")]


def _counts(text: str) -> Counter:
    symbols = {"+": "positive", "±": "concern", "–": "missing"}
    return Counter({symbols[sign]: int(number) for sign, number in re.findall(r"([+±–])(\d+)", text)})


def test_appendix_counts_match_the_matrix_and_the_findings(collection, tmp_path) -> None:
    out = tmp_path / "vergelijking.docx"
    export(collection.project, "vergelijking", out)
    by_group, by_document = Document(str(out)).tables
    header = [cell.text for cell in by_group.rows[0].cells]
    assert header == ["Speerpunt", *GROUPS, "Totaal"]
    matrix = comparison_matrix(collection.project, by="speerpunt", across="category")
    speerpunten = {f"{sp.code} {sp.title}": sp.id for sp in list_speerpunten(collection.project)}
    rows = {row.cells[0].text: [cell.text for cell in row.cells] for row in by_group.rows[1:]}
    assert set(speerpunten) <= set(rows)
    for label, speerpunt_id in speerpunten.items():
        for column, group in enumerate(GROUPS, start=1):
            assert _counts(rows[label][column]) == +matrix.cell(speerpunt_id, group), (label, group)
    # The total counts each finding once, though Venlo is in two groups.
    assert _counts(rows["1.1 Betaalbaar wonen"][-1]) == Counter(positive=25)
    assert _counts(rows["2.1 Iedereen aan het werk"][-1]) == Counter(missing=9)
    per_document = {row.cells[0].text: row.cells[-1].text for row in by_document.rows[1:]}
    assert _counts(per_document["Amsterdam"]) == Counter(positive=1, concern=1, missing=1)
    assert _counts(per_document["Rotterdam"]) == Counter(positive=1)


def test_categories_restrict_and_order_the_groups(collection, tmp_path) -> None:
    out = tmp_path / "vergelijking.docx"
    summary = export(collection.project, "vergelijking", out,
                     ExportOptions(categories=["Plattelandsgemeenten", "G4"]))
    texts = paragraphs(out)
    assert [t for s, t in texts if s == "Heading 2"][1:] == ["Plattelandsgemeenten", "G4"] * 2
    everyone = set().union(*(cited(lines) for lines in sections(out).values()))
    assert everyone == set(GROUPS["G4"]) | set(GROUPS["Plattelandsgemeenten"])
    assert summary["documents"] == 10 and summary["findings"] == 10 + 5 + 4
    assert texts[0] == ("Title", "Vergelijking van 10 akkoorden")
    with pytest.raises(ExportRefused, match="'G40' .*G40-steden"):
        export(collection.project, "vergelijking", tmp_path / "x.docx", ExportOptions(categories=["G40"]))
    assert not (tmp_path / "x.docx").exists()


def test_quotes_only_when_asked(collection, tmp_path) -> None:
    plain, quoted = tmp_path / "plain.docx", tmp_path / "quoted.docx"
    export(collection.project, "vergelijking", plain)
    export(collection.project, "vergelijking", quoted, ExportOptions(quotes=True))
    for quote in collection.quotes:
        assert not any(quote in text for _, text in paragraphs(plain))
    italic = [run.text for p in Document(str(quoted)).paragraphs for run in p.runs if run.italic]
    assert f"“{PARAGRAPHS[1]}”" in italic and f"“{PARAGRAPHS[0]}”" in italic
    assert "“Schuldhulpverlening krijgt voorrang in het sociaal domein.” (Venlo, p. 2)" in \
           [t for _, t in paragraphs(quoted)]


def test_analyst_texts_appear_where_they_belong(collection, tmp_path) -> None:
    project = collection.project
    theme_id = next(sp.theme_id for sp in list_speerpunten(project) if sp.code == "1.1")
    set_theme_intro(project, theme_id, "Wonen staat overal voorop.")
    set_observation(project, collection.codes["1.2"], "G40-steden", "De G40-steden bouwen vooral in de kernen.")
    set_comparison_closing(project, "Tot een volgende vergelijking.\n\n- eerste les\n- tweede les")
    out = tmp_path / "vergelijking.docx"
    summary = export(project, "vergelijking", out)
    texts = paragraphs(out)
    at = texts.index(("Heading 1", "1. Wonen"))
    assert texts[at + 1] == ("Normal", "Wonen staat overal voorop.")
    found = sections(out)
    assert found[("1. Wonen", "G40-steden", "1.2 Leefbare wijken")][0] == "De G40-steden bouwen vooral in de kernen."
    assert "De G40-steden bouwen vooral in de kernen." not in found[("1. Wonen", "G4", "1.2 Leefbare wijken")]
    at = texts.index(("Heading 1", "Tot slot"))
    assert texts[at + 1: at + 4] == [("Normal", "Tot een volgende vergelijking."), ("List Bullet", "eerste les"),
                                     ("List Bullet", "tweede les")]
    assert summary["observations"] == 1


def test_contents_and_page_numbers(collection, tmp_path) -> None:
    out = tmp_path / "vergelijking.docx"
    export(collection.project, "vergelijking", out)
    from tests.exporters.docx_reading import part_xml

    assert any(i.startswith("TOC ") for i in instructions(part_xml(out, "word/document.xml")))
    document = Document(str(out))
    for section in document.sections:
        footer = section.footer
        assert instructions(footer._element) == ["PAGE", "NUMPAGES"] or footer.is_linked_to_previous


def run(capsys, *args) -> tuple[int, object, str]:
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_command_line_observe_and_export(collection, tmp_path, capsys) -> None:
    path = tmp_path / "test.speerpunt"
    code, written, _ = run(capsys, "observe", path, "--speerpunt", "1.1", "--category", "G4", "--text",
                           "Alle vier de grote steden noemen schuldhulp.")
    assert code == 0 and written["category"] == "G4"
    code, written, _ = run(capsys, "observe", path, "--theme", "werk", "--intro", "Werk komt minder aan bod.")
    assert code == 0 and written["theme"] == "Werk"
    code, listed, _ = run(capsys, "observe", path)
    assert [(row["kind"], row["speerpunt"], row["category"]) for row in listed] == [
        ("observation", "1.1", "G4"), ("intro", "", "")]
    code, _, err = run(capsys, "observe", path, "--speerpunt", "1.1", "--category", "G44", "--text", "x")
    assert code == 1 and "G44" in err and "G40-steden" in err

    out = tmp_path / "cli.docx"
    code, summary, err = run(capsys, "export", path, "--layout", "vergelijking", "--out", out,
                             "--category", "G4", "--quotes")
    assert code == 0, err
    assert summary["path"] == str(out) and summary["categories"] == ["G4"] and summary["quotes"] is True
    assert summary["documents"] == 4 and summary["observations"] == 1
    texts = [t for _, t in paragraphs(out)]
    assert "Alle vier de grote steden noemen schuldhulp." in texts and "Werk komt minder aan bod." in texts
    code, _, err = run(capsys, "export", path, "--layout", "vergelijking", "--out", out, "--theme", "Werk")
    assert code == 0 and "1.1 Betaalbaar wonen" not in [t for _, t in paragraphs(out)]


def test_refuses_a_project_without_agreements(project, tmp_path) -> None:
    add_small_framework(project)
    with pytest.raises(ExportRefused, match="no agreements"):
        export(project, "vergelijking", tmp_path / "leeg.docx")


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_converts_to_pdf(collection, tmp_path) -> None:
    source = tmp_path / "vergelijking.docx"
    export(collection.project, "vergelijking", source, ExportOptions(quotes=True))
    result = subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / "vergelijking.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Plattelandsgemeenten" in text and "Súdwest-Fryslân" in text


def test_a_question_keeps_its_mark_and_the_full_stop_follows_the_citation(collection, tmp_path) -> None:
    amsterdam = next(d for d, name in collection.names.items() if name == "Amsterdam")
    text = document_text(collection.project, amsterdam)
    start = text.index(PARAGRAPHS[2])
    add_finding(collection.project, amsterdam, collection.codes["2.1"], "concern", start=start,
                end=start + len(PARAGRAPHS[2]), note="Wie betaalt de compensatie?.")
    out = tmp_path / "vergelijking.docx"
    export(collection.project, "vergelijking", out)
    lines = sections(out)[("2. Werk", "G4", "")]
    assert "± zorg: Wie betaalt de compensatie? (Amsterdam, p. 3)" in lines
    assert "– ontbreekt: Geen regeling voor de onderkant (Amsterdam; Utrecht)." in lines


def test_a_citation_lists_printed_pages_in_reading_order() -> None:
    from types import SimpleNamespace

    from exporters.docx_vergelijking import citation

    findings = [SimpleNamespace(document_name="Venlo", page=page) for page in ("12", "9", "iv", None, "12")]
    # Labels are text: "12" must not come before "9", and front matter ("iv") comes first.
    assert citation(SimpleNamespace(findings=findings), "p.") == "Venlo, p. iv, 9, 12"
