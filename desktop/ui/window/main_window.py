"""The main window: start page or workspace (panes, docks), menus, project open/close, drops, settings."""

from __future__ import annotations

import getpass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget, QStyle, QWidget

from desktop.domain.document import DocumentKind
from desktop.operations.reactions import set_report_parts
from desktop.placeholders import fill
from desktop.store.documents import list_documents
from desktop.store.project import ProjectRefused, create_project, open_project
from desktop.ui import assessments, i18n, project_files, screens, settings
from desktop.ui.collaboration.collaboration_menu import CollaborationMenu
from desktop.ui.collaboration.refi_exchange import RefiExchangeMenu
from desktop.ui.collaboration.team_folder import TeamFolderMenu
from desktop.ui.documents.import_flow import DocumentImporter
from desktop.ui.documents.revision_menu import RevisionMenu
from desktop.ui.panes.document_pane import DocumentPane
from desktop.ui.reaction.reaction_menu import ReactionMenu
from desktop.ui.review.framework_menu import FrameworkMenu
from desktop.ui.session import Session
from desktop.ui.window import workspace_layout
from desktop.ui.window.author_highlights import AuthorHighlighting
from desktop.ui.window.help_dialogs import (
    ShortcutsDialog,
    action_shortcuts,
    document_shortcuts,
    show_about,
    show_problem_report,
)
from desktop.ui.window.linked_reading import LinkedReading
from desktop.ui.window.main_actions import MainActions
from desktop.ui.window.pane_area import PaneArea
from desktop.ui.window.preferences import PreferencesDialog, ask_name
from desktop.ui.window.project_copy import ProjectCopyMenu, notify_damaged_rows
from desktop.ui.window.read_only_project import ReadOnlyProject
from desktop.ui.window.start_page import StartPage
from desktop.ui.window.workspace_docks import WorkspaceDocks
from desktop.ui.window.workspace_layout import WorkspaceLayout

# Background work of a newly opened project (the suggestions' learning) starts this long after the
# window shows, so it does not compete with the first paint.
BACKGROUND_AFTER_SHOW_MS = 300


