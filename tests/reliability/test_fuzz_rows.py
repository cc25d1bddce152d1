"""Property-based fuzz: any damage to a colleague's bundle or to the project's own rows ends in a refusal
or in a project that still lists and exports every layout (tests/reliability/test_fuzz_window.py: and opens).

Hypothesis mutates a sound bundle (values of any JSON type, dropped and added
columns, odd keys, conflict entries, authors) and a sound project (any SQLite
value in any column of any row, check constraints off, as a hand edit or an
older version could leave it).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.operations.merge import MergeRefused, merge_into
from desktop.store import open_project
from desktop.store.checks.damage import damage
from desktop.store.exchange.bundle import BundleRefused
from desktop.store.project import ProjectRefused
from tests.reliability.bundles import colleague_bundle, read_payload, write_payload
from tests.reliability.fuzz_checks import assert_still_usable
from tests.reliability.fuzz_rows_edits import ROW_EDIT, hand_edit
from tests.reliability.sample import build_sample, file_state

TIMES = ["2026-03-01T10:00:00.000000Z", "2030-01-01T00:00:00Z", "2026-03-01", "gisteren", "", "2026-13-45T99:99"]
SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.integers(-3, 400)
           | st.floats() | st.text(max_size=12) | st.sampled_from(TIMES)
           | st.sampled_from(["positive", "concern", "missing", "agreement", "\x01\x7f", "\ud800"]))
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)

MUTATION = st.one_of(
    st.tuples(st.just("value"), st.integers(0, 50), st.integers(0, 50), st.integers(0, 30), JSON),
    st.tuples(st.just("drop"), st.integers(0, 50), st.integers(0, 50), st.integers(0, 30)),
    st.tuples(st.just("add"), st.integers(0, 50), st.integers(0, 50), st.text(max_size=8), JSON),
    st.tuples(st.just("key"), st.integers(0, 50), st.integers(0, 50), st.text(max_size=8)),
    # Plausible edits: a value another row of the table holds, any text in a column.
    st.tuples(st.just("swap"), st.integers(0, 50), st.integers(0, 50), st.integers(0, 30), st.integers(0, 50)),
    st.tuples(st.just("text"), st.integers(0, 50), st.integers(0, 50), st.integers(0, 30), st.text(max_size=30)),
    st.tuples(st.just("conflicts"), JSON),
    st.tuples(st.just("authors"), JSON),
)

# Outcomes of the current run, for the campaign figures in docs/RELIABILITY.md (SPEERPUNT_FUZZ_STATS=1 prints them).
OUTCOMES: dict[str, int] = {}


def _count(outcome: str) -> None:
    OUTCOMES[outcome] = OUTCOMES.get(outcome, 0) + 1


# SPEERPUNT_FUZZ_EXAMPLES raises the count for a campaign (with HYPOTHESIS_PROFILE=explore for fresh inputs).
FUZZ = settings(max_examples=int(os.environ.get("SPEERPUNT_FUZZ_EXAMPLES", "60")), suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
                deadline=None)


def _mutate_bundle(payload: dict, mutation: tuple) -> None:
    kind = mutation[0]
    if kind in ("conflicts", "authors"):
        payload[kind] = mutation[1]
        return
    tables = [name for name, rows in payload["rows"].items() if rows]
    table = payload["rows"][tables[mutation[1] % len(tables)]]
    keys = sorted(table)
    key = keys[mutation[2] % len(keys)]
    row = table[key]
    columns = sorted(row)
    if kind in ("value", "text"):
        row[columns[mutation[3] % len(columns)]] = mutation[4]
    elif kind == "swap":
        column = columns[mutation[3] % len(columns)]
        other = table[keys[mutation[4] % len(keys)]]
        if column in other:
            row[column] = other[column]
    elif kind == "drop":
        del row[columns[mutation[3] % len(columns)]]
    elif kind == "add":
        row[mutation[3]] = mutation[4]
    else:
        table[mutation[3]] = table.pop(key)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    sample = build_sample(folder / "werk.speerpunt")
    bundle = colleague_bundle(sample, folder)
    return sample, read_payload(bundle)


@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_a_fuzzed_bundle_is_refused_or_leaves_a_usable_project(made, mutations) -> None:
    sample, payload = made
    payload = json.loads(json.dumps(payload))
    for mutation in mutations:
        _mutate_bundle(payload, mutation)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "werk.speerpunt"
        shutil.copyfile(sample.path, path)
        bundle = Path(folder) / "fuzz.spbundle"
        try:
            write_payload(bundle, None, raw=json.dumps(payload, ensure_ascii=False))
        except UnicodeEncodeError:
            write_payload(bundle, None, raw=json.dumps(payload))  # a lone surrogate travels escaped
        before = file_state(path)
        with open_project(path) as project:
            try:
                merge_into(project, bundle, backup=False)
            except (MergeRefused, BundleRefused) as refusal:
                refused = str(refusal)
            else:
                refused = None
        _count("bundle refused" if refused is not None else "bundle merged")
        if refused is not None:
            assert "\n" not in refused and refused.startswith("fuzz.spbundle")
            assert file_state(path) == before
        else:
            assert_still_usable(path)


@FUZZ
@given(edits=st.lists(ROW_EDIT, min_size=1, max_size=4))
def test_a_project_with_fuzzed_rows_is_refused_or_lists_and_exports(made, edits) -> None:
    sample, _ = made
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "werk.speerpunt"
        shutil.copyfile(sample.path, path)
        hand_edit(path, edits)
        try:
            open_project(path).close()
        except ProjectRefused as refusal:
            assert "\n" not in str(refusal)
            _count("project refused")
            return
        with open_project(path) as project:
            _count("project with damaged rows" if damage(project) else "project sound")
        assert_still_usable(path)


def teardown_module() -> None:
    if os.environ.get("SPEERPUNT_FUZZ_STATS"):
        print("\nfuzz outcomes:", dict(sorted(OUTCOMES.items())))
