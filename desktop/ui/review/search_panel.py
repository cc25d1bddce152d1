"""The search panel: ranked snippets from all documents as you type; Enter opens the passage."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import list_categories, list_documents
from desktop.store.index.search import BadQuery, SearchHit, search, search_by_document
from desktop.ui.empty_hint import HintedListView
from desktop.ui.i18n import count_text
from desktop.ui.layouts import nested

SEARCH_DELAY_MS = 250
# Scope entries for a category carry this prefix; document ids are UUIDs and never start with it.
CATEGORY_PREFIX = "category:"
HIT_LIMIT = 200
_OPEN, _CLOSE = "\x02", "\x03"  # snippet marks no document text contains
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def snippet_html(snippet: str) -> str:
    """The FTS snippet as HTML: escaped, with the hit words bold."""
    return html.escape(" ".join(snippet.split())).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")


class SearchHitsModel(QAbstractListModel):
    """A list of SearchHits; DisplayRole is plain text, HTML_ROLE the rich line the delegate draws."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        # Grouped by document: each document's best hit, with its number of matching passages.
        self.passage_counts: dict[str, int] | None = None
        self._lines: dict[int, tuple[str, str]] = {}
        # Document id -> the name the analyst gave it (a municipality), shown instead of the long title.
        self.names: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], passage_counts: dict[str, int] | None = None) -> None:
        self.beginResetModel()
        self.hits = hits
        self.passage_counts = passage_counts
        self._lines: dict[int, tuple[str, str]] = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """The place line ("p. 12", "19 matching passages") in the new language."""
        self._lines = {}
        if self.hits:
            self.dataChanged.emit(self.index(0), self.index(len(self.hits) - 1))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def _texts(self, row: int) -> tuple[str, str]:
        # (plain, html) of a row, made once: the view asks for every row's data several times while it lays
        # out hundreds of hits (a search by document over 342 agreements), and each answer formats strings.
        texts = self._lines.get(row)
        if texts is None:
            hit = self.hits[row]
            title = self.names.get(hit.document_id) or hit.document_title
            place = title if hit.page is None else fill(self.tr("%1, p. %2"), title,
                                                                     str(hit.page))
            if self.passage_counts is not None:
                count = self.passage_counts.get(hit.document_id, 0)
                matching = self.tr("1 matching passage") if count == 1 else fill(self.tr("%1 matching passages"),
                                                                                 count_text(count))
                place = f"{title} · {matching}"
            plain = " ".join(hit.snippet.replace(_OPEN, "").replace(_CLOSE, "").split())
            texts = self._lines[row] = (f"{place}: {plain}",
                                        f"<span style='color:#555'>{html.escape(place)}</span><br>"
                                        f"{snippet_html(hit.snippet)}")
        return texts

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts(index.row())[0]
        if role == HTML_ROLE:
            return self._texts(index.row())[1]
        if role == HIT_ROLE:
            return self.hits[index.row()]
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws HTML_ROLE as rich text, two lines per hit, wrapping to the view's width."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(50, option.rect.width() - 8))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(options.rect.left() + 4, options.rect.top() + 3)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        # Laid out once per text, width and font: the list asks every row's height on each layout (hundreds
        # of rows when hits are grouped by document), and a QTextDocument layout is the costly part.
        width = option.widget.viewport().width() if option.widget else 400
        text = index.data(HTML_ROLE) or ""
        key = (text, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 5000:
                self._heights.clear()
            options = QStyleOptionViewItem(option)
            options.rect.setWidth(width)
            height = self._heights[key] = int(self._document(options, index).size().height()) + 6
        return QSize(width, height)


class SearchPanel(QWidget):
    """Search all documents (FTS5, diacritics ignored) as you type.

    Signal ``open_requested(document_id, start, end, words)``: the hit's passage
    range in code points and the query's words, on Enter or double-click.
    Public for tests: ``query``, ``scope``, ``results`` (QListView), ``model``,
    ``message`` (QLabel), ``run_search()``.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("searchPanel")
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.scope = QComboBox(self)
        self.scope.setObjectName("searchScope")
        self.by_document = QCheckBox(self)
        self.by_document.setObjectName("searchByDocument")
        self.by_document.toggled.connect(lambda _on: self.run_search())
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.model = SearchHitsModel(self)
        self.results = HintedListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        # Hundreds of hits (grouped by document over a national project) are laid out a batch per turn of the
        # event loop: the first screenful shows at once and typing is never held up by the rest.
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(30)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.scope.currentIndexChanged.connect(lambda _i: self.run_search())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = nested(layout, QHBoxLayout())
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.query, 3)
        row.addWidget(self.scope, 2)
        row.addWidget(self.by_document)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        session.changed.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Search"))
        self.query.setPlaceholderText(self.tr("Search all documents…"))
        self.query.setAccessibleName(self.tr("Search words"))
        self.query.setToolTip(self.tr('All words must occur; "quotes" for a phrase; woning* for words starting so'))
        self.scope.setAccessibleName(self.tr("Search in"))
        self.by_document.setText(self.tr("By document"))
        self.by_document.setToolTip(self.tr("One line per document that matches: its number of matching passages "
                                            "and its best passage"))
        self.results.setAccessibleName(self.tr("Search results"))
        self._update_hint()
        self.model.retranslate()
        self.fill_scope()
        self._show_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill_scope(self) -> None:
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All documents"), None)
        for category in list_categories(self.session.project):
            self.scope.addItem(fill(self.tr("Category: %1"), category), CATEGORY_PREFIX + category)
        names = {}
        for document in list_documents(self.session.project):
            self.scope.addItem(document.citation_name, document.id)
            names[document.id] = document.citation_name
        self.model.names = names
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)) if chosen is not None else 0)
        self.scope.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.documents:
            self.fill_scope()
            if self.query.text().strip():
                self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        self._update_hint()
        if not text.strip():
            self.model.set_hits([])
            self.message.setText("")
            return
        try:
            scope = self.scope.currentData()
            category = scope.removeprefix(CATEGORY_PREFIX) if scope and scope.startswith(CATEGORY_PREFIX) else None
            if self.by_document.isChecked():
                groups = search_by_document(self.session.project, text, marks=(_OPEN, _CLOSE), category=category)
                if scope and not category:
                    groups = [group for group in groups if group.document_id == scope]
            else:
                hits = search(self.session.project, text, document_id=None if category else scope, limit=HIT_LIMIT,
                              marks=(_OPEN, _CLOSE), category=category)
        except BadQuery:
            self.model.set_hits([])
            self.message.setText(self.tr("Type at least one word (letters or digits) to search for."))
            return
        if self.by_document.isChecked():
            self.model.set_hits([group.best for group in groups],
                                {group.document_id: group.passages for group in groups})
        else:
            self.model.set_hits(hits)
        self._show_count()

    def _update_hint(self) -> None:
        """The empty list says how to search until words are typed (then the line above says what was found)."""
        typed = bool(self.query.text().strip())
        self.results.set_empty_hint("" if typed else self.tr(
            'Type words to search every document: all words must occur; "quotes" for a phrase; woning* for words '
            "starting so."))

    def _show_count(self) -> None:
        if not self.query.text().strip():
            return
        count = len(self.model.hits)
        if count == 0:
            self.message.setText(fill(self.tr("Nothing found for “%1”."), self.query.text().strip()))
        elif self.model.passage_counts is not None:
            passages = sum(self.model.passage_counts.values())
            documents = self.tr("1 document") if count == 1 else fill(self.tr("%1 documents"), count_text(count))
            found = self.tr("1 matching passage") if passages == 1 else fill(self.tr("%1 matching passages"), count_text(passages))
            self.message.setText(f"{documents}, {found}")
        elif count == 1:
            self.message.setText(self.tr("1 passage"))
        elif count >= HIT_LIMIT:
            self.message.setText(self.tr("The best %Ln passages", "", count))
        else:
            self.message.setText(self.tr("%Ln passages", "", count))

    def _enter(self) -> None:
        # Enter in the query field: search now, then open the best hit.
        self.run_search()
        if self.model.hits:
            self.results.setCurrentIndex(self.model.index(0))
            self._open(self.model.index(0))

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            # The words as the passage spells them ("gemeenten" for a search on "gemeente").
            self.open_requested.emit(hit.document_id, hit.start, hit.end, list(hit.words))
