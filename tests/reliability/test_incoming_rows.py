"""Class 2: a colleague's bundle or project is checked row by row before the merge; a bad one changes nothing.

Each kind of bad content (types, offsets, times, conflict entries, authors,
ids, unknown tables and columns, nesting, size) is refused in one line naming
what and where, with the project byte-identical and no backup made. A project
that already holds such rows opens, lists and exports, reporting and skipping them.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
import zlib

import pytest

from desktop.store import open_project
from desktop.store.exchange.backup import backup_folder
from desktop.store.findings import list_findings
from tests.reliability.bundles import colleague_bundle, newest_finding_key, read_payload, write_payload
from tests.reliability.sample import (
    LAYOUT_FILES,
    assert_one_line_refusal,
    build_sample,
    file_state,
    listing,
    run,
)


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path / "werk.speerpunt")


def _finding(payload: dict) -> dict:
    return payload["rows"]["findings"][newest_finding_key(payload)]


def _set(column: str, value: object):
    def change(payload: dict) -> None:
        _finding(payload)[column] = value
    return change


def _conflict(entry: object):
    def change(payload: dict) -> None:
        payload["conflicts"] = [entry]
    return change


SOUND_CONFLICT = {"id": "c1", "table_name": "findings", "record_key": "k", "version_hash": "h", "winner_hash": "w",
                  "detected": "2026-03-01T10:00:00Z", "resolved": None, "resolution": None}

def _setting(key: str, value: object):
    def change(payload: dict) -> None:
        payload["rows"].setdefault("project_settings", {})[key] = {
            "value": value, "author": None, "modified": "2026-03-01T10:00:00Z"}
    return change


# name -> (change to the payload, words the refusal must hold)
BAD_BUNDLES = {
    "offset as text": (_set("start", "tien"), ["findings row", "start", "not a whole number"]),
    "offset as fraction": (_set("end", 40.5), ["findings row", "end", "not a whole number"]),
    "negative offset": (_set("start", -5), ["findings row", "start", "negative"]),
    "offset beyond the text": (_set("end", 10**6), ["findings row", "end", "outside the document"]),
    "offset too large to store": (_set("end", 10**30), ["findings row", "end", "not a whole number"]),
    "start after end": (_set("start", 1000), ["findings row", "lies after"]),
    "one offset only": (_set("end", None), ["findings row", "both be given"]),
    "modified not a time": (_set("modified", "gisteren"), ["findings row", "modified", "not a date and time"]),
    "created a number": (_set("created", 20260301), ["findings row", "created", "not a date and time"]),
    "deleted a list": (_set("deleted", ["x"]), ["findings row", "deleted", "not a date and time"]),
    "assessment unknown": (_set("assessment", "excellent"), ["findings row", "assessment"]),
    "author a number": (_set("author", 7), ["findings row", "author", "not text"]),
    "note an object": (_set("note", {"a": 1}), ["findings row", "note", "not text"]),
    "note with a lone surrogate": (_set("note", "\ud800"), ["findings row", "note", "not text"]),
    "speerpunt id a number": (_set("speerpunt_id", 42), ["findings row", "speerpunt_id", "not an id"]),
    "speerpunt id unknown": (_set("speerpunt_id", "no-such-speerpunt"), ["speerpunt_id", "neither project"]),
    "column missing": (lambda p: _finding(p).pop("quote"), ["findings row", "lacks quote"]),
    "column unknown": (lambda p: _finding(p).update(password="x"), ["findings row", "unknown columns password"]),
    "row a list": (lambda p: p["rows"]["findings"].update(k=[1, 2]), ["findings row k", "not a row"]),
    "table unknown": (lambda p: p["rows"].update(passwords={}), ["unknown table 'passwords'"]),
    "authors not strings": (lambda p: p.update(authors=["Bo", 3]), ["author 3", "not a name"]),
    "authors not a list": (lambda p: p.update(authors={"Bo": 1}), ["authors"]),
    "conflict entry missing fields": (_conflict({"id": "c1", "table_name": "findings"}), ["conflict entry 1", "lacks"]),
    "conflict entry a string": (_conflict("c1"), ["conflict entry 1", "not a conflict entry"]),
    "conflict with a bad time": (_conflict({**SOUND_CONFLICT, "data": "{}", "detected": "ooit"}),
                                 ["conflict entry 1", "detected"]),
    "conflict version not a row": (_conflict({**SOUND_CONFLICT, "data": "[1]"}), ["conflict entry 1", "data"]),
    "conflict version a bad row": (_conflict({**SOUND_CONFLICT, "data": json.dumps({"start": "x"})}),
                                   ["conflict entry 1", "stored version"]),
    "rows not a table": (lambda p: p.update(rows=[1]), ["rows"]),
    # A name stored per agreement (docs/EXPORTS.md) is keyed by a document's SHA-256 and is one short line.
    "agreement name for no document": (_setting("report.agreement_name.../../x", "Akkoord"),
                                       ["project_settings row", "not a document's SHA-256"]),
    "agreement name of a megabyte": (_setting("report.agreement_name." + "a" * 64, "x" * 1_000_000),
                                     ["project_settings row", "agreement_name", "one line"]),
    "title over several lines": (_setting("report.title." + "b" * 64, "Reactie\n\nop iets anders"),
                                 ["project_settings row", "title", "one line"]),
    "version from the future": (lambda p: p.update(version=99), ["newer version"]),
}


@pytest.mark.parametrize("name", list(BAD_BUNDLES))
def test_a_bad_bundle_is_refused_in_one_line_and_changes_nothing(sample, tmp_path, capsys, name) -> None:
    change, words = BAD_BUNDLES[name]
    bundle = colleague_bundle(sample, tmp_path)
    payload = read_payload(bundle)
    change(payload)
    write_payload(bundle, payload)
    before, seen = file_state(sample.path), listing(sample.path)
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert_one_line_refusal(code, err, "collega.spbundle", *words)
    assert file_state(sample.path) == before
    assert listing(sample.path) == seen
    assert not backup_folder(sample.path).exists()  # refused before the backup, too


def test_json_nested_100000_deep_is_refused(sample, tmp_path, capsys) -> None:
    bundle = colleague_bundle(sample, tmp_path)
    text = json.dumps(read_payload(bundle))
    deep = "[" * 100_000 + "]" * 100_000
    write_payload(bundle, None, raw=text.replace('"authors": [', f'"authors": [{deep}, ', 1))
    before = file_state(sample.path)
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert_one_line_refusal(code, err, "collega.spbundle", "nested too deeply")
    assert file_state(sample.path) == before


def test_a_bundle_that_unpacks_to_gigabytes_is_refused_without_unpacking_it(sample, tmp_path, capsys) -> None:
    bundle = tmp_path / "bom.spbundle"
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    with bundle.open("wb") as handle:
        handle.write(packer.compress(b'{"format": "speerpunt-bundle", "version": 1, "rows": {}, "pad": "'))
        block = b" " * (1 << 20)
        for _ in range(300):  # 300 MB of spaces, about 300 kB packed
            handle.write(packer.compress(block))
        handle.write(packer.compress(b'"}') + packer.flush())
    assert bundle.stat().st_size < 2_000_000
    before = file_state(sample.path)
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert_one_line_refusal(code, err, "bom.spbundle", "unpacks to more than")
    assert file_state(sample.path) == before


@pytest.mark.parametrize("raw, words", [
    ('{"format": "speerpunt-bundle", "version": 1, "rows": {}, "shared": {}, "authors": [], "x": NaN}',
     ["not a number"]),
    ('{"format": "speerpunt-bundle", "version": 1, "rows": {}, "shared": {}, "authors": [' + "9" * 5000 + "]}",
     ["damaged"]),
    ("not json at all", ["damaged"]),
])
def test_json_a_reader_would_choke_on_is_refused(sample, tmp_path, capsys, raw, words) -> None:
    bundle = write_payload(tmp_path / "raar.spbundle", None, raw=raw)
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert_one_line_refusal(code, err, "raar.spbundle", *words)


def test_a_truncated_bundle_is_refused(sample, tmp_path, capsys) -> None:
    bundle = colleague_bundle(sample, tmp_path)
    bundle.write_bytes(bundle.read_bytes()[:-40])
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert_one_line_refusal(code, err, "damaged")


@pytest.mark.parametrize("statement, words", [
    ("UPDATE findings SET start = 'tien' WHERE note = 'Blijft vaag.'", ["findings row", "start"]),
    ("UPDATE findings SET modified = 'gisteren' WHERE note = 'Blijft vaag.'", ["findings row", "modified"]),
    ("UPDATE findings SET \"end\" = 999999 WHERE note = 'Blijft vaag.'", ["findings row", "outside the document"]),
    ("UPDATE passages SET start = -3 WHERE seq = 1", ["passage"]),
    ("UPDATE speerpunten SET title = x'00ff' WHERE code = '1.1'", ["speerpunten row", "title", "not text"]),
])
def test_a_colleagues_project_with_a_bad_row_is_refused(sample, tmp_path, capsys, statement, words) -> None:
    colleague = tmp_path / "collega.speerpunt"
    shutil.copyfile(sample.path, colleague)
    _hand_edit(colleague, statement)
    if "passages" in statement:
        # A passage only travels with a document the receiver lacks.
        with open_project(sample.path) as mine:
            mine.db.execute("DELETE FROM passages_fts")
        with sqlite3.connect(sample.path) as connection:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("DELETE FROM findings")
            connection.execute("DELETE FROM reactions")
            connection.execute("DELETE FROM passages")
            connection.execute("DELETE FROM document_sources")
            connection.execute("DELETE FROM documents")
        connection.close()
    before = file_state(sample.path)
    code, _, err = run(capsys, "merge", sample.path, colleague)
    assert_one_line_refusal(code, err, "collega.speerpunt", *words)
    assert file_state(sample.path) == before


def test_control_characters_in_a_bundle_are_cleaned_on_the_way_in(sample, tmp_path, capsys) -> None:
    bundle = colleague_bundle(sample, tmp_path)
    payload = read_payload(bundle)
    _finding(payload)["note"] = "Meer\x01 regie\x0b is goed.\x7f"
    write_payload(bundle, payload)
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert code == 0, err
    with open_project(sample.path) as project:
        assert "Meer regie is goed." in [f.note for f in list_findings(project)]
    for layout, name in LAYOUT_FILES.items():
        code, _, err = run(capsys, "export", sample.path, "--layout", layout, "--out", tmp_path / name)
        assert code == 0, err


def _hand_edit(path, statement: str) -> None:
    """Write a row as an older version or a text editor could: no checks, no constraints."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


