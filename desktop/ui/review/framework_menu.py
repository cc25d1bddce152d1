"""Document → "Propose speerpunten from position paper…" and "Import framework file…": the framework
tree's two ways to get a framework, reachable without knowing its context menu."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from desktop.ui.window_menu import WindowMenu


class FrameworkMenu(WindowMenu):
    """Wiring in the main window: ``FrameworkMenu(self)`` after the Document menu exists.

    Each entry runs the framework tree's own step (``propose`` / ``import_file``), so the dialogs and
    the undo step are the tree's; without a framework tree (no project) the entries are disabled.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.menu = window.revision_menu.menu
        self.propose = self._action("proposeFrameworkAction", lambda: self._run("propose"))
        self.import_file = self._action("importFrameworkAction", lambda: self._run("import_file"))
        self.menu.addSeparator()
        self.menu.addActions([self.propose, self.import_file])
        self._update_when_shown(self.menu)
        self._ready()

    def retranslate_ui(self) -> None:
        self.propose.setText(self.tr("&Propose speerpunten from position paper…"))
        self.import_file.setText(self.tr("Import &framework file…"))

    def tree(self):
        docks = getattr(self.window, "docks", None)
        return docks.widgets.get("frameworkTree") if docks is not None else None

    def _run(self, step: str) -> None:
        tree = self.tree()
        if tree is not None:
            getattr(tree, step)()
