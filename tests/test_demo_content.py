"""The demo content fits together: every quote is found once, every code exists, every author and assessment occur."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from resources import DEMO

AUTHORS = {"Fatima el Amrani", "Joost de Vries"}
ASSESSMENTS = {"positive", "concern", "missing"}


@pytest.fixture(scope="module")
def agreement() -> str:
    return (DEMO / "coalitieakkoord-demo.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def position_paper() -> str:
    return (DEMO / "positiepaper-demo.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def framework() -> dict:
    return yaml.safe_load((DEMO / "framework-demo.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def findings() -> list[dict]:
    return yaml.safe_load((DEMO / "findings-demo.yaml").read_text(encoding="utf-8"))["findings"]


@pytest.fixture(scope="module")
def reaction() -> dict:
    return yaml.safe_load((DEMO / "reaction-demo.yaml").read_text(encoding="utf-8"))


def _codes(framework: dict) -> list[str]:
    return [str(sp["code"]) for theme in framework["themes"] for sp in theme["speerpunten"]]


def _paragraphs(markdown: str) -> list[str]:
    """Text lines without their Markdown markers: a quote has to fall inside one of them."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^(#+|-)\s+", "", line.strip())
        if line:
            lines.append(line)
    return lines


def test_the_agreement_is_long_enough_and_has_numbered_chapters(agreement: str) -> None:
    assert len(agreement) >= 40_000
    chapters = re.findall(r"(?m)^# (\d+)\. ", agreement)
    assert chapters == [str(n) for n in range(1, len(chapters) + 1)] and len(chapters) >= 8
    assert re.search(r"(?m)^## 2\.1 ", agreement)


def test_every_quote_occurs_exactly_once_within_one_paragraph(agreement: str, findings: list[dict]) -> None:
    paragraphs = _paragraphs(agreement)
    problems = []
    for entry in findings:
        quote = entry.get("quote")
        if not quote:
            continue
        if agreement.count(quote) != 1:
            problems.append(f"{agreement.count(quote)}x: {quote[:60]}")
        elif not any(quote in paragraph for paragraph in paragraphs) or "\n" in quote:
            problems.append(f"not inside one paragraph: {quote[:60]}")
        elif re.match(r"^(#|- )", quote) or "**" in quote:
            problems.append(f"Markdown marker in quote: {quote[:60]}")
    assert not problems, "\n".join(problems)


def test_missing_findings_have_no_quote_and_the_others_have_one(findings: list[dict]) -> None:
    for entry in findings:
        assert entry["assessment"] in ASSESSMENTS
        assert entry.get("note", "").strip(), entry
        if entry["assessment"] == "missing":
            assert "quote" not in entry, entry
        else:
            assert entry.get("quote"), entry
            assert "source_quote" not in entry, entry


def test_every_speerpunt_code_exists_in_the_framework(framework: dict, findings: list[dict], reaction: dict) -> None:
    codes = _codes(framework)
    assert len(codes) == len(set(codes)) and 12 <= len(codes) <= 18
    unknown = {str(entry["speerpunt"]) for entry in findings} - set(codes)
    assert not unknown, f"finding codes not in the framework: {unknown}"
    unknown = {str(code) for code in reaction["reactions"]} - set(codes)
    assert not unknown, f"reaction codes not in the framework: {unknown}"


def test_every_source_quote_occurs_in_the_position_paper(position_paper: str, findings: list[dict]) -> None:
    sources = [entry["source_quote"] for entry in findings if entry.get("source_quote")]
    assert sources
    for source in sources:
        assert position_paper.count(source) == 1, source


def test_the_framework_matches_the_position_paper(framework: dict, position_paper: str) -> None:
    assert framework["format"] == "speerpunt-framework/1"
    for theme in framework["themes"]:
        assert re.match(r"^#[0-9A-F]{6}$", theme["colour"]), theme["colour"]
        assert f"## Thema {theme['code']}: {theme['title']}" in position_paper
        for speerpunt in theme["speerpunten"]:
            assert f"### {speerpunt['code']} {speerpunt['title']}" in position_paper
            assert speerpunt["formulation"] in position_paper, speerpunt["code"]


def test_both_authors_all_assessments_and_enough_findings(findings: list[dict]) -> None:
    assert len(findings) >= 30
    assert {entry["author"] for entry in findings} == AUTHORS
    assert {entry["assessment"] for entry in findings} == ASSESSMENTS
    assert Counter(entry["assessment"] for entry in findings)["missing"] >= 6


def test_some_passages_were_tagged_by_both_authors_alike_and_differently(findings: list[dict]) -> None:
    by_passage: dict[tuple[str, str], dict[str, str]] = {}
    for entry in findings:
        if entry.get("quote"):
            by_passage.setdefault((entry["quote"], str(entry["speerpunt"])), {})[entry["author"]] = entry["assessment"]
    shared = [assessments for assessments in by_passage.values() if set(assessments) == AUTHORS]
    assert any(len(set(a.values())) == 1 for a in shared), "no passage both authors assessed alike"
    assert any(len(set(a.values())) == 2 for a in shared), "no passage the authors assessed differently"


def test_the_reaction_has_its_document_parts(reaction: dict) -> None:
    for key in ("title", "organisation", "agreement_name", "date", "foreword", "signatory_name",
                "signatory_function", "introduction", "closing"):
        assert str(reaction.get(key) or "").strip(), key
    assert reaction["organisation"] == "M25"
    assert len([p for p in reaction["foreword"].split("\n\n") if p.strip()]) == 3
    assert 5 <= len(reaction["reactions"]) <= 8
