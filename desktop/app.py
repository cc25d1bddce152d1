"""The application's entry points, `create_main_window()` and `run()`; the Qt start-up itself lives in
desktop/ui/application.py, so nothing outside desktop/ui imports Qt."""

from desktop.ui.application import create_main_window, ensure_application, run

__all__ = ["create_main_window", "ensure_application", "run"]
