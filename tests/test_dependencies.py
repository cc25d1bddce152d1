"""Dependencies as declared: every package the code imports is in setup.cfg, and docs/ARCHITECTURE.md explains each."""

from __future__ import annotations

import ast
import configparser
import re
import sys
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Our own packages, and the build helpers in packaging/ that the packaging tests load by path.
OWN = {"desktop", "exporters", "resources", "bench", "tests", "runtime_dependencies"}


def _declared(section: str, key: str) -> set[str]:
    config = configparser.ConfigParser()
    config.read(REPO / "setup.cfg")
    names = set()
    for line in config[section][key].splitlines():
        name = re.match(r"^\s*([A-Za-z0-9_.\-]+)", line.split("#")[0])
        if name:
            names.add(_normal(name.group(1)))
    return names


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported(folders: tuple[str, ...]) -> dict[str, str]:
    """Top-level modules from outside the standard library -> a file importing it."""
    found: dict[str, str] = {}
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in OWN:
                        found.setdefault(top, str(path.relative_to(REPO)))
    return found


@cache
def _installed() -> dict[str, list[str]]:
    return packages_distributions()


def _distributions(module: str) -> set[str]:
    return {_normal(name) for name in _installed().get(module, [])}


def test_every_module_the_application_imports_is_a_declared_dependency() -> None:
    runtime = _declared("options", "install_requires")
    missing = [f"{module} (imported in {where})" for module, where in _imported(("desktop", "exporters", "resources")).items()
               if not _distributions(module) & runtime]
    assert not missing, f"imported but not in install_requires: {missing}"


def test_every_module_the_tests_import_is_declared_for_the_tests() -> None:
    declared = _declared("options", "install_requires") | _declared("options.extras_require", "test")
    missing = [f"{module} (imported in {where})" for module, where in _imported(("tests", "bench")).items()
               if not _distributions(module) & declared]
    assert not missing, f"imported but declared nowhere: {missing}"


def test_every_declared_dependency_is_explained_in_the_architecture() -> None:
    architecture = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = architecture[architecture.index("## Dependencies"):]
    explained = {_normal(name) for name in re.findall(r"^\| ([A-Za-z0-9_.\-]+) \|", table, re.M)}
    declared = _declared("options", "install_requires")
    assert declared <= explained, f"not in the table of docs/ARCHITECTURE.md: {sorted(declared - explained)}"
    tools = _declared("options.extras_require", "test")
    prose = _normal(table)
    assert all(tool in prose for tool in tools), [tool for tool in tools if tool not in prose]
