"""`speerpunt search --json` reports every matched word's place, and `tag --quote` tags by text: a script
can tag exactly what it found without computing an offset."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.test_cli import FRAMEWORK, run, run_json

# "Straße" and "İ" grow under casefold(); every position after them must still be right.
AGREEMENT = """# Wonen

De Straße in İzmir en de Oude Gracht: gemeenten bouwen samen woningen, want de gemeente kent de buurt.

De financiële positie van gemeenten is zwak. Het Rijk geeft gemeenten meer geld. Gemeenten besluiten zelf.

Een lange alinea over jeugdzorg begint hier en gaat verder met veel woorden die niets zeggen over het
onderwerp waar wij naar zoeken, want de schrijvers van akkoorden houden van lange zinnen met
bijzinnen en nog meer bijzinnen, totdat helemaal aan het einde het woord gemeentefonds valt.
"""


@pytest.fixture
def workspace(tmp_path: Path, capsys):
    project = tmp_path / "werk.speerpunt"
    (tmp_path / "akkoord.md").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    assert run(capsys, "init", project)[0] == 0
    [document] = run_json(capsys, "import", project, tmp_path / "akkoord.md")
    run_json(capsys, "framework", "import", project, tmp_path / "kader.yaml")
    passages = run_json(capsys, "passages", project, document["id"])
    return project, document["id"], passages


def _passage(passages: list[dict], words: str) -> dict:
    return next(p for p in passages if words in p["text"])


def _all(text: str, word: str, offset: int) -> list[list[int]]:
    """Every place of ``word`` in ``text`` found by str.find, as document offsets (the ground truth)."""
    places, index = [], text.find(word)
    while index >= 0:
        places.append([offset + index, offset + index + len(word)])
        index = text.find(word, index + 1)
    return places


def test_matches_are_the_words_own_places_after_characters_that_grow_under_casefold(workspace, capsys) -> None:
    project, _, passages = workspace
    passage = _passage(passages, "Straße")
    [hit] = run_json(capsys, "search", project, "Gracht")
    assert hit["matches"] == _all(passage["text"], "Gracht", passage["start"])
    hits = run_json(capsys, "search", project, "gemeente")
    first = next(h for h in hits if h["passage"] == passage["id"])
    # "gemeente" finds "gemeenten" (the stem) and "gemeente" itself, each at its own place.
    text, start = passage["text"], passage["start"]
    gemeenten = text.index("gemeenten")
    gemeente = text.index("gemeente ", gemeenten + 1)
    assert first["matches"] == [[start + gemeenten, start + gemeenten + 9], [start + gemeente, start + gemeente + 8]]


def test_every_match_is_reported_not_only_those_in_the_snippet(workspace, capsys) -> None:
    project, _, passages = workspace
    passage = _passage(passages, "gemeentefonds")
    [hit] = run_json(capsys, "search", project, "jeugdzorg gemeentefonds")
    assert hit["matches"] == sorted(_all(passage["text"], "jeugdzorg", passage["start"])
                                    + _all(passage["text"], "gemeentefonds", passage["start"]))
    assert len(hit["snippet"].split()) < len(passage["text"].split())  # the snippet is a window, the matches are not


def test_a_quoted_phrase_matches_exactly_and_is_one_span(workspace, capsys) -> None:
    project, _, passages = workspace
    passage = _passage(passages, "financiële")
    [hit] = run_json(capsys, "search", project, '"financiele positie"')
    assert hit["matches"] == _all(passage["text"], "financiële positie", passage["start"])
    assert run_json(capsys, "search", project, '"positie financiele"') == []
    # One quoted word is that word only: "gemeente" in quotes does not find "gemeenten".
    hits = run_json(capsys, "search", project, '"gemeente"')
    assert [h["passage"] for h in hits] == [_passage(passages, "Straße")["id"]]


def test_a_script_tags_exactly_what_search_found(workspace, capsys) -> None:
    project, document, _ = workspace
    [hit] = run_json(capsys, "search", project, "financiele")
    start, end = hit["matches"][0]
    finding = run_json(capsys, "tag", project, "--doc", document, "--start", start, "--end", end,
                       "--speerpunt", "1.1", "--assessment", "concern")
    assert finding["quote"] == "financiële"


def test_tag_by_quote_takes_the_one_place_it_occurs(workspace, capsys) -> None:
    project, document, passages = workspace
    passage = _passage(passages, "Het Rijk")
    finding = run_json(capsys, "tag", project, "--doc", document, "--quote", "Het Rijk geeft\n  gemeenten",
                       "--speerpunt", "1.1", "--assessment", "positive")
    start = passage["start"] + passage["text"].index("Het Rijk")
    assert (finding["start"], finding["end"], finding["quote"]) == (start, start + len("Het Rijk geeft gemeenten"), "Het Rijk geeft gemeenten")


def test_an_ambiguous_quote_is_refused_with_its_places_until_an_occurrence_is_chosen(workspace, capsys) -> None:
    project, document, passages = workspace
    args = ["tag", project, "--doc", document, "--quote", "gemeenten", "--speerpunt", "1.1", "--assessment", "concern"]
    code, _, err = run(capsys, *args)
    assert code == 1 and len(err.strip().splitlines()) == 1
    # "Gemeenten" with a capital is not the quote; the lower-case ones are listed with their offsets.
    places = [p for passage in passages for p in _all(passage["text"], "gemeenten", passage["start"])]
    assert "occurs 3 times" in err and all(f"[{s}, {e}]" in err for s, e in places)
    assert run_json(capsys, "findings", project) == []
    finding = run_json(capsys, *args, "--occurrence", "2")
    assert [finding["start"], finding["end"]] == places[1]
    code, _, err = run(capsys, *args, "--occurrence", "4")
    assert code == 1 and "occurs 3 times" in err


def test_a_quote_not_found_is_refused_with_near_spellings(workspace, capsys) -> None:
    project, document, passages = workspace
    base = ["tag", project, "--doc", document, "--speerpunt", "1.1", "--assessment", "concern"]
    code, _, err = run(capsys, *base, "--quote", "De Financiele positie")
    passage = _passage(passages, "financiële")
    start = passage["start"] + passage["text"].index("De financiële positie")
    assert code == 1 and "as written" in err and f"[{start}, {start + 21}]" in err
    code, _, err = run(capsys, *base, "--quote", "jeugdzorg betaalt")
    assert code == 1 and "does not occur" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *base, "--quote", "zorg")  # only inside "jeugdzorg": not the word
    assert code == 1 and "does not occur" in err
    code, _, err = run(capsys, *base, "--quote", "Het Rijk", "--start", "0", "--end", "3")
    assert code == 1 and "not both" in err
    code, _, err = run(capsys, *base, "--start", "0", "--end", "3", "--occurrence", "1")
    assert code == 1 and "goes with --quote" in err
    assert run_json(capsys, "findings", project) == []


def test_the_places_of_an_ambiguous_quote_show_the_text_as_written(tmp_path: Path, capsys) -> None:
    # The listing marks the quote in its context; a hyphen or full stop right after it stays against it,
    # and a line break reads as one space.
    project = tmp_path / "werk.speerpunt"
    (tmp_path / "akkoord.md").write_text("Een strenger asiel- en migratiebeleid.\n\nNiemand heeft zomaar recht\n"
                                         "op asiel. Daarom komt er een wet.\n", encoding="utf-8")
    (tmp_path / "kader.yaml").write_text(FRAMEWORK, encoding="utf-8")
    run(capsys, "init", project)
    [document] = run_json(capsys, "import", project, tmp_path / "akkoord.md")
    run_json(capsys, "framework", "import", project, tmp_path / "kader.yaml")
    code, _, err = run(capsys, "tag", project, "--doc", document["id"], "--quote", "asiel", "--speerpunt", "1.1",
                       "--assessment", "concern")
    assert code == 1
    assert "“Een strenger «asiel»- en migratiebeleid. Niemand…”" in err
    assert "“…Niemand heeft zomaar recht op «asiel». Daarom komt er een wet.”" in err
