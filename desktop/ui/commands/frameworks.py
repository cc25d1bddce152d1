"""Undo commands for frameworks: add, edit, move and delete themes and speerpunten, import a framework.

As with findings, every step is saved when it runs: redo() and undo() call
desktop.operations.frameworks and tell the session what changed. A refused
step marks itself obsolete (the undo stack drops it) and keeps the reason in
``error`` for the widget to show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.framework import Framework
from desktop.operations.changes import Changes
from desktop.operations.frameworks import (
    FrameworkRefused,
    add_framework,
    add_speerpunt,
    add_theme,
    delete_framework,
    delete_speerpunt,
    delete_theme,
    edit_speerpunt,
    edit_theme,
    move_speerpunt,
    move_theme,
    restore_framework,
    restore_speerpunt,
    restore_theme,
)
from desktop.store.frameworks import get_speerpunt, get_theme, list_frameworks
from desktop.ui.i18n import refusal_text
from desktop.ui.session import Session


class _FrameworkCommand(QUndoCommand):
    """Runs the first redo through ``_first``; later redos and undos through ``_again``/``_back``."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.error = ""
        self._done_once = False

    def redo(self) -> None:
        try:
            changes = self._again() if self._done_once else self._first()
        except (FrameworkRefused, LookupError, ValueError) as refusal:
            self.error = refusal_text(refusal)
            self.setObsolete(True)
            return
        self._done_once = True
        self.session.notify(changes)

    def undo(self) -> None:
        self.session.notify(self._back())

    def _first(self) -> Changes:
        raise NotImplementedError

    def _again(self) -> Changes:
        return self._first()

    def _back(self) -> Changes:
        raise NotImplementedError


class AddTheme(_FrameworkCommand):
    """Add a theme at the end of a framework; ``theme_id`` holds it after push."""

    def __init__(self, session: Session, framework_id: str, title: str, code: str = "", colour: str = "") -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Add theme"))
        self.framework_id, self.title, self.code, self.colour = framework_id, title, code, colour
        self.theme_id: str | None = None

    def _first(self) -> Changes:
        self.theme_id, changes = add_theme(
            self.session.project, self.framework_id, self.title, self.code, self.colour, author=self.session.author
        )
        return changes

    def _again(self) -> Changes:
        return restore_theme(self.session.project, self.theme_id, [])

    def _back(self) -> Changes:
        return delete_theme(self.session.project, self.theme_id)[1]


class AddSpeerpunt(_FrameworkCommand):
    """Add a speerpunt at the end of a theme; ``speerpunt_id`` holds it after push."""

    def __init__(self, session: Session, theme_id: str, code: str, title: str, formulation: str = "") -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Add speerpunt"))
        self.theme_id, self.code, self.title, self.formulation = theme_id, code, title, formulation
        self.speerpunt_id: str | None = None
        self._orphans: set[str] = set()

    def _first(self) -> Changes:
        self.speerpunt_id, changes = add_speerpunt(
            self.session.project, self.theme_id, self.code, self.title, self.formulation, author=self.session.author
        )
        return changes

    def _again(self) -> Changes:
        return restore_speerpunt(self.session.project, self.speerpunt_id, self._orphans)

    def _back(self) -> Changes:
        # Findings made on the new speerpunt since are deleted with it; redo brings them back.
        changes = delete_speerpunt(self.session.project, self.speerpunt_id)
        self._orphans = changes.findings
        return changes


class EditTheme(_FrameworkCommand):
    """Rename, renumber or recolour a theme; undo puts the old values back."""

    def __init__(self, session: Session, theme_id: str, **new: str) -> None:
        super().__init__(session, _edit_text(new))
        self.theme_id = theme_id
        self._new = {name: value for name, value in new.items() if value is not None}
        self._gone: LookupError | None = None
        try:
            theme = get_theme(session.project, theme_id)
        except LookupError as gone:
            # Removed meanwhile (another window, the team folder): the first redo refuses with the reason.
            self._gone, self._old = gone, {}
        else:
            self._old = {name: getattr(theme, name) for name in self._new}

    def _first(self) -> Changes:
        if self._gone is not None:
            raise self._gone
        return edit_theme(self.session.project, self.theme_id, author=self.session.author, **self._new)

    def _back(self) -> Changes:
        return edit_theme(self.session.project, self.theme_id, author=self.session.author, **self._old)


class EditSpeerpunt(_FrameworkCommand):
    """Rename, renumber, reformulate or recolour a speerpunt; undo puts the old values back."""

    def __init__(self, session: Session, speerpunt_id: str, **new: str) -> None:
        super().__init__(session, _edit_text(new))
        self.speerpunt_id = speerpunt_id
        self._new = {name: value for name, value in new.items() if value is not None}
        self._gone: LookupError | None = None
        try:
            record = get_speerpunt(session.project, speerpunt_id)
        except LookupError as gone:
            self._gone, self._old = gone, {}  # removed meanwhile: the first redo refuses with the reason
        else:
            self._old = {name: getattr(record, name) for name in self._new}

    def _first(self) -> Changes:
        if self._gone is not None:
            raise self._gone
        return edit_speerpunt(self.session.project, self.speerpunt_id, author=self.session.author, **self._new)

    def _back(self) -> Changes:
        return edit_speerpunt(self.session.project, self.speerpunt_id, author=self.session.author, **self._old)


