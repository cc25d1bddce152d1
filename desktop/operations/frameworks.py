"""Adding frameworks to a project and editing their themes and speerpunten."""

from __future__ import annotations

from desktop.domain.framework import Framework, Speerpunt, Theme
from desktop.domain.text import clean_line, clean_text
from desktop.operations.changes import Changes
from desktop.reasons import Reason
from desktop.store.ids import new_id, now
from desktop.store.project import Project


class FrameworkRefused(ValueError):
    """A framework change that cannot be made; the message says why."""


def cleaned_framework(framework: Framework) -> Framework:
    """``framework`` with control characters taken out: names, codes and titles on one line."""
    return Framework(
        name=clean_line(framework.name), description=clean_text(framework.description), id=framework.id,
        themes=[Theme(title=clean_line(theme.title), code=clean_line(theme.code), colour=clean_line(theme.colour),
                      id=theme.id,
                      speerpunten=[Speerpunt(code=clean_line(sp.code), title=clean_line(sp.title),
                                             formulation=clean_text(sp.formulation).strip(),
                                             colour=clean_line(sp.colour), id=sp.id)
                                   for sp in theme.speerpunten])
                for theme in framework.themes],
    )


def add_framework(project: Project, framework: Framework, author: str | None = None) -> tuple[str, Changes]:
    """Store ``framework`` under new ids, all or nothing; refuse a name already in use."""
    framework = cleaned_framework(framework)
    name = framework.name.strip()
    if not name:
        raise FrameworkRefused(Reason("a framework needs a name"))
    taken = project.db.execute("SELECT 1 FROM frameworks WHERE name = ? AND deleted IS NULL", [name]).fetchone()
    if taken:
        raise FrameworkRefused(Reason("the project already has a framework named '{name}'", name=name))
    codes = [sp.code for sp in framework.all_speerpunten()]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise FrameworkRefused(Reason("speerpunt codes used twice: {codes}", codes=", ".join(duplicates)))
    framework_id = new_id()
    stamp = now()
    db = project.db
    themes: list[dict[str, object]] = []
    speerpunten: list[dict[str, object]] = []
    for theme_position, theme in enumerate(framework.themes):
        theme_id = new_id()
        themes.append({"id": theme_id, "framework_id": framework_id, "code": theme.code, "title": theme.title,
                       "colour": theme.colour, "position": theme_position, "author": author, "modified": stamp})
        speerpunten.extend(
            {"id": new_id(), "theme_id": theme_id, "code": speerpunt.code, "title": speerpunt.title,
             "formulation": speerpunt.formulation, "colour": speerpunt.colour, "position": position,
             "author": author, "modified": stamp}
            for position, speerpunt in enumerate(theme.speerpunten)
        )
    with db.atomic():
        db.table("frameworks").insert({"id": framework_id, "name": name, "description": framework.description,
                                       "author": author, "modified": stamp})
        db.table("themes").insert_all(themes)
        db.table("speerpunten").insert_all(speerpunten)
    return framework_id, Changes(frameworks={framework_id})


# --- editing a framework's themes and speerpunten ---------------------------------------
# Each function is one transaction and returns the Changes; deletes are markers
# (so undo and merges can bring a row back), and positions are renumbered when
# rows move, so the stored order is always 0..n-1 among live siblings.


def _framework_of_theme(project: Project, theme_id: str) -> str:
    row = project.db.execute("SELECT framework_id FROM themes WHERE id = ?", [theme_id]).fetchone()
    if row is None:
        raise FrameworkRefused(Reason("no theme with id '{id}'", id=theme_id))
    return row[0]


def _framework_of_speerpunt(project: Project, speerpunt_id: str) -> str:
    row = project.db.execute(
        "SELECT t.framework_id FROM speerpunten s JOIN themes t ON t.id = s.theme_id WHERE s.id = ?", [speerpunt_id]
    ).fetchone()
    if row is None:
        raise FrameworkRefused(Reason("no speerpunt with id '{id}'", id=speerpunt_id))
    return row[0]


def _check_code_free(project: Project, framework_id: str, code: str, except_id: str | None = None) -> None:
    if not code:
        return
    taken = project.db.execute(
        "SELECT s.title FROM speerpunten s JOIN themes t ON t.id = s.theme_id WHERE t.framework_id = ? "
        "AND s.code = ? AND s.deleted IS NULL AND t.deleted IS NULL AND s.id IS NOT ?",
        [framework_id, code, except_id],
    ).fetchone()
    if taken:
        raise FrameworkRefused(Reason("the code '{code}' is already used by '{title}'", code=code, title=taken[0]))


def _next_position(project: Project, table: str, parent_column: str, parent_id: str) -> int:
    row = project.db.execute(
        f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE {parent_column} = ? AND deleted IS NULL",
        [parent_id],
    ).fetchone()
    return row[0]


