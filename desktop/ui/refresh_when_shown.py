"""A view behind a tab brings itself up to date when it comes into sight, not at every change made elsewhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QWidget


class RefreshWhenShown(QObject):
    """Runs ``refresh`` at once while ``widget`` is in sight, else once when it comes into sight.

    The documents table, the comparison matrix and the coverage view sit behind the findings table's
    tab. With 342 agreements each took 0.04-0.5 s to rebuild, at every finding tagged, for views nobody
    was looking at; now a change made while they are out of sight only marks them stale, and raising
    their tab (or opening their dock again) brings them up to date before they are seen.

    A dock behind another tab counts as visible to Qt (``isVisible()``) but has nothing on screen, so
    "in sight" is a non-empty visible region. A widget whose window is not on screen (made on its own, as
    in a test, or while the window is being built) refreshes at once, as before.

    The first load (``first_load``) waits as well while a window builds its docks (``first_loads_wait``): of the
    views behind tabs only the one in sight is filled when the window shows; the others when first raised.
    """

    _waiting = False  # set while a window builds its docks

    @classmethod
    @contextmanager
    def first_loads_wait(cls) -> Iterator[None]:
        cls._waiting = True
        try:
            yield
        finally:
            cls._waiting = False

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._refresh = refresh
        self._dock: QDockWidget | None = None
        self.stale = False
        widget.installEventFilter(self)

    def first_load(self) -> None:
        if RefreshWhenShown._waiting:
            self.stale = True
        else:
            self._bring_up_to_date()

    def request(self) -> None:
        if self._in_sight() or not self.widget.window().isVisible():
            self._bring_up_to_date()
        else:
            self.stale = True
            self._watch_dock()

    def _in_sight(self) -> bool:
        return self.widget.isVisible() and not self.widget.visibleRegion().isEmpty()

    def _bring_up_to_date(self) -> None:
        self.stale = False
        self._refresh()

    def _watch_dock(self) -> None:
        """Hear when the dock around the widget is raised in its row of tabs (it gets no show event then)."""
        parent = self.widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None and parent is not self._dock:
            self._dock = parent
            parent.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self.stale:
            self._bring_up_to_date()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and self.stale and event.type() == QEvent.Type.Show:
            if self._in_sight():  # its tab in front (a saved layout), its dock floating, or opened again
                self._bring_up_to_date()
            else:
                self._watch_dock()  # shown with the window, behind a tab: wait for the tab
        return False
