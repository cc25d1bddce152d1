"""Writing the analyst's comparison texts: theme introductions, observations per speerpunt and category, closing."""

from __future__ import annotations

from desktop.operations.changes import Changes
from desktop.operations.reactions import set_report_parts
from desktop.store.analysis.observations import CLOSING_KEY, intro_key, observation_key
from desktop.store.documents import list_categories
from desktop.store.project import Project


def set_observation(project: Project, speerpunt_id: str, category: str, text: str,
                    author: str | None = None) -> Changes:
    """Store what the analyst observes about a speerpunt across one category of agreements ("" clears it).

    Refuses (ValueError) a category no document is in, so a typo never stores a text no export shows.
    """
    category = category.strip()
    known = list_categories(project)
    if category not in known:
        raise ValueError(f"no document is in the category '{category}' "
                         f"(categories: {', '.join(known) or 'none yet'})")
    return set_report_parts(project, {observation_key(speerpunt_id, category): text.strip()}, author)


def set_theme_intro(project: Project, theme_id: str, text: str, author: str | None = None) -> Changes:
    """Store the introduction printed under a theme's heading in the comparison ("" clears it)."""
    return set_report_parts(project, {intro_key(theme_id): text.strip()}, author)


def set_comparison_closing(project: Project, text: str, author: str | None = None) -> Changes:
    """Store the closing chapter of the comparison ("" clears it)."""
    return set_report_parts(project, {CLOSING_KEY: text.strip()}, author)
