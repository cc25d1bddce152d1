"""The centre of the window: document panes side by side, each under a header, one of them active."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import get_document
from desktop.ui.documents.library_model import kind_label
from desktop.ui.panes.document_pane import DocumentPane
from desktop.ui.session import Session

MAX_PANES = 3


class PaneHeader(QLabel):
    """One line naming the pane's document, cut short with "…" when the pane is narrow (the tooltip has it all).

    A plain QLabel would ask for its whole text as minimum width and push the window wider.
    """

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class PaneFrame(QFrame):
    """One pane with a header naming its document; the active pane's header is highlighted."""

    def __init__(self, session: Session, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"paneFrame{index}")
        self.session = session
        self.index = index
        self.header = PaneHeader(self)
        self.header.setObjectName("paneHeader")
        self.header.setAutoFillBackground(True)
        self.header.setContentsMargins(8, 4, 8, 4)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.pane = DocumentPane(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pane, 1)
        self.active = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(fill(self.tr("Document pane %1"), str(self.index + 1)))
        self.update_header()

    def update_header(self) -> None:
        document_id = self.pane.document_id
        if document_id is None:
            text = tooltip = self.tr("No document open: double-click one in the document library")
        else:
            record = get_document(self.session.project, document_id)
            # The name the library lists it by (a municipality's short name), the full title in the tooltip.
            text = f"{record.citation_name}  ·  {kind_label(record.kind)}"
            tooltip = f"{record.title}  ·  {kind_label(record.kind)}  ·  {record.source_name}"
        self.header.setText(text)
        self.header.setToolTip(tooltip)
        palette = self.header.palette()
        # The active pane's header takes the selection colour: where a library
        # double-click, a search hit or Ctrl+F will land.
        role = QPalette.ColorRole.Highlight if self.active else QPalette.ColorRole.AlternateBase
        text_role = QPalette.ColorRole.HighlightedText if self.active else QPalette.ColorRole.WindowText
        palette.setColor(QPalette.ColorRole.Window, self.palette().color(role))
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(text_role))
        self.header.setPalette(palette)
        font = self.header.font()
        font.setBold(self.active)
        self.header.setFont(font)

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update_header()


