"""`search --by-document`: which agreements match, with how many passages and the best snippet; counted exactly."""

from __future__ import annotations

import json
import random
import re

from desktop.cli import main
from desktop.operations.documents import update_document
from tests.builders import add_document

# Written by hand: which passages name "sociale huur" (any case) is known without the search.
TEXTS = {
    "Assen": ["Assen bouwt meer sociale huur.", "De Sociale huur gaat voor.", "Geen woorden hierover."],
    "Emmen": ["Emmen kiest voor koop.", "Sociale huurwoningen komen er ook."],  # "huurwoningen" is another word
    "Zwolle": ["In Zwolle komt sociale huur bij de stations.", "Werk gaat voor."],
    "Hoorn": ["Hoorn zegt niets over wonen."],
}


def _json(capsys, *args):
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_agreements_listed_with_exact_counts_and_best_snippet(project, capsys):
    ids = {name: add_document(project, paragraphs, title=f"Coalitieakkoord {name}") for name, paragraphs in TEXTS.items()}
    update_document(project, ids["Assen"], short_name="Assen", categories="middelgroot")
    update_document(project, ids["Zwolle"], short_name="Zwolle", categories="G40")
    rows = _json(capsys, "search", project.path, '"sociale huur"', "--by-document")
    assert [(row["short_name"] or row["title"], row["passages"]) for row in rows] == [("Assen", 2), ("Zwolle", 1)]
    assert "[sociale huur]" in rows[1]["snippet"] and rows[1]["categories"] == ["G40"]
    assert _json(capsys, "search", project.path, '"sociale huur"', "--by-document", "--category", "G40")[0][
        "document"] == ids["Zwolle"]
    assert len(_json(capsys, "search", project.path, '"sociale huur"', "--by-document", "--category", "G40")) == 1
    # The stem finds "woningen" in Emmen's text only.
    [emmen] = _json(capsys, "search", project.path, "huurwoning", "--by-document")
    assert emmen["document"] == ids["Emmen"] and emmen["passages"] == 1


def test_many_agreements_are_all_counted_not_cut_at_a_limit(project, capsys):
    rng = random.Random(7)
    truth = {}
    for number in range(60):
        paragraphs = [rng.choice(["De gemeente bouwt sociale huur in de wijk.", "Het park wordt groener.",
                                  "Sociale huur en koop in balans.", "Werk voor iedereen."]) for _ in range(12)]
        document_id = add_document(project, paragraphs, title=f"Akkoord {number}")
        count = sum(1 for p in paragraphs if re.search(r"\bsociale huur\b", p, re.IGNORECASE))
        if count:
            truth[document_id] = count
    rows = _json(capsys, "search", project.path, '"sociale huur"', "--by-document")
    assert {row["document"]: row["passages"] for row in rows} == truth
    assert [row["passages"] for row in rows] == sorted((row["passages"] for row in rows), reverse=True)
