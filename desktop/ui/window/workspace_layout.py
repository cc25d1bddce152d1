"""How the workspace shares the screen: the window fits the screen, and the documents get the width first.

Rules (docs/WORKSPACE.md explains them to users):
- the first window fits the screen's available geometry (on a large screen it leaves a small border); a remembered geometry that no longer fits
  (another monitor, other scaling) is moved and shrunk onto the screen;
- every document pane keeps a text column of at least ``TEXT_MIN`` pixels: the side docks give way
  first (narrower, and where the left column, the reaction and two readable documents do not fit
  side by side the left column hides while the reaction is open), and each
  pane's outline folds away when its pane has no room for it (see DocumentPane);
- reading mode gives the active document the whole width (side docks and the other panes hidden);
  side by side puts back exactly what reading mode hid.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.ui.screens import fit_rect

# A document's text column (the view's viewport): about 60 characters of the default font.
TEXT_MIN = 420
# The left column (documents, speerpunten): a share of the window, within these bounds, as far as the documents
# spare it. It grows with the screen so that the speerpunt titles beside their counts read in a line or two.
SIDE_MIN, SIDE_MAX = 240, 380
SIDE_SHARE = 0.24
# A window this much wider than the one a layout was saved in is on another (larger) screen.
WIDER = 100
# The reaction editor needs about this much to show a finding next to the text being written.
REACTION_MIN = 480
# The tabs below the documents take at most this share of the window's height.
BOTTOM_SHARE = 0.3
# Below this height a findings table shows hardly a row.
BOTTOM_USEFUL = 150
# What a first window asks for on a large screen; a smaller screen gets its available geometry.
FIRST_SIZE = QSize(1600, 1000)
# On a larger screen a first window leaves this share of the screen free around it.
FIRST_BORDER = 0.04
# Docks that stand beside the documents (the rest are tabs below them and take no width).
LEFT_DOCKS = ("documentLibrary", "frameworkTree")
RIGHT_DOCKS = ("reactionPanel",)


def first_frame(available: QRect) -> QRect:
    """Where a first window (no remembered geometry) goes: FIRST_SIZE or the whole available area, centred."""
    roomy = available.size().shrunkBy(QMargins(*(int(side * FIRST_BORDER) for side in (
        available.width(), available.height(), available.width(), available.height()))))
    size = FIRST_SIZE.expandedTo(roomy).boundedTo(available.size())
    frame = QRect(0, 0, size.width(), size.height())
    frame.moveCenter(available.center())
    return fit_rect(frame, available)


class WorkspaceLayout(QObject):
    """Keeps an open project's workspace readable as the window changes size; owns reading mode.

    ``reading_changed(bool)`` tells the View menu's actions. The main window calls ``attach`` with its
    pane area and docks after building the workspace, and ``detach`` before removing them.
    """

    reading_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pane_area = None
        self.docks = None
        self.reading = False
        self._first_layout = False
        self._remembered_width = 0
        self._hidden_by_reading: list[QDockWidget] = []
        self._hidden_for_reaction: list[QDockWidget] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.adapt)
        window.installEventFilter(self)

    # Attaching ----------------------------------------------------------------------------------

    def attach(self, pane_area, docks, remembered: bool = False, remembered_width: int = 0) -> None:
        """``remembered``: the docks come from a saved layout, so their sizes are the analyst's, not ours.

        ``remembered_width``: the window's width when that layout was saved. In a clearly wider window (another
        screen) a left column narrower than a first layout's grows to it: a laptop's column is too narrow there.
        """
        self.pane_area, self.docks = pane_area, docks
        self._first_layout = not remembered
        self._remembered_width = remembered_width
        self.reading = False
        self._hidden_by_reading, self._hidden_for_reaction = [], []
        for name in RIGHT_DOCKS:
            dock = docks.docks.get(name)
            if dock is not None:
                dock.visibilityChanged.connect(self._schedule)
        pane_area.active_changed.connect(self._follow_active)
        pane_area.shown_changed.connect(self._schedule)  # a pane appeared or went: the width is shared anew
        # Docks shown or hidden change the panes' room without resizing the window.
        pane_area.installEventFilter(self)
        self.adapt()
        self._schedule()

    def detach(self) -> None:
        self.pane_area = self.docks = None
        self.reading = False
        self._hidden_by_reading, self._hidden_for_reaction = [], []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window or watched is self.pane_area) and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Show):
            self._schedule()
        return super().eventFilter(watched, event)

    def _schedule(self, *_args) -> None:
        if self.pane_area is not None:
            self._timer.start()

    # Side docks ---------------------------------------------------------------------------------

    def _docks(self, names: tuple[str, ...]) -> list[QDockWidget]:
        if self.docks is None:
            return []
        return [self.docks.docks[name] for name in names if name in self.docks.docks]

    def _beside(self, names: tuple[str, ...]) -> list[QDockWidget]:
        """Docks of ``names`` that are shown and docked (a floating dock takes no room from the documents)."""
        return [dock for dock in self._docks(names) if dock.isVisibleTo(self.window) and not dock.isFloating()]

    def pane_chrome(self) -> int:
        """Pixels a pane spends beside its text column: page margin, scroll bar, frames, splitter handle."""
        if self.pane_area is None or not self.pane_area.frames:
            return 0
        views = [frame.pane.view for frame in self.pane_area.frames]
        scroll_bar = views[0].style().pixelMetric(views[0].style().PixelMetric.PM_ScrollBarExtent)
        margin = max(view.margin.width_needed() for view in views)
        return margin + scroll_bar + 2 * views[0].frameWidth() + self.pane_area.handleWidth() + 4

    def room_for_documents(self) -> int:
        """Width the shown panes need so that each keeps a text column of TEXT_MIN."""
        shown = [frame for frame in self.pane_area.frames if not frame.isHidden()] if self.pane_area else []
        return len(shown) * (TEXT_MIN + self.pane_chrome())

    def adapt(self) -> None:
        """Give way to the documents: narrower side docks, and at laptop widths no left column beside the reaction."""
        if self.pane_area is None or self.reading:
            return
        width = self.window.width()
        left, right = self._beside(LEFT_DOCKS), self._beside(RIGHT_DOCKS)
        if right and left and width - self.room_for_documents() - REACTION_MIN < SIDE_MIN:
            # No room for the left column, the reaction and two readable documents: the left column makes way.
            for dock in left:
                dock.hide()
            self._hidden_for_reaction = left
            left = []
        elif self._hidden_for_reaction and (not right or width - self.room_for_documents() - REACTION_MIN >= SIDE_MIN):
            # The reaction closed, or the window grew (another screen): the left column comes back.
            self.show_hidden_for_reaction()
            left = self._beside(LEFT_DOCKS)
        spare = width - self.room_for_documents()
        if right:
            reaction = max(min(right[0].width(), spare - (SIDE_MIN if left else 0)), REACTION_MIN)
            if reaction < right[0].width():
                self.window.resizeDocks(right[:1], [reaction], Qt.Orientation.Horizontal)
            spare -= reaction
        first = self._first_layout and self.window.isVisible()
        column = max(min(int(width * SIDE_SHARE), SIDE_MAX, spare), SIDE_MIN)
        wider = self._remembered_width and width > self._remembered_width + WIDER and self.window.isVisible()
        if wider:
            self._remembered_width = 0
        # A first layout takes SIDE_SHARE of the width; later only a column wider than the documents spare shrinks,
        # or one narrower than that share when a layout saved in a narrower window opens in a wider one.
        if left and (first or left[0].width() > spare or (wider and left[0].width() < column)):
            self.window.resizeDocks(left[:1], [column], Qt.Orientation.Horizontal)
        self._keep_height_for_documents()
        # A pane squeezed below its text column takes width from a roomier one; a first layout shares evenly.
        if first:
            self._first_layout = False
            QTimer.singleShot(0, self, lambda: self.pane_area is not None and self.pane_area.balance(TEXT_MIN, True))
        else:
            self.pane_area.balance(TEXT_MIN)

    def show_hidden_for_reaction(self) -> None:
        """Show the docks that made way for the reaction: before a layout is saved, it is not the analyst's choice."""
        hidden, self._hidden_for_reaction = self._hidden_for_reaction, []
        for dock in hidden:
            dock.show()

    def _keep_height_for_documents(self) -> None:
        """The tabs below the documents (findings, search, ...) take at most BOTTOM_SHARE of the height."""
        limit = int(self.window.height() * BOTTOM_SHARE)
        bottom = [dock for dock in self.docks.docks.values() if not dock.isFloating() and dock.isVisibleTo(self.window)
                  and self.window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea]
        tallest = max((dock.height() for dock in bottom), default=0)
        # Too tall takes the documents' height; squeezed to a sliver (a first layout) shows no row at all.
        if bottom and (tallest > limit or tallest < min(BOTTOM_USEFUL, limit)):
            self.window.resizeDocks(bottom[:1], [int(limit * 0.9)], Qt.Orientation.Vertical)

    # Reading mode -------------------------------------------------------------------------------

    def enter_reading(self) -> None:
        """The active document alone, across the whole width; docks beside it hidden, the tabs below stay."""
        if self.pane_area is None or self.reading:
            return
        self._hidden_by_reading = self._beside(LEFT_DOCKS + RIGHT_DOCKS)
        self.reading = True
        for dock in self._hidden_by_reading:
            dock.hide()
        self.pane_area.show_only(self.pane_area.active_index())
        self.reading_changed.emit(True)

    def leave_reading(self) -> None:
        """Side by side again: the other panes and exactly the docks reading mode hid."""
        if self.pane_area is None or not self.reading:
            return
        self.reading = False
        self.pane_area.show_only(None)
        for dock in self._hidden_by_reading:
            dock.show()
        self._hidden_by_reading = []
        self.reading_changed.emit(False)
        self.adapt()

    def _follow_active(self, index: int) -> None:
        # In reading mode the pane that becomes active (Ctrl+2, a search hit) is the one shown.
        if self.reading and self.pane_area is not None:
            self.pane_area.show_only(index)
