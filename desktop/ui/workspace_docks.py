"""The workspace's docks: library and framework tree left; findings, search and coverage tabbed below."""

from __future__ import annotations

import importlib

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop.ui.document_library import DocumentLibrary
from desktop.ui.session import Session

# (dock object name, module, class) of the reviewing widgets. A widget whose module is
# not there yet is left out, so the window works while the team builds the rest.
OPTIONAL_WIDGETS = {
    "frameworkTree": ("desktop.ui.framework_tree", "FrameworkTree"),
    "findingsTable": ("desktop.ui.findings_table", "FindingsTable"),
    "searchPanel": ("desktop.ui.search_panel", "SearchPanel"),
    "coverageView": ("desktop.ui.coverage", "CoverageView"),
    "reactionPanel": ("desktop.ui.reaction_panel", "ReactionPanel"),
}
LEFT = ("documentLibrary", "frameworkTree")
BOTTOM = ("findingsTable", "searchPanel", "coverageView")
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
        for name in OPTIONAL_WIDGETS:
            widget = _load(name, session, window)
            if widget is not None:
                self.widgets[name] = widget
        self.docks: dict[str, QDockWidget] = {}
        for name, widget in self.widgets.items():
            dock = QDockWidget(window)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
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
            # A few documents need little room; the speerpunten tree needs the height.
            self.window.resizeDocks(left, [180, 600], Qt.Orientation.Vertical)
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
        for number, dock in enumerate(self.docks.values(), start=1):
            action = dock.toggleViewAction()
            action.setObjectName(f"{dock.objectName()}Action")
            action.setShortcut(f"Alt+{number}")
            actions.view_menu.addAction(action)
            self.window.addAction(action)
            self.view_actions.append(action)

    def retranslate_ui(self) -> None:
        titles = {
            "documentLibrary": self.tr("Documents"),
            "frameworkTree": self.tr("Speerpunten"),
            "findingsTable": self.tr("Findings"),
            "searchPanel": self.tr("Search"),
            "coverageView": self.tr("Coverage"),
            "reactionPanel": self.tr("Reaction"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
            dock.setAccessibleName(titles[name])

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
