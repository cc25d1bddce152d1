"""Tagging across search hits by keyboard: choose a speerpunt once, then one key per hit (P, Z, O)."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.finding import Assessment
from desktop.operations.changes import Changes
from desktop.placeholders import fill
from desktop.store.documents import list_categories
from desktop.store.findings import recent_speerpunt_ids
from desktop.store.frameworks import list_speerpunten
from desktop.store.index.hit_spans import WalkHit, walk_hits
from desktop.store.index.search import BadQuery
from desktop.ui import assessments
from desktop.ui.commands.findings import AddFinding
from desktop.ui.layouts import nested
from desktop.ui.panes.speerpunt_picker import SpeerpuntListModel, match_speerpunten
from desktop.ui.session import Session

# P(ositief), Z(org), O(ntbreekt): the Dutch words, as the analysts say them.
KEYS = {Qt.Key.Key_P: Assessment.POSITIVE, Qt.Key.Key_Z: Assessment.CONCERN, Qt.Key.Key_O: Assessment.MISSING}
ALL = "\x00all"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SpeerpuntChoiceModel(SpeerpuntListModel):
    """B's picker model for an editable combo, which reads item texts and completes by the EditRole."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and 0 <= index.row() < len(self.rows):
            sp = self.rows[index.row()].speerpunt
            theme = f"   — {sp.theme_title}" if sp.theme_title else ""
            return f"{sp.code}  {sp.title}{theme}"
        return super().data(index, role)


