"""Started by bench/bench_startup.py: open a project like `speerpunt open` and say when it is interactive."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import QTimer

    from desktop.app import create_main_window, ensure_application
    from desktop.ui import settings

    app = ensure_application()
    settings.put(settings.ANALYST_NAME, "Bench")
    window = create_main_window(Path(sys.argv[1]))
    window.show()

    def ready() -> None:
        # The first turn of the event loop after show: the window is painted and takes input.
        import resource

        print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main()