def _edit_text(new: dict[str, str | None]) -> str:
    if {k for k, v in new.items() if v is not None} == {"colour"}:
        return QCoreApplication.translate("FrameworkCommands", "Change colour")
    return QCoreApplication.translate("FrameworkCommands", "Rename")


class MoveTheme(_FrameworkCommand):
    def __init__(self, session: Session, theme_id: str, steps: int) -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Move theme"))
        self.theme_id, self.steps = theme_id, steps
        self._moved = 0

    def _first(self) -> Changes:
        before = _theme_index(self.session, self.theme_id)
        changes = move_theme(self.session.project, self.theme_id, self.steps)
        self._moved = _theme_index(self.session, self.theme_id) - before
        if not self._moved:
            raise FrameworkRefused(QCoreApplication.translate("FrameworkCommands", "the theme is already at the end"))
        return changes

    def _again(self) -> Changes:
        return move_theme(self.session.project, self.theme_id, self._moved)

    def _back(self) -> Changes:
        return move_theme(self.session.project, self.theme_id, -self._moved)


class MoveSpeerpunt(_FrameworkCommand):
    def __init__(self, session: Session, speerpunt_id: str, steps: int) -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Move speerpunt"))
        self.speerpunt_id, self.steps = speerpunt_id, steps
        self._moved = 0

    def _first(self) -> Changes:
        before = _speerpunt_index(self.session, self.speerpunt_id)
        changes = move_speerpunt(self.session.project, self.speerpunt_id, self.steps)
        self._moved = _speerpunt_index(self.session, self.speerpunt_id) - before
        if not self._moved:
            raise FrameworkRefused(QCoreApplication.translate("FrameworkCommands",
                                                              "the speerpunt is already at the end of its theme"))
        return changes

    def _again(self) -> Changes:
        return move_speerpunt(self.session.project, self.speerpunt_id, self._moved)

    def _back(self) -> Changes:
        return move_speerpunt(self.session.project, self.speerpunt_id, -self._moved)


def _theme_index(session: Session, theme_id: str) -> int:
    """The theme's place in its framework; -1 for one removed meanwhile (move_theme then says why)."""
    for framework in list_frameworks(session.project):
        ids = [t.id for t in framework.themes]
        if theme_id in ids:
            return ids.index(theme_id)
    return -1


def _speerpunt_index(session: Session, speerpunt_id: str) -> int:
    """The speerpunt's place in its theme; -1 for one removed meanwhile (move_speerpunt then says why)."""
    for framework in list_frameworks(session.project):
        for theme in framework.themes:
            ids = [sp.id for sp in theme.speerpunten]
            if speerpunt_id in ids:
                return ids.index(speerpunt_id)
    return -1


class DeleteTheme(_FrameworkCommand):
    """Delete a theme without findings, with its speerpunten; undo restores them all."""

    def __init__(self, session: Session, theme_id: str) -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Delete theme"))
        self.theme_id = theme_id
        self._speerpunten: list[str] = []

    def _first(self) -> Changes:
        self._speerpunten, changes = delete_theme(self.session.project, self.theme_id)
        return changes

    def _back(self) -> Changes:
        return restore_theme(self.session.project, self.theme_id, self._speerpunten)


class DeleteSpeerpunt(_FrameworkCommand):
    """Delete a speerpunt; its findings go to ``reassign_to`` or are deleted; undo restores both."""

    def __init__(self, session: Session, speerpunt_id: str, reassign_to: str | None = None) -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Delete speerpunt"))
        self.speerpunt_id, self.reassign_to = speerpunt_id, reassign_to
        self._findings: set[str] = set()

    def _first(self) -> Changes:
        changes = delete_speerpunt(self.session.project, self.speerpunt_id, self.reassign_to)
        self._findings = set(changes.findings)
        return changes

    def _back(self) -> Changes:
        return restore_speerpunt(self.session.project, self.speerpunt_id, self._findings)


class ImportFramework(_FrameworkCommand):
    """Add a whole framework (from a file or a confirmed proposal); undo removes it again."""

    def __init__(self, session: Session, framework: Framework) -> None:
        super().__init__(session, QCoreApplication.translate("FrameworkCommands", "Import framework"))
        self.framework = framework
        self.framework_id: str | None = None

    def _first(self) -> Changes:
        self.framework_id, changes = add_framework(self.session.project, self.framework, author=self.session.author)
        return changes

    def _again(self) -> Changes:
        return restore_framework(self.session.project, self.framework_id)

    def _back(self) -> Changes:
        return delete_framework(self.session.project, self.framework_id)
