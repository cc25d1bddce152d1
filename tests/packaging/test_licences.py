"""Every library the app bundle redistributes has a licence notice (shown in Help → About)."""

from __future__ import annotations

import sys
from importlib import metadata

import pytest

from desktop import licences
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import runtime_dependencies  # noqa: E402


def test_every_runtime_dependency_and_what_it_requires_has_a_notice():
    listed = {licences.normalise(entry["distribution"]) for entry in licences.listed() if "distribution" in entry}
    needed = set(runtime_dependencies.runtime_distributions())
    declared = {runtime_dependencies.requirement_name(r) for r in runtime_dependencies.declared_requirements()}
    assert declared <= needed
    missing = sorted(needed - listed)
    assert not missing, f"add these to resources/licences/notices.yaml: {missing}"


def test_every_notice_of_an_installed_library_has_a_licence_text():
    shown = licences.notices()
    assert {notice.distribution for notice in shown} >= set(runtime_dependencies.runtime_distributions())
    for notice in shown:
        texts = licences.licence_texts(notice)
        assert texts and all(text.strip() for _, text in texts), notice.name
        if notice.distribution:
            assert notice.version == metadata.version(notice.distribution)


@pytest.mark.parametrize("entry", licences.listed(), ids=lambda entry: entry["name"])
def test_each_listed_notice_names_its_licence_and_holder(entry):
    assert entry["licence"].strip() and entry["copyright"].strip()
    for name in entry.get("texts", ()):
        assert (licences.LICENCES / name).is_file()
