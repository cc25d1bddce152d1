"""Property-based fuzz, the window's part: a project with fuzzed rows is refused in one line or opens in the window.

Same hand edits as tests/reliability/test_fuzz_rows.py; a project that opens
and holds damaged rows says so (without blocking), and the workspace shows the
sound rest.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from desktop.store import open_project
from desktop.store.checks.damage import damage
from desktop.store.findings import list_findings
from tests.reliability.fuzz_rows_edits import ROW_EDIT, hand_edit
from tests.reliability.sample import build_sample
from tests.ui.conftest import main_window, settings_isolated

# The window fixtures of tests/ui (its own settings file per test, error boxes recorded) serve here too.
__all__ = ["main_window", "settings_isolated"]
pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    return build_sample(tmp_path_factory.mktemp("fenster") / "werk.speerpunt").path


def _opened(window, path: Path) -> bool:
    if window.session is None:
        assert len(window.errors) == 1 and "\n" not in window.errors[0][1]
        return False
    return True


@settings(max_examples=int(os.environ.get("SPEERPUNT_FUZZ_WINDOW_EXAMPLES", "15")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=st.lists(ROW_EDIT, min_size=1, max_size=4))
def test_a_project_with_fuzzed_rows_is_refused_or_opens_in_the_window(main_window, sample_path, edits) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "werk.speerpunt"
        shutil.copyfile(sample_path, path)
        hand_edit(path, edits)
        window = main_window(path)
        try:
            if not _opened(window, path):
                return
            damaged = bool(damage(window.session.project))
            boxes = [box for box in window.findChildren(QMessageBox) if box.objectName() == "damagedRowsMessage"]
            assert bool(boxes) == damaged
            assert window.docks is not None and window.pane_area is not None
        finally:
            window.close_project()
            window.close()


def test_the_window_shows_the_sound_findings_of_a_damaged_project(main_window, tmp_path, qtbot) -> None:
    path = build_sample(tmp_path / "werk.speerpunt").path
    hand_edit(path, [("findings", 0, 5, "tien")])  # column 5: start
    window = main_window(path)
    assert window.session is not None
    box = next(box for box in window.findChildren(QMessageBox) if box.objectName() == "damagedRowsMessage")
    assert "findings row" in box.detailedText() and "start" in box.detailedText()
    with open_project(path) as project:
        assert len(list_findings(project)) == 3
    assert "1 damaged row skipped" in window.statusBar().currentMessage()