class HitListModel(QAbstractListModel):
    """The hits being walked; a hit tagged in this walk shows its sign and speerpunt code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[WalkHit] = []
        self.tagged: dict[int, str] = {}  # row -> "2.1 +"

    def set_hits(self, hits: list[WalkHit]) -> None:
        self.beginResetModel()
        self.hits, self.tagged = hits, {}
        self.endResetModel()

    def mark(self, row: int, text: str | None) -> None:
        if text:
            self.tagged[row] = text
        else:
            self.tagged.pop(row, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            page = f" p. {hit.page}" if hit.page is not None else ""
            mark = f"✓ {self.tagged[index.row()]}   " if index.row() in self.tagged else ""
            text = " ".join(hit.text[hit.start - hit.passage_start: hit.end - hit.passage_start].split())
            return f"{mark}{hit.document_name}{page} — {text[:160]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.text
        return None


class HitWalker(QWidget):
    """Walk every hit of a query in the agreements (N / Shift+N, or Down / Up) and tag with one key.

    The speerpunt is chosen once for the walk (type-ahead, recent ones first). P, Z or O
    then adds a positive, concern or missing finding (B's AddFinding undo step, so
    Ctrl+Z takes it back) on the hit's span (see desktop.store.index.hit_spans: the sentences
    holding the matched words) and moves on. Each hit is shown in context through
    ``open_requested(document_id, start, end, words)``.
    """

    open_requested = Signal(str, int, int, list)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("hitWalker")
        self.query_label, self.category_label, self.speerpunt_label = QLabel(self), QLabel(self), QLabel(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("hitWalkerQuery")
        self.query.returnPressed.connect(self.run_query)
        self.category = QComboBox(self)
        self.category.setObjectName("hitWalkerCategory")
        self.category.activated.connect(lambda _index: self.run_query())
        self.speerpunt_model = SpeerpuntChoiceModel(self)
        self.speerpunt = QComboBox(self)
        self.speerpunt.setObjectName("hitWalkerSpeerpunt")
        self.speerpunt.setModel(self.speerpunt_model)
        self.speerpunt.setEditable(True)
        self.speerpunt.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speerpunt.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.speerpunt.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Once chosen, the keys go to the hits: the speerpunt stays for the whole walk.
        self.speerpunt.activated.connect(lambda _index: self.hit_list.setFocus())
        self.progress = QLabel(self)
        self.progress.setObjectName("hitWalkerProgress")
        self.status = QLabel(self)
        self.status.setObjectName("hitWalkerStatus")
        self.status.setWordWrap(True)
        self.keys_hint = QLabel(self)
        self.keys_hint.setWordWrap(True)
        self.model = HitListModel(self)
        self.hit_list = QListView(self)
        self.hit_list.setObjectName("hitWalkerHits")
        self.hit_list.setModel(self.model)
        self.hit_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hit_list.setUniformItemSizes(True)
        self.hit_list.installEventFilter(self)
        self.context = QTextBrowser(self)
        self.context.setObjectName("hitWalkerContext")
        self.context.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = nested(layout, QGridLayout())
        form.addWidget(self.query_label, 0, 0)
        form.addWidget(self.query, 0, 1)
        form.addWidget(self.category_label, 0, 2)
        form.addWidget(self.category, 0, 3)
        form.addWidget(self.speerpunt_label, 1, 0)
        form.addWidget(self.speerpunt, 1, 1, 1, 3)
        form.setColumnStretch(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        # Low minimums: the walker shares a row of tabs below the documents, and the tallest tab's minimum
        # would take that height from the documents for every tab.
        self.hit_list.setMinimumHeight(44)
        self.context.setMinimumHeight(40)
        splitter.addWidget(self.hit_list)
        splitter.addWidget(self.context)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.hit_list.selectionModel().currentChanged.connect(lambda current, _previous: self._show(current.row()))
        session.changed.connect(self._on_changed)
        self.fill_choices()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Tag search hits"))
        self.query_label.setText(self.tr("&Search:"))
        self.query_label.setBuddy(self.query)
        self.query.setAccessibleName(self.tr("Words to find in all agreements"))
        self.query.setPlaceholderText(self.tr("Words to find in all agreements, Enter to start"))
        self.category_label.setText(self.tr("&In:"))
        self.category_label.setBuddy(self.category)
        self.category.setAccessibleName(self.tr("Category of agreements to search"))
        if self.category.count():
            self.category.setItemText(0, self.tr("All agreements"))
        self.speerpunt_label.setText(self.tr("Sp&eerpunt:"))
        self.speerpunt_label.setBuddy(self.speerpunt)
        self.speerpunt.setAccessibleName(self.tr("Speerpunt every tag of this walk goes to"))
        self.keys_hint.setText(self.tr("In the list: P positive · Z concern · O missing (tags and moves on) · "
                                       "N / Down next · Shift+N / Up previous · Ctrl+Z undo"))
        self.hit_list.setAccessibleName(self.tr("Search hits to tag"))
        self.context.setAccessibleName(self.tr("The current hit in its passage"))
        self._update_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill_choices(self) -> None:
        chosen = self.speerpunt_id()
        speerpunten = list_speerpunten(self.session.project)
        recent = recent_speerpunt_ids(self.session.project, self.session.author)
        self.speerpunt_model.set_rows(match_speerpunten(speerpunten, "", recent))
        self.set_speerpunt(chosen)
        category = self.category.currentData() or ALL
        self.category.clear()
        self.category.addItem("", ALL)
        for name in list_categories(self.session.project):
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.retranslate_ui()

    def speerpunt_id(self) -> str | None:
        index = self.speerpunt.currentIndex()
        if index < 0 or self.speerpunt.currentText() != self.speerpunt.itemText(index):
            return None  # typed text that matches no speerpunt
        return self.speerpunt.itemData(index, SpeerpuntListModel.SpeerpuntIdRole)

    def set_speerpunt(self, speerpunt_id: str | None) -> None:
        self.speerpunt.setCurrentIndex(self.speerpunt.findData(speerpunt_id, SpeerpuntListModel.SpeerpuntIdRole)
                                       if speerpunt_id else -1)

    def start_walk(self, query: str, category: str | None = None) -> int:
        """Search and go to the first hit; returns the number of hits."""
        self.query.setText(query)
        self.category.setCurrentIndex(max(0, self.category.findData(category or ALL)))
        return self.run_query()

    def run_query(self) -> int:
        category = self.category.currentData()
        try:
            hits = walk_hits(self.session.project, self.query.text(), None if category in (None, ALL) else category)
        except BadQuery as error:
            hits = []
            self.status.setText(str(error))
        else:
            self.status.setText("" if hits else self.tr("No agreement has these words."))
        self.model.set_hits(hits)
        if hits:
            self.go_to(0)
            self.hit_list.setFocus()
        else:
            self.context.clear()
        self._update_progress()
        return len(hits)

    def current_row(self) -> int:
        return self.hit_list.currentIndex().row()

    def go_to(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.hit_list.setCurrentIndex(self.model.index(row))

    def step(self, steps: int) -> None:
        self.go_to(min(max(self.current_row() + steps, 0), self.model.rowCount() - 1))

    def tag(self, assessment: Assessment) -> str:
        """Tag the current hit's span with the walk's speerpunt and move on; returns an error or ""."""
        row = self.current_row()
        speerpunt_id = self.speerpunt_id()
        if row < 0:
            return ""
        if speerpunt_id is None:
            self.status.setText(self.tr("Choose the speerpunt first (Alt+E); it stays for the whole walk."))
            self.speerpunt.setFocus()
            return self.status.text()
        hit = self.model.hits[row]
        command = AddFinding(self.session, hit.document_id, speerpunt_id, assessment, hit.start, hit.end)
        self.session.push(command)
        if command.error:
            self.status.setText(command.error)
            return command.error
        sign = assessments.SIGNS[assessment]
        sp_code = self.speerpunt_model.rows[self.speerpunt.currentIndex()].speerpunt.code
        self.model.mark(row, f"{sp_code} {sign}")
        self.status.setText(fill(self.tr("%1 in %2 tagged %3. Ctrl+Z undoes it."),
                                 assessments.label(assessment), hit.document_name, sp_code))
        self.step(1)
        self._update_progress()
        return ""

    def _show(self, row: int) -> None:
        self._update_progress()
        if not 0 <= row < len(self.model.hits):
            return
        hit = self.model.hits[row]
        self.context.setHtml(context_html(hit))
        self.open_requested.emit(hit.document_id, hit.start, hit.end, list(hit.words))

    def _update_progress(self) -> None:
        total = self.model.rowCount()
        if not total:
            self.progress.setText("")
            return
        self.progress.setText(fill(self.tr("%1 / %2   (%3 tagged in this walk)"),
                                   str(self.current_row() + 1), str(total), str(len(self.model.tagged))))

    def _on_changed(self, changes: Changes) -> None:
        if changes.frameworks or changes.documents or changes.everything_changed:
            self.fill_choices()
        # An undone tag (or one deleted elsewhere) takes its mark off the list.
        if (changes.findings or changes.everything_changed) and self.model.tagged:
            self._unmark_gone()

    def _unmark_gone(self) -> None:
        from desktop.store.findings import list_findings

        spans: dict[str, set[tuple[int | None, int | None]]] = {}
        for row in list(self.model.tagged):
            hit = self.model.hits[row]
            if hit.document_id not in spans:
                spans[hit.document_id] = {(f.start, f.end) for f in
                                          list_findings(self.session.project, document_id=hit.document_id)}
            if (hit.start, hit.end) not in spans[hit.document_id]:
                self.model.mark(row, None)
        self._update_progress()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.hit_list and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
            if key == Qt.Key.Key_N and modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.step(-1)
                return True
            if key == Qt.Key.Key_N and plain:
                self.step(1)
                return True
            if key in KEYS and plain:
                self.tag(KEYS[key])
                return True
        return super().eventFilter(watched, event)


def context_html(hit: WalkHit) -> str:
    """The passage with the span a tag takes shaded and the matched words bold."""
    text = hit.text
    start, end = hit.start - hit.passage_start, hit.end - hit.passage_start

    def bold(part: str) -> str:
        escaped = html.escape(part)
        for word in sorted(hit.words, key=len, reverse=True):
            escaped = escaped.replace(html.escape(word), f"<b>{html.escape(word)}</b>")
        return escaped

    page = f", p. {hit.page}" if hit.page is not None else ""
    return (f"<p><b>{html.escape(hit.document_name)}</b>{page}</p><p>{bold(text[:start])}"
            f"<span style='background:#fde9a8'>{bold(text[start:end])}</span>{bold(text[end:])}</p>")
