"""`search --by-document` on real text, checked against a plain scan of every passage: an agreement is
listed if and only if one of its passages matches, with exactly that many passages, for stemmed words,
prefixes, phrases and several words at once, with and without --category."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter

import pytest
import Stemmer

from desktop.cli import main
from tests.conftest import SHARED

CATEGORIES = ["G4", "G4", "G40", "G40", "G40", "klein", "klein", "", "G40, klein", "", "G4", "klein"]
# (query, what a passage must hold, in words as a reader would check them)
QUERIES = [
    ("woningen", [("stem", "woningen")]),  # "woning" too: one stem
    ("Gemeenten", [("stem", "gemeenten")]),
    ("energie*", [("prefix", "energie")]),
    ('"sociale zekerheid"', [("phrase", ("sociale", "zekerheid"))]),
    ('zorg "de overheid"', [("stem", "zorg"), ("phrase", ("de", "overheid"))]),
    ("onderwijs veilig*", [("stem", "onderwijs"), ("prefix", "veilig")]),
]


def _words(text: str) -> list[str]:
    """Words as a reader counts them: letters and digits, case and accents aside."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    return re.findall(r"[^\W_]+", plain)


def _holds(words: list[str], stems: list[str], need: list[tuple]) -> bool:
    stemmer = Stemmer.Stemmer("dutch_porter")
    for kind, value in need:
        if kind == "stem" and stemmer.stemWord(value) not in stems:
            return False
        if kind == "prefix" and not any(word.startswith(value) for word in words):
            return False
        if kind == "phrase" and not any(tuple(words[i:i + len(value)]) == value for i in range(len(words))):
            return False
    return True


def _json(capsys, *args):
    code = main([str(a) for a in args] + ["--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def land(tmp_path_factory):
    """Twelve "agreements" cut from the real programmes' text, in four categories and none."""
    corpus_dir = SHARED / "corpus"
    if not corpus_dir.is_dir():
        pytest.skip("../shared/corpus is not present")
    folder = tmp_path_factory.mktemp("akkoorden")
    lines = [line for path in sorted(corpus_dir.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    size = len(lines) // len(CATEGORIES) + 1
    names = []
    for number in range(len(CATEGORIES)):
        name = f"gemeente-{number:02}.txt"
        (folder / name).write_text("\n".join(lines[number * size:(number + 1) * size]) + "\n", encoding="utf-8")
        names.append(name)
    project = folder.parent / "land.speerpunt"
    assert main(["init", str(project)]) == 0
    assert main(["import", str(project), str(folder), "--workers", "1", "--json"]) == 0
    sheet = folder.parent / "gemeenten.csv"
    sheet.write_text("file;categories\n" + "".join(f"{n};{c}\n" for n, c in zip(names, CATEGORIES, strict=True)),
                     encoding="utf-8")
    assert main(["meta", str(project), "--from", str(sheet), "--json"]) == 0
    with sqlite3.connect(project) as db:  # the passages as stored, read without the code under test
        rows = db.execute("SELECT p.document_id, p.id, p.text, d.categories FROM passages p "
                          "JOIN documents d ON d.id = p.document_id WHERE d.deleted IS NULL").fetchall()
    stemmer = Stemmer.Stemmer("dutch_porter")
    passages = []
    for document_id, passage_id, text, categories in rows:
        words = _words(text)
        passages.append((document_id, passage_id, words, stemmer.stemWords(words), set(json.loads(categories))))
    return project, passages


@pytest.mark.parametrize(("query", "need"), QUERIES)
@pytest.mark.parametrize("category", [None, "G40", "klein"])
def test_every_matching_agreement_is_listed_with_its_exact_number_of_passages(land, capsys, query, need, category):
    project, passages = land
    truth = Counter(document_id for document_id, _id, words, stems, categories in passages
                    if _holds(words, stems, need) and (category is None or category in categories))
    matching = {passage_id for document_id, passage_id, words, stems, _c in passages if _holds(words, stems, need)}
    if category is None:
        assert len(truth) >= 2, f"{query!r} should occur in several agreements for this test to mean something"
    args = ["search", project, query, "--by-document"] + (["--category", category] if category else [])
    rows = _json(capsys, *args)
    assert {row["document"]: row["passages"] for row in rows} == dict(truth)
    assert [row["passages"] for row in rows] == sorted((row["passages"] for row in rows), reverse=True)
    for row in rows:
        assert row["passage"] in matching and "[" in row["snippet"]
        if category:
            assert category in row["categories"]


def test_an_unknown_category_is_refused_rather_than_answered_with_nothing(land, capsys):
    project, _passages = land
    code = main(["search", str(project), "woningen", "--by-document", "--category", "G5"])
    _out, err = capsys.readouterr()
    assert code == 1 and err.strip() == ("speerpunt search: no document is in the category 'G5' "
                                         "(categories: G4, G40, klein)")
    # The category as typed in another case is the project's own.
    assert _json(capsys, "search", project, "woningen", "--by-document", "--category", "g40") == \
        _json(capsys, "search", project, "woningen", "--by-document", "--category", "G40")
