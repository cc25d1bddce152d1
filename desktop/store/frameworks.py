"""Reading frameworks, themes and speerpunten from a project."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.folding import fold
from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.reasons import Reason
from desktop.store.checks.damage import damaged_keys
from desktop.store.ids import NotFound
from desktop.store.project import Project


@dataclass(frozen=True)
class SpeerpuntRecord:
    id: str
    code: str
    title: str
    formulation: str
    colour: str
    theme_id: str
    theme_title: str
    theme_code: str
    theme_colour: str
    framework_id: str
    framework_name: str


def list_frameworks(project: Project) -> list[Framework]:
    """Every live framework as a domain tree, themes and speerpunten in their order."""
    frameworks = {
        row[0]: Framework(id=row[0], name=row[1], description=row[2])
        for row in project.db.execute(
            "SELECT id, name, description FROM frameworks WHERE deleted IS NULL ORDER BY modified"
        )
        if row[0] not in damaged_keys(project, "frameworks")
    }
    themes: dict[str, Theme] = {}
    for row in project.db.execute(
        "SELECT id, framework_id, code, title, colour FROM themes WHERE deleted IS NULL ORDER BY position"
    ):
        if row[1] in frameworks and row[0] not in damaged_keys(project, "themes"):
            theme = Theme(id=row[0], code=row[2], title=row[3], colour=row[4])
            themes[row[0]] = theme
            frameworks[row[1]].themes.append(theme)
    for row in project.db.execute(
        "SELECT id, theme_id, code, title, formulation, colour FROM speerpunten "
        "WHERE deleted IS NULL ORDER BY position"
    ):
        if row[1] in themes and row[0] not in damaged_keys(project, "speerpunten"):
            themes[row[1]].speerpunten.append(
                Speerpunt(id=row[0], code=row[2], title=row[3], formulation=row[4], colour=row[5])
            )
    return list(frameworks.values())


_SPEERPUNT_SQL = """
    SELECT s.id, s.code, s.title, s.formulation, s.colour,
           t.id, t.title, t.code, t.colour, f.id, f.name
    FROM speerpunten s
    JOIN themes t ON t.id = s.theme_id
    JOIN frameworks f ON f.id = t.framework_id
    WHERE s.deleted IS NULL AND t.deleted IS NULL AND f.deleted IS NULL
"""


def list_speerpunten(project: Project) -> list[SpeerpuntRecord]:
    rows = project.db.execute(_SPEERPUNT_SQL + " ORDER BY f.modified, t.position, s.position").fetchall()
    return [SpeerpuntRecord(*row) for row in rows if _sound(project, row)]


def _sound(project: Project, row: tuple) -> bool:
    return (row[0] not in damaged_keys(project, "speerpunten") and row[5] not in damaged_keys(project, "themes")
            and row[9] not in damaged_keys(project, "frameworks"))


def get_speerpunt(project: Project, speerpunt_id: str) -> SpeerpuntRecord:
    row = project.db.execute(_SPEERPUNT_SQL + " AND s.id = ?", [speerpunt_id]).fetchone()
    if row is None or not _sound(project, row):
        raise NotFound(Reason("no speerpunt with id '{id}'", id=speerpunt_id))
    return SpeerpuntRecord(*row)


def get_theme(project: Project, theme_id: str) -> Theme:
    """A live theme of a live framework, as ``list_frameworks`` gives it."""
    for framework in list_frameworks(project):
        for theme in framework.themes:
            if theme.id == theme_id:
                return theme
    raise NotFound(Reason("no theme with id '{id}'", id=theme_id))


def resolve_speerpunt(project: Project, ref: str, framework: str | None = None) -> SpeerpuntRecord:
    """Find a speerpunt by code ("2.4"), by id, or by id prefix."""
    candidates = [
        sp for sp in list_speerpunten(project) if framework is None or framework in (sp.framework_id, sp.framework_name)
    ]
    by_code = [sp for sp in candidates if sp.code == ref]
    if len(by_code) == 1:
        return by_code[0]
    if len(by_code) > 1:
        names = ", ".join(sorted({sp.framework_name for sp in by_code}))
        raise NotFound(Reason("the code '{code}' is used in several frameworks ({names}); name the framework",
                              code=ref, names=names))
    by_id = [sp for sp in candidates if sp.id == ref or (len(ref) >= 4 and sp.id.startswith(ref))]
    if len(by_id) == 1:
        return by_id[0]
    raise NotFound(Reason("no speerpunt with code '{code}'", code=ref))


@dataclass(frozen=True)
class ThemeRecord:
    id: str
    code: str
    title: str
    framework_name: str


def resolve_theme(project: Project, ref: str) -> ThemeRecord:
    """Find a live theme by code ("3"), by title (any case or accents), by id or by id prefix."""
    themes = [ThemeRecord(*row) for row in project.db.execute(
        "SELECT t.id, t.code, t.title, f.name FROM themes t JOIN frameworks f ON f.id = t.framework_id "
        "WHERE t.deleted IS NULL AND f.deleted IS NULL ORDER BY f.modified, t.position")
        if row[0] not in damaged_keys(project, "themes")]
    wanted = " ".join(fold(ref).split())
    for matches in ([t for t in themes if t.code and t.code == ref.strip()],
                    [t for t in themes if " ".join(fold(t.title).split()) == wanted],
                    [t for t in themes if t.id == ref or (len(ref) >= 4 and t.id.startswith(ref))]):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ", ".join(sorted({t.framework_name for t in matches}))
            raise NotFound(Reason("the theme '{theme}' is in several frameworks ({names}); use its id",
                                  theme=ref, names=names))
    raise NotFound(Reason("no theme with code or title '{theme}'", theme=ref))
