"""Markdown outlines read as CommonMark with YAML front matter: the cases line splitting got wrong."""

from __future__ import annotations

import pytest

from desktop.frameworks.errors import FrameworkFormatError
from desktop.frameworks.fileformat import load_framework


def test_front_matter_is_yaml_quoted_names_comments_and_folded_blocks() -> None:
    framework = load_framework(
        "---\n"
        'name: "G40: Strategische agenda"   # zoals vastgesteld\n'
        "# een regel commentaar\n"
        "description: >\n"
        "  Negen thema's voor\n"
        "  de komende jaren.\n"
        "date: 2019-05-01\n"
        "---\n"
        "# Wonen\n- Bouwen\n"
    )
    assert framework.name == "G40: Strategische agenda"
    assert framework.description == "Negen thema's voor de komende jaren."
    assert [sp.title for sp in framework.all_speerpunten()] == ["Bouwen"]


def test_front_matter_values_stay_text_and_a_title_key_names_the_framework() -> None:
    framework = load_framework("---\ntitle: 2024\nomschrijving: 'ja'\n---\n# Wonen\n- Bouwen\n")
    assert (framework.name, framework.description) == ("2024", "ja")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nname: [open\n---\n# Wonen\n- Bouwen\n", "front matter is not valid YAML"),
        ("---\n- een\n- lijst\n---\n# Wonen\n", "front matter must be 'key: value' lines (line 2)"),
        ("---\nname:\n  sub: x\n---\n# Wonen\n", "front matter 'name' must be text"),
        ("---\nname: K\n# Wonen\n", "never closed"),
    ],
)
def test_bad_front_matter_is_refused_with_its_line(text: str, expected: str) -> None:
    with pytest.raises(FrameworkFormatError) as caught:
        load_framework(text)
    assert expected in str(caught.value)


def test_outline_markup_is_read_as_commonmark() -> None:
    framework = load_framework(
        "---\nname: Kader\n---\n# Wonen &amp; zorg\n\n"
        "- 1.1 [Betaalbaar](https://example.nl/wonen_(2026)) wonen: meer *sociale* huur &euro; 5 mln\n"
        "- 1.2 Zorg\\_dichtbij: zie [de nota][nota]\n\n"
        "[nota]: https://example.nl/nota_zorg\n\n"
        "### 1.3 Starters\n"
        "Eerste regel\\\ntweede regel.\n\n"
        "    - geen lijst maar code\n"
    )
    theme = framework.themes[0]
    assert theme.title == "Wonen & zorg"
    assert [(sp.code, sp.title, sp.formulation) for sp in theme.speerpunten] == [
        ("1.1", "Betaalbaar wonen", "meer sociale huur € 5 mln"),
        ("1.2", "Zorg_dichtbij", "zie de nota"),
        ("1.3", "Starters", "Eerste regel\ntweede regel."),
    ]


def test_formulation_keeps_items_on_their_own_line_and_paragraphs_apart() -> None:
    framework = load_framework(
        "---\nnaam: Kader\n---\n# Werk\n\n### 1.1 Banen\nWe willen:\n- meer banen\n- betere banen\n\nEn verder **dit**.\n"
    )
    assert framework.all_speerpunten()[0].formulation == "We willen:\n- meer banen\n- betere banen\n\nEn verder dit."
