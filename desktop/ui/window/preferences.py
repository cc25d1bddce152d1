"""The preferences dialog (name, language, text size) and the name prompt at first start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import settings

# Language names are shown in their own language, so a user who picked the wrong one finds the way back.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class PreferencesDialog(QDialog):
    """Edits the analyst's name, the interface language, the document text size and the assessment colours.

    ``values()`` gives {"name", "language", "font_size", "palette"}; the main window applies them.
    """

    def __init__(self, name: str, language: str, font_size: int, parent: QWidget | None = None,
                 palette: str = "standard") -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.name_field = QLineEdit(name, self)
        self.name_field.setObjectName("preferencesName")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferencesLanguage")
        for code in settings.LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("preferencesFontSize")
        self.font_size.setRange(0, 32)
        self.font_size.setValue(font_size)
        self.palette_combo = QComboBox(self)
        self.palette_combo.setObjectName("preferencesPalette")
        for key in ("standard", "colour_blind"):
            self.palette_combo.addItem("", key)
        self.palette_combo.setCurrentIndex(max(0, self.palette_combo.findData(palette)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = {}
        self.form = QFormLayout(self)
        for field in (self.name_field, self.language_combo, self.font_size, self.palette_combo):
            label = self.labels[field] = QLabel(self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.labels[self.name_field].setText(self.tr("Your &name:"))
        self.labels[self.language_combo].setText(self.tr("&Language:"))
        self.labels[self.font_size].setText(self.tr("Document text &size:"))
        self.name_field.setAccessibleName(self.tr("Your name"))
        self.name_field.setToolTip(self.tr("Recorded with every finding you make"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.font_size.setAccessibleName(self.tr("Document text size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.labels[self.palette_combo].setText(self.tr("Assessment &colours:"))
        self.palette_combo.setItemText(0, self.tr("Green, amber, red"))
        self.palette_combo.setItemText(1, self.tr("Colour-blind safe (blue, orange, purple)"))
        self.palette_combo.setAccessibleName(self.tr("Assessment colours"))

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_field.text().strip(),
            "language": str(self.language_combo.currentData()),
            "font_size": self.font_size.value(),
            "palette": str(self.palette_combo.currentData()),
        }


class NamePrompt(QDialog):
    """Asked once, at first start: the name recorded with every finding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("namePrompt")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("namePromptField")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.name_field.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.name_field)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(440, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Speerpunt"))
        self.setAccessibleName(self.tr("Your name"))
        self.intro.setText(self.tr("What is your name? It is recorded with every finding you make, so "
                                   "colleagues can see who tagged what. You can change it later under "
                                   "Preferences."))
        self.name_field.setAccessibleName(self.tr("Your name"))
        self.name_field.setPlaceholderText(self.tr("First name and surname"))

    def name(self) -> str:
        return self.name_field.text().strip()


def ask_name(parent: QWidget | None = None) -> str:
    """Show the name prompt; an empty answer (window closed) gives ""."""
    dialog = NamePrompt(parent)
    try:
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.deleteLater()
