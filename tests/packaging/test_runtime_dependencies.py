"""The bundle collects setup.cfg's install_requires and what they require, so a new one needs no spec edit."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import runtime_dependencies  # noqa: E402


def _setup_cfg(tmp_path, *requirements):
    path = tmp_path / "setup.cfg"
    lines = "\n".join(f"    {requirement}" for requirement in requirements)
    path.write_text(f"[options]\ninstall_requires =\n    # a comment line\n{lines}\n", encoding="utf-8")
    return path


def test_a_declared_dependency_brings_what_it_requires_but_not_pip(tmp_path):
    from importlib.metadata import distribution

    names = runtime_dependencies.runtime_distributions(_setup_cfg(tmp_path, "sqlite-utils>=4.2,<5  # storage"))
    # sqlite-utils' own metadata is the ground truth for what it needs.
    required = {runtime_dependencies.requirement_name(r) for r in distribution("sqlite-utils").requires
                if ";" not in r}
    assert "sqlite-utils" in names
    assert required - {"pip"} <= set(names)
    assert "pip" not in names


def test_a_dependency_added_later_is_picked_up(tmp_path):
    names = runtime_dependencies.runtime_distributions(_setup_cfg(tmp_path, "PyYAML>=6.0", "pluggy"))
    assert names == ["pluggy", "pyyaml"]


def test_the_projects_own_declaration_covers_the_pdf_engine_and_the_stemmer():
    names = runtime_dependencies.runtime_distributions()
    assert {"pypdfium2", "pystemmer", "pyside6-essentials", "shiboken6"} <= set(names)
    assert not {"pytest", "hypothesis", "ruff", "import-linter", "fpdf2"} & set(names)
    assert runtime_dependencies.top_level_modules("pystemmer") == ["Stemmer"]
    assert "docx" in runtime_dependencies.top_level_modules("python-docx")
