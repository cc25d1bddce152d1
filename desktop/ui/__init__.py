"""The Qt layer (the only part that imports PySide6): main window, panes, docks, dialogs, undo commands.

Widgets get a Session, read through desktop.store and change things only by
pushing undo commands (desktop.ui.commands) that call desktop.operations.
"""
