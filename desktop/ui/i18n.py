"""The interface language: install the Dutch (or English) translator and retranslate every widget."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop.reasons import REASON_CONTEXT, Reason, message_of
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
# Qt texts with a disambiguation (QT_TRANSLATE_NOOP3 in Qt's sources), which pyside6-lupdate does not extract
# and so cannot put in our .ts files, and which Qt 6.11's catalogue lacks: the file dialog's Type column calls
# a folder "Folder". Answered by QtTextsWithDisambiguation below, consulted after every other translator.
QT_DISAMBIGUATED_GAPS = {
    "nl": {
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "File Folder"): "Bestandsmap",  # Windows' own name for it
    },
}
# The window never asks the analyst for an id: a record it cannot find by id was removed meanwhile (in
# another window, by the team folder, by a merge). The window says that, not the id the analyst never saw;
# the command line, where ids are typed, keeps the core's own reason.
REMOVED_CONTEXT = "RemovedMeanwhile"
REMOVED_MEANWHILE = {
    "no finding with id '{id}'": QT_TRANSLATE_NOOP(
        "RemovedMeanwhile", "the finding was removed meanwhile (in another window, by the team folder or by a merge)"),
    "no document with id '{id}'": QT_TRANSLATE_NOOP(
        "RemovedMeanwhile", "the document was removed meanwhile (in another window, by the team folder or by a merge)"),
    "no speerpunt with id '{id}'": QT_TRANSLATE_NOOP(
        "RemovedMeanwhile", "the speerpunt was removed meanwhile (in another window, by the team folder or by a merge)"),
    "no theme with id '{id}'": QT_TRANSLATE_NOOP(
        "RemovedMeanwhile", "the theme was removed meanwhile (in another window, by the team folder or by a merge)"),
}
_current = ""


class QtTextsWithDisambiguation(QTranslator):
    """Answers for the few Qt texts in QT_DISAMBIGUATED_GAPS; not found for every other text."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.texts = QT_DISAMBIGUATED_GAPS.get(language, {})

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null text) says "not here"; an empty text would be taken as the translation of every text.
        # Called from Qt's file-information thread too: a dict lookup, nothing shared is changed.
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return not self.texts


def translation_file(language: str) -> str:
    return str(TRANSLATIONS / f"speerpunt_{language}.qm")


def current_language() -> str:
    return _current or DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Make ``language`` ("nl" or "en") the interface language; every widget is retranslated.

    Our source strings are English; English still loads its translation, for the singular and
    plural forms of counts. Qt's own texts (dialog buttons) come from Qt's qtbase translations
    when present.
    Returns False when the Dutch translation file is missing (the interface stays English).
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        # Installed first, so consulted last: Qt asks the translators installed later first.
        gaps = QtTextsWithDisambiguation(language, app)
        if not gaps.isEmpty():
            _installed.append(gaps)
    # English too: its texts are the sources, but a count's singular ("1 finding" for "%Ln findings")
    # comes only from a translation's plural forms.
    ours = QTranslator(app)
    loaded = ours.load(translation_file(language))
    if loaded:
        _installed.append(ours)
    loaded = loaded or language == "en"
    if language != "en":
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


def reason_text(reason: object) -> str:
    """A refusal's reason from the core in the interface language: its template translated, its values filled in.

    A value that is itself a Reason (a size, a kind of file, the reason inside "name: reason") is translated
    the same way; file names, titles and numbers are shown as they are. A text that is not a Reason, or a
    translation that does not fit its values, is shown in English as the core wrote it (docs/I18N.md).
    A record not found by its id is said to be removed meanwhile (REMOVED_MEANWHILE).
    """
    if not isinstance(reason, Reason):
        return str(reason)
    if reason.template in REMOVED_MEANWHILE:
        return QCoreApplication.translate(REMOVED_CONTEXT, REMOVED_MEANWHILE[reason.template])
    template = QCoreApplication.translate(REASON_CONTEXT, reason.template)
    values = {name: reason_text(value) for name, value in reason.params.items()}
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):
        return str(reason)


def reason_of(error: BaseException) -> str:
    """A refusal's whole message, as the Reason the core raised it with when it did (else its English text)."""
    return message_of(error)


def refusal_text(error: BaseException) -> str:
    """What the analyst reads for a refusal raised by the core (ImportRefused, ProjectRefused, FileRefused...)."""
    return reason_text(reason_of(error))


def retranslate_all() -> None:
    """Call retranslate_ui() on every widget of a window on screen that has one.

    Closed windows are skipped: their widgets may wait for deletion over a closed project.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    seen: set[int] = set()
    for top in app.topLevelWidgets():
        # PySide6 (seen on 6.11.2) can hand back a stale wrapper of another type (a QWidgetItem) for
        # a widget at a reused address: not a window to retranslate (desktop.ui.layouts removes the
        # cause known in this code; the check stays for any other).
        if not isinstance(top, QWidget) or not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            method = getattr(widget, "retranslate_ui", None)
            if callable(method) and id(widget) not in seen:
                seen.add(id(widget))
                method()
