"""Fixtures shared by all tests: a fresh project per test, the shared examples, Qt isolation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.run_guard import pytest_sessionfinish, pytest_sessionstart, pytest_unconfigure  # noqa: F401 - hooks

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore the same inputs on every run, so CI is deterministic;
# set HYPOTHESIS_PROFILE=explore to search afresh.
settings.register_profile("deterministic", derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A test that drives Qt, or lives with the Qt layer's tests, is a gui test, so
    # `-m "not gui"` runs the core alone (and needs no Qt at all).
    ui_tests = REPO / "tests" / "ui"
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or ui_tests in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def examples_dir(shared_dir: Path) -> Path:
    return shared_dir / "examples"


@pytest.fixture
def corpus_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpus"
    if not path.is_dir():
        pytest.skip("../shared/corpus is not present")
    return path


@pytest.fixture
def project(tmp_path: Path):
    from desktop.store import create_project

    opened = create_project(tmp_path / "test.speerpunt")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def no_layout_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports skip LibreOffice's layout pass (tens of seconds each); the tests that want it ask for it."""
    monkeypatch.setenv("SPEERPUNT_LIBREOFFICE", "none")
