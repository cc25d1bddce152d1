"""Undo commands: one small QUndoCommand per user action, calling desktop.operations."""
