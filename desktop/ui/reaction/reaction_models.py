"""Rows of the reaction editor (plain Python) and the thin Qt models showing them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain.finding import Finding
from desktop.drafting import findings_fingerprint
from desktop.store.drafts import reaction_is_stale
from desktop.store.findings import list_findings
from desktop.store.frameworks import list_speerpunten
from desktop.store.pages import page_lookup
from desktop.store.project import Project
from desktop.store.reactions import list_reactions
from desktop.ui import assessments
from desktop.ui.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class OutlineRow:
    """A theme heading or a speerpunt in the editor's list."""

    is_theme: bool
    id: str
    code: str
    title: str
    colour: str = ""
    findings: int = 0
    has_text: bool = False
    stale: bool = False


def outline_rows(project: Project, document_id: str | None) -> list[OutlineRow]:
    """Themes and their speerpunten in framework order, with each speerpunt's findings on the agreement."""
    findings: dict[str, list[Finding]] = {}
    for finding in list_findings(project, document_id=document_id) if document_id else []:
        findings.setdefault(finding.speerpunt_id, []).append(finding)
    reactions = list_reactions(project, document_id)
    rows: list[OutlineRow] = []
    theme = None
    for sp in list_speerpunten(project):
        if sp.theme_id != theme:
            theme = sp.theme_id
            rows.append(OutlineRow(True, sp.theme_id, sp.theme_code, sp.theme_title, sp.theme_colour))
        reaction = reactions.get(sp.id)
        stale = False
        if reaction is not None and reaction.drafted_from:
            if reaction.document_id == document_id:
                stale = reaction.drafted_from != findings_fingerprint(findings.get(sp.id, []))
            else:
                stale = reaction_is_stale(project, sp.id, reaction.document_id)
        rows.append(OutlineRow(False, sp.id, sp.code, sp.title, sp.colour or sp.theme_colour,
                               len(findings.get(sp.id, [])), bool(reaction and reaction.text.strip()), stale))
    return rows


class OutlineModel(QAbstractListModel):
    """Theme headings (not selectable) and speerpunten, each with its findings count and reaction state."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[OutlineRow] = []

    def set_rows(self, rows: list[OutlineRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, speerpunt_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if not row.is_theme and row.id == speerpunt_id), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].is_theme:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.is_theme:
                return f"{row.code}  {row.title}".strip() if row.code else row.title
            # A mark says where writing is still to do: ✓ written, ! its findings changed since the draft.
            mark = "  !" if row.stale else ("  ✓" if row.has_text else "")
            return f"{row.code}  {row.title}{mark}"
        if role == Qt.ItemDataRole.DecorationRole and not row.is_theme and row.colour:
            return assessments.swatch(row.colour, 10)
        if role == Qt.ItemDataRole.FontRole and row.is_theme:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_theme:
            parts = [f"{row.code} {row.title}",
                     self.tr("%Ln finding(s) on this agreement", None, row.findings)]
            if row.stale:
                parts.append(self.tr("Findings changed since this draft"))
            elif row.has_text:
                parts.append(self.tr("Reaction written"))
            else:
                parts.append(self.tr("No reaction yet"))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


@dataclass(frozen=True)
class FindingRow:
    finding: Finding
    page: str | None  # the printed page label


def finding_rows(project: Project, speerpunt_id: str, document_id: str | None) -> list[FindingRow]:
    if not document_id:
        return []
    findings = list_findings(project, document_id=document_id, speerpunt_id=speerpunt_id)
    page = page_lookup(project, [document_id])
    return [FindingRow(f, page(f)) for f in findings]


class ReactionFindingsModel(RowTableModel):
    """One speerpunt's findings: assessment, page, quote, note."""

    ASSESSMENT, PAGE, QUOTE, NOTE = range(4)
    COLUMNS = 4
    rows: list[FindingRow]

    def headers(self) -> list[str]:
        return [self.tr("Assessment"), self.tr("Page"), self.tr("Quote"), self.tr("Note")]

    def cell(self, row: FindingRow, column: int, role: int) -> object:
        finding = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ASSESSMENT:
                return f"{assessments.SIGNS[finding.assessment]} {assessments.label(finding.assessment)}"
            if column == self.PAGE:
                return str(row.page) if row.page else ""
            if column == self.QUOTE:
                return " ".join(finding.quote.split()) if finding.has_span else self.tr("(not in the agreement)")
            return " ".join(finding.note.split())
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ASSESSMENT:
            return assessments.ink(finding.assessment)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ASSESSMENT:
            return assessments.assessment_swatch(finding.assessment)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUOTE, self.NOTE):
            text = finding.quote if column == self.QUOTE else finding.note
            return " ".join(text.split()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # At the top: a row is as tall as its whole quote, and centred the assessment and note sat
            # below the visible part of a long row, so the row looked as if it had none.
            across = Qt.AlignmentFlag.AlignRight if column == self.PAGE else Qt.AlignmentFlag.AlignLeft
            return int(across | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return finding.id
        return None


class TopAlignedDelegate(QStyledItemDelegate):
    """The assessment's colour swatch at the top of its cell, beside its words, in rows as tall as a long quote
    (Qt centres a decoration whatever the text's alignment: the swatch sat lines below "+ Positief")."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
