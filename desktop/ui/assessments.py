"""How every view shows an assessment: translated label, sign and colour, from one palette.

Highlights, margin, tag panel, tables, tree, coverage, matrix, speerpunt view and review
all ask this module, so an assessment has the same colour wherever the analyst meets it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.domain.finding import Assessment

ORDER = (Assessment.POSITIVE, Assessment.CONCERN, Assessment.MISSING)

# Traffic-light meaning (green good, orange a worry, red-orange absent) in Okabe-Ito colours, which
# stay apart under the common colour blindnesses. "colour_blind" goes further for those who want it:
# blue / orange / reddish purple share no red-green axis at all. The sign or label always goes with
# the colour, and highlights add an underline style per assessment, so colour is never the only cue.
PALETTES: dict[str, dict[Assessment, str]] = {
    "standard": {Assessment.POSITIVE: "#009E73", Assessment.CONCERN: "#E69F00", Assessment.MISSING: "#D55E00"},
    "colour_blind": {Assessment.POSITIVE: "#0072B2", Assessment.CONCERN: "#E69F00", Assessment.MISSING: "#CC79A7"},
}

SIGNS = {Assessment.POSITIVE: "+", Assessment.CONCERN: "!", Assessment.MISSING: "–"}

_palette = "standard"


def set_palette(name: str) -> None:
    """Switch every view to palette ``name`` (views repaint on their next update)."""
    global _palette
    if name not in PALETTES:
        raise ValueError(f"unknown palette '{name}' (choose from {', '.join(PALETTES)})")
    _palette = name


def palette_name() -> str:
    return _palette


def label(assessment: Assessment | str) -> str:
    """The assessment's name in the interface language (Dutch: positief, zorg, ontbreekt)."""
    # Literal translate() calls, so lupdate finds each text.
    value = Assessment(assessment)
    if value is Assessment.POSITIVE:
        return QCoreApplication.translate("Assessment", "Positive")
    if value is Assessment.CONCERN:
        return QCoreApplication.translate("Assessment", "Concern")
    return QCoreApplication.translate("Assessment", "Missing")


def colour_name(assessment: Assessment | str) -> str:
    return PALETTES[_palette][Assessment(assessment)]


def colour(assessment: Assessment | str) -> QColor:
    """The fill: highlights, chips, swatches, margin marks."""
    return QColor(colour_name(assessment))


def ink(assessment: Assessment | str) -> QColor:
    """The colour for text in the assessment's colour on a light background (counts, labels)."""
    # Orange text on white reads badly; darker, it keeps its hue and passes for small counts.
    return colour(assessment).darker(135)


def text_on(assessment: Assessment | str) -> QColor:
    """Black or white, whichever reads on a chip filled with the assessment's colour."""
    fill = colour(assessment)
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
              for c in (fill.redF(), fill.greenF(), fill.blueF())]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # WCAG contrast: the larger of (white against the fill) and (the fill against black) wins.
    return QColor("#000000") if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else QColor("#ffffff")


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


def assessment_swatch(assessment: Assessment | str, size: int = 12) -> QIcon:
    return swatch(colour_name(assessment), size)
