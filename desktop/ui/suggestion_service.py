"""The project's tagging suggestions for the desktop: built and updated on the worker thread.

One service per session (``service_for(session)``). It learns again after every change of the
findings, and rebuilds when documents or frameworks change; the work runs off the GUI thread
(desktop.ui.background), on its own connection to the project file, and only reads. Views
read ``suggestions_at(document_id)`` and listen to ``updated``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.operations.changes import Changes
from desktop.store.project import open_project
from desktop.suggest.project_model import (
    ALL_AGREEMENTS_UP_TO,
    NothingToSuggest,
    ProjectSuggester,
    agreement_count,
    load_suggester,
)
from desktop.ui.background import run_in_background
from desktop.ui.session import Session

# (start, end, [(speerpunt id, score), …]) per passage with suggestions, in text order.
PassageSuggestions = list[tuple[int, int, list[tuple[str, float]]]]


class SuggestionService(QObject):
    updated = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._path = Path(session.project.path)
        self._model: ProjectSuggester | None = None
        self._snapshot: dict[str, PassageSuggestions] = {}
        self.problem = ""  # why there are no suggestions ("no speerpunten"), else empty
        self._running = False
        self._again = False
        self._rebuild = True
        self.enabled = True
        self._started = False
        self._in_view: dict[int, str] = {}  # id of a viewer (pane, window) -> the agreement it shows
        self._watched: set[int] = set()  # viewers whose end is listened for
        self._asked: frozenset[str] = frozenset()  # what was in view when the model was last built
        self._scope: frozenset[str] | None = None  # the agreements the model covers; None: all
        session.changed.connect(self._on_changed)
        session.closing.connect(self._on_closing)

    # -- reading ----------------------------------------------------------------------------

    def suggestions_at(self, document_id: str) -> PassageSuggestions:
        return self._snapshot.get(document_id, [])

    def top_at(self, document_id: str, offset: int) -> tuple[int, int, list[tuple[str, float]]] | None:
        """The passage holding code point ``offset`` and its suggestions, if it has any."""
        for start, end, found in self.suggestions_at(document_id):
            if start <= offset <= end:
                return start, end, found
        return None

    @property
    def ready(self) -> bool:
        return self._model is not None or bool(self.problem)

    # -- what is in view ------------------------------------------------------------------------

    def show(self, viewer: QObject, document_id: str | None) -> None:
        """``viewer`` (a document pane, the suggestions window) now shows ``document_id``; in a large
        project the suggestions come to cover it."""
        key = id(viewer)
        if key not in self._watched:
            self._watched.add(key)
            viewer.destroyed.connect(lambda _=None, key=key: (self._in_view.pop(key, None),
                                                              self._watched.discard(key)))
        if document_id is None:
            self._in_view.pop(key, None)
        else:
            self._in_view[key] = document_id
        if not self._started or self._in_view_now() <= self._asked:
            return
        first_build_running = self._running and self._model is None
        if self._scope is not None or first_build_running:  # a large project, or not known yet
            self.refresh(rebuild=True)

    def _in_view_now(self) -> frozenset[str]:
        return frozenset(self._in_view.values())

    # -- updating ---------------------------------------------------------------------------

    def start(self) -> None:
        """The first learning, once the window has shown."""
        self._started = True
        self.refresh(rebuild=True)

    def refresh(self, rebuild: bool = False) -> None:
        """Learn again (or rebuild) on the worker; calls made meanwhile fold into one more run."""
        self._rebuild = self._rebuild or rebuild
        if not self.enabled:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        model = None if self._rebuild else self._model
        self._rebuild = False
        if model is None:
            self._asked = self._in_view_now()
        path, in_view = self._path, self._asked
        run_in_background(lambda: _learn(path, model, in_view), self._on_done, self._on_error)

    def query(self, work: Callable[[ProjectSuggester], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``work(model)`` on the worker once the model is there (for the dialogs' lists)."""
        model = self._model
        if model is None:
            on_done(None)
            return
        run_in_background(lambda: work(model), on_done, lambda _error: on_done(None))

    def _on_done(self, result: tuple[ProjectSuggester | None, dict[str, PassageSuggestions], str]) -> None:
        self._running = False
        if not self.enabled:  # the project closed while the worker learnt: nobody is listening
            return
        self._model, self._snapshot, self.problem, self._scope = result
        self.updated.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_error(self, error: BaseException) -> None:
        self._running = False
        if not self.enabled:
            return
        self._model, self._snapshot, self.problem = None, {}, str(error)
        self.updated.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything_changed or changes.documents or changes.frameworks:
            self.refresh(rebuild=True)
        elif changes.findings:
            self.refresh()

    def _on_closing(self) -> None:
        self.enabled = False


def _learn(path: Path, model: ProjectSuggester | None, in_view: frozenset[str] = frozenset()
           ) -> tuple[ProjectSuggester | None, dict, str, frozenset[str] | None]:
    """On the worker: open the project read-only in spirit (nothing is written), learn, list.

    A new model covers every agreement, or above ALL_AGREEMENTS_UP_TO of them only those ``in_view``
    (docs/SUGGESTIONS.md); the last item of the result is that scope (None: all)."""
    project = open_project(path)
    try:
        if model is None:
            scope = in_view if agreement_count(project) > ALL_AGREEMENTS_UP_TO else None
        else:
            scope = frozenset(model.document_ids) if model.scoped else None
        if scope is not None and not scope:
            return None, {}, "", scope  # a large project with no agreement in view yet: nothing to rank
        try:
            if model is None:
                model = load_suggester(project, scope)
            else:
                model.learn(project)
        except NothingToSuggest as reason:
            return None, {}, str(reason), scope
        snapshot = {}
        suggester = model.suggester
        for document_id in model.document_ids:
            passages = []
            for n in model.units_of(document_id):
                found = suggester.suggestions(n)
                if found:
                    unit = suggester.units[n]
                    passages.append((unit.start, unit.end, found))
            snapshot[document_id] = passages
        return model, snapshot, "", scope
    finally:
        project.close()


def service_for(session: Session) -> SuggestionService:
    """The session's one service, made (and first filled) on first use."""
    service = getattr(session, "_suggestion_service", None)
    if service is None:
        service = SuggestionService(session)
        session._suggestion_service = service  # type: ignore[attr-defined]
        # Learning reads every agreement's passages (minutes of work with 342 of them): not while
        # the window is being built.
        session.after_start(service, service.start)
    return service
