"""The export dialog's outline, computed off the GUI thread: only the outline of the latest options is shown.

The national overview's outline takes about a second on 342 agreements, so it runs on the preview
lane of desktop.ui.background, with its own read connection to the project file (as the tagging
suggestions do). It does not share the suggestions' WORKER lane: an analyst clicking through export
options must not wait behind a suggestion model being learnt; reads beside reads are safe in SQLite.

At most one outline is computed at a time. A request while one runs cancels it (it stops at its
next step) and the latest request starts as soon as it has stopped: requests in between are never
computed, and a superseded result is never shown.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.progress import Cancelled, StoppableProgress
from desktop.store.project import ProjectRefused, open_project
from desktop.ui import background
from desktop.ui.i18n import refusal_text
from exporters import ExportOptions, ExportRefused
from exporters.outline import Outline, export_outline

# What the export itself would refuse, shown as "Cannot export: …".
REFUSALS = (ExportRefused, ProjectRefused, ValueError, LookupError)


def outline_on_worker(project_path: Path, layout: str, options: ExportOptions, cancel: StoppableProgress) -> Outline:
    """The worker's part: its own connection, which only reads, closed whatever happens."""
    project = open_project(project_path)
    try:
        return export_outline(project, layout, options, cancel)
    finally:
        project.close()


class OutlinePreview(QObject):
    """``request(layout, options)``; then ``ready(outline)``, ``refused(reason)`` or ``failed(error)``,
    for the latest request only. ``working`` is emitted when a request is made; ``close()`` drops all."""

    working = Signal()
    ready = Signal(object)  # Outline
    refused = Signal(str)  # why the export would refuse these options
    failed = Signal(str)  # an unexpected error while building the outline

    def __init__(self, project_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(project_path)
        self._wanted: tuple[str, ExportOptions] | None = None  # the latest request, not started yet
        self._running: StoppableProgress | None = None  # the job computing, if any
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether an outline is being computed or waits to be."""
        return self._running is not None or self._wanted is not None

    def request(self, layout: str, options: ExportOptions) -> None:
        if self._closed:
            return
        self._wanted = (layout, options)
        self.working.emit()
        if self._running is not None:
            self._running.cancel()  # superseded; the latest starts once it has stopped
            return
        self._start()

    def close(self) -> None:
        """Nothing more is shown; a job still running stops at its next step and closes its connection."""
        self._closed = True
        self._wanted = None
        if self._running is not None:
            self._running.cancel()

    def _start(self) -> None:
        assert self._wanted is not None
        (layout, options), self._wanted = self._wanted, None
        cancel = self._running = StoppableProgress()
        path = self._path
        background.run_in_background(lambda: outline_on_worker(path, layout, options, cancel),
                                     lambda outline: self._finished(outline, None),
                                     lambda error: self._finished(None, error),
                                     lane=background.PREVIEW)

    def _finished(self, outline: Outline | None, error: BaseException | None) -> None:
        # The dialog (and this object with it) may be gone already: then nobody is listening.
        if self._closed or not shiboken6.isValid(self):
            return
        self._running = None
        if self._wanted is not None:  # a newer request arrived meanwhile: this result is stale
            self._start()
            return
        if error is None:
            self.ready.emit(outline)
        elif isinstance(error, REFUSALS):
            self.refused.emit(refusal_text(error))
        elif not isinstance(error, Cancelled):
            self.failed.emit(repr(error))