HAND_EDITS = {
    "offset as text": "UPDATE findings SET start = 'tien' WHERE note = 'Blijft vaag.'",
    "offset beyond the text": "UPDATE findings SET \"end\" = 999999 WHERE note = 'Blijft vaag.'",
    "assessment unknown": "UPDATE findings SET assessment = 'excellent' WHERE note = 'Blijft vaag.'",
    "modified not a time": "UPDATE findings SET modified = 'gisteren' WHERE note = 'Blijft vaag.'",
    "note as bytes": "UPDATE findings SET note = x'00ff10' WHERE note = 'Blijft vaag.'",
    "note not UTF-8": "UPDATE findings SET note = CAST(x'41ff42' AS TEXT) WHERE note = 'Blijft vaag.'",
    "speerpunt gone": "UPDATE findings SET speerpunt_id = 'weg' WHERE note = 'Blijft vaag.'",
    "speerpunt title a number": "UPDATE speerpunten SET title = 12 WHERE code = '1.2'",
    "categories not JSON": "UPDATE documents SET categories = '[G40' WHERE kind = 'agreement'",
    "passage kind unknown": "UPDATE passages SET kind = 'poem' WHERE seq = 1",
    "passage offsets as text": "UPDATE passages SET start = 'x' WHERE seq = 2",
    "heading path not JSON": "UPDATE passages SET heading_path = '{' WHERE seq = 1",
    "reaction text a blob": "UPDATE reactions SET text = x'0102'",
    "setting modified a number": "UPDATE project_settings SET modified = 5",
    "document id not UTF-8": "UPDATE documents SET id = CAST(x'20ff' AS TEXT) WHERE kind = 'position'",
    "finding id a number": "UPDATE findings SET id = 42 WHERE note = 'Blijft vaag.'",
}


