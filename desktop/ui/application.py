"""Starting the desktop application (behind desktop.app): the QApplication, language, first-start name, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import desktop
from desktop.ui import i18n, settings
from resources import ICONS

# How long a worker thread (the suggestions learning, an import, an export) may keep Python's interpreter lock
# while the window's thread waits for it; Python's default is 5 ms. The window's SQLite reads hand the lock back
# at every row, so with the default an agreement opened while the suggestions learnt took up to 1.9 s instead of
# 0.1 s at national scale; with 0.2 ms at most about 0.45 s, and the learning took as long (docs/PERFORMANCE.md).
SWITCH_INTERVAL_S = 0.0002


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings and the data folder are ours."""
    app = QApplication.instance()
    if app is None:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Speerpunt")
    app.setApplicationVersion(desktop.__version__)
    app.setWindowIcon(QIcon(str(ICONS / "speerpunt.svg")))
    return app  # type: ignore[return-value]


def create_main_window(project_path: Path | str | None = None):
    """Build the main window (start page, or the project's workspace) without running an event loop."""
    from desktop.ui.window.main_window import MainWindow

    ensure_application()
    settings.upgrade()
    i18n.install_language(settings.get(settings.LANGUAGE))
    from desktop.ui import assessments

    palette = settings.get(settings.PALETTE)
    assessments.set_palette(palette if palette in assessments.PALETTES else "standard")
    return MainWindow(project_path)


def run(project_path: Path | str | None = None) -> int:
    """`speerpunt` and `speerpunt open [PROJECT]`: show the window and run until it closes."""
    app = ensure_application()
    from desktop.ui.window import crash_reporter

    # Before the window: an error while it is built is reported too, and a hard crash of an
    # earlier session is moved from faults.log into the crash log.
    crash_reporter.install()
    window = create_main_window(project_path)
    if not settings.get(settings.ANALYST_NAME):
        # At first start the name is asked straight away, not at the first project.
        name = window.ask_name(window).strip()
        if name:
            settings.put(settings.ANALYST_NAME, name)
    window.show()
    if os.environ.get("SPEERPUNT_STARTUP_PROBE"):
        # bench and the app bundle's smoke test: say when the window takes input, then quit.
        QTimer.singleShot(0, lambda: (print("ready", _peak_rss_mb(), flush=True), app.quit()))
    code = app.exec()
    from desktop.ui import background

    background.wait_for_all()
    return code


def _peak_rss_mb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
