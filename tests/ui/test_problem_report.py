"""An error the app did not expect is written to the local crash log, the user is told, and
Help → Report a problem… shows the log's place and its recent entries."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.window import crash_reporter


def _visible(name: str):
    # isinstance: PySide6 can hand back a stale wrapper of another type (QWidgetItem) at a reused address.
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QWidget) and w.objectName() == name and w.isVisible()]


def _open_report(window, qtbot):
    window.findChild(QAction, "reportProblemAction").trigger()
    [dialog] = _visible("problemReportDialog")
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def reporter():
    installed = crash_reporter.install(fault_file=False)
    yield installed
    crash_reporter.uninstall()


class _UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_told_and_listed(main_window, qtbot, reporter, settings_isolated):
    window = main_window()
    log_path = settings_isolated / "data" / "crash.log"

    def remove_finding() -> None:
        findings: dict[int, str] = {}
        findings[12].strip()

    action = QAction(window)
    action.triggered.connect(remove_finding)
    action.trigger()

    qtbot.waitUntil(lambda: reporter.message is not None and reporter.message.isVisible())
    text = log_path.read_text(encoding="utf-8")
    assert "KeyError: 12" in text and "in remove_finding" in text
    assert f"Qt {qVersion()}" in text
    message = reporter.message.text()
    assert "Your work up to the last completed step is saved" in message
    assert str(log_path) in message
    reporter.message.accept()

    dialog = _open_report(window, qtbot)
    assert str(log_path) in dialog.location.text()
    shown = dialog.report.toPlainText()
    assert "KeyError: 12" in shown and "Python exception" in shown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == shown

    recorder = _UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "record")
    try:
        dialog.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert recorder.urls == [QUrl.fromLocalFile(str(settings_isolated / "data"))]
    dialog.reject()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_on_a_worker_thread_is_logged_and_told_on_the_main_thread(main_window, qtbot, reporter,
                                                                          settings_isolated):
    main_window()

    def count_pages() -> None:
        raise RuntimeError("pagina 7 onleesbaar")

    worker = threading.Thread(target=count_pages, name="pdf-import")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.message is not None and reporter.message.isVisible())
    assert reporter.message.thread() is QApplication.instance().thread()
    [entry] = reporter.log.entries()
    assert entry.kind == "Exception in thread pdf-import"
    assert "RuntimeError: pagina 7 onleesbaar" in entry.text
    reporter.message.accept()


@pytest.mark.qt_no_exception_capture
def test_repeated_errors_give_one_message(main_window, qtbot, reporter):
    window = main_window()
    action = QAction(window)
    action.triggered.connect(lambda: 1 / 0)
    for _ in range(3):
        action.trigger()
    qtbot.waitUntil(lambda: reporter.message is not None and reporter.message.isVisible())
    qtbot.wait(50)
    assert len(_visible("crashMessage")) == 1
    assert len(reporter.log.entries()) == 1  # the same error straight after is written once
    reporter.message.accept()


def test_the_help_menu_offers_report_a_problem_in_dutch_and_english(main_window, qtbot):
    window = main_window(language="nl")
    help_menu = window.findChild(type(window.menuBar().actions()[0].menu()), "helpMenu")
    names = [action.objectName() for action in help_menu.actions()]
    assert "reportProblemAction" in names
    action = window.findChild(QAction, "reportProblemAction")
    assert action.text() == "&Probleem melden…"
    dialog = _open_report(window, qtbot)
    assert dialog.windowTitle() == "Probleem melden"
    assert dialog.location.text().startswith("Logbestand: ")
    dialog.reject()


def test_with_nothing_recorded_the_report_says_so(main_window, qtbot, settings_isolated):
    dialog = _open_report(main_window(), qtbot)
    assert dialog.report.toPlainText() == ""
    assert dialog.report.placeholderText() == "No problems have been recorded."
    assert not dialog.copy_button.isEnabled()
    assert str(settings_isolated / "data" / "crash.log") in dialog.location.text()
    dialog.reject()
