"""The workspace's docks: library and framework tree left; findings, search, coverage and the collection views
tabbed below."""

from __future__ import annotations

import importlib

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from desktop.ui.documents.document_library import DocumentLibrary
from desktop.ui.refresh_when_shown import RefreshWhenShown
from desktop.ui.session import Session

# (dock object name, module, class) of the reviewing widgets. A widget whose module is
# not there yet is left out, so the window works while the team builds the rest.
OPTIONAL_WIDGETS = {
    "frameworkTree": ("desktop.ui.review.framework_tree", "FrameworkTree"),
    "findingsTable": ("desktop.ui.review.findings_table", "FindingsTable"),
    "searchPanel": ("desktop.ui.review.search_panel", "SearchPanel"),
    "coverageView": ("desktop.ui.review.coverage", "CoverageView"),
    "reactionPanel": ("desktop.ui.reaction.reaction_panel", "ReactionPanel"),
    "speerpuntView": ("desktop.ui.review.speerpunt_view", "SpeerpuntView"),
    "matrixView": ("desktop.ui.review.matrix_view", "MatrixView"),
    "collectionTable": ("desktop.ui.documents.collection_table", "CollectionTable"),
    "hitWalker": ("desktop.ui.review.hit_walker", "HitWalker"),
}
LEFT = ("documentLibrary", "frameworkTree")
# Below the panes, as tabs: the documents keep their width, and the tables get the window's.
BOTTOM = ("findingsTable", "searchPanel", "coverageView", "speerpuntView", "matrixView", "collectionTable",
          "hitWalker")
# The collection views are called up by name rather than toggled: in a row of tabs a toggle would hide
# a view the analyst asked for whenever it sat behind another tab.
SHOWN_BY_ACTION = {
    "speerpuntView": "Ctrl+Shift+S",
    "matrixView": "Ctrl+Shift+M",
    "collectionTable": "Ctrl+Shift+T",
    "hitWalker": "Ctrl+Shift+H",
}
# Above this many documents the library gets half the left column instead of a few rows.
MANY_DOCUMENTS = 25
# The reaction is written beside the agreement it answers, so it sits right of the panes.
RIGHT = ("reactionPanel",)


def _load(name: str, session: Session, parent: QWidget) -> QWidget | None:
    module_name, class_name = OPTIONAL_WIDGETS[name]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None
    widget = getattr(module, class_name)(session, parent)
    # The main window and its tests find each dock's widget by this name.
    widget.setObjectName(name)
    return widget


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a dock made smaller than its contents' minimum scrolls them
    instead of pushing the window wider or taller than the screen."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFocusProxy(widget)
    # A few lines and a scroll bar: docks stacked in one column still fit a laptop screen.
    area.setMinimumSize(120, 48)
    return area