def add_theme(
    project: Project, framework_id: str, title: str, code: str = "", colour: str = "", author: str | None = None
) -> tuple[str, Changes]:
    """Add a theme at the end of the framework."""
    title, code = clean_line(title), clean_line(code)
    if not title.strip():
        raise FrameworkRefused(Reason("a theme needs a title"))
    theme_id = new_id()
    with project.db.atomic():
        position = _next_position(project, "themes", "framework_id", framework_id)
        project.db.table("themes").insert({
            "id": theme_id, "framework_id": framework_id, "code": code.strip(), "title": title.strip(),
            "colour": colour, "position": position, "author": author, "modified": now()})
    return theme_id, Changes(frameworks={framework_id})


def add_speerpunt(
    project: Project,
    theme_id: str,
    code: str,
    title: str,
    formulation: str = "",
    colour: str = "",
    author: str | None = None,
) -> tuple[str, Changes]:
    """Add a speerpunt at the end of the theme; its code must be free in the framework."""
    framework_id = _framework_of_theme(project, theme_id)
    title, code, formulation = clean_line(title), clean_line(code), clean_text(formulation)
    if not title.strip():
        raise FrameworkRefused(Reason("a speerpunt needs a title"))
    _check_code_free(project, framework_id, code.strip())
    speerpunt_id = new_id()
    with project.db.atomic():
        position = _next_position(project, "speerpunten", "theme_id", theme_id)
        project.db.table("speerpunten").insert({
            "id": speerpunt_id, "theme_id": theme_id, "code": code.strip(), "title": title.strip(),
            "formulation": formulation, "colour": colour, "position": position, "author": author,
            "modified": now()})
    return speerpunt_id, Changes(frameworks={framework_id})


def edit_theme(
    project: Project,
    theme_id: str,
    *,
    title: str | None = None,
    code: str | None = None,
    colour: str | None = None,
    author: str | None = None,
) -> Changes:
    """Rename, renumber or recolour a theme (an empty colour means the default)."""
    framework_id = _framework_of_theme(project, theme_id)
    values = _edits(title=title, code=code, colour=colour)
    _update(project, "themes", theme_id, values, author)
    return Changes(frameworks={framework_id})


def edit_speerpunt(
    project: Project,
    speerpunt_id: str,
    *,
    title: str | None = None,
    code: str | None = None,
    formulation: str | None = None,
    colour: str | None = None,
    author: str | None = None,
) -> Changes:
    """Rename, renumber, reformulate or recolour a speerpunt (empty colour: its theme's)."""
    framework_id = _framework_of_speerpunt(project, speerpunt_id)
    if code is not None:
        code = clean_line(code)
        _check_code_free(project, framework_id, code.strip(), except_id=speerpunt_id)
    values = _edits(title=title, code=code, colour=colour)
    if formulation is not None:
        values["formulation"] = clean_text(formulation).strip()
    _update(project, "speerpunten", speerpunt_id, values, author)
    # A speerpunt's code and title show in findings views, so they count as changed there too.
    return Changes(frameworks={framework_id})


def _edits(title: str | None, code: str | None, colour: str | None) -> dict[str, object]:
    from desktop.frameworks.palette import normalise_colour

    values: dict[str, object] = {}
    title = clean_line(title) if title is not None else None
    code = clean_line(code) if code is not None else None
    if title is not None:
        if not title.strip():
            raise FrameworkRefused(Reason("the title cannot be empty"))
        values["title"] = title.strip()
    if code is not None:
        values["code"] = code.strip()
    if colour is not None:
        normalised = normalise_colour(colour) if colour else ""
        if normalised is None:
            raise FrameworkRefused(Reason("'{colour}' is not a colour like #1f77b4", colour=colour))
        values["colour"] = normalised
    return values


def _update(project: Project, table: str, row_id: str, values: dict[str, object], author: str | None) -> None:
    if not values:
        return
    values = {**values, "author": author, "modified": now()}
    with project.db.atomic():
        project.db.table(table).update(row_id, values)


def move_theme(project: Project, theme_id: str, steps: int) -> Changes:
    """Move a theme up (negative ``steps``) or down among its framework's themes."""
    framework_id = _framework_of_theme(project, theme_id)
    _move(project, "themes", "framework_id", framework_id, theme_id, steps)
    return Changes(frameworks={framework_id})


def move_speerpunt(project: Project, speerpunt_id: str, steps: int) -> Changes:
    """Move a speerpunt up or down within its theme."""
    framework_id = _framework_of_speerpunt(project, speerpunt_id)
    theme_id = project.db.execute("SELECT theme_id FROM speerpunten WHERE id = ?", [speerpunt_id]).fetchone()[0]
    _move(project, "speerpunten", "theme_id", theme_id, speerpunt_id, steps)
    return Changes(frameworks={framework_id})


