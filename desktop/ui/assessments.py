"""How the Qt layer shows an assessment: translated label, short sign and colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.domain.finding import Assessment

ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)

# Okabe-Ito colours, told apart under the common colour blindnesses; the label
# or sign always goes with the colour, never the colour alone.
COLOURS = {
    Assessment.POSITIVE: "#009E73",
    Assessment.CONCERN: "#D55E00",
    Assessment.MISSING: "#7B3294",  # purple: "ontbreekt" must stand out, not fade like grey
}

SIGNS = {Assessment.POSITIVE: "+", Assessment.CONCERN: "!", Assessment.MISSING: "–"}


def label(assessment: Assessment | str) -> str:
    """The assessment's name in the interface language (Dutch: positief, zorg, ontbreekt)."""
    # Literal translate() calls, so lupdate finds each text.
    value = Assessment(assessment)
    if value is Assessment.POSITIVE:
        return QCoreApplication.translate("Assessment", "Positive")
    if value is Assessment.CONCERN:
        return QCoreApplication.translate("Assessment", "Concern")
    return QCoreApplication.translate("Assessment", "Missing")


def colour(assessment: Assessment | str) -> QColor:
    return QColor(COLOURS[Assessment(assessment)])


_icons: dict[tuple[str, int], QIcon] = {}


def swatch(colour_name: str, size: int = 12) -> QIcon:
    """A small filled rounded square in ``colour_name`` (cached: tables ask for it per paint)."""
    key = (colour_name, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colour_name).darker(130))
        painter.setBrush(QColor(colour_name))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]