class WorkspaceDocks(QObject):
    """Creates and removes the docks of one open project.

    ``widgets`` maps object name -> widget; ``open_requested(document_id, start, end, words)``
    re-emits every reviewing widget's request to show a range.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.library = DocumentLibrary(session, window)
        self.widgets: dict[str, QWidget] = {"documentLibrary": self.library}
        # Views behind a tab are filled when they first come into sight, not before the window shows.
        with RefreshWhenShown.first_loads_wait():
            for name in OPTIONAL_WIDGETS:
                widget = _load(name, session, window)
                if widget is not None:
                    self.widgets[name] = widget
        self.docks: dict[str, QDockWidget] = {}
        for name, widget in self.widgets.items():
            dock = QDockWidget(window)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(_scrolled(widget))
            area = Qt.DockWidgetArea.LeftDockWidgetArea if name in LEFT else Qt.DockWidgetArea.BottomDockWidgetArea
            if name in RIGHT:
                area = Qt.DockWidgetArea.RightDockWidgetArea
            window.addDockWidget(area, dock)
            # A dock added to a window already on screen stays hidden until shown.
            dock.show()
            self.docks[name] = dock
            if hasattr(widget, "open_requested") and name != "documentLibrary":
                widget.open_requested.connect(self.open_requested)
        self._connect_reviewing()
        self._connect_collection()
        self._arrange()
        self._add_view_actions()
        self.retranslate_ui()

    def _connect_reviewing(self) -> None:
        # A coverage cell selects its findings in the table; a speerpunt in the tree narrows the table to it.
        table = self.widgets.get("findingsTable")
        if table is None:
            return
        coverage, tree = self.widgets.get("coverageView"), self.widgets.get("frameworkTree")
        if coverage is not None and hasattr(coverage, "findings_requested"):
            coverage.findings_requested.connect(table.show_findings)
        if tree is not None and hasattr(tree, "speerpunt_activated"):
            tree.speerpunt_activated.connect(table.show_speerpunt)

    def _connect_collection(self) -> None:
        # A speerpunt chosen in the tree is also the one the speerpunt view reads out, tab raised or not.
        tree, view = self.widgets.get("frameworkTree"), self.widgets.get("speerpuntView")
        if tree is not None and view is not None:
            tree.speerpunt_activated.connect(view.show_speerpunt)
        collection = self.widgets.get("collectionTable")
        if collection is not None:
            collection.document_requested.connect(lambda document_id: self.library.open_requested.emit(document_id, -1))

    def _arrange(self) -> None:
        left = [self.docks[name] for name in LEFT if name in self.docks]
        if len(left) == 2:
            self.window.splitDockWidget(left[0], left[1], Qt.Orientation.Vertical)
        bottom = [self.docks[name] for name in BOTTOM if name in self.docks]
        for dock in bottom[1:]:
            self.window.tabifyDockWidget(bottom[0], dock)
        if bottom:
            bottom[0].raise_()
        self.window.resizeDocks(left[:1], [380], Qt.Orientation.Horizontal)
        if len(left) == 2:
            # A few documents need little room; the speerpunten tree needs the height. Hundreds of agreements
            # (a national project) need the list and its filter: then the two share the column.
            many = len(self.library.document_ids()) > MANY_DOCUMENTS
            self.window.resizeDocks(left, [400, 400] if many else [180, 600], Qt.Orientation.Vertical)
        self.window.resizeDocks(bottom[:1], [260], Qt.Orientation.Vertical)
        right = [self.docks[name] for name in RIGHT if name in self.docks]
        self.window.resizeDocks(right, [560], Qt.Orientation.Horizontal)
        for dock in right:
            # Hidden until the analyst writes (Reaction menu, Ctrl+R): beside the library, the tree and
            # two panes it would squeeze the documents unreadably narrow. The saved layout may show it.
            dock.hide()

    def _add_view_actions(self) -> None:
        actions = self.window.menu_actions  # type: ignore[attr-defined]
        self.view_actions = []
        toggled = [name for name in self.docks if name not in SHOWN_BY_ACTION]
        for number, name in enumerate(toggled, start=1):
            action = self.docks[name].toggleViewAction()
            action.setObjectName(f"{name}DockAction")
            action.setShortcut(f"Alt+{number}")
            self._add_action(action)
        separator = actions.view_menu.addSeparator()
        self.view_actions.append(separator)
        for name, keys in SHOWN_BY_ACTION.items():
            if name in self.docks:
                action = QAction(self.window)
                action.setObjectName(f"{name}DockAction")
                action.setShortcut(QKeySequence(keys))
                action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
                self._add_action(action)

    def _add_action(self, action: QAction) -> None:
        self.window.menu_actions.view_menu.addAction(action)  # type: ignore[attr-defined]
        self.window.addAction(action)
        self.view_actions.append(action)

    def show_view(self, name: str) -> QWidget | None:
        """Show a dock, bring its tab to the front and give it the keyboard; None when it is not there."""
        dock = self.docks.get(name)
        if dock is None:
            return None
        dock.show()
        dock.raise_()
        self.widgets[name].setFocus()
        return self.widgets[name]

    def retranslate_ui(self) -> None:
        titles = {
            "documentLibrary": self.tr("Documents"),
            "frameworkTree": self.tr("Speerpunten"),
            "findingsTable": self.tr("Findings"),
            "searchPanel": self.tr("Search"),
            "coverageView": self.tr("Coverage"),
            "reactionPanel": self.tr("Reaction"),
            "speerpuntView": self.tr("Speerpunt view"),
            "matrixView": self.tr("Comparison matrix"),
            "collectionTable": self.tr("Documents table"),
            "hitWalker": self.tr("Tag search hits"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
            dock.setAccessibleName(titles[name])
        # The call-up actions are not the dock's own toggle, so they need their texts.
        menu_texts = {
            "speerpuntView": self.tr("&Speerpunt view"),
            "matrixView": self.tr("Comparison &matrix"),
            "collectionTable": self.tr("Documents &table"),
            "hitWalker": self.tr("Tag search &hits"),
        }
        for action in self.view_actions:
            name = action.objectName().removesuffix("DockAction")
            if name in menu_texts:
                action.setText(menu_texts[name])

    def select_finding(self, finding_id: str) -> None:
        table = self.widgets.get("findingsTable")
        if table is not None and hasattr(table, "select_findings"):
            table.select_findings([finding_id])

    def remove(self) -> None:
        for widget in self.widgets.values():
            if hasattr(widget, "finish_editing"):
                widget.finish_editing()  # what is typed is saved before the project closes
        for action in self.view_actions:
            self.window.menu_actions.view_menu.removeAction(action)  # type: ignore[attr-defined]
            self.window.removeAction(action)
        for dock in self.docks.values():
            self.window.removeDockWidget(dock)
            # Deleted now: nothing may reach these widgets once their project is closed.
            shiboken6.delete(dock)
        self.deleteLater()
