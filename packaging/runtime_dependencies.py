"""The distributions Speerpunt needs at run time: setup.cfg's install_requires and everything they require.

Used by the PyInstaller spec (so a dependency added to setup.cfg is bundled without editing the
spec) and by the licence tests (so every bundled library has a notice). Reads installed metadata,
so run it with the interpreter whose environment holds Speerpunt's dependencies.
"""

from __future__ import annotations

import configparser
import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Bundled through PyInstaller's own Qt hooks (only the Qt modules the app imports), never whole.
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
# Installers, never imported by the app: sqlite-utils requires pip only for its own `install` command.
NOT_BUNDLED = {"pip", "setuptools", "wheel"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_requirements(setup_cfg: Path = ROOT / "setup.cfg") -> list[str]:
    """install_requires of setup.cfg, comments and blank lines left out."""
    parser = configparser.ConfigParser()
    parser.read(setup_cfg, encoding="utf-8")
    lines = parser.get("options", "install_requires").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def requirement_name(requirement: str) -> str:
    return normalise(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0))


def _applies(requirement: str) -> bool:
    """False for a requirement behind an extra or a marker that does not hold here."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - packaging comes with pip and PyInstaller
        return True
    return Marker(marker).evaluate()


def runtime_distributions(setup_cfg: Path = ROOT / "setup.cfg") -> list[str]:
    """Normalised names of the declared dependencies and, recursively, what they require."""
    seen: dict[str, None] = {}
    pending = [requirement_name(requirement) for requirement in declared_requirements(setup_cfg) if _applies(requirement)]
    while pending:
        name = pending.pop(0)
        if name in seen or name in NOT_BUNDLED:
            continue
        seen[name] = None
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        pending.extend(requirement_name(requirement) for requirement in requires if _applies(requirement))
    return sorted(seen)


def top_level_modules(distribution: str) -> list[str]:
    """The import names a distribution installs (e.g. "pypdfium2" for pypdfium2, "docx" for python-docx)."""
    modules = sorted(module for module, owners in metadata.packages_distributions().items()
                     if distribution in {normalise(owner) for owner in owners})
    # Private helpers and compiled shims ("_yaml") come with their public package.
    return [module for module in modules if not module.startswith("_") and module.isidentifier()]
