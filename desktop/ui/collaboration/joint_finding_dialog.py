"""Writing one finding for several analysts where their tagging of a passage differed."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.finding import Assessment
from desktop.store.analysis.comparison import PassageComparison
from desktop.store.frameworks import SpeerpuntRecord
from desktop.ui import assessments

_QUOTE = 300  # characters of the passage shown above the form


class JointFindingDialog(QDialog):
    """Speerpunt, assessment and note of the joint finding, prefilled from the analysts' findings.

    The span is the union of their findings on the passage; their notes are
    offered, each with its author, to edit into one.
    """

    def __init__(self, passage: PassageComparison, speerpunten: list[SpeerpuntRecord], author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointFindingDialog")
        self.resize(520, 360)
        found = passage.all_findings()
        self.start = min(f.start for f in found)
        self.end = max(f.end for f in found)
        self.replaced_ids = [f.id for f in found]
        self.author = author

        text = " ".join(passage.text.split())
        # A long passage is cut at a word and says so; the whole text is in the tooltip.
        self.quote = QLabel(text if len(text) <= _QUOTE else text[:_QUOTE].rsplit(" ", 1)[0] + " …")
        self.quote.setToolTip(text)
        self.quote.setWordWrap(True)
        self.authors = QLabel(author)
        self.speerpunt = QComboBox()
        self.speerpunt.setObjectName("jointSpeerpunt")
        for record in speerpunten:
            self.speerpunt.addItem(f"{record.code} {record.title}", record.id)
        common = Counter(f.speerpunt_id for f in found).most_common(1)
        if common:
            self.speerpunt.setCurrentIndex(max(0, self.speerpunt.findData(common[0][0])))
        self.assessment = QComboBox()
        self.assessment.setObjectName("jointAssessment")
        for value in assessments.ORDER:
            self.assessment.addItem(assessments.assessment_swatch(value), assessments.label(value),
                                    value.value)
        usual = Counter(f.assessment for f in found).most_common(1)
        if usual:
            self.assessment.setCurrentIndex(max(0, self.assessment.findData(usual[0][0])))
        self.note = QPlainTextEdit()
        self.note.setObjectName("jointNote")
        self.note.setPlainText("\n".join(dict.fromkeys(f"{f.author}: {f.note}" for f in found if f.note)))
        self.replaced = QLabel()
        self.replaced.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout(self)
        # Labels made here, as QFormLayout makes none for an empty text; retranslate_ui fills them.
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.quote, self.authors, self.speerpunt, self.assessment, self.note),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.replaced)
        self.form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Write joint finding"))
        self.setAccessibleName(self.tr("Write joint finding"))
        texts = (self.tr("Passage:"), self.tr("Written by:"), self.tr("&Speerpunt:"), self.tr("&Assessment:"),
                 self.tr("&Note:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.speerpunt.setAccessibleName(self.tr("Speerpunt of the joint finding"))
        self.assessment.setAccessibleName(self.tr("Assessment of the joint finding"))
        self.note.setAccessibleName(self.tr("Note of the joint finding"))
        self.replaced.setText(self.tr("Replaces %Ln finding(s) on this passage; Undo brings them back.", "",
                                      len(self.replaced_ids)))

    def values(self) -> dict:
        """Arguments for desktop.ui.commands.review.WriteJointFinding (besides session and document)."""
        return dict(speerpunt_id=self.speerpunt.currentData(), assessment=Assessment(self.assessment.currentData()),
                    start=self.start, end=self.end, note=self.note.toPlainText().strip(), author=self.author,
                    replaced_ids=self.replaced_ids)
