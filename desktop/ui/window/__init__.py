"""The main window's frame: start page, pane area, docks, menus, preferences and help."""
