"""Framework files: YAML and Markdown outline in, YAML out, and a clear message for every bad file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.frameworks.fileformat import FrameworkFormatError, dump_framework, load_framework
from desktop.frameworks.palette import PALETTE, normalise_colour

G40_LIKE = """\
format: speerpunt-framework/1
name: G40 Strategische agenda 2019-2022
description: optioneel
themes:
  - code: "1"
    title: Zorg
    colour: "#1F77B4"
    speerpunten:
      - code: 1.1
        title: Preventie en sterke basis
        formulation: |
          Eerste alinea.

          Tweede alinea.
      - code: 1.10
        title: Een passend kader
        colour: "#abc"
  - title: Wonen
    speerpunten:
      - code: "2.1"
        title: Stadsvernieuwing
"""


def test_yaml_is_read_with_codes_as_text_and_default_colours() -> None:
    framework = load_framework(G40_LIKE)
    assert framework.name == "G40 Strategische agenda 2019-2022"
    assert framework.description == "optioneel"
    zorg, wonen = framework.themes
    # Unquoted 1.10 would be the float 1.1 to YAML; a code is text.
    assert [sp.code for sp in zorg.speerpunten] == ["1.1", "1.10"]
    assert zorg.colour == "#1f77b4"
    assert zorg.speerpunten[1].colour == "#aabbcc"
    assert zorg.speerpunten[0].formulation == "Eerste alinea.\n\nTweede alinea."
    assert wonen.code == "" and wonen.colour == PALETTE[0]


def test_dump_then_load_gives_the_same_framework() -> None:
    framework = load_framework(G40_LIKE)
    text = dump_framework(framework)
    assert text.startswith("format: speerpunt-framework/1\n")
    assert load_framework(text) == framework
    assert "formulation: |" in text  # multi-line text stays readable


def test_file_paths_and_dutch_keys(tmp_path: Path) -> None:
    path = tmp_path / "kader.yaml"
    path.write_text(
        "format: speerpunt-framework/1\nnaam: Kader\nthema's:\n  - titel: Wonen\n    kleur: '#000000'\n"
        "    speerpunten:\n      - {code: W1, titel: Bouwen, formulering: Meer woningen}\n",
        encoding="utf-8",
    )
    for source in (path, str(path)):
        framework = load_framework(source)
        assert framework.themes[0].colour == "#000000"
        assert framework.all_speerpunten()[0] == Speerpunt("W1", "Bouwen", "Meer woningen")


def test_an_unquoted_colour_is_read_as_meant() -> None:
    text = "format: speerpunt-framework/1\nname: K\nthemes:\n  - title: A\n    colour: #CC6677\n"
    assert load_framework(text).themes[0].colour == "#cc6677"


def test_default_colours_skip_colours_already_taken() -> None:
    text = (
        f"format: speerpunt-framework/1\nname: K\nthemes:\n  - title: A\n  - title: B\n    colour: '{PALETTE[1]}'\n"
        "  - title: C\n"
    )
    assert [t.colour for t in load_framework(text).themes] == [PALETTE[0], PALETTE[1], PALETTE[2]]


BAD = {
    "newer version": ("format: speerpunt-framework/2\nname: K\nthemes: []\n", "version 2", 1),
    "other format": ("format: iets-anders/1\nname: K\nthemes: []\n", "is not 'speerpunt-framework/1'", 1),
    "no format": ("name: K\nthemes:\n  - title: A\n", "no 'format: speerpunt-framework/1' line", 1),
    "no name": ("format: speerpunt-framework/1\nthemes:\n  - title: A\n", "no 'name'", 1),
    "no themes": ("format: speerpunt-framework/1\nname: K\n", "no 'themes:' list", 1),
    "empty themes": ("format: speerpunt-framework/1\nname: K\nthemes: []\n", "'themes:' list is empty", 3),
    "theme without title": ("format: speerpunt-framework/1\nname: K\nthemes:\n  - code: '1'\n", "theme 1 has no title", 4),
    "bad colour": (
        "format: speerpunt-framework/1\nname: K\nthemes:\n  - title: A\n    colour: rood\n",
        "theme 1 'A': colour 'rood' is not of the form #RRGGBB",
        5,
    ),
    "typo in key": (
        "format: speerpunt-framework/1\nname: K\nthemes:\n  - title: A\n    speerpunt:\n      - code: '1'\n",
        "theme 1: unknown key 'speerpunt'",
        5,
    ),
    "key twice": ("format: speerpunt-framework/1\nname: K\nname: L\nthemes: []\n", "'name' given twice", 3),
    "list expected": (
        "format: speerpunt-framework/1\nname: K\nthemes:\n  title: A\n",
        "expected a list of '- ' entries",
        4,
    ),
    "not yaml": ("format: speerpunt-framework/1\nname: [K\n", "not valid YAML", None),
    "top is a list": ("- a\n- b\n", "expected the framework", 1),
    "empty": ("", "empty", None),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_files_are_refused_with_place_and_reason(case: str) -> None:
    text, expected, line = BAD[case]
    with pytest.raises(FrameworkFormatError) as caught:
        load_framework(text)
    assert expected in str(caught.value)
    if line is not None:
        assert caught.value.line == line


def test_a_speerpunt_without_title_names_file_theme_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g40.yaml"
    path.write_text(
        "format: speerpunt-framework/1\nname: G40\nthemes:\n  - title: Zorg\n  - title: Werk\n"
        "  - title: Wonen\n    speerpunten:\n      - code: '3.1'\n        title: Bouwen\n      - formulation: x\n",
        encoding="utf-8",
    )
    with pytest.raises(FrameworkFormatError) as caught:
        load_framework(path)
    assert str(caught.value) == "g40.yaml: theme 3 'Wonen': speerpunt without a title (line 10)"


def test_duplicate_codes_are_refused_across_themes() -> None:
    text = (
        "format: speerpunt-framework/1\nname: K\nthemes:\n  - title: A\n    speerpunten: [{code: '1', title: X}]\n"
        "  - title: B\n    speerpunten: [{code: '1', title: Y}]\n"
    )
    with pytest.raises(FrameworkFormatError, match="code '1' is also used by 'X'"):
        load_framework(text)


def test_missing_file_is_a_format_error(tmp_path: Path) -> None:
    for source in (tmp_path / "nieuw.yaml", str(tmp_path / "nieuw.yaml")):
        with pytest.raises(FrameworkFormatError, match="nieuw.yaml: no such file"):
            load_framework(source)


MARKDOWN = """\
# G40 Strategische agenda

