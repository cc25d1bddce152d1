"""The project file: schema, migrations, opening and refusing, queries and search.

``Project``, ``ProjectRefused``, ``create_project`` and ``open_project`` are loaded on first use
(PEP 562), so a module that needs only a pure part of the store (the search index's words, made
by the import's reader processes) does not load SQLite's wrapper with it (docs/PERFORMANCE.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.project import Project, ProjectRefused, create_project, open_project

__all__ = ["Project", "ProjectRefused", "create_project", "open_project"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from desktop.store import project

        return getattr(project, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
