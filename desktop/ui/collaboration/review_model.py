"""Qt models for comparing analysts: tagged passages side by side, and the agreement figures."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.judgement import BOTH, MISSING, SILENT, TREATED
from desktop.placeholders import fill
from desktop.store.analysis.comparison import AGREE, DIFFER, SETTLED, Compared, PassageComparison
from desktop.store.analysis.speerpunt_judgements import SpeerpuntComparison
from desktop.ui import assessments
from desktop.ui.author_colours import AuthorColours
from desktop.ui.row_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_EXCERPT = 140
# Light row tints that still read in grey: the status text says the same.
_STATUS_TINT = {DIFFER: "#fbe3d6", AGREE: "#e1f2ea", SETTLED: "#e1f2ea"}



def status_label(status: str) -> str:
    if status == AGREE:
        return QCoreApplication.translate("ReviewModel", "= Agree")
    if status == DIFFER:
        return QCoreApplication.translate("ReviewModel", "≠ Differ")
    if status == SETTLED:
        return QCoreApplication.translate("ReviewModel", "✓ Settled")
    return QCoreApplication.translate("ReviewModel", "Only one analyst")


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


class ComparisonModel(QAbstractTableModel):
    """One row per tagged passage: the passage, each analyst's speerpunt:assessment labels, the status.

    Above them, one row per speerpunt that at least one analyst called missing: the
    speerpunt on the agreement as a whole, and per analyst "missing", the passages they
    tagged under it instead, or that they said nothing. ``differences_only`` hides rows
    where the analysts agree. The row's PassageComparison or SpeerpuntComparison is under
    Qt.UserRole.
    """

    def __init__(self) -> None:
        super().__init__()
        self.analysts: list[str] = []
        self.passages: list[PassageComparison] = []
        self.speerpunten: list[SpeerpuntComparison] = []
        self.rows: list[Compared] = []
        self.differences_only = False
        self.colours = AuthorColours([])

    def set_comparison(self, analysts: list[str], passages: list[PassageComparison],
                       speerpunten: list[SpeerpuntComparison] | None = None) -> None:
        self.beginResetModel()
        self.analysts = list(analysts)
        self.passages = list(passages)
        self.speerpunten = list(speerpunten or [])
        self.colours = AuthorColours(analysts)
        self._filter()
        self.endResetModel()

    def set_differences_only(self, on: bool) -> None:
        self.beginResetModel()
        self.differences_only = on
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self.rows = [row for row in [*self.speerpunten, *self.passages]
                     if not self.differences_only or row.status(self.analysts) not in (AGREE, SETTLED)]

    def status_column(self) -> int:
        return len(self.analysts) + 1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.analysts) + 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        passage = self.rows[index.row()]
        column = index.column()
        status = passage.status(self.analysts)
        if role == Qt.ItemDataRole.UserRole:
            return passage
        if role == Qt.ItemDataRole.BackgroundRole and status in _STATUS_TINT:
            return QColor(_STATUS_TINT[status])
        if role == Qt.ItemDataRole.ForegroundRole and status in _STATUS_TINT:
            return QColor("#000000")  # the tint is light on any theme
        if isinstance(passage, SpeerpuntComparison):
            return self._speerpunt_data(passage, column, status, role)
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                page = fill(self.tr("p. %1"), str(passage.page)) + "  " if passage.page else ""
                return page + _excerpt(passage.text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return passage.text
            return None
        if column == self.status_column():
            return self._status_data(status, role)
        analyst = self.analysts[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            found = passage.findings.get(analyst, [])
            lines = [f"{f.code} {f.title}: {assessments.label(f.assessment)}" for f in found]
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [line + (f"\n    {f.note}" if f.note else "") for line, f in zip(lines, found, strict=True)]
            return "\n".join(dict.fromkeys(lines)) or "—"
        return None

    def _speerpunt_data(self, unit: SpeerpuntComparison, column: int, status: str, role: int) -> object:
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return fill(self.tr("Speerpunt %1 %2 — the agreement as a whole"), unit.code, unit.title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("At least one analyst says the agreement ignores this speerpunt. This row compares "
                               "what each analyst said about it on the whole agreement: missing, passages tagged "
                               "under it, or nothing.")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if column == self.status_column():
            return self._status_data(status, role)
        analyst = self.analysts[column - 1]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        judged = unit.judgement(analyst)
        if judged == SILENT:
            return self.tr("— said nothing about it")
        lines = []
        if judged in (MISSING, BOTH):
            lines.append(assessments.label(MISSING))
            if role == Qt.ItemDataRole.ToolTipRole:
                lines += [f"    {f.note}" for f in unit.findings_judged(analyst, MISSING) if f.note]
        if judged in (TREATED, BOTH):
            treated = unit.findings_judged(analyst, TREATED)
            given = ", ".join(dict.fromkeys(assessments.label(f.assessment) for f in treated))
            lines.append(fill(self.tr("Tagged %Ln passage(s): %1", None, len(treated)), given))
            if role == Qt.ItemDataRole.ToolTipRole:
                lines += [f"    {f.note}" for f in treated if f.note]
        return "\n".join(lines)

    def _status_data(self, status: str, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(status)
        if role == Qt.ItemDataRole.FontRole and status == DIFFER:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Passage") if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.status_column():
            return self.tr("Status") if role == Qt.ItemDataRole.DisplayRole else None
        analyst = self.analysts[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return analyst
        if role == Qt.ItemDataRole.DecorationRole:
            return self.colours.icon(analyst)
        return None


class AgreementModel(RowTableModel):
    """The agreement figures of desktop.store.analysis.agreement.agreement_report, one row per measure.

    The passage measures count passages; the row "Speerpunt treated, missing or silent"
    counts speerpunten (each speerpunt judged on the agreement as a whole), and says so.
    """

    COLUMNS = 5
    rows: list[tuple[str, dict, bool]]  # name, figures, counted in speerpunten (else passages)

    def set_report(self, report: dict, speerpunt_titles: dict[str, str] | None = None) -> None:
        titles = speerpunt_titles or {}
        rows: list[tuple[str, dict, bool]] = []
        if "overall" in report:
            rows.append((self.tr("All speerpunten and assessments"), report["overall"], False))
            if report.get("speerpunt_judgements", {}).get("units"):
                rows.append((self.tr("Per speerpunt: treated, missing or silent (whole agreement)"),
                             report["speerpunt_judgements"], True))
            for code, figures in report.get("per_speerpunt", {}).items():
                rows.append((f"{code} {titles.get(code, '')}".strip(), figures, False))
            for assessment, figures in report.get("per_assessment", {}).items():
                rows.append((assessments.label(assessment), figures, False))
        self.set_rows(rows)

    def cell(self, row: tuple[str, dict, bool], column: int, role: int) -> object:
        name, figures, per_speerpunt = row
        if role == Qt.ItemDataRole.ToolTipRole and column < 2 and per_speerpunt:
            return self.tr("Each speerpunt that at least one analyst judged on this agreement counts once: did "
                           "the analyst tag passages under it, call it missing, or say nothing about it?")
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            if column == 1:
                units = int(figures["units"])
                if per_speerpunt:
                    return self.tr("%Ln speerpunt(s)", None, units)
                return self.tr("%Ln passage(s)", None, units)
            key = ("percent_agreement", "cohen_kappa", "krippendorff_alpha")[column - 2]
            value = figures.get(key)
            if value is None:
                return "—"
            # In the interface's locale: "0,43" in Dutch, as the tooltips write the thresholds.
            return f"{value * 100:.0f}%" if column == 2 else QLocale().toString(float(value), "f", 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column > 1:
            key = ("percent_agreement", "cohen_kappa", "krippendorff_alpha")[column - 2]
            if figures.get(key) is None:
                return self.tr("Not defined here: too few passages, or everyone gave the same label everywhere.")
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Measured over"), self.tr("Counted"), self.tr("Agreement"), self.tr("Cohen's κ"),
                self.tr("Krippendorff's α"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Passages tagged, or speerpunten judged, by at least one analyst"),
                    self.tr("Share of analyst pairs giving the same label"),
                    self.tr("Agreement beyond chance, for two analysts (1 = full, 0 = chance)"),
                    self.tr("Agreement beyond chance, any number of analysts (≥ 0.8 is good, < 0.667 weak)"),
                    )[section]
        return super().headerData(section, orientation, role)
