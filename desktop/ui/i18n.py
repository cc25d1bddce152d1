"""The interface language: install the Dutch (or English) translator and retranslate every widget."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from resources import TRANSLATIONS

DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []

# Qt's own texts that Qt's catalogue (qtbase_nl.qm) does not translate: Qt 6.11 gave the file
# dialog's labels a mnemonic ("&Look in:", "Files of &type:") and the shipped catalogue only knows
# the old texts. Listed here under Qt's own context, lupdate puts them in our .ts files and our
# translator answers for Qt (docs/ARCHITECTURE.md, "Interface language").
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_current = ""


def translation_file(language: str) -> str:
    return str(TRANSLATIONS / f"speerpunt_{language}.qm")


def current_language() -> str:
    return _current or DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Make ``language`` ("nl" or "en") the interface language; every widget is retranslated.

    Our source strings are English, so English needs no translator of ours; Qt's own
    texts (dialog buttons) come from Qt's qtbase translations when present.
    Returns False when the Dutch translation file is missing (the interface stays English).
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = True
    if language != "en":
        ours = QTranslator(app)
        loaded = ours.load(translation_file(language))
        if loaded:
            _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    _current = language
    # installTranslator sends LanguageChange to every widget; widgets without a
    # changeEvent handler are covered by this explicit walk.
    retranslate_all()
    return loaded


def count_text(count: int) -> str:
    """A count as the interface language writes it: "1.423" in Dutch, "1,423" in English (QLocale's default,
    set by install_language). Only counts: years, speerpunt codes, page numbers and ids stay as they are.
    Plural texts (tr() with a count) say "%Ln" for the same; exports, which know no Qt, use
    desktop.wording.grouped."""
    return QLocale().toString(int(count))


def retranslate_all() -> None:
    """Call retranslate_ui() on every widget of a window on screen that has one.

    Closed windows are skipped: their widgets may wait for deletion over a closed project.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    seen: set[int] = set()
    for top in app.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            method = getattr(widget, "retranslate_ui", None)
            if callable(method) and id(widget) not in seen:
                seen.add(id(widget))
                method()
