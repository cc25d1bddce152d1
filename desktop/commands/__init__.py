"""The command line's subcommands, one module per area; each returns JSON-ready data.

Building the parser imports only the area modules' argument definitions: a command's
own imports (the project store, the exporters, the suggester, the team sync) are done
inside the command, so `speerpunt import` does not pay for numpy's suggester or YAML.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.commands import (
    collaboration,
    documents,
    exports,
    findings,
    frameworks,
    observations,
    projects,
    reactions,
    suggestions,
    sync,
)
from desktop.commands.common import damage_report

__all__ = ["COMMANDS", "add_arguments", "damage_report", "expected_errors"]

AREAS = (projects, documents, frameworks, findings, collaboration, exports, observations, reactions, suggestions, sync)

COMMANDS: dict[str, Callable[[argparse.Namespace], object]] = {}


def add_arguments(sub: argparse._SubParsersAction) -> None:
    for area in AREAS:
        COMMANDS.update(area.register(sub))


def expected_errors() -> tuple[type[BaseException], ...]:
    """Errors that are the input's or the environment's fault: one line, exit 1.

    Imported only when an error is being handled, so a command does not load every area's modules to start.
    """
    from desktop.files.reading import FileRefused
    from desktop.files.targets import OutputRefused
    from desktop.frameworks.fileformat import FrameworkFormatError
    from desktop.ingest import ImportRefused
    from desktop.operations.drafts import DraftRefused
    from desktop.operations.findings import FindingRefused
    from desktop.operations.frameworks import FrameworkRefused
    from desktop.operations.merge import MergeRefused
    from desktop.operations.revisions import RevisionRefused
    from desktop.store.exchange.bundle import BundleRefused
    from desktop.store.ids import NotFound
    from desktop.store.index.search import BadQuery
    from desktop.store.project import ProjectRefused
    from desktop.sync.team_round import SyncRefused
    from exporters.errors import ExportRefused

    return (
        ProjectRefused,
        ImportRefused,
        FindingRefused,
        FrameworkRefused,
        FrameworkFormatError,
        NotFound,
        BadQuery,
        MergeRefused,
        BundleRefused,
        ExportRefused,
        DraftRefused,
        RevisionRefused,
        OutputRefused,
        FileRefused,
        SyncRefused,
        FileExistsError,
        FileNotFoundError,
        PermissionError,
        ValueError,
    )