def _move(project: Project, table: str, parent_column: str, parent_id: str, row_id: str, steps: int) -> None:
    rows = project.db.table(table).rows_where(f"{parent_column} = ? AND deleted IS NULL", [parent_id],
                                              order_by="position, rowid", select="id, position")
    positions = {row["id"]: row["position"] for row in rows}
    ids = list(positions)
    if row_id not in ids:
        raise FrameworkRefused(Reason("only a live row can move"))
    old = ids.index(row_id)
    new = max(0, min(len(ids) - 1, old + steps))
    if new == old:
        return
    ids.insert(new, ids.pop(old))
    stamp = now()
    with project.db.atomic():
        for position, moved_id in enumerate(ids):
            if positions[moved_id] != position:
                project.db.table(table).update(moved_id, {"position": position, "modified": stamp})


def delete_speerpunt(project: Project, speerpunt_id: str, reassign_to: str | None = None) -> Changes:
    """Delete a speerpunt; its live findings move to ``reassign_to``, or are deleted with it.

    The returned Changes name the findings affected, so undo can bring them back
    with restore_speerpunt.
    """
    framework_id = _framework_of_speerpunt(project, speerpunt_id)
    if reassign_to == speerpunt_id:
        raise FrameworkRefused(Reason("a speerpunt's findings cannot move to the speerpunt being deleted"))
    if reassign_to is not None:
        alive = project.db.execute(
            "SELECT 1 FROM speerpunten WHERE id = ? AND deleted IS NULL", [reassign_to]
        ).fetchone()
        if not alive:
            raise FrameworkRefused(Reason("no speerpunt with id '{id}' to move the findings to", id=reassign_to))
    findings = [
        row[0]
        for row in project.db.execute(
            "SELECT id FROM findings WHERE speerpunt_id = ? AND deleted IS NULL", [speerpunt_id]
        )
    ]
    stamp = now()
    with project.db.atomic():
        project.db.table("speerpunten").update(speerpunt_id, {"deleted": stamp, "modified": stamp})
        for finding_id in findings:
            if reassign_to is None:
                project.db.table("findings").update(finding_id, {"deleted": stamp, "modified": stamp})
            else:
                project.db.table("findings").update(finding_id, {"speerpunt_id": reassign_to, "modified": stamp})
    return Changes(frameworks={framework_id}, findings=set(findings))


def restore_speerpunt(project: Project, speerpunt_id: str, finding_ids: list[str] | set[str] = ()) -> Changes:
    """Undo delete_speerpunt: the speerpunt lives again and ``finding_ids`` are its own, live, again."""
    framework_id = _framework_of_speerpunt(project, speerpunt_id)
    stamp = now()
    with project.db.atomic():
        project.db.table("speerpunten").update(speerpunt_id, {"deleted": None, "modified": stamp})
        for finding_id in finding_ids:
            project.db.table("findings").update(
                finding_id, {"speerpunt_id": speerpunt_id, "deleted": None, "modified": stamp})
    return Changes(frameworks={framework_id}, findings=set(finding_ids))


def delete_theme(project: Project, theme_id: str) -> tuple[list[str], Changes]:
    """Delete a theme and its speerpunten; refused while any of them holds findings.

    Returns the speerpunten deleted with it, for restore_theme.
    """
    framework_id = _framework_of_theme(project, theme_id)
    speerpunten = [
        row[0]
        for row in project.db.execute("SELECT id FROM speerpunten WHERE theme_id = ? AND deleted IS NULL", [theme_id])
    ]
    if speerpunten:
        marks = ", ".join("?" for _ in speerpunten)
        used = project.db.execute(
            f"SELECT count(*) FROM findings WHERE deleted IS NULL AND speerpunt_id IN ({marks})", speerpunten
        ).fetchone()[0]
        if used:
            raise FrameworkRefused(Reason(
                "the theme's speerpunten hold {count} finding(s); delete or move those speerpunten first", count=used))
    stamp = now()
    with project.db.atomic():
        project.db.table("themes").update(theme_id, {"deleted": stamp, "modified": stamp})
        for speerpunt_id in speerpunten:
            project.db.table("speerpunten").update(speerpunt_id, {"deleted": stamp, "modified": stamp})
    return speerpunten, Changes(frameworks={framework_id})


def restore_theme(project: Project, theme_id: str, speerpunt_ids: list[str]) -> Changes:
    """Undo delete_theme."""
    framework_id = _framework_of_theme(project, theme_id)
    stamp = now()
    with project.db.atomic():
        project.db.table("themes").update(theme_id, {"deleted": None, "modified": stamp})
        for speerpunt_id in speerpunt_ids:
            project.db.table("speerpunten").update(speerpunt_id, {"deleted": None, "modified": stamp})
    return Changes(frameworks={framework_id})


def delete_framework(project: Project, framework_id: str) -> Changes:
    """Delete a framework (a marker: its themes and speerpunten vanish with it); undo restores."""
    return _mark_framework(project, framework_id, now())


def restore_framework(project: Project, framework_id: str) -> Changes:
    return _mark_framework(project, framework_id, None)


def _mark_framework(project: Project, framework_id: str, deleted: str | None) -> Changes:
    with project.db.atomic():
        project.db.table("frameworks").update(framework_id, {"deleted": deleted, "modified": now()})
    return Changes(frameworks={framework_id})
