"""Rejected suggestions: remembered in the project (schema 8), idempotent, undoable; local to the file,
so a merge neither carries nor trips over them."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.operations.merge import merge_into
from desktop.store import create_project, open_project
from desktop.store.rejections import add_rejection, list_rejections, remove_rejection
from tests.builders import add_document, add_small_framework


def _project(path: Path):
    project = create_project(path)
    codes = add_small_framework(project)
    document = add_document(project, ["Het kabinet bouwt meer woningen.", "De bijstand wordt eenvoudiger."])
    return project, codes, document


def test_a_rejection_is_kept_once_and_removed_by_undo(tmp_path: Path) -> None:
    project, codes, document = _project(tmp_path / "a.speerpunt")
    first = add_rejection(project, document, codes["1.1"], 0, 32, author="Ann")
    again = add_rejection(project, document, codes["1.1"], 0, 32, author="Ann")
    assert first.id == again.id
    assert [(r.speerpunt_id, r.start, r.end) for r in list_rejections(project)] == [(codes["1.1"], 0, 32)]
    project.close()
    with open_project(tmp_path / "a.speerpunt") as reopened:
        assert len(list_rejections(reopened)) == 1
        remove_rejection(reopened, first.id)
        assert list_rejections(reopened) == []


def test_a_merge_leaves_rejections_where_they_were_made(tmp_path: Path) -> None:
    project, codes, document = _project(tmp_path / "mine.speerpunt")
    project.close()
    theirs_path = tmp_path / "theirs.speerpunt"
    shutil.copyfile(tmp_path / "mine.speerpunt", theirs_path)
    with open_project(theirs_path) as theirs:
        add_rejection(theirs, document, codes["2.1"], 33, 63, author="Bob")
    with open_project(tmp_path / "mine.speerpunt") as mine:
        add_rejection(mine, document, codes["1.1"], 0, 32, author="Ann")
        merge_into(mine, theirs_path, backup=False)
        assert [r.speerpunt_id for r in list_rejections(mine)] == [codes["1.1"]]
    with open_project(theirs_path) as theirs:
        assert [r.speerpunt_id for r in list_rejections(theirs)] == [codes["2.1"]]