@pytest.mark.parametrize("name", list(HAND_EDITS))
def test_a_project_holding_a_bad_row_lists_and_exports_reporting_it(sample, tmp_path, capsys, name) -> None:
    _hand_edit(sample.path, HAND_EDITS[name])
    for args in (["findings"], ["docs"], ["framework", "list"], ["conflicts"]):
        code, out, err = run(capsys, args[0], *args[1:], sample.path) if args[0] != "framework" else \
            run(capsys, "framework", "list", sample.path)
        assert code == 0, err
        assert "Traceback" not in err
    for layout, file_name in LAYOUT_FILES.items():
        code, _, err = run(capsys, "export", sample.path, "--layout", layout, "--out", tmp_path / file_name)
        assert code == 0, f"{layout}: {err}"
        assert (tmp_path / file_name).stat().st_size > 0


@pytest.mark.parametrize("name", ["offset as text", "assessment unknown", "speerpunt gone", "note as bytes"])
def test_a_damaged_finding_is_skipped_and_named_on_stderr(sample, capsys, name) -> None:
    _hand_edit(sample.path, HAND_EDITS[name])
    code, out, err = run(capsys, "findings", sample.path, "--json")
    assert code == 0
    notes = [row["note"] for row in json.loads(out)]
    assert "Blijft vaag." not in notes and len(notes) == 3
    assert "1 damaged row skipped" in err and "findings row" in err