Inleidende tekst die geen speerpunt is.

## 1 Zorg

- 1.1 Preventie en sterke basis: voorkomen is beter
- 2 Meer samenhang

## Thema 2: Wonen

### 2.1 Stadsvernieuwing
De formulering,
over twee regels.

- met een opsomming

### 2.2 **Betaalbaar** wonen

## Werk

- Iedereen aan het werk
"""


def test_markdown_outline_headings_and_items() -> None:
    framework = load_framework(MARKDOWN)
    assert framework.name == "G40 Strategische agenda"
    assert [(t.code, t.title) for t in framework.themes] == [("1", "Zorg"), ("2", "Wonen"), ("", "Werk")]
    zorg, wonen, werk = framework.themes
    assert [(sp.code, sp.title, sp.formulation) for sp in zorg.speerpunten] == [
        ("1.1", "Preventie en sterke basis", "voorkomen is beter"),
        ("1.2", "Meer samenhang", ""),
    ]
    assert wonen.speerpunten[0].formulation == "De formulering, over twee regels.\n\n- met een opsomming"
    assert wonen.speerpunten[1].title == "Betaalbaar wonen"
    assert [(sp.code, sp.title) for sp in werk.speerpunten] == [("3.1", "Iedereen aan het werk")]
    assert load_framework(dump_framework(framework)) == framework


def test_markdown_file_is_named_after_the_file_without_title(tmp_path: Path) -> None:
    path = tmp_path / "mijn-kader.md"
    path.write_text("# Wonen\n- 1.1 Bouwen\n# Werk\n1. Banen\n2. Scholing\n", encoding="utf-8")
    framework = load_framework(path)
    assert framework.name == "mijn-kader"
    assert [sp.code for sp in framework.all_speerpunten()] == ["1.1", "2.1", "2.2"]


def test_markdown_front_matter_names_the_framework() -> None:
    framework = load_framework("---\nname: Kader\ndescription: Kort\n---\n# Wonen\n- Bouwen\n")
    assert (framework.name, framework.description) == ("Kader", "Kort")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nname: K\n---\n- 1.1 Los\n# Wonen\n", "'Los' comes before the first theme heading (line 4)"),
        ("---\nname: K\n---\n# A\n- 1.1 X\n# B\n- 1.1 Y\n", "theme 2 'B': code '1.1' is also used on line 5"),
        ("# Wonen\n- Bouwen\n", "no framework name"),
        ("---\nname: K\n---\nAlleen tekst, geen koppen.\n## 1.1 Genummerd\n", "no theme headings"),
    ],
)
def test_bad_markdown_outlines(text: str, expected: str) -> None:
    with pytest.raises(FrameworkFormatError) as caught:
        load_framework(text)
    assert expected in str(caught.value)


def test_normalise_colour() -> None:
    assert normalise_colour("#ABC") == "#aabbcc"
    assert normalise_colour(" #12ab9F ") == "#12ab9f"
    assert normalise_colour("red") is None and normalise_colour("#12345") is None


_words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=30)
_text = _words.map(lambda s: " ".join(s.split())).filter(bool)
_colour = st.sampled_from(["", "#000000", "#cc6677", "#abcdef"])


@st.composite
def frameworks(draw: st.DrawFn) -> Framework:
    themes = []
    counter = 0
    for _ in range(draw(st.integers(1, 4))):
        speerpunten = []
        for _ in range(draw(st.integers(0, 4))):
            counter += 1
            formulation = draw(st.one_of(st.just(""), _text, st.lists(_text, min_size=2, max_size=3).map("\n\n".join)))
            speerpunten.append(Speerpunt(f"{counter}.{draw(st.integers(0, 20))}", draw(_text), formulation, draw(_colour)))
        themes.append(Theme(draw(_text), draw(st.one_of(st.just(""), _text)), draw(_colour), speerpunten))
    return Framework(draw(_text), themes, draw(st.one_of(st.just(""), _text)))


@settings(max_examples=150, deadline=None)
@given(frameworks())
def test_any_framework_survives_a_round_trip(framework: Framework) -> None:
    loaded = load_framework(dump_framework(framework))
    # Loading fills in theme colours; everything else comes back as it was written.
    for theme, read in zip(framework.themes, loaded.themes, strict=True):
        theme.colour = theme.colour or read.colour
    assert loaded == framework