class MainWindow(QMainWindow):
    """Exposes ``session`` (None on the start page), ``panes``, ``active_pane()``, ``docks``.

    Dialogs go through replaceable attributes so tests never block: ``ask_name``,
    ``show_error(title, text)``; file choices through desktop.ui.project_files.
    """

    def __init__(self, project_path: Path | str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session: Session | None = None
        self.pane_area: PaneArea | None = None
        self.docks: WorkspaceDocks | None = None
        self.importer: DocumentImporter | None = None
        self.ask_name = ask_name
        self.show_error = self._show_error_box
        self.menu_actions = MainActions(self)
        self.reaction_menu = ReactionMenu(self)
        self.collaboration = CollaborationMenu(self)
        self.refi_exchange = RefiExchangeMenu(self)
        self.team_folder = TeamFolderMenu(self)
        self.revision_menu = RevisionMenu(self)
        self.framework_menu = FrameworkMenu(self)
        self.project_copy = ProjectCopyMenu(self)
        self.read_only = ReadOnlyProject(self)
        self.linked_reading = LinkedReading(self)
        self.author_highlighting = AuthorHighlighting(self)
        self.workspace_layout = WorkspaceLayout(self)
        self.start_page = StartPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.setAcceptDrops(True)
        self._connect()
        self._place_window()
        self.show_start_page()
        if project_path is not None:
            self.open_project_file(Path(project_path))
        self.retranslate_ui()

    def _step_refused(self, step: str, refusal: BaseException | str) -> None:
        reason = refusal if isinstance(refusal, str) else i18n.refusal_text(refusal)
        text = {"undo": self.tr("Cannot undo: %1"), "redo": self.tr("Cannot redo: %1")}.get(step, self.tr("Not saved: %1"))
        self.statusBar().showMessage(fill(text, reason), 15000)

    def _place_window(self) -> None:
        """The remembered geometry, brought onto today's screen; a first window fits the screen it opens on."""
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry and self.restoreGeometry(QByteArray(geometry)):
            screens.keep_on_screen(self, screens.available_geometry(self, self.frameGeometry()))
        else:
            available = screens.available_geometry(self)
            frame = workspace_layout.first_frame(available)
            if frame.height() == available.height():
                # The window manager's title bar comes on top; leave room for it before the frame is known.
                frame.adjust(0, self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight), 0, 0)
            self.setGeometry(frame)
        self._placed_on_show = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            # A moment after showing, once the window is painted and takes input.
            QTimer.singleShot(BACKGROUND_AFTER_SHOW_MS, self.session, self.session.start_background_work)
        if not self._placed_on_show:
            # Only a shown window knows its frame (title bar, borders); it must fit too.
            self._placed_on_show = True
            # A window manager reports the frame a moment after mapping the window: look again then.
            for delay in (0, 400):
                QTimer.singleShot(delay, self, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        screens.keep_on_screen(self, screens.available_geometry(self, self.frameGeometry()))

    # Wiring ---------------------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_project.triggered.connect(self.new_project)
        a.open_project.triggered.connect(self.choose_project)
        a.import_documents.triggered.connect(self.choose_import)
        a.import_folder.triggered.connect(self.choose_import_folder)
        a.close_project.triggered.connect(self.close_project)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self.session and self.session.undo())
        a.redo.triggered.connect(lambda: self.session and self.session.redo())
        a.find.triggered.connect(lambda: self.pane_area and self.active_pane().open_find_bar())
        a.tag.triggered.connect(lambda: self.pane_area and self.active_pane().start_tagging())
        a.suggestions.triggered.connect(self.show_suggestions)
        a.preferences.triggered.connect(self.edit_preferences)
        a.third_pane.toggled.connect(self.set_third_pane)
        a.outline.setChecked(settings.get(settings.OUTLINE_VISIBLE))
        a.outline.toggled.connect(self.set_outline_visible)
        a.reading_mode.triggered.connect(self.workspace_layout.enter_reading)
        a.side_by_side.triggered.connect(self.workspace_layout.leave_reading)
        self.workspace_layout.reading_changed.connect(lambda _reading: self._update_actions())
        for index, action in enumerate(a.focus_panes):
            action.triggered.connect(lambda _checked=False, i=index: self.focus_pane(i))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(lambda: show_about(self))
        a.report_problem.triggered.connect(lambda: show_problem_report(self))
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.open_requested.connect(self.choose_project)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_chosen.connect(lambda path: self.open_project_file(Path(path)))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Speerpunt main window"))
        if self.session is None:
            self.setWindowTitle(self.tr("Speerpunt"))
        else:
            self.setWindowTitle(fill(self.tr("%1 — Speerpunt"), self.session.project.path.stem))
            self.status_label.setText(fill(self.tr("Analyst: %1"), self.session.author))
        self.menu_actions.retranslate_ui()
        for part in ("linked_reading", "author_highlighting"):
            if getattr(self, part, None) is not None:
                getattr(self, part).retranslate_ui()
        if self.docks is not None:
            self.docks.retranslate_ui()
        self._update_undo_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_actions(self) -> None:
        has_project = self.session is not None
        for action in self.menu_actions.project_actions():
            action.setEnabled(has_project)
        self.menu_actions.focus_panes[2].setEnabled(bool(self.pane_area and len(self.pane_area.frames) > 2))
        reading = self.workspace_layout.reading
        self.menu_actions.reading_mode.setEnabled(has_project and not reading)
        self.menu_actions.side_by_side.setEnabled(has_project and reading)
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        stack = self.session.undo_stack if self.session else None
        self.menu_actions.undo.setEnabled(bool(stack and stack.canUndo()))
        self.menu_actions.redo.setEnabled(bool(stack and stack.canRedo()))
        self.menu_actions.update_undo_texts(stack.undoText() if stack else "", stack.redoText() if stack else "")

    # Panes ----------------------------------------------------------------------------------------

    @property
    def panes(self) -> list[DocumentPane]:
        return self.pane_area.panes if self.pane_area else []

    def active_pane(self) -> DocumentPane | None:
        return self.pane_area.active_pane() if self.pane_area else None

    def open_document(self, document_id: str, pane_index: int = -1) -> None:
        if self.pane_area:
            self.pane_area.open_in(pane_index, document_id)

    def show_in_pane(self, document_id: str, start: int, end: int, words: list | None = None) -> None:
        """Show a range (search hit, table row, coverage cell): in a pane already showing the document, else
        in the active pane."""
        if not self.pane_area:
            return
        index = next((i for i, pane in enumerate(self.panes) if pane.document_id == document_id), -1)
        pane = self.pane_area.open_in(index, document_id)
        pane.show_range(start, end, list(words or []) or None)

    def show_suggestions(self) -> None:
        """The suggestions window (non-modal), on the active pane's document; closes with the project."""
        if self.session is None:
            return
        from desktop.ui.review.missing_dialog import run_missing_dialog
        from desktop.ui.review.suggestion_panel import SuggestionPanel

        panel = getattr(self.session, "suggestion_panel", None)
        if panel is None:
            panel = SuggestionPanel(self.session, self)
            panel.show_requested.connect(self.show_in_pane)
            session = self.session
            panel.missing_requested.connect(lambda sp, doc: run_missing_dialog(session, sp, doc, self))
            session.closing.connect(panel.deleteLater)
            session.suggestion_panel = panel  # type: ignore[attr-defined]
        pane = self.active_pane()
        panel.select_document(pane.document_id if pane else None)
        panel.show()
        panel.raise_()

    def set_outline_visible(self, visible: bool) -> None:
        settings.put(settings.OUTLINE_VISIBLE, visible)
        for pane in self.panes:
            pane.set_outline_visible(visible)

    def focus_pane(self, index: int) -> None:
        if self.pane_area and index < len(self.pane_area.frames):
            self.pane_area.set_active(index)
            self.pane_area.frames[index].pane.view.setFocus()

    def set_third_pane(self, shown: bool) -> None:
        if not self.pane_area:
            return
        if shown:
            self.pane_area.add_pane()
        else:
            self.pane_area.remove_last_pane()
        self._update_actions()

    # Projects -------------------------------------------------------------------------------------

    def show_start_page(self) -> None:
        self.start_page.set_recent(settings.get(settings.RECENT_PROJECTS))
        self.stack.setCurrentWidget(self.start_page)
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        for number, path in enumerate(settings.get(settings.RECENT_PROJECTS)[:9], start=1):
            action = menu.addAction(f"&{number}  {Path(path).stem}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_project_file(Path(p)))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def analyst_name(self) -> str:
        """The analyst's name from the settings, asked once at first start."""
        name = settings.get(settings.ANALYST_NAME).strip()
        if not name:
            name = self.ask_name(self).strip()
            if name:
                settings.put(settings.ANALYST_NAME, name)
        # Someone who closes the prompt still gets their work signed, with their login name.
        return name or getpass.getuser()

    def open_project_file(self, path: Path) -> bool:
        if self.read_only.refuses(path):
            return False  # it said why and offered a copy (opened if the analyst chose so)
        try:
            project = open_project(path)
        except ProjectRefused as refusal:
            self.show_error(self.tr("Cannot open the project"), i18n.refusal_text(refusal))
            if not path.exists():
                settings.forget_project(str(path))
                self.start_page.set_recent(settings.get(settings.RECENT_PROJECTS))
            return False
        self.close_project()
        self.session = Session(project, self.analyst_name(), self)
        self.read_only.attach(self.session)
        self.session.edit_refused.connect(
            lambda reason: self.statusBar().showMessage(fill(self.tr("Not saved: %1"), reason), 15000))
        self.session.step_refused.connect(self._step_refused)
        self.session.hold_background_work()
        self.session.undo_stack.indexChanged.connect(lambda _index: self._update_undo_texts())
        self.session.undo_stack.cleanChanged.connect(lambda _clean: self._update_undo_texts())
        self._build_workspace()
        self.reaction_menu.attach(self.session)
        self.collaboration.attach(self.session)
        self.refi_exchange.attach(self.session)
        self.team_folder.attach(self.session)
        self.revision_menu.attach(self.session)
        self.framework_menu.attach(self.session)
        self.project_copy.attach(self.session)
        settings.remember_project(str(path))
        self.retranslate_ui()
        notify_damaged_rows(self, project)
        if self.isVisible():  # a project opened from the menu; at start-up showEvent releases it
            QTimer.singleShot(BACKGROUND_AFTER_SHOW_MS, self.session, self.session.start_background_work)
        return True

    def _build_workspace(self) -> None:
        session = self.session
        self.pane_area = PaneArea(session, 2, self)
        self.stack.addWidget(self.pane_area)
        self.stack.setCurrentWidget(self.pane_area)
        self.docks = WorkspaceDocks(self, session)
        self.docks.library.open_requested.connect(self.open_document)
        self.docks.open_requested.connect(self.show_in_pane)
        for pane in self.panes:
            self._connect_pane(pane)
        self.pane_area.pane_added.connect(self._connect_pane)
        self.importer = DocumentImporter(session, self)
        self.importer.imported.connect(self._open_imported)
        self.importer.details_requested.connect(lambda _ids: self.docks.show_view("collectionTable"))
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        self._restore_documents()
        splitter = settings.get(settings.PANES_SPLITTER)
        if splitter:
            self.pane_area.restoreState(QByteArray(splitter))
        if settings.get(settings.FONT_SIZE):
            self.apply_font_size(settings.get(settings.FONT_SIZE))
        # After the remembered layout: what was fine on another screen may squeeze the documents here.
        self.workspace_layout.attach(self.pane_area, self.docks, remembered=bool(state),
                                     remembered_width=(settings.get(settings.STATE_WIDTH) or 1) if state else 0)
        self._update_actions()

    def _connect_pane(self, pane: DocumentPane) -> None:
        # The pane's own keys for find and tag work alone; inside the window the Edit menu's
        # actions do the same for the active pane, and two live shortcuts on one key cancel out.
        taken = {action.shortcut() for action in self.menu_actions.all_actions() if not action.shortcut().isEmpty()}
        for shortcut in pane.findChildren(QShortcut):
            if shortcut.key() in taken:
                shortcut.setEnabled(False)
        pane.finding_selected.connect(self.docks.select_finding)
        pane.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        pane.set_outline_visible(self.menu_actions.outline.isChecked())

    def _restore_documents(self) -> None:
        """Reopen what was open last time; a project seen first shows position paper left, newest agreement right."""
        existing = {record.id: record for record in list_documents(self.session.project)}
        remembered = settings.open_documents(str(self.session.project.path))
        if len(remembered) > 2:
            self.menu_actions.third_pane.setChecked(True)
        chosen = [doc for doc in remembered if doc in existing]
        if not chosen:
            remembered = self._default_documents(list(existing.values()))
        for index, document_id in enumerate(remembered[: len(self.panes)]):
            if document_id in existing:
                self.pane_area.open_in(index, document_id)
        active = len(self.panes) - 1 if self.panes[-1].document_id else 0
        self.pane_area.set_active(active)
        # Focus decides the active pane; without this the first pane would take it when the window shows.
        self.panes[active].view.setFocus()

    @staticmethod
    def _default_documents(records: list) -> list[str]:
        by_newest = sorted(records, key=lambda record: record.imported_at, reverse=True)
        position = next((r.id for r in by_newest if r.kind == DocumentKind.POSITION), "")
        agreement = next((r.id for r in by_newest if r.kind == DocumentKind.AGREEMENT), "")
        if not position and not agreement:
            return [r.id for r in by_newest[:2]]
        return [position, agreement]

    def _open_imported(self, document_ids: list[str]) -> None:
        # A new document goes into an empty pane, so the analyst sees it came in.
        for pane_index, pane in enumerate(self.panes):
            if pane.document_id is None and document_ids:
                self.pane_area.open_in(pane_index, document_ids.pop(0))

    def save_settings(self) -> None:
        # Reading mode is a moment, not a layout: the docks it hid are saved as shown.
        self.workspace_layout.leave_reading()
        # Nor is the left column making way for the reaction on a narrow window: next time it may have room.
        self.workspace_layout.show_hidden_for_reaction()
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        if self.session is not None:
            settings.put(settings.WINDOW_STATE, bytes(self.saveState().data()))
            settings.put(settings.STATE_WIDTH, self.width())
            settings.put(settings.PANES_SPLITTER, bytes(self.pane_area.saveState().data()))
            for pane in self.panes:
                pane.remember_reading_position()
            settings.set_open_documents(str(self.session.project.path),
                                        [pane.document_id or "" for pane in self.panes])

    def close_project(self) -> None:
        if self.session is None:
            return
        self.save_settings()
        self.menu_actions.third_pane.blockSignals(True)
        self.menu_actions.third_pane.setChecked(False)
        self.menu_actions.third_pane.blockSignals(False)
        self.workspace_layout.detach()
        self.docks.remove()
        self.pane_area.disconnect_focus()
        self.stack.removeWidget(self.pane_area)
        # Deleted now, not later: a language change or a timer must never reach a view whose
        # project connection is about to close.
        shiboken6.delete(self.pane_area)
        self.importer.deleteLater()
        self.pane_area = self.docks = self.importer = None
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.status_label.clear()
        self.show_start_page()
        self.retranslate_ui()

    def new_project(self) -> bool:
        path = project_files.ask_new_project_path(self)
        if path is None:
            return False
        organisation = project_files.ask_organisation(self, settings.get(settings.LAST_ORGANISATION))
        if organisation is None:
            return False
        try:
            project = create_project(path)
            try:
                if organisation:
                    set_report_parts(project, {"organisation": organisation})
            finally:
                project.close()
        except ProjectRefused as refusal:
            self.show_error(self.tr("Cannot create the project"), i18n.refusal_text(refusal))
            return False
        if organisation:
            settings.put(settings.LAST_ORGANISATION, organisation)
        return self.open_project_file(path)

    def choose_project(self) -> bool:
        path = project_files.ask_open_project_path(self)
        return self.open_project_file(path) if path else False

    def open_demo(self) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = project_files.ensure_demo_project()
        except Exception as error:  # noqa: BLE001 - the start page must survive a broken demo
            self.show_error(self.tr("Cannot open the demo project"), i18n.refusal_text(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return self.open_project_file(path)

    # Importing ------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        if self.importer is not None:
            files = project_files.ask_import_paths(self)
            if files:
                self.importer.import_files(files)

    def choose_import_folder(self) -> None:
        """A folder of agreements (with its subfolders) as one batch: one bar, then a summary."""
        if self.importer is not None:
            folder = project_files.ask_import_folder(self)
            if folder is not None:
                self.importer.import_files([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer is not None and self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if self.importer is not None and files:
            event.acceptProposedAction()
            self.importer.import_files(files)

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return [path for path in paths if DocumentImporter.accepts(path)]

    # Preferences and help -------------------------------------------------------------------------

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(settings.get(settings.ANALYST_NAME), i18n.current_language(),
                                   settings.get(settings.FONT_SIZE), self, palette=settings.get(settings.PALETTE))
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.values())
        dialog.deleteLater()

    def apply_preferences(self, values: dict) -> None:
        name = str(values.get("name") or "").strip()
        if name:
            settings.put(settings.ANALYST_NAME, name)
            if self.session is not None:
                self.session.author = name
        language = str(values.get("language") or i18n.current_language())
        settings.put(settings.LANGUAGE, language)
        if language != i18n.current_language():
            i18n.install_language(language)
        size = int(values.get("font_size") or 0)
        settings.put(settings.FONT_SIZE, size)
        self.apply_font_size(size)
        self.apply_palette(str(values.get("palette") or settings.get(settings.PALETTE)))
        self.retranslate_ui()

    def apply_palette(self, name: str) -> None:
        """Recolour every view: the panes redraw their highlights, the other views repaint."""
        settings.put(settings.PALETTE, name)
        for pane in self.panes:
            pane.set_assessment_palette(name)
        assessments.set_palette(name)
        for widget in self.findChildren(QWidget):
            widget.update()

    def apply_font_size(self, size: int) -> None:
        points = size or QApplication.font().pointSizeF()
        for pane in self.panes:
            pane.set_text_point_size(points)

    def show_shortcuts(self) -> None:
        rows = action_shortcuts(self.menu_actions.all_actions()) + document_shortcuts()
        dialog = ShortcutsDialog(rows, self)
        dialog.exec()
        dialog.deleteLater()

    def _show_error_box(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.importer is not None:
            self.importer.shutdown()
        self.save_settings()
        self.close_project()
        super().closeEvent(event)