def test_a_merge_replaces_a_damaged_row_with_the_colleagues_sound_one(sample, tmp_path, capsys) -> None:
    bundle = colleague_bundle(sample, tmp_path)
    _hand_edit(sample.path, HAND_EDITS["offset as text"])
    code, _, err = run(capsys, "merge", sample.path, bundle)
    assert code == 0, err
    with open_project(sample.path) as project:
        assert "Blijft vaag." in [f.note for f in list_findings(project)]


def test_a_merge_waits_for_another_writer_instead_of_failing(sample, tmp_path) -> None:
    import threading

    from desktop.operations.merge import merge_into

    bundle = colleague_bundle(sample, tmp_path)
    writer = sqlite3.connect(sample.path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")  # another window holds the write lock for a moment
    writer.execute("UPDATE project_settings SET value = value")
    released = threading.Timer(1.5, lambda: writer.execute("COMMIT"))
    with open_project(sample.path) as project:
        released.start()
        summary = merge_into(project, bundle, backup=False)
        released.join()
    writer.close()
    assert summary.total("added") == 1
    with open_project(sample.path) as project:
        assert "Meer regie is goed." in [f.note for f in list_findings(project)]


def test_gzip_of_a_bundle_is_what_we_think(sample, tmp_path) -> None:
    # The helpers above rewrite bundles; make sure a rewritten sound bundle still merges.
    bundle = colleague_bundle(sample, tmp_path)
    write_payload(bundle, read_payload(bundle))
    assert gzip.decompress(bundle.read_bytes())
    with open_project(sample.path) as project:
        from desktop.operations.merge import merge_into

        assert merge_into(project, bundle, backup=False).total("added") == 1
