"""Also: control characters pasted into any text never break an export; a copy of an open project is whole.

Text enters through the operations (notes, reactions, comparison texts,
framework titles from YAML, document details) and through merges; each cleans
it once, so every export layout opens in Word and Excel whatever was pasted.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.text import clean_text
from desktop.frameworks.fileformat import load_framework
from desktop.operations.documents import update_document
from desktop.operations.findings import add_finding
from desktop.operations.frameworks import add_framework
from desktop.operations.observations import set_theme_intro
from desktop.operations.reactions import set_reaction, set_report_parts
from desktop.store import open_project
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten, resolve_theme
from tests.reliability.fuzz_checks import assert_still_usable
from tests.reliability.sample import assert_one_line_refusal, build_sample, listing, run

CONTROLS = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127)) + "\ufffe\uffff\ud800"
PASTED = st.text(st.characters(codec=None) | st.sampled_from(list(CONTROLS)), min_size=1, max_size=40)


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    return build_sample(tmp_path_factory.mktemp("tekst") / "werk.speerpunt").path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=PASTED)
def test_pasted_text_anywhere_never_breaks_an_export(sample_path, text) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "werk.speerpunt"
        shutil.copyfile(sample_path, path)
        with open_project(path) as project:
            agreement = project.db.execute("SELECT id FROM documents WHERE kind = 'agreement'").fetchone()[0]
            codes = {sp.code: sp.id for sp in list_speerpunten(project)}
            add_finding(project, agreement, codes["1.1"], "positive", 0, 10, note=text, author=text + "x")
            set_reaction(project, codes["1.2"], text, document_id=agreement)
            set_report_parts(project, {"foreword": text, "title": "Reactie " + text})
            set_theme_intro(project, resolve_theme(project, "Wonen").id, text)
            update_document(project, agreement, short_name=text, categories=[text])
            yaml = f'format: speerpunt-framework/1\nname: "Kader {_yaml(text)}"\nthemes:\n' \
                   f'  - title: "Thema {_yaml(text)}"\n    speerpunten:\n      - code: "9.9"\n' \
                   f'        title: "Titel {_yaml(text)}"\n        formulation: "{_yaml(text)}"\n'
            add_framework(project, load_framework(yaml))
            stored = [f.note for f in list_findings(project)]
            assert all(note == clean_text(note) for note in stored)
        assert_still_usable(path)


def _yaml(text: str) -> str:
    """``text`` inside a double-quoted YAML scalar (YAML's own escapes for what it cannot hold)."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif not _yaml_printable(code):
            out.append(f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}")
        else:
            out.append(char)
    return "".join(out)


def _yaml_printable(code: int) -> bool:
    # YAML 1.1's printable set: what PyYAML reads unescaped.
    return (code in (0x09, 0x0A, 0x0D, 0x85) or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF)


def test_a_control_character_in_a_cli_note_is_cleaned(tmp_path, capsys) -> None:
    sample = build_sample(tmp_path / "werk.speerpunt")
    code, _, err = run(capsys, "tag", sample.path, "--doc", sample.agreement, "--speerpunt", "1.1",
                       "--assessment", "missing", "--note", "Niet\x07 benoemd\x1b[0m")
    assert code == 0, err
    assert ("Niet benoemd[0m" in [note for _, note in listing(sample.path)["findings"]])


def test_backup_copies_what_is_still_in_the_wal(tmp_path, capsys) -> None:
    # Another window has committed findings that SQLite has not yet moved from -wal into the file.
    sample = build_sample(tmp_path / "werk.speerpunt")
    window = open_project(sample.path)
    window.db.execute("PRAGMA wal_autocheckpoint = 0")
    for index in range(5):
        add_finding(window, sample.agreement, sample.codes["1.1"], "missing", note=f"nog in de WAL {index}",
                    author="Ann")
    plain_copy = tmp_path / "cp.speerpunt"
    shutil.copyfile(sample.path, plain_copy)  # what `cp` of the project alone gives
    code, out, err = run(capsys, "backup", sample.path, "--out", tmp_path / "kopie.speerpunt", "--json")
    window.close()
    assert code == 0, err
    with open_project(tmp_path / "kopie.speerpunt") as copy:
        assert len(list_findings(copy)) == 4 + 5
    assert not (tmp_path / "kopie.speerpunt-wal").exists()  # one file, ready to mail
    with sqlite3.connect(plain_copy) as connection:
        assert connection.execute("SELECT count(*) FROM findings").fetchone()[0] == 4  # cp missed them


def test_backup_refuses_an_existing_project_as_its_target(tmp_path, capsys) -> None:
    sample = build_sample(tmp_path / "werk.speerpunt")
    other = build_sample(tmp_path / "ander.speerpunt")
    before = listing(other.path)
    code, _, err = run(capsys, "backup", sample.path, "--out", other.path)
    assert_one_line_refusal(code, err, "ander.speerpunt")
    assert listing(other.path) == before