class PaneArea(QSplitter):
    """Holds 2 or 3 PaneFrames; ``active_pane()``, ``add_pane()``, ``remove_last_pane()``.

    Shown are the panes with a document and the active pane (``_update_shown``): an empty pane beside
    a document would take half the width to show a hint, so it waits until it is made active (Ctrl+1,
    the third pane switched on) or a document is opened into it (the library's "Open left").

    Signals: ``active_changed(int)``, the index of the newly active pane; ``pane_added(pane)``
    for panes added after construction (the first ones are in ``panes``); ``shown_changed()`` when
    panes appear or go, so the window can share its width anew.
    """

    active_changed = Signal(int)
    pane_added = Signal(object)  # DocumentPane
    shown_changed = Signal()

    def __init__(self, session: Session, panes: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("paneSplitter")
        self.session = session
        self.frames: list[PaneFrame] = []
        self._active = 0
        self._only: int | None = None  # reading mode: the one pane shown
        self._updating = False
        self.setChildrenCollapsible(False)
        for _ in range(panes):
            self.add_pane()
        self.frames[0].set_active(True)
        self._update_shown()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Documents side by side"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def panes(self) -> list[DocumentPane]:
        return [frame.pane for frame in self.frames]

    def add_pane(self) -> DocumentPane | None:
        if len(self.frames) >= MAX_PANES:
            return None
        frame = PaneFrame(self.session, len(self.frames), self)
        frame.pane.tag_requested.connect(lambda f=frame: self.set_active(f.index))
        frame.pane.document_closed.connect(lambda f=frame: self._on_document_closed(f))
        self.frames.append(frame)
        self.addWidget(frame)
        self.setSizes([1000] * len(self.frames))
        self.pane_added.emit(frame.pane)
        if len(self.frames) > 2:  # switched on: the new pane is where the next document goes, so it shows
            self.set_active(frame.index)
        return frame.pane

    def remove_last_pane(self) -> bool:
        if len(self.frames) <= 2:
            return False
        frame = self.frames[-1]
        if self._active == frame.index:  # before it goes: set_active leaves the pane it was on
            self.set_active(frame.index - 1)
        self.frames.pop()
        frame.hide()
        frame.deleteLater()
        self._update_shown()
        return True

    def active_pane(self) -> DocumentPane:
        return self.frames[self._active].pane

    def active_index(self) -> int:
        return self._active

    def set_active(self, index: int) -> None:
        if not 0 <= index < len(self.frames) or index == self._active:
            return
        self.frames[self._active].set_active(False)
        self._active = index
        self.frames[index].set_active(True)
        self._update_shown()
        self.active_changed.emit(index)

    def open_in(self, index: int, document_id: str) -> DocumentPane:
        """Open ``document_id`` in pane ``index`` (-1: the active pane) and make that pane active."""
        index = self._active if index < 0 else min(index, len(self.frames) - 1)
        frame = self.frames[index]
        if frame.pane.document_id != document_id:
            # The pane puts the text cursor where the document was left (its start when never read), so the
            # view scrolls there when shown; moving the cursor to the start here sent every document opened in a
            # pane on screen back to its first line.
            frame.pane.open_document(document_id)
        frame.update_header()
        self.set_active(index)  # an empty pane made active shows; the active pane already did
        return frame.pane

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The pane the analyst last clicked or typed in is the active one.
        for frame in self.frames:
            if new is not None and (new is frame or frame.isAncestorOf(new)):
                self.set_active(frame.index)
                return

    def _on_document_closed(self, frame: PaneFrame) -> None:
        frame.update_header()
        self._update_shown()  # an emptied pane goes, unless it is the active one

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents:
            for frame in self.frames:
                if frame.pane.document_id in changes.documents:
                    frame.update_header()

    def show_only(self, index: int | None) -> None:
        """Reading mode: only pane ``index`` shown, across the whole area; None shows the panes side by side again."""
        self._only = index
        self._update_shown(resize=index is None)

    def _update_shown(self, resize: bool = False) -> None:
        """Show the panes that have a document and the active one (in reading mode only the one chosen).

        When the panes shown change (or ``resize``), they share the width equally.
        """
        if self._updating:  # hiding the pane that holds the focus moves it, which may make another pane active
            return
        self._updating = True
        try:
            if self._only is not None:
                shown = [frame.index == self._only for frame in self.frames]
            else:
                shown = [frame.index == self._active or frame.pane.document_id is not None for frame in self.frames]
            changed = [not frame.isHidden() for frame in self.frames] != shown
            for frame, show in zip(self.frames, shown, strict=True):
                frame.setVisible(show)
            if (changed or resize) and self._only is None:
                self.setSizes([1000 if show else 0 for show in shown])
        finally:
            self._updating = False
        if changed:
            self.shown_changed.emit()

    def balance(self, text_min: int, force: bool = False) -> None:
        """Give the shown panes text columns of equal width when one is below ``text_min`` (or ``force``).

        Equal text, not equal panes: a PDF's pane spends more on its page-number margin than a Word file's.
        """
        shown = [frame for frame in self.frames if not frame.isHidden()]
        if len(shown) < 2:
            return
        texts = [frame.pane.view.viewport().width() for frame in shown]
        if not force and min(texts) >= text_min:
            return
        chrome = {frame.index: frame.width() - text for frame, text in zip(shown, texts, strict=True)}
        text = (sum(frame.width() for frame in shown) - sum(chrome.values())) // len(shown)
        if max(texts) - min(texts) > 4:
            self.setSizes([text + chrome[frame.index] if not frame.isHidden() else 0 for frame in self.frames])

    def disconnect_focus(self) -> None:
        """Called before the area is deleted, so no focus change reaches a dead object."""
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
