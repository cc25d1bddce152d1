"""A study-sized collection for the collection views' tests: 25 municipal agreements in four categories."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.generate import store_generated_document
from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.store.documents import document_text
from tests.builders import add_small_framework

# (short name, categories): the G4, G40 cities, mid-sized and rural municipalities; one in two groups, one in none.
MUNICIPALITIES = [
    ("Amsterdam", ["G4"]), ("Rotterdam", ["G4"]), ("Den Haag", ["G4"]), ("Utrecht", ["G4"]),
    ("Almere", ["G40"]), ("Groningen", ["G40"]), ("Tilburg", ["G40"]), ("Zwolle", ["G40"]),
    ("Enschede", ["G40"]), ("Leeuwarden", ["G40"]), ("Deventer", ["G40", "middelgroot"]), ("Emmen", ["G40"]),
    ("Assen", ["middelgroot"]), ("Hoorn", ["middelgroot"]), ("Gouda", ["middelgroot"]), ("Roosendaal", ["middelgroot"]),
    ("Meppel", ["middelgroot"]), ("Oss", ["middelgroot"]), ("Aa en Hunze", ["platteland"]),
    ("Borger-Odoorn", ["platteland"]), ("Tynaarlo", ["platteland"]), ("Westerwolde", ["platteland"]),
    ("Vaals", ["platteland"]), ("Texel", ["platteland"]), ("Rozendaal", []),
]


@dataclass
class Collection:
    documents: dict[str, str]  # short name -> document id
    categories: dict[str, list[str]]  # short name -> categories
    codes: dict[str, str]  # speerpunt code -> id
    findings: list[tuple[str, str, str, int | None, int | None]]  # (id, document id, speerpunt id, start, end)
    assessments: dict[str, str]  # finding id -> assessment


def build_collection(project, findings: int = 150, pages: int = 2, seed: int = 5) -> Collection:
    rng = random.Random(seed)
    codes = add_small_framework(project)
    documents, categories = {}, {}
    for number, (name, groups) in enumerate(MUNICIPALITIES):
        document_id = store_generated_document(project, pages, seed + number, f"Coalitieakkoord gemeente {name}")
        update_document(project, document_id, short_name=name, categories=groups, issuer=f"Gemeente {name}",
                        period="2026-2030")
        documents[name], categories[name] = document_id, groups
    made, kinds = [], {}
    lengths = {d: len(document_text(project, d)) for d in documents.values()}
    for _ in range(findings):
        document_id = rng.choice(list(documents.values()))
        speerpunt_id = rng.choice(list(codes.values()))
        assessment = rng.choice(["positive", "concern", "missing"])
        start = rng.randrange(0, lengths[document_id] - 200)
        end = start + rng.randrange(20, 200)
        if assessment == "missing" and rng.random() < 0.5:
            start = end = None
        finding = add_finding(project, document_id, speerpunt_id, assessment, start, end, note="Notitie",
                              author=rng.choice(["Anna", "Bram"]))
        made.append((finding.id, document_id, speerpunt_id, start, end))
        kinds[finding.id] = assessment
    return Collection(documents, categories, codes, made, kinds)
