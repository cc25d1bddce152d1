"""The frameworks shipped in resources/frameworks: they load, have the expected shape, and match their sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.frameworks.fileformat import dump_framework, load_framework
from resources import FRAMEWORKS

SOURCES = {
    "g32-speerpunten-2016.yaml": "g32-reactie-regeerakkoord-2017.txt",
    "g40-strategische-agenda-2019-2022.yaml": "g40-strategische-agenda-2019-2022.md",
    "vng-hoofdlijnenakkoord-2024.yaml": "vng-analyse-hoofdlijnenakkoord-2024.txt",
}


def _flat(text: str) -> str:
    # PDF text wraps lines and Markdown adds emphasis; compare words only.
    return " ".join(re.sub(r"[*_]", "", text).split()).lower()


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_shipped_file_loads_and_round_trips(name: str) -> None:
    framework = load_framework(FRAMEWORKS / name)
    codes = [sp.code for sp in framework.all_speerpunten()]
    assert len(codes) == len(set(codes))
    assert all(theme.colour for theme in framework.themes)
    assert all(len(sp.title.split()) <= 13 for sp in framework.all_speerpunten())
    assert load_framework(dump_framework(framework)) == framework


def test_g32_has_ten_speerpunten_2_1_to_2_10() -> None:
    framework = load_framework(FRAMEWORKS / "g32-speerpunten-2016.yaml")
    assert [sp.code for sp in framework.all_speerpunten()] == [f"2.{n}" for n in range(1, 11)]
    assert framework.all_speerpunten()[7].title == "Een veilige stad"


def test_g40_has_eight_numbered_themes_and_the_preconditions() -> None:
    framework = load_framework(FRAMEWORKS / "g40-strategische-agenda-2019-2022.yaml")
    assert [t.code for t in framework.themes] == ["1", "2", "3", "4", "5", "6", "7", "8", "F", "R"]
    assert [len(t.speerpunten) for t in framework.themes] == [4, 4, 6, 0, 6, 4, 3, 5, 5, 2]
    for theme in framework.themes:
        assert all(sp.code.startswith(f"{theme.code}.") for sp in theme.speerpunten)


def test_vng_has_its_chapters_and_topics() -> None:
    framework = load_framework(FRAMEWORKS / "vng-hoofdlijnenakkoord-2024.yaml")
    assert len(framework.themes) == 10
    assert len(framework.all_speerpunten()) == 38
    assert "Bestaanszekerheid" in [sp.title for sp in framework.all_speerpunten()]


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_title_occurs_in_its_source(name: str, examples_dir: Path) -> None:
    source = _flat((examples_dir / SOURCES[name]).read_text(encoding="utf-8"))
    framework = load_framework(FRAMEWORKS / name)
    missing = [sp.title for sp in framework.all_speerpunten() if _flat(sp.title) not in source]
    if not name.startswith("g32"):  # the G32 speerpunten share one theme of our own naming
        missing += [theme.title for theme in framework.themes if _flat(theme.title) not in source]
    assert not missing
