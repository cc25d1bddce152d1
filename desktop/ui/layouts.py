"""Nesting one layout in another without leaving PySide6 wrappers that outlive their items.

PySide6's ``addLayout``/``insertLayout`` give every item already in the inner layout a Python
wrapper (a QWidgetItem) owned by the outer layout. Qt deletes such an item when its widget is
deleted or moves to another layout, but the wrapper stays registered at the freed address; an
object Qt later creates there (a menu, a top-level widget) then comes back to Python as that
QWidgetItem. A test run met it as ``bar.addMenu("")`` returning a QWidgetItem.

A layout nested while it is still empty has no items to wrap. All nesting in desktop.ui goes
through ``nested`` (tests/ui/test_layout_nesting.py holds the code to it).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QLayout

Inner = TypeVar("Inner", bound=QLayout)


def nested(outer: QBoxLayout, inner: Inner, stretch: int = 0) -> Inner:
    """Add the still empty ``inner`` at the end of ``outer`` and return it, to be filled after."""
    if inner.count():
        raise ValueError("nest a layout before filling it")
    outer.addLayout(inner, stretch)
    return inner
