"""Reading the analyst's comparison texts: per theme an introduction, per speerpunt and category an observation.

They live in ``project_settings`` under ``report.`` keys (see docs/ARCHITECTURE.md, Decisions), so they
travel in bundles and merges like the other report parts and need no schema change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.store.project import Project
from desktop.store.reactions import report_parts

INTRO_PREFIX = "comparison_intro."
OBSERVATION_PREFIX = "observation."
CLOSING_KEY = "comparison_closing"


def intro_key(theme_id: str) -> str:
    return f"{INTRO_PREFIX}{theme_id}"


def observation_key(speerpunt_id: str, category: str) -> str:
    # Ids are UUIDs (no dots), so everything after the first dot is the category, dots and all.
    return f"{OBSERVATION_PREFIX}{speerpunt_id}.{category}"


@dataclass(frozen=True)
class ComparisonTexts:
    intros: dict[str, str] = field(default_factory=dict)  # theme id -> introduction
    observations: dict[tuple[str, str], str] = field(default_factory=dict)  # (speerpunt id, category) -> text
    closing: str = ""

    def intro(self, theme_id: str) -> str:
        return self.intros.get(theme_id, "")

    def observation(self, speerpunt_id: str, category: str) -> str:
        return self.observations.get((speerpunt_id, category), "")


def comparison_texts(project: Project) -> ComparisonTexts:
    """Every non-empty comparison text the project holds (an emptied text counts as none)."""
    intros: dict[str, str] = {}
    observations: dict[tuple[str, str], str] = {}
    closing = ""
    for key, value in report_parts(project).items():
        value = value.strip()
        if not value:
            continue
        if key.startswith(INTRO_PREFIX):
            intros[key.removeprefix(INTRO_PREFIX)] = value
        elif key.startswith(OBSERVATION_PREFIX):
            speerpunt_id, _dot, category = key.removeprefix(OBSERVATION_PREFIX).partition(".")
            observations[(speerpunt_id, category)] = value
        elif key == CLOSING_KEY:
            closing = value
    return ComparisonTexts(intros, observations, closing)
