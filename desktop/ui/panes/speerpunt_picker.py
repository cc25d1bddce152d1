"""Choosing a speerpunt by typing its code or words of its title; recent ones come first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.folding import fold
from desktop.store.frameworks import SpeerpuntRecord

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as the default parent


@dataclass(frozen=True)
class PickerRow:
    speerpunt: SpeerpuntRecord
    recent_number: int | None = None  # 1-9 (Alt+number picks it) when it is one of the recent ones (and no filter is typed)


def match_speerpunten(
    speerpunten: Sequence[SpeerpuntRecord], query: str, recent_ids: Sequence[str] = ()
) -> list[PickerRow]:
    """The speerpunten matching ``query``, best first.

    Empty query: the recent ones (numbered 1-9) and then the rest in
    framework order. Otherwise every word must match: a code that starts
    with it ranks first, then a title word that starts with it, then any
    text containing it (title, formulation, theme).
    """
    words = fold(query).split()
    if not words:
        by_id = {sp.id: sp for sp in speerpunten}
        recent = [by_id[sid] for sid in recent_ids if sid in by_id][:9]
        rows = [PickerRow(sp, number) for number, sp in enumerate(recent, start=1)]
        return rows + [PickerRow(sp) for sp in speerpunten if sp not in recent]
    scored: list[tuple[int, int, PickerRow]] = []
    for position, sp in enumerate(speerpunten):
        code = fold(sp.code)
        title_words = fold(sp.title).split()
        haystack = fold(" ".join((sp.code, sp.title, sp.formulation, sp.theme_code, sp.theme_title)))
        score = 0
        for word in words:
            if code == word:
                score += 0
            elif code.startswith(word):
                score += 1
            elif any(title_word.startswith(word) for title_word in title_words):
                score += 2
            elif word in haystack:
                score += 4
            else:
                break
        else:
            scored.append((score, position, PickerRow(sp)))
    return [row for _, _, row in sorted(scored, key=lambda item: item[:2])]


class SpeerpuntListModel(QAbstractListModel):
    """Adapts a list of PickerRow; SpeerpuntIdRole gives the id."""

    SpeerpuntIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PickerRow] = []

    def set_rows(self, rows: list[PickerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        sp = row.speerpunt
        if role == Qt.ItemDataRole.DisplayRole:
            number = f"{row.recent_number}   " if row.recent_number else "     "
            theme = f"   — {sp.theme_title}" if sp.theme_title else ""
            return f"{number}{sp.code}  {sp.title}{theme}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return sp.formulation or sp.title
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(sp.colour or sp.theme_colour or "#7f7f7f")
        if role == Qt.ItemDataRole.ForegroundRole and row.recent_number:
            return QBrush(QColor("#0b3d91"))
        if role == self.SpeerpuntIdRole:
            return sp.id
        return None
