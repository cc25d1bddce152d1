"""Writing an export all at once, through the one atomic-write helper (desktop.files.atomic).

A failed or cancelled export therefore never leaves a broken or half-written
file, and an existing file is only replaced by a complete one. Targets we
cannot or must not write (the open project among them) are refused before any
work, with a message naming the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.files import atomic
from desktop.files.targets import OutputRefused, check_output_target
from desktop.reasons import message_of
from exporters.errors import ExportRefused


def check_writable(target: Path, protected: Iterable[Path | str] = ()) -> None:
    """Refuse a target that cannot or must not be written, before the (possibly long) export starts."""
    try:
        check_output_target(target, protected)
    except OutputRefused as refusal:
        raise ExportRefused(message_of(refusal)) from refusal


def write_atomically(target: Path | str, write: Callable[[Path], None],
                     protected: Iterable[Path | str] = ()) -> Path:
    """Call ``write(temporary_path)`` and move the result onto ``target`` in one step."""
    try:
        return atomic.write_atomically(target, write, protected)
    except OutputRefused as refusal:
        raise ExportRefused(message_of(refusal)) from refusal
